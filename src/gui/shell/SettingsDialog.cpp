#include "gui/shell/SettingsDialog.h"

#include "ui_SettingsDialog.h"

#include "core/api/ApiErrorText.h"
#include "core/settings/Settings.h"
#include "core/settings/TokenSource.h"
#include "gui/shell/HintStyle.h"
#include "gui/widgets/ClearButtons.h"
#include "gui/widgets/FocusChain.h"

#include <QComboBox>
#include <QEvent>
#include <QLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

/// Organizations are fetched this long after the last key typed in the token field.
constexpr int OrganizationFetchDelayMs = 400;

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

/// "host" or "host:port", as the user would recognize the server.
QString hostOf(const QUrl &url) {
    QString host = url.host();
    if (url.port() != -1) {
        host += u':' + QString::number(url.port());
    }
    return host;
}

} // namespace

SettingsDialog::SettingsDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_organizationsProbe(new ConnectionProbe(session.network(), this))
    , m_testProbe(new ConnectionProbe(session.network(), this))
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
    // The token field, the pickers and the timeout row each lay out their own labels; one
    // width for all of them keeps the inputs in one column.
    int labelWidth = 0;
    QList<QLabel *> column;
    for (QLabel *label : labels) {
        if (label->property("labelColumn").toBool()) {
            column.append(label);
            labelWidth = std::max(labelWidth, label->sizeHint().width());
        }
    }
    for (QLabel *label : column) {
        label->setMinimumWidth(labelWidth);
    }

    m_organizationTimer->setSingleShot(true);
    m_organizationTimer->setInterval(OrganizationFetchDelayMs);
    connect(m_organizationTimer, &QTimer::timeout, this, &SettingsDialog::fetchOrganizations);
    connect(m_organizationsProbe, &ConnectionProbe::finished, this,
            &SettingsDialog::organizationsProbed);
    connect(m_testProbe, &ConnectionProbe::finished, this, &SettingsDialog::connectionProbed);

    m_ui->timeoutSpinBox->setRange(Settings::MinRequestTimeoutSeconds,
                                   Settings::MaxRequestTimeoutSeconds);
    m_ui->timeoutSpinBox->setValue(m_session.settings()->requestTimeoutSeconds());
    m_ui->timeoutSpinBox->setToolTip(
        tr("How long to wait for each answer from the server before giving up."));

    setMinimumWidth(fontMetrics().averageCharWidth() * 110);
    m_ui->keychainProblemFrame->setVisible(false);
    m_ui->sandboxNoteLabel->setVisible(m_session.isSandbox());
    m_ui->sandboxNoteLabel->setText(
        tr("Taskdesk is using the built-in sandbox. These are the settings for your Tallyfy "
           "organization: saving a token here leaves the sandbox and connects to it."));
    m_ui->tokenConfirmFrame->setVisible(false);
    m_ui->connectionStatusLabel->setText(
        tr("Checks the token, the organization and the server without saving anything."));

    Settings *settings = m_session.settings();
    if (const std::optional<Settings::Rejection> rejected =
            settings->rejection(Settings::Key::ServerUrl)) {
        m_ui->serverPicker->showRejectedSetting(rejected->storedText, rejected->reason);
    } else {
        m_ui->serverPicker->setServer(settings->serverUrl());
    }
    connect(m_ui->serverPicker, &ServerPicker::edited, this, [this] {
        // Nothing is fetched from an address that is still being typed.
        m_organizationTimer->stop();
        m_ui->tokenConfirmFrame->setVisible(false);
        m_ui->tokenField->setServer(m_ui->serverPicker->server());
    });
    connect(m_ui->serverPicker, &ServerPicker::committed, this, &SettingsDialog::serverCommitted);

    m_ui->organizationPicker->setSaved(settings->organizationId(),
                                       settings->isOverridden(Settings::Key::OrganizationId)
                                           ? QString()
                                           : settings->organizationName());
    connect(m_ui->organizationPicker, &OrganizationPicker::changed, this,
            &SettingsDialog::updateButtons);

    setUpToken();

    connect(m_ui->testConnectionPushButton, &QPushButton::clicked, this,
            &SettingsDialog::testConnection);
    connect(m_ui->useTokenPushButton, &QPushButton::clicked, this, &SettingsDialog::confirmToken);
    connect(m_ui->keepForSessionPushButton, &QPushButton::clicked, this,
            &SettingsDialog::keepForSession);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setDefault(true);

    // The inputs of the token field and the pickers, in the order they are seen.
    QList<QWidget *> order = m_ui->tokenField->inputs();
    order << m_ui->organizationPicker->comboBox() << m_ui->serverPicker->comboBox()
          << m_ui->serverPicker->customLineEdit() << m_ui->useTokenPushButton
          << m_ui->timeoutSpinBox << m_ui->testConnectionPushButton;
    FocusChain::placeAfter(order.first(), order.mid(1));

    m_ui->tokenField->setServer(m_ui->serverPicker->server());
    updateButtons();
    m_ui->tokenField->lineEdit()->setFocus();
    ClearButtons::nameAll(this);
}

SettingsDialog::~SettingsDialog() {
    // The inputs outlive this destructor by a moment (their focus may still move): they must
    // not call back into a dialog that is gone.
    m_ui->tokenField->disconnect(this);
    m_ui->organizationPicker->disconnect(this);
    m_ui->serverPicker->disconnect(this);
    m_organizationsProbe->cancel();
    m_testProbe->cancel();
}

bool SettingsDialog::isBusy() const {
    return m_testing || m_saving;
}

// ---- token --------------------------------------------------------------------------------

void SettingsDialog::setUpToken() {
    TokenField *field = m_ui->tokenField;
    if (m_session.tokens()->isFromEnvironment()) {
        field->setFromEnvironment();
    }
    connect(field, &TokenField::changed, this, [this] {
        updateTokenConfirmation();
        m_organizationTimer->start();
    });
    m_session.readSavedToken(this, [this](const Session::SavedToken &saved) {
        m_ui->tokenField->setSaved(saved);
        fetchOrganizations();
    });
}

// ---- which server the token may go to -----------------------------------------------------

ConnectionProbe::Target SettingsDialog::probeTarget(const QString &organizationId) const {
    ConnectionProbe::Target target;
    target.server = m_ui->serverPicker->server().value_or(QUrl());
    m_ui->tokenField->fillTarget(target);
    target.tokenConfirmed = ConnectionProbe::sameServer(m_confirmedServer, target.server);
    target.organizationId = organizationId;
    target.timeoutSeconds = m_ui->timeoutSpinBox->value();
    return target;
}

bool SettingsDialog::needsTokenConfirmation() const {
    const ConnectionProbe::Target target = probeTarget();
    return !target.server.isEmpty() && !target.mayCarryToken();
}

void SettingsDialog::updateTokenConfirmation() {
    const bool needed = !m_ui->serverPicker->isEditing() && needsTokenConfirmation();
    if (needed) {
        const QString host = hostOf(probeTarget().server);
        m_ui->tokenConfirmLabel->setText(
            tr("The token in use was stored for another server. Paste a token for %1, or "
               "confirm that the token in use may be sent there.")
                .arg(host));
        m_ui->useTokenPushButton->setText(tr("&Use my token for %1").arg(host));
    }
    m_ui->tokenConfirmFrame->setVisible(needed);
}

void SettingsDialog::confirmToken() {
    m_confirmedServer = probeTarget().server;
    updateTokenConfirmation();
    fetchOrganizations();
    m_ui->organizationPicker->comboBox()->setFocus();
}

void SettingsDialog::serverCommitted() {
    m_ui->tokenField->setServer(m_ui->serverPicker->server());
    updateTokenConfirmation();
    fetchOrganizations();
}

// ---- organizations ------------------------------------------------------------------------

void SettingsDialog::fetchOrganizations() {
    m_organizationTimer->stop();
    if (m_ui->serverPicker->isEditing()) {
        return; // never from an address that is still being typed
    }
    const std::optional<QUrl> server = m_ui->serverPicker->server();
    const QString token = m_ui->tokenField->effectiveToken();
    const ConnectionProbe::Target target = probeTarget();
    if (!server || token.isEmpty() || !target.mayCarryToken()) {
        m_organizationsProbe->cancel();
        m_organizationsFor.clear();
        m_ui->organizationPicker->clearList();
        updateTokenConfirmation();
        return;
    }
    const QString wanted = server->toString() + u'\n' + token;
    if (wanted == m_organizationsFor &&
        (m_ui->organizationPicker->isLoaded() || m_organizationsProbe->isRunning())) {
        return;
    }
    m_organizationsFor = wanted;
    m_ui->organizationPicker->setLoading();
    m_organizationsProbe->start(target, ConnectionProbe::Step::Organizations);
}

void SettingsDialog::organizationsProbed(const ConnectionProbe::Report &report) {
    if (report.passed() && report.organizations) {
        m_ui->organizationPicker->setOrganizations(*report.organizations);
    } else if (report.outcome == ConnectionProbe::Outcome::TokenNotConfirmed) {
        m_ui->organizationPicker->clearList();
        updateTokenConfirmation();
    } else if (report.error.kind != ApiError::Kind::Cancelled) {
        m_ui->organizationPicker->setLoadError(connectionProblem(report.error, {}));
    } else {
        m_ui->organizationPicker->clearList();
    }
    updateButtons();
}

// ---- test connection ----------------------------------------------------------------------

void SettingsDialog::setTesting(bool testing) {
    m_testing = testing;
    m_ui->testConnectionPushButton->setText(testing ? tr("Testing…") : tr("Test &connection"));
    if (testing) {
        m_ui->connectionStatusLabel->setText(tr("Testing the connection…"));
        HintStyle::apply(m_ui->connectionStatusLabel, false, false);
    }
    updateButtons();
}

void SettingsDialog::showConnectionResult(const QString &text, bool ok) {
    m_ui->connectionStatusLabel->setText(text);
    HintStyle::apply(m_ui->connectionStatusLabel, !ok, false);
    m_ui->connectionStatusLabel->setProperty("connectionOk", ok);
}

void SettingsDialog::testConnection() {
    if (m_testing || m_saving) {
        return;
    }
    m_ui->serverPicker->commit(); // testing is using the address typed so far
    QString problem;
    if (!m_ui->serverPicker->server(&problem)) {
        showConnectionResult(problem, false);
        return;
    }
    (void)m_ui->tokenField->typedToken(&problem);
    if (!problem.isEmpty()) {
        showConnectionResult(problem, false);
        return;
    }
    if (m_ui->tokenField->effectiveToken().isEmpty()) {
        showConnectionResult(tr("Enter a token first."), false);
        return;
    }
    m_testOrganizationProblem.clear();
    const std::optional<QString> organization =
        m_ui->organizationPicker->organization(&m_testOrganizationProblem);
    m_testOrganizationTyped = m_ui->organizationPicker->hasText();

    fetchOrganizations(); // the picker fills too, if it has not yet
    setTesting(true);
    m_testProbe->start(probeTarget(organization.value_or(QString())),
                       ConnectionProbe::Step::Identity | ConnectionProbe::Step::Organization);
}

void SettingsDialog::connectionProbed(const ConnectionProbe::Report &report) {
    setTesting(false);
    if (report.outcome == ConnectionProbe::Outcome::TokenNotConfirmed) {
        updateTokenConfirmation();
        showConnectionResult(tr("Nothing was sent: paste a token for %1, or confirm that the "
                                "token in use may be sent there.")
                                 .arg(hostOf(m_testProbe->target().server)),
                             false);
        if (m_ui->useTokenPushButton->isVisible()) {
            m_ui->useTokenPushButton->setFocus();
        }
        return;
    }
    if (!report.me) {
        if (report.error.kind != ApiError::Kind::Cancelled) {
            showConnectionResult(connectionProblem(report.error, {}), false);
        }
        return;
    }
    const Me &user = *report.me;
    const QString who = user.email.isEmpty() ? user.displayName()
                                             : tr("%1 (%2)").arg(user.displayName(), user.email);
    const QString id = m_testProbe->target().organizationId;
    if (id.isEmpty()) {
        showConnectionResult(
            m_testOrganizationTyped
                ? tr("Signed in as %1, but: %2").arg(who, m_testOrganizationProblem)
                : tr("Signed in as %1. Now choose an organization.").arg(who),
            !m_testOrganizationTyped);
        return;
    }
    if (!report.organization) {
        if (report.error.kind != ApiError::Kind::Cancelled) {
            showConnectionResult(
                tr("Signed in as %1, but: %2").arg(who, connectionProblem(report.error, id)),
                false);
        }
        return;
    }
    const QString name = report.organization->name.isEmpty() ? id : report.organization->name;
    showConnectionResult(tr("Signed in as %1 in %2").arg(who, name), true);
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
    m_ui->tokenField->setSaving(m_saving);
}

void SettingsDialog::setSaving(bool saving) {
    m_saving = saving;
    updateButtons();
}

void SettingsDialog::accept() {
    if (m_saving) {
        return;
    }
    m_ui->serverPicker->commit(); // OK is using the address typed so far
    QString problem;
    const std::optional<QUrl> server = m_ui->serverPicker->server(&problem);
    if (!server) {
        m_ui->serverPicker->showProblem(problem);
        return;
    }
    const QString typed = m_ui->tokenField->typedToken(&problem);
    if (!problem.isEmpty()) {
        m_ui->tokenField->showProblem();
        return;
    }
    const std::optional<QString> organization = m_ui->organizationPicker->organization(&problem);
    if (!organization) {
        m_ui->organizationPicker->showProblem(problem);
        fetchOrganizations(); // so that there is a list to choose from
        return;
    }
    if (needsTokenConfirmation()) {
        updateTokenConfirmation();
        m_ui->useTokenPushButton->setFocus();
        return;
    }

    Session::ConnectionChange change;
    change.server = *server;
    change.organizationId = *organization;
    change.organizationName = m_ui->organizationPicker->nameOf(*organization);
    change.timeoutSeconds = m_ui->timeoutSpinBox->value();
    change.newToken = typed;
    change.removeStoredToken = m_ui->tokenField->removesStored();
    change.tokenConfirmedForServer = ConnectionProbe::sameServer(m_confirmedServer, *server);

    m_ui->keychainProblemFrame->setVisible(false);
    setSaving(true);
    m_session.saveConnection(change, this,
                             [this](const Session::SaveResult &result) { saveAnswered(result); });
}

void SettingsDialog::saveAnswered(const Session::SaveResult &result) {
    setSaving(false);
    switch (result.status) {
    case Session::SaveResult::Status::Saved:
        Q_EMIT saved();
        QDialog::accept();
        return;
    case Session::SaveResult::Status::TokenNotRemoved:
        showKeychainProblem(tr("The stored token could not be removed from the system keychain: %1")
                                .arg(result.problem),
                            false);
        return;
    case Session::SaveResult::Status::TokenNotStored:
        showKeychainProblem(
            tr("The token could not be saved in the system keychain. %1\n"
               "Taskdesk never writes tokens to a plain file. A token kept for this run only is "
               "forgotten when Taskdesk closes.")
                .arg(result.problem),
            true);
        m_ui->tokenField->showStatus(tr("The keychain did not accept the token; see below."));
        m_ui->keepForSessionPushButton->setFocus();
        return;
    }
}

void SettingsDialog::showKeychainProblem(const QString &text, bool offerThisRunOnly) {
    m_ui->keychainProblemLabel->setText(text);
    m_ui->keepForSessionPushButton->setVisible(offerThisRunOnly);
    m_ui->keychainProblemFrame->setVisible(true);
    growNow(); // room for the problem instead of squeezing the inputs
}

void SettingsDialog::keepForSession() {
    if (m_saving) {
        return;
    }
    m_ui->keychainProblemFrame->setVisible(false);
    setSaving(true);
    m_session.saveForThisRunOnly(
        this, [this](const Session::SaveResult &result) { saveAnswered(result); });
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

void SettingsDialog::growNow() {
    if (QLayout *top = layout()) {
        top->activate();
        resize(width(), std::max(height(), top->totalHeightForWidth(width())));
    }
}

void SettingsDialog::reject() {
    if (m_saving) {
        return; // the keychain is answering; closing now would leave half a change
    }
    m_organizationsProbe->cancel();
    m_testProbe->cancel();
    QDialog::reject();
}
