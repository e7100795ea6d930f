#include "gui/shell/ServerPicker.h"

#include "ui_ServerPicker.h"

#include "core/settings/KnownServers.h"
#include "core/settings/Validators.h"
#include "gui/shell/HintStyle.h"

using namespace Qt::StringLiterals;

ServerPicker::ServerPicker(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ServerPicker>()) {
    m_ui->setupUi(this);
    setFocusProxy(m_ui->serverComboBox);

    QComboBox *combo = m_ui->serverComboBox;
    for (const KnownServers::Server &known : KnownServers::all()) {
        combo->addItem(known.name, known.apiBaseUrl.toString());
        combo->setItemData(combo->count() - 1, known.apiBaseUrl.toDisplayString(), Qt::ToolTipRole);
    }
    combo->addItem(tr("Custom server…"), QString());

    connect(combo, &QComboBox::currentIndexChanged, this, [this] {
        m_editing = false;
        updateState();
        if (isCustom() && isVisible()) {
            m_ui->customServerLineEdit->setFocus();
        }
        Q_EMIT committed();
    });
    connect(m_ui->customServerLineEdit, &QLineEdit::textEdited, this, [this] {
        m_editing = true;
        updateState();
        Q_EMIT edited();
    });
    connect(m_ui->customServerLineEdit, &QLineEdit::editingFinished, this, &ServerPicker::commit);
    updateState();
}

ServerPicker::~ServerPicker() {
    // A field that has the focus loses it while the children are destroyed, and would report
    // editingFinished to a picker that is already gone.
    m_ui->customServerLineEdit->disconnect(this);
    m_ui->serverComboBox->disconnect(this);
}

QComboBox *ServerPicker::comboBox() const {
    return m_ui->serverComboBox;
}

QLineEdit *ServerPicker::customLineEdit() const {
    return m_ui->customServerLineEdit;
}

bool ServerPicker::isCustom() const {
    return m_ui->serverComboBox->currentData().toString().isEmpty();
}

void ServerPicker::setServer(const QUrl &url) {
    QComboBox *combo = m_ui->serverComboBox;
    const QSignalBlocker blocker(combo);
    const std::optional<KnownServers::Server> known = KnownServers::find(url);
    int index = combo->count() - 1;
    if (known) {
        index = combo->findData(known->apiBaseUrl.toString());
    } else {
        m_ui->customServerLineEdit->setText(url.toDisplayString());
    }
    combo->setCurrentIndex(index < 0 ? 0 : index);
    m_editing = false;
    updateState();
}

void ServerPicker::showRejectedSetting(const QString &storedText, const QString &reason) {
    const QSignalBlocker blocker(m_ui->serverComboBox);
    m_ui->serverComboBox->setCurrentIndex(m_ui->serverComboBox->count() - 1);
    m_ui->customServerLineEdit->setText(storedText);
    m_rejectedText = storedText;
    m_rejectedReason = reason;
    m_editing = false;
    updateState();
}

std::optional<QUrl> ServerPicker::server(QString *problem) const {
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

void ServerPicker::commit() {
    if (!m_editing) {
        return;
    }
    m_editing = false;
    Q_EMIT committed();
}

void ServerPicker::showProblem(const QString &problem) {
    QLabel *label = m_ui->serverProblemLabel;
    label->setText(problem);
    HintStyle::apply(label, true);
    label->setVisible(true);
    (isCustom() ? static_cast<QWidget *>(m_ui->customServerLineEdit) : m_ui->serverComboBox)
        ->setFocus();
}

void ServerPicker::updateState() {
    const bool custom = isCustom();
    m_ui->customServerLabel->setVisible(custom);
    m_ui->customServerLineEdit->setVisible(custom);
    QLabel *label = m_ui->serverProblemLabel;
    const QString typed = m_ui->customServerLineEdit->text();
    if (!m_rejectedText.isEmpty() && (!custom || typed != m_rejectedText)) {
        m_rejectedText.clear(); // the user moved on from the refused address
        m_rejectedReason.clear();
    }
    QString problem;
    if (custom && !m_rejectedText.isEmpty()) {
        label->setText(tr("The server address in the settings file was refused, so nothing was "
                          "sent to it: %1")
                           .arg(m_rejectedReason));
        HintStyle::apply(label, true);
        label->setVisible(true);
    } else if (custom && !typed.trimmed().isEmpty() && !server(&problem)) {
        label->setText(problem);
        HintStyle::apply(label, true);
        label->setVisible(true);
    } else if (custom) {
        label->setText(
            tr("The address ends where the API's paths begin, e.g. https://example.com/api. "
               "Plain http:// is allowed only for this computer (localhost)."));
        HintStyle::apply(label, false);
        label->setVisible(true);
    } else {
        label->clear();
        label->setVisible(false);
    }
}
