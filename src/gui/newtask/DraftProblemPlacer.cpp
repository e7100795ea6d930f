#include "gui/newtask/DraftProblemPlacer.h"

#include "gui/newtask/DraftAreas.h"
#include "gui/newtask/FormFieldEditor.h"
#include "gui/newtask/FormFieldsEditor.h"
#include "gui/newtask/OptionsEditor.h"
#include "gui/widgets/FieldMessage.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

FormFieldEditor *editorOf(const FormFieldsEditor *editors, const QString &path) {
    const std::optional<int> index = DraftAreas::formFieldIndex(path);
    return index && editors != nullptr ? editors->editor(*index) : nullptr;
}

} // namespace

void DraftProblemPlacer::addArea(const QString &area, FieldMessage *message, QWidget *described,
                                 InputFinder input) {
    message->setInput(described);
    m_areas.insert(area, Area{message, std::move(input)});
    m_messages.append(message);
}

void DraftProblemPlacer::addArea(const QString &area, FieldMessage *message, QWidget *input) {
    addArea(area, message, input, [input] { return input; });
}

void DraftProblemPlacer::setFormFields(FormFieldsEditor *editor, FieldMessage *message) {
    m_formFields = editor;
    m_formFieldsMessage = message;
    message->setInput(editor->addButton());
    m_messages.append(message);
}

void DraftProblemPlacer::setSink(const QString &area, ProblemSink sink) {
    m_sinks.insert(area, std::move(sink));
}

FieldMessage *DraftProblemPlacer::messageFor(const QString &path) const {
    const QString area = DraftAreas::areaOf(path);
    if (area != DraftAreas::formFields())
        return m_areas.value(area).message;
    FormFieldEditor *editor = editorOf(m_formFields, path);
    if (editor == nullptr)
        return m_formFieldsMessage;
    const QString part = DraftAreas::formFieldPart(path);
    if (part == "label"_L1)
        return editor->labelMessage();
    if (part == "field_type"_L1 || part == "required"_L1)
        return editor->typeMessage();
    if (part == "options"_L1 || part == "columns"_L1)
        return editor->choicesMessage();
    return editor->findChild<FieldMessage *>(u"otherMessage"_s);
}

QWidget *DraftProblemPlacer::inputFor(const QString &path) const {
    const QString area = DraftAreas::areaOf(path);
    if (area != DraftAreas::formFields()) {
        const Area found = m_areas.value(area);
        return found.input ? found.input() : nullptr;
    }
    FormFieldEditor *editor = editorOf(m_formFields, path);
    if (editor == nullptr)
        return m_formFields != nullptr ? m_formFields->addButton() : nullptr;
    const QString part = DraftAreas::formFieldPart(path);
    if (part == "field_type"_L1 || part == "required"_L1)
        return editor->typeComboBox();
    if (part == "options"_L1 || part == "columns"_L1) {
        OptionsEditor *choices =
            part == "options"_L1 ? editor->optionsEditor() : editor->columnsEditor();
        const std::optional<int> item = DraftAreas::formFieldItem(path);
        if (item && choices->itemLineEdit(*item) != nullptr)
            return choices->itemLineEdit(*item);
        return choices->addButton();
    }
    return editor->labelLineEdit();
}

void DraftProblemPlacer::show(const QList<ValidationResult::Problem> &problems) const {
    struct Messages {
        QStringList errors;
        QStringList warnings;
    };
    QHash<FieldMessage *, Messages> byLabel;
    QHash<QString, QList<ValidationResult::Problem>> byArea;
    QList<ValidationResult::Problem> fieldProblems;
    for (const ValidationResult::Problem &problem : problems) {
        const QString area = DraftAreas::areaOf(problem.path);
        byArea[area].append(problem);
        if (area == DraftAreas::formFields() && editorOf(m_formFields, problem.path) != nullptr) {
            fieldProblems.append(problem); // shown inside the field's editor
            continue;
        }
        FieldMessage *label =
            area == DraftAreas::formFields() ? m_formFieldsMessage : messageFor(problem.path);
        if (label == nullptr)
            continue;
        Messages &messages = byLabel[label];
        QStringList &list = problem.severity == ValidationResult::Severity::Error
                                ? messages.errors
                                : messages.warnings;
        if (!list.contains(problem.message))
            list.append(problem.message);
    }
    for (FieldMessage *label : m_messages) {
        const Messages messages = byLabel.value(label);
        label->setMessages(messages.errors, messages.warnings);
    }
    for (auto it = m_sinks.cbegin(); it != m_sinks.cend(); ++it)
        it.value()(byArea.value(it.key()));
    if (m_formFields != nullptr)
        m_formFields->setProblems(fieldProblems);
}
