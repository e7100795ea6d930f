// Renders the new-task form filled in, and with problems, for packaging/screenshots.
// Usage (under Xvfb): newtask-screenshots <folder> [--dark]
// Writes <folder>/new-task.png and <folder>/new-task-validation.png; with --dark (Fusion and a
// dark palette) new-task-dark.png and new-task-validation-dark.png.

#include "NewTaskFixture.h"
#include "ScreenshotTheme.h"

#include "core/session/DirectoryCache.h"
#include "core/settings/DraftStore.h"
#include "gui/newtask/AssigneePicker.h"
#include "gui/newtask/NewTaskForm.h"

#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QPixmap>
#include <QScrollArea>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool save(QWidget &widget, const QString &path) {
    QTest::qWait(200); // let layouts settle and pending paints run
    const bool ok = widget.grab().save(path);
    std::fprintf(stderr, "%s %s\n", ok ? "wrote" : "could not write", qPrintable(path));
    return ok;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    const ScreenshotTheme theme(QDir::currentPath());
    QDir().mkpath(theme.folder());

    NewTaskFixture fixture;
    if (!fixture.isValid()) {
        std::fprintf(stderr, "sandbox not available\n");
        return 1;
    }
    NewTaskForm &form = fixture.form();
    form.resize(1000, 760);
    QTest::qWait(50);
    for (int i = 0; i < 200 && !fixture.directoryLoaded(); ++i)
        QTest::qWait(50);

    DraftFormField budget;
    budget.label = u"Budget source"_s;
    budget.fieldType = u"radio"_s;
    budget.required = true;
    budget.options = {u"Operating"_s, u"Capital"_s};
    OneOffTaskDraft draft = NewTaskForm::freshDraft();
    draft.title = u"Approve Q4 hardware budget"_s;
    draft.taskType = u"approval"_s;
    draft.summary = u"Check the supplier's quote and the delivery split before approving."_s;
    draft.users = {OneOffTaskDraft::User{1001, u"Ana Ruiz"_s},
                   OneOffTaskDraft::User{1004, u"Priya Raghunathan"_s}};
    draft.groups = {OneOffTaskDraft::Group{u"8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f"_s, u"Finance"_s}};
    draft.guests = {u"finance@supplier.example"_s};
    draft.tags = {OneOffTaskDraft::Tag{u"7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c2d"_s, u"priority"_s},
                  OneOffTaskDraft::Tag{u"6f7a8b9c0d1e2f3a4b5c6d7e8f9a0b1c"_s, u"quarter-end"_s}};
    draft.formFields = {budget};
    form.setDraft(draft);
    form.focusTitle();
    fixture.title()->end(false);
    bool ok = save(form, theme.path(u"new-task"_s));

    // Problems as the user meets them: a guest alone, a start after the deadline, a radio
    // button field with one option.
    OneOffTaskDraft broken = draft;
    broken.title = u"Collect signed NDA from the new supplier"_s;
    broken.taskType = u"task"_s;
    broken.summary.clear();
    broken.users.clear();
    broken.groups.clear();
    broken.guests = {u"legal@fabrikam.example"_s};
    broken.tags.clear();
    broken.startedAt = broken.deadline.addDays(2);
    DraftFormField signer;
    signer.label = u"Signed by"_s;
    signer.fieldType = u"radio"_s;
    signer.required = true;
    signer.options = {u"Legal counsel"_s};
    broken.formFields = {signer};
    form.setDraft(broken);
    fixture.assigneeInput()->setFocus();
    ok = save(form, theme.path(u"new-task-validation"_s)) && ok;

    // Leave no draft behind in the throwaway settings.
    form.draftStore()->clear();
    return ok ? 0 : 1;
}
