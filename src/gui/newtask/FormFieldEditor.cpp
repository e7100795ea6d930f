#include "gui/newtask/FormFieldEditor.h"

#include "ui_FormFieldEditor.h"

#include "gui/widgets/FieldMessage.h"
#include "gui/newtask/OptionsEditor.h"

#include <QMap>
#include <QPushButton>

using namespace Qt::StringLiterals;

FormFieldEditor::FormFieldEditor(QWidget *parent)
    : QFrame(parent)
    , m_ui(std::make_unique<Ui::FormFieldEditor>()) {
    m_ui->setupUi(this);
    for (const QString &type : DraftFormField::creatableTypes())
        m_ui->fieldTypeComboBox->addItem(typeName(type), type);
    m_ui->columnsEditor->setMode(OptionsEditor::Mode::Columns);
    QFont bold = m_ui->numberLabel->font();
    bold.setBold(true);
    m_ui->numberLabel->setFont(bold);
    m_ui->labelMessage->setInput(m_ui->fieldLabelLineEdit);
    m_ui->typeMessage->setInput(m_ui->fieldTypeComboBox);

    connect(m_ui->fieldLabelLineEdit, &QLineEdit::textEdited, this, &FormFieldEditor::changed);
    connect(m_ui->guidanceLineEdit, &QLineEdit::textEdited, this, &FormFieldEditor::changed);
    connect(m_ui->requiredCheckBox, &QCheckBox::toggled, this, &FormFieldEditor::changed);
    connect(m_ui->fieldTypeComboBox, &QComboBox::activated, this, [this] {
        m_unknownType.clear();
        updateTypeDependentParts();
        Q_EMIT changed();
    });
    connect(m_ui->optionsEditor, &OptionsEditor::changed, this, &FormFieldEditor::changed);
    connect(m_ui->columnsEditor, &OptionsEditor::changed, this, &FormFieldEditor::changed);
    connect(m_ui->moveUpToolButton, &QToolButton::clicked, this, &FormFieldEditor::moveUpRequested);
    connect(m_ui->moveDownToolButton, &QToolButton::clicked, this,
            &FormFieldEditor::moveDownRequested);
    connect(m_ui->removeToolButton, &QToolButton::clicked, this, &FormFieldEditor::removeRequested);
    setPosition(0, 1);
    updateTypeDependentParts();
}

FormFieldEditor::~FormFieldEditor() = default;

QString FormFieldEditor::typeName(const QString &fieldType) {
    static const QMap<QString, const char *> names{
        {u"text"_s, QT_TR_NOOP("Short text")},
        {u"textarea"_s, QT_TR_NOOP("Long text")},
        {u"radio"_s, QT_TR_NOOP("Radio buttons (pick one)")},
        {u"dropdown"_s, QT_TR_NOOP("Dropdown (pick one)")},
        {u"multiselect"_s, QT_TR_NOOP("Checkboxes (pick several)")},
        {u"date"_s, QT_TR_NOOP("Date")},
        {u"file"_s, QT_TR_NOOP("File upload")},
        {u"table"_s, QT_TR_NOOP("Table")},
        {u"assignees_form"_s, QT_TR_NOOP("Assignee picker")},
    };
    const auto it = names.constFind(fieldType);
    return it == names.cend() ? fieldType : tr(it.value());
}

DraftFormField FormFieldEditor::field() const {
    DraftFormField field;
    field.label = m_ui->fieldLabelLineEdit->text();
    field.fieldType =
        m_unknownType.isEmpty() ? m_ui->fieldTypeComboBox->currentData().toString() : m_unknownType;
    field.required = m_ui->requiredCheckBox->isChecked();
    field.guidance = m_ui->guidanceLineEdit->text();
    field.options = m_ui->optionsEditor->items();
    field.columns = m_ui->columnsEditor->items();
    return field;
}

void FormFieldEditor::setField(const DraftFormField &field) {
    const QSignalBlocker blockRequired(m_ui->requiredCheckBox);
    m_ui->fieldLabelLineEdit->setText(field.label);
    const int typeIndex = m_ui->fieldTypeComboBox->findData(field.fieldType);
    // A type Taskdesk does not offer (an old draft's email field) stays as it is, so that the
    // validation can say what is wrong instead of the form silently changing it.
    m_unknownType = typeIndex < 0 ? field.fieldType : QString();
    m_ui->fieldTypeComboBox->setCurrentIndex(std::max(0, typeIndex));
    m_ui->requiredCheckBox->setChecked(field.required);
    m_ui->guidanceLineEdit->setText(field.guidance);
    m_ui->optionsEditor->setItems(field.options);
    m_ui->columnsEditor->setItems(field.columns);
    updateTypeDependentParts();
}

void FormFieldEditor::setPosition(int index, int count) {
    const QString number = QString::number(index + 1);
    m_ui->numberLabel->setText(tr("Field %1").arg(number));
    setAccessibleName(tr("Form field %1").arg(number));
    m_ui->fieldLabelLineEdit->setAccessibleName(tr("Label of field %1").arg(number));
    m_ui->fieldTypeComboBox->setAccessibleName(tr("Type of field %1").arg(number));
    m_ui->requiredCheckBox->setAccessibleName(tr("Field %1 is required").arg(number));
    m_ui->guidanceLineEdit->setAccessibleName(tr("Guidance for field %1").arg(number));
    m_ui->moveUpToolButton->setAccessibleName(tr("Move field %1 up").arg(number));
    m_ui->moveDownToolButton->setAccessibleName(tr("Move field %1 down").arg(number));
    m_ui->removeToolButton->setAccessibleName(tr("Remove field %1").arg(number));
    m_ui->moveUpToolButton->setEnabled(index > 0);
    m_ui->moveDownToolButton->setEnabled(index + 1 < count);
}

void FormFieldEditor::setProblems(const QList<ValidationResult::Problem> &problems) {
    QStringList labelErrors, labelWarnings, typeErrors, typeWarnings, choiceErrors, choiceWarnings,
        otherErrors, otherWarnings;
    QMap<int, QString> optionProblems;
    QMap<int, QString> columnProblems;
    const auto add = [](const ValidationResult::Problem &problem, QStringList &errors,
                        QStringList &warnings) {
        (problem.severity == ValidationResult::Severity::Error ? errors : warnings)
            .append(problem.message);
    };
    for (const ValidationResult::Problem &problem : problems) {
        const QStringList parts = problem.path.split(u'.');
        const QString head = parts.value(0);
        if (head == "label"_L1) {
            add(problem, labelErrors, labelWarnings);
        } else if (head == "field_type"_L1 || head == "required"_L1) {
            add(problem, typeErrors, typeWarnings);
        } else if (head == "options"_L1 || head == "columns"_L1) {
            bool ok = false;
            const int item = parts.value(1).toInt(&ok);
            if (ok) {
                QMap<int, QString> &marks = head == "options"_L1 ? optionProblems : columnProblems;
                marks[item] = marks.value(item).isEmpty()
                                  ? problem.message
                                  : marks.value(item) + u' ' + problem.message;
                const QString noun =
                    head == "options"_L1 ? tr("Option %1: %2") : tr("Column %1: %2");
                ValidationResult::Problem shown = problem;
                shown.message = noun.arg(item + 1).arg(problem.message);
                add(shown, choiceErrors, choiceWarnings);
            } else {
                add(problem, choiceErrors, choiceWarnings);
            }
        } else {
            add(problem, otherErrors, otherWarnings);
        }
    }
    m_ui->labelMessage->setMessages(labelErrors, labelWarnings);
    m_ui->typeMessage->setMessages(typeErrors, typeWarnings);
    m_ui->choicesMessage->setMessages(choiceErrors, choiceWarnings);
    m_ui->otherMessage->setMessages(otherErrors, otherWarnings);
    m_ui->optionsEditor->setItemProblems(optionProblems);
    m_ui->columnsEditor->setItemProblems(columnProblems);
    const DraftFormField current = field();
    m_ui->choicesMessage->setInput(current.usesColumns()
                                       ? static_cast<QWidget *>(m_ui->columnsEditor->addButton())
                                       : m_ui->optionsEditor->addButton());
}

QLineEdit *FormFieldEditor::labelLineEdit() const {
    return m_ui->fieldLabelLineEdit;
}
QComboBox *FormFieldEditor::typeComboBox() const {
    return m_ui->fieldTypeComboBox;
}
QCheckBox *FormFieldEditor::requiredCheckBox() const {
    return m_ui->requiredCheckBox;
}
QLineEdit *FormFieldEditor::guidanceLineEdit() const {
    return m_ui->guidanceLineEdit;
}
OptionsEditor *FormFieldEditor::optionsEditor() const {
    return m_ui->optionsEditor;
}
OptionsEditor *FormFieldEditor::columnsEditor() const {
    return m_ui->columnsEditor;
}
QToolButton *FormFieldEditor::moveUpButton() const {
    return m_ui->moveUpToolButton;
}
QToolButton *FormFieldEditor::moveDownButton() const {
    return m_ui->moveDownToolButton;
}
QToolButton *FormFieldEditor::removeButton() const {
    return m_ui->removeToolButton;
}
FieldMessage *FormFieldEditor::labelMessage() const {
    return m_ui->labelMessage;
}
FieldMessage *FormFieldEditor::typeMessage() const {
    return m_ui->typeMessage;
}
FieldMessage *FormFieldEditor::choicesMessage() const {
    return m_ui->choicesMessage;
}

QList<QWidget *> FormFieldEditor::focusOrder() const {
    QList<QWidget *> order{m_ui->fieldLabelLineEdit, m_ui->fieldTypeComboBox,
                           m_ui->requiredCheckBox, m_ui->guidanceLineEdit};
    order += m_ui->optionsEditor->focusOrder();
    order += m_ui->columnsEditor->focusOrder();
    order << m_ui->moveUpToolButton << m_ui->moveDownToolButton << m_ui->removeToolButton;
    return order;
}

void FormFieldEditor::updateTypeDependentParts() {
    const DraftFormField current = field();
    m_ui->optionsEditor->setVisible(current.usesOptions());
    m_ui->columnsEditor->setVisible(current.usesColumns());
    m_ui->typeMessage->setToolTip(QString());
    m_ui->fieldTypeComboBox->setToolTip(
        current.usesOptions()   ? (current.minimumOptions() >= 2 ? tr("Needs at least two options.")
                                                                 : tr("Needs at least one option."))
        : current.usesColumns() ? tr("Needs at least one column.")
                                : QString());
}
