#include "gui/shell/TokenField.h"

#include "ui_TokenField.h"

#include "core/settings/KnownServers.h"
#include "core/settings/Validators.h"
#include "gui/shell/HintStyle.h"

#include <QClipboard>
#include <QGuiApplication>

TokenField::TokenField(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::TokenField>()) {
    m_ui->setupUi(this);
    setFocusProxy(m_ui->tokenLineEdit);
    HintStyle::apply(m_ui->tokenHelpLabel, false);

    QLineEdit *edit = m_ui->tokenLineEdit;
    edit->setToolTip(tr("Your personal access token from the Tallyfy web app."));
    connect(edit, &QLineEdit::textChanged, this, [this] {
        updateState();
        Q_EMIT changed();
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
        updateState();
        Q_EMIT changed();
    });
    setServer(std::nullopt);
    updateState();
}

TokenField::~TokenField() = default;

QLineEdit *TokenField::lineEdit() const {
    return m_ui->tokenLineEdit;
}

QList<QWidget *> TokenField::inputs() const {
    return {m_ui->tokenLineEdit, m_ui->showTokenToolButton, m_ui->pasteTokenToolButton,
            m_ui->removeTokenPushButton, m_ui->tokenHelpLabel};
}

void TokenField::setFromEnvironment() {
    m_origin = TokenSource::Origin::Environment;
    updateState();
}

void TokenField::setSaved(const Session::SavedToken &saved) {
    m_saved = saved;
    if (saved.origin == TokenSource::Origin::None) {
        m_saved->token.clear();
    }
    m_origin = saved.origin;
    updateState();
}

QString TokenField::effectiveToken() const {
    const QString inForce = m_saved ? m_saved->token : QString();
    if (m_origin == TokenSource::Origin::Environment) {
        return inForce;
    }
    const QString typed = typedToken();
    if (!typed.isEmpty()) {
        return typed;
    }
    return m_removeStored ? QString() : inForce;
}

void TokenField::fillTarget(ConnectionProbe::Target &target) const {
    target.token = effectiveToken();
    target.tokenTyped = m_origin != TokenSource::Origin::Environment && !typedToken().isEmpty();
    // The token in force belongs to the server it was stored (or given) for.
    target.tokenServer = m_saved ? m_saved->server : QUrl();
}

void TokenField::setSaving(bool saving) {
    m_ui->tokenLineEdit->setReadOnly(saving);
}

void TokenField::showStatus(const QString &text) {
    m_ui->tokenStatusLabel->setText(text);
}

void TokenField::showProblem() {
    updateState();
    m_ui->tokenLineEdit->setFocus();
}

QString TokenField::typedToken(QString *problem) const {
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

void TokenField::setServer(const std::optional<QUrl> &server) {
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

void TokenField::updateState() {
    QLineEdit *edit = m_ui->tokenLineEdit;
    QLabel *status = m_ui->tokenStatusLabel;
    const bool environment = m_origin == TokenSource::Origin::Environment;
    const bool stored =
        m_origin == TokenSource::Origin::Keychain || m_origin == TokenSource::Origin::Session;

    edit->setEnabled(!environment);
    m_ui->showTokenToolButton->setEnabled(!environment);
    m_ui->pasteTokenToolButton->setEnabled(!environment);
    m_ui->removeTokenPushButton->setVisible(stored);

    QString problem;
    const bool typed = !edit->text().trimmed().isEmpty();
    const bool valid = !typedToken(&problem).isEmpty();
    HintStyle::apply(status, typed && !valid);

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
    } else if (m_origin == TokenSource::Origin::Keychain) {
        edit->setPlaceholderText(tr("A token is stored (hidden)"));
        status->setText(tr("A token is stored in the system keychain. Paste a new one to "
                           "replace it, or remove it."));
    } else if (m_origin == TokenSource::Origin::Session) {
        edit->setPlaceholderText(tr("A token is kept for this run (hidden)"));
        status->setText(tr("A token is kept for this run only, because the keychain was not "
                           "available. Paste a new one to replace it."));
    } else if (!m_origin) {
        edit->setPlaceholderText(QString());
        status->setText(tr("Checking the keychain for a stored token…"));
    } else {
        edit->setPlaceholderText(tr("Paste a token (it starts with eyJ)"));
        status->setText(tr("No token is stored yet."));
    }
}
