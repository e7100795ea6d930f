#include "gui/newtask/DraftBinding.h"

#include "ui_NewTaskForm.h"

#include "core/domain/TaskType.h"
#include "gui/newtask/AssigneePicker.h"
#include "gui/newtask/DeadlineEdit.h"
#include "gui/newtask/FormFieldsEditor.h"
#include "gui/newtask/RunPicker.h"
#include "gui/newtask/TagPicker.h"
#include "gui/widgets/PaletteFollower.h"
#include "gui/widgets/StatusColors.h"

using namespace Qt::StringLiterals;

DraftBinding::DraftBinding(Ui::NewTaskForm &ui, EditedCallback edited)
    : m_ui(ui)
    , m_edited(std::move(edited)) {
    for (const TaskType &type : TaskType::all()) {
        ui.taskTypeComboBox->addItem(type.name, type.key);
        ui.taskTypeComboBox->setItemData(ui.taskTypeComboBox->count() - 1, type.explanation,
                                         Qt::ToolTipRole);
    }
    // Quieter than the inputs' labels: an explanation, not an input.
    PaletteFollower::follow(ui.taskTypeExplanationLabel, [label = ui.taskTypeExplanationLabel] {
        QPalette palette; // the text's colour; the rest as inherited
        palette.setColor(QPalette::WindowText, StatusColors::secondaryText());
        label->setPalette(palette);
    });
    ui.moreOptionsToolButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setMoreOptionsExpanded(false);

    QObject *context = &m_connections;
    QObject::connect(ui.titleLineEdit, &QLineEdit::textChanged, context,
                     [this] { updateTitleCounter(); });
    QObject::connect(ui.taskTypeComboBox, &QComboBox::currentIndexChanged, context,
                     [this] { updateTaskTypeExplanation(); });
    QObject::connect(ui.moreOptionsToolButton, &QToolButton::toggled, context,
                     [this](bool expanded) { setMoreOptionsExpanded(expanded); });

    QObject::connect(ui.titleLineEdit, &QLineEdit::textEdited, context,
                     [this] { report(u"title"_s); });
    QObject::connect(ui.taskTypeComboBox, &QComboBox::currentIndexChanged, context,
                     [this] { report(u"task_type"_s); });
    QObject::connect(ui.descriptionPlainTextEdit, &QPlainTextEdit::textChanged, context,
                     [this] { report(u"summary"_s); });
    QObject::connect(ui.assigneePicker, &AssigneePicker::changed, context,
                     [this] { report(u"owners"_s); });
    QObject::connect(ui.deadlineEdit, &DeadlineEdit::changed, context,
                     [this] { report(u"deadline"_s); });
    QObject::connect(ui.startEdit, &DeadlineEdit::changed, context,
                     [this] { report(u"started_at"_s); });
    QObject::connect(ui.tagPicker, &TagPicker::changed, context, [this] { report(u"tags"_s); });
    for (QCheckBox *box :
         {ui.separateTaskCheckBox, ui.everyoneMustCompleteCheckBox, ui.onlyAssigneesCheckBox,
          ui.preventGuestCommentCheckBox, ui.topSecretCheckBox})
        QObject::connect(box, &QCheckBox::toggled, context, [this] { report(u"options"_s); });
    QObject::connect(ui.maxAssigneesSpinBox, &QSpinBox::valueChanged, context,
                     [this] { report(u"max_assignable"_s); });
    QObject::connect(ui.webhookLineEdit, &QLineEdit::textEdited, context,
                     [this] { report(u"webhook"_s); });
    QObject::connect(ui.runComboBox, &RunPicker::changed, context, [this] { report(u"run_id"_s); });
    QObject::connect(ui.formFieldsEditor, &FormFieldsEditor::changed, context,
                     [this] { report(u"form_fields"_s); });
}

void DraftBinding::report(const QString &area) const {
    if (!m_loading)
        m_edited(area);
}

void DraftBinding::load(const OneOffTaskDraft &draft) {
    Ui::NewTaskForm &ui = m_ui;
    m_loading = true;
    ui.titleLineEdit->setText(draft.title);
    int typeIndex = ui.taskTypeComboBox->findData(draft.taskType);
    if (typeIndex < 0) {
        // A type from elsewhere (an old draft) is shown as it is; validation explains it.
        ui.taskTypeComboBox->addItem(draft.taskType, draft.taskType);
        typeIndex = ui.taskTypeComboBox->count() - 1;
    }
    ui.taskTypeComboBox->setCurrentIndex(typeIndex);
    if (ui.descriptionPlainTextEdit->toPlainText() != draft.summary)
        ui.descriptionPlainTextEdit->setPlainText(draft.summary);
    ui.assigneePicker->setAssignees(draft.users, draft.guests, draft.groups);
    ui.deadlineEdit->setDateTime(draft.deadline);
    ui.startEdit->setDateTime(draft.startedAt);
    ui.tagPicker->setTags(draft.tags);
    ui.separateTaskCheckBox->setChecked(draft.separateTaskForEachAssignee);
    ui.everyoneMustCompleteCheckBox->setChecked(draft.everyoneMustComplete);
    ui.onlyAssigneesCheckBox->setChecked(draft.canCompleteOnlyAssignees);
    ui.preventGuestCommentCheckBox->setChecked(draft.preventGuestComment);
    ui.topSecretCheckBox->setChecked(draft.topSecret);
    ui.maxAssigneesSpinBox->setValue(draft.maxAssignable.value_or(0));
    ui.webhookLineEdit->setText(draft.webhook);
    ui.runComboBox->setRun(draft.runId, draft.runName);
    ui.formFieldsEditor->setFields(draft.formFields);
    if (usesMoreOptions(draft))
        ui.moreOptionsToolButton->setChecked(true);
    updateTitleCounter();
    updateTaskTypeExplanation();
    m_loading = false;
}

OneOffTaskDraft DraftBinding::collect() const {
    const Ui::NewTaskForm &ui = m_ui;
    OneOffTaskDraft draft;
    draft.title = ui.titleLineEdit->text();
    draft.taskType = ui.taskTypeComboBox->currentData().toString();
    draft.summary = ui.descriptionPlainTextEdit->toPlainText();
    draft.users = ui.assigneePicker->users();
    draft.guests = ui.assigneePicker->guests();
    draft.groups = ui.assigneePicker->groups();
    draft.deadline = ui.deadlineEdit->dateTime();
    draft.startedAt = ui.startEdit->dateTime();
    draft.separateTaskForEachAssignee = ui.separateTaskCheckBox->isChecked();
    if (ui.maxAssigneesSpinBox->value() > 0)
        draft.maxAssignable = ui.maxAssigneesSpinBox->value();
    draft.everyoneMustComplete = ui.everyoneMustCompleteCheckBox->isChecked();
    draft.canCompleteOnlyAssignees = ui.onlyAssigneesCheckBox->isChecked();
    draft.preventGuestComment = ui.preventGuestCommentCheckBox->isChecked();
    draft.topSecret = ui.topSecretCheckBox->isChecked();
    draft.tags = ui.tagPicker->tags();
    draft.webhook = ui.webhookLineEdit->text();
    draft.runId = ui.runComboBox->runId();
    draft.runName = ui.runComboBox->runName();
    draft.formFields = ui.formFieldsEditor->fields();
    return draft;
}

bool DraftBinding::usesMoreOptions(const OneOffTaskDraft &draft) {
    const OneOffTaskDraft defaults;
    return draft.separateTaskForEachAssignee != defaults.separateTaskForEachAssignee ||
           draft.everyoneMustComplete || draft.canCompleteOnlyAssignees ||
           draft.preventGuestComment || draft.topSecret || draft.maxAssignable.has_value() ||
           !draft.webhook.isEmpty() || !draft.runId.isEmpty();
}

void DraftBinding::setMoreOptionsExpanded(bool expanded) {
    m_ui.moreOptionsFrame->setVisible(expanded);
    m_ui.moreOptionsToolButton->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    if (m_ui.moreOptionsToolButton->isChecked() != expanded)
        m_ui.moreOptionsToolButton->setChecked(expanded);
}

void DraftBinding::updateTitleCounter() {
    const qsizetype count = OneOffTaskDraft::codePointCount(m_ui.titleLineEdit->text().trimmed());
    QLabel *counter = m_ui.titleCounterLabel;
    counter->setText(tr("%1 / %2").arg(count).arg(OneOffTaskDraft::MaxTitleLength));
    counter->setStyleSheet(count > OneOffTaskDraft::MaxTitleLength
                               ? u"QLabel { color: %1; }"_s.arg(StatusColors::errorText().name())
                               : QString());
    counter->setAccessibleName(
        tr("%1 of %2 characters used").arg(count).arg(OneOffTaskDraft::MaxTitleLength));
}

void DraftBinding::updateTaskTypeExplanation() {
    const QString key = m_ui.taskTypeComboBox->currentData().toString();
    QString explanation;
    for (const TaskType &type : TaskType::all()) {
        if (type.key == key)
            explanation = type.explanation;
    }
    m_ui.taskTypeExplanationLabel->setText(explanation);
    m_ui.taskTypeComboBox->setAccessibleDescription(explanation);
}
