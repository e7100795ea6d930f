#include "gui/newtask/FormFieldsEditor.h"

#include "ui_FormFieldsEditor.h"

#include "gui/widgets/FocusChain.h"
#include "gui/newtask/FormFieldEditor.h"

#include <QLineEdit>
#include <QPushButton>

#include <algorithm>

using namespace Qt::StringLiterals;

FormFieldsEditor::FormFieldsEditor(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::FormFieldsEditor>()) {
    m_ui->setupUi(this);
    m_ui->addFieldPushButton->setToolTip(tr("Add a field that the assignees fill in"));
    connect(m_ui->addFieldPushButton, &QPushButton::clicked, this, &FormFieldsEditor::addField);
    updatePositions();
}

FormFieldsEditor::~FormFieldsEditor() = default;

QList<DraftFormField> FormFieldsEditor::fields() const {
    QList<DraftFormField> result;
    for (const FormFieldEditor *editor : m_editors)
        result.append(editor->field());
    return result;
}

void FormFieldsEditor::setFields(const QList<DraftFormField> &fields) {
    for (FormFieldEditor *editor : std::as_const(m_editors)) {
        editor->hide();
        editor->deleteLater();
    }
    m_editors.clear();
    for (const DraftFormField &field : fields) {
        FormFieldEditor *editor = makeEditor(field);
        m_ui->rowsLayout->addWidget(editor);
        editor->show();
        m_editors.append(editor);
    }
    updatePositions();
    fixTabOrder();
    setProblems(m_problems);
}

FormFieldEditor *FormFieldsEditor::editor(int index) const {
    return index >= 0 && index < m_editors.size() ? m_editors.at(index) : nullptr;
}

QPushButton *FormFieldsEditor::addButton() const {
    return m_ui->addFieldPushButton;
}

void FormFieldsEditor::addField() {
    FormFieldEditor *editor = makeEditor(DraftFormField{});
    m_ui->rowsLayout->addWidget(editor);
    // Shown now, not when the layout gets to it: the focus moves into it at once.
    editor->show();
    m_editors.append(editor);
    updatePositions();
    fixTabOrder();
    editor->labelLineEdit()->setFocus(Qt::OtherFocusReason);
    Q_EMIT changed();
}

void FormFieldsEditor::removeField(int index) {
    if (index < 0 || index >= m_editors.size())
        return;
    FormFieldEditor *editor = m_editors.takeAt(index);
    const bool hadFocus = editor->isAncestorOf(focusWidget());
    editor->hide();
    editor->deleteLater();
    updatePositions();
    fixTabOrder();
    if (hadFocus) {
        if (!m_editors.isEmpty())
            m_editors.at(std::min(index, int(m_editors.size()) - 1))
                ->labelLineEdit()
                ->setFocus(Qt::OtherFocusReason);
        else
            m_ui->addFieldPushButton->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT changed();
}

void FormFieldsEditor::moveField(int from, int to) {
    if (from < 0 || from >= m_editors.size() || to < 0 || to >= m_editors.size() || from == to)
        return;
    QWidget *focused = focusWidget();
    FormFieldEditor *editor = m_editors.takeAt(from);
    m_editors.insert(to, editor);
    m_ui->rowsLayout->removeWidget(editor);
    m_ui->rowsLayout->insertWidget(to, editor);
    updatePositions();
    fixTabOrder();
    if (focused != nullptr && editor->isAncestorOf(focused)) {
        // The button just pressed may now be disabled (first or last place).
        if (focused->isEnabled())
            focused->setFocus(Qt::OtherFocusReason);
        else
            editor->labelLineEdit()->setFocus(Qt::OtherFocusReason);
    }
    Q_EMIT changed();
}

void FormFieldsEditor::setProblems(const QList<ValidationResult::Problem> &problems) {
    m_problems = problems;
    QList<QList<ValidationResult::Problem>> perField(m_editors.size());
    for (const ValidationResult::Problem &problem : problems) {
        const QStringList parts = problem.path.split(u'.');
        if (parts.value(0) != "form_fields"_L1)
            continue;
        bool ok = false;
        const int index = parts.value(1).toInt(&ok);
        if (!ok || index < 0 || index >= m_editors.size())
            continue;
        ValidationResult::Problem relative = problem;
        relative.path = parts.mid(2).join(u'.');
        perField[index].append(relative);
    }
    for (int i = 0; i < m_editors.size(); ++i)
        m_editors.at(i)->setProblems(perField.at(i));
}

QList<QWidget *> FormFieldsEditor::focusOrder() const {
    QList<QWidget *> order{m_ui->addFieldPushButton};
    for (const FormFieldEditor *editor : m_editors)
        order += editor->focusOrder();
    return order;
}

FormFieldEditor *FormFieldsEditor::makeEditor(const DraftFormField &field) {
    auto *editor = new FormFieldEditor(this);
    editor->setObjectName(u"formFieldEditor"_s);
    editor->setField(field);
    connect(editor, &FormFieldEditor::changed, this, &FormFieldsEditor::changed);
    connect(editor, &FormFieldEditor::moveUpRequested, this, [this, editor] {
        const int index = indexOf(editor);
        moveField(index, index - 1);
    });
    connect(editor, &FormFieldEditor::moveDownRequested, this, [this, editor] {
        const int index = indexOf(editor);
        moveField(index, index + 1);
    });
    connect(editor, &FormFieldEditor::removeRequested, this,
            [this, editor] { removeField(indexOf(editor)); });
    return editor;
}

void FormFieldsEditor::updatePositions() {
    for (int i = 0; i < m_editors.size(); ++i)
        m_editors.at(i)->setPosition(i, int(m_editors.size()));
    m_ui->emptyLabel->setText(
        m_editors.isEmpty() ? tr("No form fields. Add fields to collect answers with the task.")
                            : tr("Fields are sent in the order shown."));
}

void FormFieldsEditor::fixTabOrder() {
    const QList<QWidget *> order = focusOrder();
    FocusChain::placeAfter(order.first(), order.mid(1));
}

int FormFieldsEditor::indexOf(const FormFieldEditor *editor) const {
    for (int i = 0; i < m_editors.size(); ++i) {
        if (m_editors.at(i) == editor)
            return i;
    }
    return -1;
}
