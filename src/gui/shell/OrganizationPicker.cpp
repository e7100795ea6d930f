#include "gui/shell/OrganizationPicker.h"

#include "ui_OrganizationPicker.h"

#include "core/settings/Validators.h"
#include "gui/shell/HintStyle.h"

#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

OrganizationPicker::OrganizationPicker(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OrganizationPicker>()) {
    m_ui->setupUi(this);
    setFocusProxy(m_ui->organizationComboBox);
    QComboBox *combo = m_ui->organizationComboBox;
    combo->lineEdit()->setPlaceholderText(tr("Choose, or type the 32-character ID"));
    combo->setToolTip(tr("Shown in the web app under Settings > Organization, and in web-app "
                         "addresses right after the host name."));
    combo->setCurrentIndex(-1);
    combo->setEditText(QString());
    connect(combo, &QComboBox::editTextChanged, this, [this] {
        updateHint();
        Q_EMIT changed();
    });
    updateHint();
}

OrganizationPicker::~OrganizationPicker() = default;

QComboBox *OrganizationPicker::comboBox() const {
    return m_ui->organizationComboBox;
}

QString OrganizationPicker::entryText(const QString &id, const QString &name) {
    return name.isEmpty() ? id : tr("%1 (%2)").arg(name, id);
}

void OrganizationPicker::setSaved(const QString &id, const QString &name) {
    m_savedId = id;
    m_savedName = name;
    QComboBox *combo = m_ui->organizationComboBox;
    const QSignalBlocker blocker(combo);
    combo->clear();
    if (!id.isEmpty()) {
        combo->addItem(entryText(id, name), id);
        combo->setItemData(0, Qt::convertFromPlainText(entryText(id, name)), Qt::ToolTipRole);
        combo->setCurrentIndex(0);
    } else {
        combo->setCurrentIndex(-1);
        combo->setEditText(QString());
    }
    updateHint();
}

void OrganizationPicker::clearList() {
    if (!m_loaded && !m_loading && m_error.isEmpty()) {
        return;
    }
    m_loaded = false;
    m_loading = false;
    m_error.clear();
    m_organizations.clear();
    updateHint();
}

void OrganizationPicker::setLoading() {
    m_loading = true;
    m_loaded = false;
    m_error.clear();
    updateHint();
}

void OrganizationPicker::setLoadError(const QString &text) {
    m_loading = false;
    m_loaded = false;
    m_error = text;
    updateHint();
}

void OrganizationPicker::setOrganizations(const QList<Organization> &organizations) {
    QComboBox *combo = m_ui->organizationComboBox;
    const std::optional<QString> before = organization();
    const QString typedText = combo->currentText();

    m_organizations = organizations;
    m_loaded = true;
    m_loading = false;
    m_error.clear();

    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const Organization &o : organizations) {
        const QString text = entryText(o.id, o.name);
        combo->addItem(text, o.id);
        // A tooltip is rich text when it looks like it: the name is escaped first.
        combo->setItemData(combo->count() - 1, Qt::convertFromPlainText(text), Qt::ToolTipRole);
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
    updateHint();
    Q_EMIT changed();
}

bool OrganizationPicker::hasText() const {
    return !m_ui->organizationComboBox->currentText().trimmed().isEmpty();
}

std::optional<QString> OrganizationPicker::organization(QString *problem) const {
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
    if (m_loaded) {
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

QString OrganizationPicker::nameOf(const QString &id) const {
    for (const Organization &o : m_organizations) {
        if (o.id == id) {
            return o.name;
        }
    }
    return id == m_savedId ? m_savedName : QString();
}

void OrganizationPicker::showProblem(const QString &problem) {
    m_ui->organizationHintLabel->setText(problem);
    HintStyle::apply(m_ui->organizationHintLabel, true);
    m_ui->organizationComboBox->setFocus();
}

void OrganizationPicker::updateHint() {
    QLabel *hint = m_ui->organizationHintLabel;
    QString problem;
    const std::optional<QString> id = organization(&problem);
    bool isProblem = false;
    if (m_loading) {
        hint->setText(tr("Loading your organizations…"));
    } else if (!m_error.isEmpty()) {
        hint->setText(tr("Could not list your organizations: %1").arg(m_error));
        isProblem = true;
    } else if (hasText() && !id) {
        hint->setText(problem);
        isProblem = true;
    } else if (m_loaded && m_organizations.isEmpty()) {
        hint->setText(tr("This token belongs to no organization."));
        isProblem = true;
    } else if (m_loaded) {
        hint->setText(tr("Organizations available to this token: %1.")
                          .arg(QLocale().toString(m_organizations.size())));
    } else {
        hint->setText(tr("Enter a token to choose from your organizations, or type the "
                         "organization's ID."));
    }
    HintStyle::apply(hint, isProblem);
}
