#include "gui/newtask/DraftProblems.h"

#include "ui_NewTaskForm.h"

#include "gui/newtask/AssigneePicker.h"
#include "gui/newtask/DeadlineEdit.h"
#include "gui/newtask/DraftAreas.h"
#include "gui/newtask/FormFieldsEditor.h"
#include "gui/newtask/RunPicker.h"
#include "gui/newtask/TagPicker.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QScrollArea>

#include <algorithm>

using namespace Qt::StringLiterals;

DraftProblems::DraftProblems(const Ui::NewTaskForm &ui)
    : m_scrollArea(ui.scrollArea) {
    DraftProblemPlacer &places = m_places;
    places.addArea(u"title"_s, ui.titleMessage, ui.titleLineEdit);
    places.addArea(u"task_type"_s, ui.taskTypeMessage, ui.taskTypeComboBox);
    places.addArea(u"summary"_s, ui.descriptionMessage, ui.descriptionPlainTextEdit);
    places.addArea(u"owners"_s, ui.assigneesMessage, ui.assigneePicker->lineEdit());
    places.addArea(u"deadline"_s, ui.deadlineMessage, ui.deadlineEdit->dateTimeEdit());
    // A start that is switched off takes the focus on its check box.
    places.addArea(u"started_at"_s, ui.startMessage, ui.startEdit->dateTimeEdit(),
                   [start = ui.startEdit]() -> QWidget * {
                       if (start->isEnabled() && start->dateTimeEdit()->isEnabled())
                           return start->dateTimeEdit();
                       return start->enabledCheckBox();
                   });
    places.addArea(u"tags"_s, ui.tagsMessage, ui.tagPicker->lineEdit());
    places.addArea(u"max_assignable"_s, ui.maxAssigneesMessage, ui.maxAssigneesSpinBox);
    places.addArea(u"webhook"_s, ui.webhookMessage, ui.webhookLineEdit);
    places.addArea(u"run_id"_s, ui.runMessage, ui.runComboBox);
    places.addArea(u"options"_s, ui.moreOptionsMessage, ui.moreOptionsToolButton,
                   [box = ui.separateTaskCheckBox] { return box; });
    places.setFormFields(ui.formFieldsEditor, ui.formFieldsMessage);
    places.setSink(u"owners"_s, [picker = ui.assigneePicker](const auto &problems) {
        picker->setProblems(problems);
    });
    places.setSink(u"tags"_s, [picker = ui.tagPicker](const auto &problems) {
        picker->setProblems(problems);
    });
}

bool DraftProblems::hasErrors() const {
    return m_validation.hasErrors() || !m_serverProblems.isEmpty();
}

QStringList DraftProblems::reasons() const {
    return DraftAreas::reasons(m_validation.errors() + m_serverProblems);
}

bool DraftProblems::showsAnError() const {
    const QList<Problem> shown = shownProblems();
    return std::any_of(shown.cbegin(), shown.cend(), [](const Problem &problem) {
        return problem.severity == ValidationResult::Severity::Error;
    });
}

void DraftProblems::validate(const OneOffTaskDraft &draft, const DraftContext &context) {
    m_validation = draft.validate(context);
}

void DraftProblems::edited(const QString &area) {
    m_touched.insert(area);
    // A server error is about what was sent; once that input changes it no longer applies.
    // Errors the form cannot place go with any edit.
    m_serverProblems.removeIf([&area](const Problem &problem) {
        const QString problemArea = DraftAreas::areaOf(problem.path);
        return problemArea == area || problemArea.isEmpty();
    });
}

void DraftProblems::takeServerErrors(const QMap<QString, QStringList> &fieldErrors) {
    const DraftAreas::ServerErrors errors = DraftAreas::fromServer(fieldErrors);
    m_serverProblems = errors.problems;
    m_touched.unite(errors.areas);
    m_serverMessage = errors.unplaced.join(u'\n');
}

void DraftProblems::revealAll() {
    const QStringList keys = DraftAreas::keys();
    m_touched.unite(QSet<QString>(keys.cbegin(), keys.cend()));
    m_touched.insert(DraftAreas::formFields());
}

void DraftProblems::forget() {
    m_touched.clear();
    m_serverProblems.clear();
    m_serverMessage.clear();
}

QList<DraftProblems::Problem> DraftProblems::shownProblems() const {
    // The client's problems (errors only where the user has been) and the server's errors that
    // still apply.
    QList<Problem> shown;
    for (const Problem &problem : std::as_const(m_validation.problems)) {
        if (problem.severity == ValidationResult::Severity::Warning ||
            m_touched.contains(DraftAreas::areaOf(problem.path)))
            shown.append(problem);
    }
    return shown + m_serverProblems;
}

bool DraftProblems::show() const {
    const QList<Problem> shown = shownProblems();
    m_places.show(shown);
    return std::any_of(shown.cbegin(), shown.cend(), [](const Problem &problem) {
        return DraftAreas::isInMoreOptions(DraftAreas::areaOf(problem.path));
    });
}

FieldMessage *DraftProblems::messageFor(const QString &path) const {
    return m_places.messageFor(path);
}

void DraftProblems::focusFirstError(const QWidget *form) const {
    // The first in the form's order, top to bottom.
    const QList<Problem> errors = DraftAreas::inFormOrder(m_serverProblems + m_validation.errors());
    for (const Problem &problem : errors) {
        if (QWidget *input = m_places.inputFor(problem.path)) {
            if (input->isVisibleTo(form) || !form->isVisible()) {
                input->setFocus(Qt::OtherFocusReason);
                m_scrollArea->ensureWidgetVisible(input);
                return;
            }
        }
    }
}
