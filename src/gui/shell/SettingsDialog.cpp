#include "gui/shell/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "core/api/ApiClient.h"
#include "core/api/ApiConfig.h"
#include "core/api/ApiErrorText.h"
#include "core/api/DirectoryApi.h"
#include "core/domain/Me.h"
#include "core/session/Session.h"
#include "core/settings/KnownServers.h"
#include "core/settings/Settings.h"
#include "core/settings/TokenStore.h"
#include "core/settings/TokenStoreError.h"
#include "core/settings/Validators.h"
#include "gui/widgets/ClearButtons.h"

#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QLayout>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int OrganizationFetchDelayMs = 400;

/// Marks a hint label as a problem (bold, in a red that reads on light and dark palettes) or
/// as quiet information (the palette's placeholder colour).
void setProblemStyle(QLabel *label, bool problem, bool quiet = true) {
    QFont font = label->font();
    font.setBold(problem);
    label->setFont(font);
    QPalette palette =
        label->parentWidget() != nullptr ? label->parentWidget()->palette() : label->palette();
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (problem) {
        palette.setColor(QPalette::WindowText,
                         dark ? QColor(0xef, 0x6c, 0x6c) : QColor(0xb7, 0x1c, 0x1c));
    } else if (quiet) {
        // Between text and background, keeping a contrast of about 7:1.
        const QColor text = palette.color(QPalette::WindowText);
        const QColor window = palette.color(QPalette::Window);
        auto mix = [](int a, int b) { return (a * 65 + b * 35) / 100; };
        palette.setColor(QPalette::WindowText,
                         QColor(mix(text.red(), window.red()), mix(text.green(), window.green()),
                                mix(text.blue(), window.blue())));
    }
    label->setPalette(palette);
    label->setProperty("problem", problem);
}

/// A label's text as read aloud: mnemonic markers removed ("API &token" -> "API token").
QString withoutMnemonic(const QString &text) {
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size()) {
            ++i;
        }
        plain += text.at(i);
    }
    return plain;
}

} // namespace

SettingsDialog::SettingsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_probeClient(new ApiClient(session.network(), {}, this))
    , m_probe(new DirectoryApi(m_probeClient, this))
    , m_organizationTimer(new QTimer(this)) {
    m_ui->setupUi(this);
    setObjectName(u"settingsDialog"_s);
    // A combo box would otherwise be announced by its current text; every input is named by
    // its visible label instead.
    const auto labels = findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (QWidget *buddy = label->buddy()) {
            buddy->setAccessibleName(withoutMnemonic(label->text()));
        }
    }

    // An interactive check should answer quickly; one retry covers a dropped connection.
    RetryPolicy policy = m_probeClient->retryPolicy();
    policy.setMaxRetries(1);
    m_probeClient->setRetryPolicy(policy);

    m_organizationTimer->setSingleShot(true);
    m_organizationTimer->setInterval(OrganizationFetchDelayMs);
    connect(m_organizationTimer, &QTimer::timeout, this, &SettingsDialog::fetchOrganizations);

    m_ui->timeoutSpinBox->setRange(Settings::MinRequestTimeoutSeconds,
                                   Settings::MaxRequestTimeoutSeconds);
    m_ui->timeoutSpinBox->setValue(m_session.settings()->requestTimeoutSeconds());
    m_ui->timeoutSpinBox->setToolTip(
        tr("How long to wait for each answer from the server before giving up."));

    setMinimumWidth(fontMetrics().averageCharWidth() * 110);
    setProblemStyle(m_ui->tokenHelpLabel, false);
    m_ui->keychainProblemFrame->setVisible(false);
    // The same warning look as the main window's banner, on light and dark palettes.
    m_ui->keychainProblemFrame->setStyleSheet(
        u"QFrame#keychainProblemFrame { background-color: rgba(255, 176, 0, 48);"
        " border: 1px solid rgba(230, 140, 0, 170); border-radius: 4px; }"_s);
    m_ui->connectionStatusLabel->setText(
        tr("Checks the token, the organization and the server without saving anything."));

    setUpServers();
    setUpToken();
    setUpOrganization();

    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this,
            &SettingsDialog::testConnection);
    connect(m_ui->keepForSessionPushButton, &QPushButton::clicked, this,
            &SettingsDialog::keepForSession);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);

    updateServerState();
    updateTokenState();
    updateOrganizationHint();
    updateButtons();
    m_ui->tokenLineEdit->setFocus();
    ClearButtons::nameAll(this);
}

SettingsDialog::~SettingsDialog() {
    m_organizationsCall.cancel();
    m_testCall.cancel();
    // The facade needs its client until it is gone.
    delete m_probe;
    delete m_probeClient;
}

bool SettingsDialog::isBusy() const {
    return m_testing || m_saving;
}

// ---- server -------------------------------------------------------------------------------

void SettingsDialog::setUpServers() {
    QComboBox *combo = m_ui->serverComboBox;
    for (const KnownServers::Server &server : KnownServers::all()) {
        combo->addItem(server.name, server.apiBaseUrl.toString());
        combo->setItemData(combo->count() - 1, server.apiBaseUrl.toDisplayString(),
                           Qt::ToolTipRole);
    }
    combo->addItem(tr("Custom server…"), QString());

    const QUrl current = m_session.settings()->serverUrl();
    const std::optional<KnownServers::Server> known = KnownServers::find(current);
    int index = combo->count() - 1;
    if (known) {
        index = combo->findData(known->apiBaseUrl.toString());
    } else {
        m_ui->customServerLineEdit->setText(current.toDisplayString());
    }
    combo->setCurrentIndex(index < 0 ? 0 : index);

    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        updateServerState();
        if (m_ui->customServerLineEdit->isVisible()) {
            m_ui->customServerLineEdit->setFocus();
        }
        scheduleOrganizationFetch();
    });
    connect(m_ui->customServerLineEdit, &QLineEdit::textEdited, this, [this] {
        updateServerState();
        scheduleOrganizationFetch();
    });
}

std::optional<QUrl> SettingsDialog::chosenServer(QString *problem) const {
    const QString known = m_ui->serverComboBox->currentData().toString();
    if (!known.isEmpty()) {
        return QUrl(known);
    }
    const QString typed = m_ui->customServerLineEdit->text().trimmed();
    if (typed.isEmpty()) {
        if (problem != nullptr) {
            *problem = tr("Enter the API base URL of the custom server.");
        }
        return std::nullopt;
    }
    const Validated<QUrl> url = Validators::serverUrl(typed);
    if (!url) {
        if (problem != nullptr) {
            *problem = url.problem;
        }
        return std::nullopt;
    }
    return *url.value;
}

void SettingsDialog::updateServerState() {
    const bool custom = m_ui->serverComboBox->currentData().toString().isEmpty();
    m_ui->customServerLabel->setVisible(custom);
    m_ui->customServerLineEdit->setVisible(custom);
    QString problem;
    if (custom && !m_ui->customServerLineEdit->text().trimmed().isEmpty() &&
        !chosenServer(&problem)) {
        m_ui->serverProblemLabel->setText(problem);
        setProblemStyle(m_ui->serverProblemLabel, true);
        m_ui->serverProblemLabel->setVisible(true);
    } else if (custom) {
        m_ui->serverProblemLabel->setText(
            tr("The address ends where the API's paths begin, e.g. https://example.com/api. "
               "Plain http:// is allowed only for this computer (localhost)."));
        setProblemStyle(m_ui->serverProblemLabel, false);
        m_ui->serverProblemLabel->setVisible(true);
    } else {
        m_ui->serverProblemLabel->clear();
        m_ui->serverProblemLabel->setVisible(false);
    }
    updateTokenHelp();
    updateButtons();
}

// ---- token --------------------------------------------------------------------------------

void SettingsDialog::setUpToken() {
    QLineEdit *edit = m_ui->tokenLineEdit;
    edit->setToolTip(tr("Your personal access token from the Tallyfy web app."));
    connect(edit, &QLineEdit::textChanged, this, [this] {
        updateTokenState();
        scheduleOrganizationFetch();
    });
    connect(m_ui->showTokenToolButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->tokenLineEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showTokenToolButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_ui->pasteTokenToolButton, &QToolButton::clicked, this, [this] {
        const QString text = QGuiApplication::clipboard()->text().trimmed();
        if (!text.isEmpty()) {
            m_ui->tokenLineEdit->setText(text);
            m_ui->tokenLineEdit->setFocus();
        }
    });
    m_ui->removeTokenPushButton->setCheckable(true);
    connect(m_ui->removeTokenPushButton, &QPushButton::toggled, this, [this](bool remove) {
        m_removeStored = remove;
        m_ui->removeTokenPushButton->setText(remove ? tr("&Keep stored token")
                                                    : tr("&Remove stored token"));
        updateTokenState();
        scheduleOrganizationFetch();
    });

    if (m_session.tokens()->isFromEnvironment()) {
        m_stored = StoredToken::Environment;
    }
    // The token in force is known at once when the session is connected; otherwise ask the
    // token source (keychain) without blocking.
    if (!m_session.isSandbox() && m_session.isReady()) {
        existingTokenKnown(m_session.tokenOrigin(), m_session.client()->config().token);
        return;
    }
    if (m_session.settings()->organizationId().isEmpty() &&
        !m_session.tokens()->isFromEnvironment()) {
        existingTokenKnown(TokenSource::Origin::None, {});
        return;
    }
    m_session.tokens()->resolve(m_session.settings()->tokenKey(), this,
                                [this](const TokenSource::Resolution &resolution) {
                                    existingTokenKnown(resolution.origin, resolution.token);
                                });
}

void SettingsDialog::existingTokenKnown(TokenSource::Origin origin, const QString &token) {
    switch (origin) {
    case TokenSource::Origin::Environment:
        m_stored = StoredToken::Environment;
        break;
    case TokenSource::Origin::Keychain:
        m_stored = StoredToken::Keychain;
        break;
    case TokenSource::Origin::Session:
        m_stored = StoredToken::Session;
        break;
    case TokenSource::Origin::None:
        m_stored = StoredToken::None;
        break;
    }
    m_existingToken = origin == TokenSource::Origin::None ? QString() : token;
    updateTokenState();
    scheduleOrganizationFetch();
}

QString SettingsDialog::typedToken(QString *problem) const {
    const QString text = m_ui->tokenLineEdit->text();
    if (text.trimmed().isEmpty()) {
        return {};
    }
    const Validated<QString> token = Validators::token(text);
    if (!token) {
        if (problem != nullptr) {
            *problem = token.problem;
        }
        return {};
    }
    return *token.value;
}

QString SettingsDialog::effectiveToken() const {
    if (m_stored == StoredToken::Environment) {
        return m_existingToken;
    }
    const QString typed = typedToken();
    if (!typed.isEmpty()) {
        return typed;
    }
    return m_removeStored ? QString() : m_existingToken;
}

void SettingsDialog::updateTokenState() {
    QLineEdit *edit = m_ui->tokenLineEdit;
    QLabel *status = m_ui->tokenStatusLabel;
    const bool environment = m_stored == StoredToken::Environment;
    const bool stored = m_stored == StoredToken::Keychain || m_stored == StoredToken::Session;

    edit->setEnabled(!environment);
    m_ui->showTokenToolButton->setEnabled(!environment);
    m_ui->pasteTokenToolButton->setEnabled(!environment);
    m_ui->removeTokenPushButton->setVisible(stored);

    QString problem;
    const bool typed = !edit->text().trimmed().isEmpty();
    const bool valid = !typedToken(&problem).isEmpty();
    setProblemStyle(status, typed && !valid);

    if (environment) {
        edit->setPlaceholderText(tr("Set by TALLYFY_API_TOKEN"));
        status->setText(tr("The token from the TALLYFY_API_TOKEN environment variable is in use "
                           "for this run. It is never stored; unset the variable to use a stored "
                           "token."));
    } else if (typed && !valid) {
        status->setText(problem);
    } else if (typed && stored && !m_removeStored) {
        status->setText(tr("The new token replaces the stored one when you press OK."));
    } else if (typed) {
        status->setText(tr("The token is saved in the system keychain when you press OK."));
    } else if (stored && m_removeStored) {
        edit->setPlaceholderText(tr("Paste a token"));
        status->setText(tr("The stored token will be removed when you press OK."));
    } else if (m_stored == StoredToken::Keychain) {
        edit->setPlaceholderText(tr("A token is stored (hidden)"));
        status->setText(tr("A token is stored in the system keychain. Paste a new one to "
                           "replace it, or remove it."));
    } else if (m_stored == StoredToken::Session) {
        edit->setPlaceholderText(tr("A token is kept for this run (hidden)"));
        status->setText(tr("A token is kept for this run only, because the keychain was not "
                           "available. Paste a new one to replace it."));
    } else if (m_stored == StoredToken::Unknown) {
        edit->setPlaceholderText(QString());
        status->setText(tr("Checking the keychain for a stored token…"));
    } else {
        edit->setPlaceholderText(tr("Paste a token (it starts with eyJ)"));
        status->setText(tr("No token is stored yet."));
    }
    updateButtons();
}

void SettingsDialog::updateTokenHelp() {
    const std::optional<QUrl> server = chosenServer();
    const QUrl page = server ? KnownServers::tokenPageUrl(*server) : QUrl();
    const QString lifetime =
        tr("Tokens last 6 months, and logging out of the Tallyfy web app ends them at once.");
    if (page.isValid() && !page.isEmpty()) {
        m_ui->tokenHelpLabel->setText(
            tr("<a href=\"%1\">Where do I find it?</a> In the web app under Settings > "
               "Integrations > REST API. %2")
                .arg(page.toString(QUrl::FullyEncoded), lifetime.toHtmlEscaped()));
    } else {
        m_ui->tokenHelpLabel->setText(
            tr("Find it in the web app of your server under Settings > Integrations > REST API. "
               "%1")
                .arg(lifetime.toHtmlEscaped()));
    }
}

// ---- organization -------------------------------------------------------------------------

void SettingsDialog::setUpOrganization() {
    QComboBox *combo = m_ui->organizationComboBox;
    combo->lineEdit()->setPlaceholderText(tr("Choose, or type the 32-character ID"));
    combo->setToolTip(tr("Shown in the web app under Settings > Organization, and in web-app "
                         "addresses right after the host name."));
    const QString id = m_session.settings()->organizationId();
    if (!id.isEmpty()) {
        const QString name = m_session.settings()->isOverridden(Settings::Key::OrganizationId)
                                 ? QString()
                                 : m_session.settings()->organizationName();
        combo->addItem(name.isEmpty() ? id : tr("%1 (%2)").arg(name, id), id);
        combo->setCurrentIndex(0);
    } else {
        combo->setCurrentIndex(-1);
        combo->setEditText(QString());
    }
    connect(combo, &QComboBox::editTextChanged, this, [this] {
        updateOrganizationHint();
        updateButtons();
    });
}

std::optional<QString> SettingsDialog::chosenOrganization(QString *problem) const {
    const QComboBox *combo = m_ui->organizationComboBox;
    const QString text = combo->currentText().trimmed();
    auto refuse = [problem](const QString &why) -> std::optional<QString> {
        if (problem != nullptr) {
            *problem = why;
        }
        return std::nullopt;
    };
    if (text.isEmpty()) {
        return refuse(tr("Choose an organization."));
    }
    QString id;
    const int index = combo->findText(text);
    if (index >= 0) {
        id = combo->itemData(index).toString();
    } else if (const Validated<QString> typed = Validators::organizationId(text); typed) {
        id = *typed.value;
    } else {
        // A pasted web-app address or "Name (id)": the organization ID is the first 32-hex run.
        static const QRegularExpression hex(u"(?<![0-9a-fA-F])[0-9a-fA-F]{32}(?![0-9a-fA-F])"_s);
        const QRegularExpressionMatch match = hex.match(text);
        if (!match.hasMatch()) {
            return refuse(typed.problem);
        }
        id = match.captured().toLower();
    }
    if (m_organizationsLoaded) {
        const bool listed = std::any_of(m_organizations.cbegin(), m_organizations.cend(),
                                        [&id](const Organization &o) { return o.id == id; });
        if (!listed) {
            return refuse(tr("This token has no access to organization %1. Choose one from the "
                             "list, or create the token while that organization is active in "
                             "the web app.")
                              .arg(id));
        }
    }
    return id;
}

QString SettingsDialog::organizationName(const QString &id) const {
    for (const Organization &o : m_organizations) {
        if (o.id == id) {
            return o.name;
        }
    }
    if (id == m_session.settings()->organizationId() &&
        !m_session.settings()->isOverridden(Settings::Key::OrganizationId)) {
        return m_session.settings()->organizationName();
    }
    return {};
}

void SettingsDialog::scheduleOrganizationFetch() {
    m_organizationTimer->start();
}

void SettingsDialog::fetchOrganizations() {
    const std::optional<QUrl> server = chosenServer();
    const QString token = effectiveToken();
    if (!server || token.isEmpty()) {
        m_organizationsCall.cancel();
        m_organizationsLoading = false;
        m_organizationsLoaded = false;
        m_organizationsError.clear();
        m_organizationsFor.clear();
        updateOrganizationHint();
        return;
    }
    const QString wanted = server->toString() + u'\n' + token;
    if (wanted == m_organizationsFor && (m_organizationsLoaded || m_organizationsLoading)) {
        return;
    }
    m_organizationsCall.cancel();
    m_organizationsFor = wanted;
    m_organizationsLoading = true;
    m_organizationsLoaded = false;
    m_organizationsError.clear();
    configureProbe({});
    m_organizationsCall =
        m_probe->organizations(this, [this, wanted](const Result<QList<Organization>> &result) {
            if (wanted != m_organizationsFor) {
                return; // server or token changed meanwhile; a newer fetch is under way
            }
            m_organizationsLoading = false;
            if (!result.ok()) {
                if (result.error().kind != ApiError::Kind::Cancelled) {
                    m_organizationsError = connectionProblem(result.error(), {});
                }
                updateOrganizationHint();
                updateButtons();
                return;
            }
            organizationsArrived(result.value());
        });
    updateOrganizationHint();
}

void SettingsDialog::organizationsArrived(const QList<Organization> &organizations) {
    QComboBox *combo = m_ui->organizationComboBox;
    const std::optional<QString> before = chosenOrganization();
    const QString typedText = combo->currentText();

    m_organizations = organizations;
    m_organizationsLoaded = true;
    m_organizationsError.clear();

    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const Organization &o : organizations) {
        combo->addItem(o.name.isEmpty() ? o.id : tr("%1 (%2)").arg(o.name, o.id), o.id);
    }
    int index = before ? combo->findData(*before) : -1;
    if (index < 0 && !before && typedText.trimmed().isEmpty() && organizations.size() == 1) {
        index = 0; // one organization: nothing to choose
    }
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else {
        combo->setCurrentIndex(-1);
        combo->setEditText(typedText);
    }
    updateOrganizationHint();
    updateButtons();
}

void SettingsDialog::updateOrganizationHint() {
    QLabel *hint = m_ui->organizationHintLabel;
    QString problem;
    const bool typedSomething = !m_ui->organizationComboBox->currentText().trimmed().isEmpty();
    const std::optional<QString> id = chosenOrganization(&problem);
    bool isProblem = false;
    if (m_organizationsLoading) {
        hint->setText(tr("Loading your organizations…"));
    } else if (!m_organizationsError.isEmpty()) {
        hint->setText(tr("Could not list your organizations: %1").arg(m_organizationsError));
        isProblem = true;
    } else if (typedSomething && !id) {
        hint->setText(problem);
        isProblem = true;
    } else if (m_organizationsLoaded && m_organizations.isEmpty()) {
        hint->setText(tr("This token belongs to no organization."));
        isProblem = true;
    } else if (m_organizationsLoaded) {
        hint->setText(tr("Organizations available to this token: %1.")
                          .arg(QLocale().toString(m_organizations.size())));
    } else {
        hint->setText(tr("Enter a token to choose from your organizations, or type the "
                         "organization's ID."));
    }
    setProblemStyle(hint, isProblem);
}

// ---- test connection ----------------------------------------------------------------------

void SettingsDialog::configureProbe(const QString &organizationId) {
    ApiConfig config;
    config.baseUrl = chosenServer().value_or(QUrl());
    config.orgId = organizationId;
    config.token = effectiveToken();
    config.timeoutMs = m_ui->timeoutSpinBox->value() * 1000;
    m_probeClient->setConfig(config);
}

void SettingsDialog::setTesting(bool testing) {
    m_testing = testing;
    m_ui->testConnectionPushButton->setText(testing ? tr("Testing…") : tr("Test &connection"));
    if (testing) {
        m_ui->connectionStatusLabel->setText(tr("Testing the connection…"));
        setProblemStyle(m_ui->connectionStatusLabel, false, false);
    }
    updateButtons();
}

void SettingsDialog::showConnectionResult(const QString &text, bool ok) {
    m_ui->connectionStatusLabel->setText(text);
    setProblemStyle(m_ui->connectionStatusLabel, !ok, false);
    m_ui->connectionStatusLabel->setProperty("connectionOk", ok);
}

void SettingsDialog::testConnection() {
    if (m_testing || m_saving) {
        return;
    }
    QString problem;
    if (!chosenServer(&problem)) {
        showConnectionResult(problem, false);
        return;
    }
    (void)typedToken(&problem);
    if (!problem.isEmpty()) {
        showConnectionResult(problem, false);
        return;
    }
    if (effectiveToken().isEmpty()) {
        showConnectionResult(tr("Enter a token first."), false);
        return;
    }
    QString organizationProblem;
    const std::optional<QString> organization = chosenOrganization(&organizationProblem);
    const bool typedOrganization = !m_ui->organizationComboBox->currentText().trimmed().isEmpty();

    setTesting(true);
    configureProbe(organization.value_or(QString()));
    m_testCall = m_probe->me(this, [this, organization, typedOrganization,
                                    organizationProblem](const Result<Me> &me) {
        if (!me.ok()) {
            setTesting(false);
            if (me.error().kind != ApiError::Kind::Cancelled) {
                showConnectionResult(connectionProblem(me.error(), {}), false);
            }
            return;
        }
        const Me user = me.value();
        const QString who = user.email.isEmpty()
                                ? user.displayName()
                                : tr("%1 (%2)").arg(user.displayName(), user.email);
        if (!organization) {
            setTesting(false);
            showConnectionResult(typedOrganization
                                     ? tr("Signed in as %1, but: %2").arg(who, organizationProblem)
                                     : tr("Signed in as %1. Now choose an "
                                          "organization.")
                                           .arg(who),
                                 !typedOrganization);
            return;
        }
        const QString id = *organization;
        m_testCall =
            m_probe->organization(id, this, [this, who, id](const Result<Organization> &org) {
                setTesting(false);
                if (!org.ok()) {
                    if (org.error().kind != ApiError::Kind::Cancelled) {
                        showConnectionResult(tr("Signed in as %1, but: %2")
                                                 .arg(who, connectionProblem(org.error(), id)),
                                             false);
                    }
                    return;
                }
                const QString name = org.value().name.isEmpty() ? id : org.value().name;
                showConnectionResult(tr("Signed in as %1 in %2").arg(who, name), true);
            });
    });
}

QString SettingsDialog::connectionProblem(const ApiError &error,
                                          const QString &organizationId) const {
    return ApiErrorText::connectionCheck(error, organizationId, m_ui->timeoutSpinBox->value());
}

// ---- saving -------------------------------------------------------------------------------

void SettingsDialog::updateButtons() {
    const bool busy = m_testing || m_saving;
    m_ui->testConnectionPushButton->setEnabled(!busy);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_saving);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setEnabled(!m_saving);
    m_ui->tokenLineEdit->setReadOnly(m_saving);
}

void SettingsDialog::setSaving(bool saving) {
    m_saving = saving;
    updateButtons();
}

void SettingsDialog::accept() {
    if (m_saving) {
        return;
    }
    QString problem;
    const std::optional<QUrl> server = chosenServer(&problem);
    if (!server) {
        m_ui->serverProblemLabel->setText(problem);
        setProblemStyle(m_ui->serverProblemLabel, true);
        m_ui->serverProblemLabel->setVisible(true);
        (m_ui->customServerLineEdit->isVisible()
             ? static_cast<QWidget *>(m_ui->customServerLineEdit)
             : m_ui->serverComboBox)
            ->setFocus();
        return;
    }
    const QString typed = typedToken(&problem);
    if (!problem.isEmpty()) {
        updateTokenState();
        m_ui->tokenLineEdit->setFocus();
        return;
    }
    const std::optional<QString> organization = chosenOrganization(&problem);
    if (!organization) {
        m_ui->organizationHintLabel->setText(problem);
        setProblemStyle(m_ui->organizationHintLabel, true);
        m_ui->organizationComboBox->setFocus();
        return;
    }

    const QString oldKey = m_session.settings()->tokenKey();
    const QString newKey = TokenStore::keyFor(*server, *organization);
    m_ui->keychainProblemFrame->setVisible(false);

    if (m_stored == StoredToken::Environment) {
        finishSave();
        return;
    }
    // The token goes to the keychain before the settings change, so that the session finds
    // it when it reloads.
    auto afterRemoval = [this, typed, newKey, oldKey] {
        if (!typed.isEmpty()) {
            saveToken(newKey, typed, false);
        } else if (!m_removeStored && !m_existingToken.isEmpty() && newKey != oldKey) {
            // A new organization or server with the token already in force: carry it over.
            saveToken(newKey, m_existingToken, m_stored == StoredToken::Session);
        } else {
            finishSave();
        }
    };
    if (m_removeStored) {
        setSaving(true);
        m_session.tokens()->forgetSessionToken(oldKey);
        TokenStore *keychain = m_session.keychain();
        if (keychain == nullptr || m_stored != StoredToken::Keychain) {
            afterRemoval();
            return;
        }
        keychain->remove(oldKey, this, [this, afterRemoval](const TokenStoreResult &result) {
            if (!result.ok()) {
                setSaving(false);
                m_ui->keychainProblemLabel->setText(
                    tr("The stored token could not be removed from the system keychain: %1")
                        .arg(result.error().message));
                m_ui->keepForSessionPushButton->setVisible(false);
                showKeychainProblem();
                return;
            }
            afterRemoval();
        });
        return;
    }
    afterRemoval();
}

void SettingsDialog::saveToken(const QString &key, const QString &token, bool sessionOnly) {
    if (sessionOnly) {
        m_session.tokens()->keepForSession(key, token);
        finishSave();
        return;
    }
    setSaving(true);
    TokenStore *keychain = m_session.keychain();
    if (keychain == nullptr) {
        keychainFailed(key, token, TokenStoreError::noKeychain());
        return;
    }
    keychain->write(key, token, this, [this, key, token](const TokenStoreResult &result) {
        if (!result.ok()) {
            keychainFailed(key, token, result.error());
            return;
        }
        // A token kept for this run would shadow the one just stored.
        m_session.tokens()->forgetSessionToken(key);
        finishSave();
    });
}

void SettingsDialog::keychainFailed(const QString &key, const QString &token,
                                    const TokenStoreError &error) {
    setSaving(false);
    m_pendingKey = key;
    m_pendingToken = token;
    const QString why =
        error.message.isEmpty() ? TokenStoreError::noKeychain().message : error.message;
    m_ui->keychainProblemLabel->setText(
        tr("The token could not be saved in the system keychain. %1\n"
           "Taskdesk never writes tokens to a plain file. A token kept for this run only is "
           "forgotten when Taskdesk closes.")
            .arg(why));
    m_ui->tokenStatusLabel->setText(tr("The keychain did not accept the token; see below."));
    m_ui->keepForSessionPushButton->setVisible(true);
    showKeychainProblem();
    m_ui->keepForSessionPushButton->setFocus();
}

void SettingsDialog::showKeychainProblem() {
    m_ui->keychainProblemFrame->setVisible(true);
    // Grow to make room instead of squeezing the inputs.
    if (QLayout *top = layout()) {
        top->activate();
        resize(width(), std::max(height(), top->totalHeightForWidth(width())));
    }
}

void SettingsDialog::keepForSession() {
    if (m_pendingKey.isEmpty() || m_pendingToken.isEmpty()) {
        return;
    }
    m_session.tokens()->keepForSession(m_pendingKey, m_pendingToken);
    m_pendingToken.clear();
    m_pendingKey.clear();
    m_ui->keychainProblemFrame->setVisible(false);
    finishSave();
}

void SettingsDialog::finishSave() {
    Settings *settings = m_session.settings();
    const std::optional<QUrl> server = chosenServer();
    const std::optional<QString> organization = chosenOrganization();
    const bool hadToken = !effectiveToken().isEmpty();
    if (server) {
        settings->setServerUrl(*server);
    }
    if (organization) {
        settings->setOrganizationName(organizationName(*organization));
        settings->setOrganizationId(*organization);
    }
    settings->setRequestTimeoutSeconds(m_ui->timeoutSpinBox->value());
    settings->sync();
    setSaving(false);

    // Saving a usable connection is the way out of the sandbox.
    if (m_session.isSandbox() && hadToken) {
        m_session.leaveSandbox();
    } else {
        m_session.reload();
    }
    Q_EMIT saved();
    QDialog::accept();
}

bool SettingsDialog::event(QEvent *event) {
    // Rows appear and hide (custom server, keychain problem, hints); a wrapped label needs more
    // height than the layout's minimum admits, so the dialog is fitted after each relayout.
    if (event->type() == QEvent::LayoutRequest)
        QTimer::singleShot(0, this, &SettingsDialog::growToFit);
    return QDialog::event(event);
}

void SettingsDialog::growToFit() {
    QLayout *top = layout();
    if (top == nullptr)
        return;
    const int needed =
        top->hasHeightForWidth() ? top->totalHeightForWidth(width()) : sizeHint().height();
    if (height() < needed)
        resize(width(), needed);
}

void SettingsDialog::reject() {
    if (m_saving) {
        return; // the keychain is answering; closing now would leave half a change
    }
    m_organizationsCall.cancel();
    m_testCall.cancel();
    QDialog::reject();
}
