#include "gui/newtask/NewTaskSendState.h"

using namespace Qt::StringLiterals;

NewTaskSendState NewTaskSendState::describe(const Facts &facts) {
    NewTaskSendState state;
    const QStringList &reasons = facts.reasons;
    if (facts.sending) {
        state.explanation = tr("Sending the task to Tallyfy\u2026");
        state.summary = state.explanation;
    } else if (facts.outcomeUnknown) {
        state.explanation = tr("The last create may have worked: check whether the task exists "
                               "before sending again.");
        state.summary = state.explanation;
    } else if (!facts.sessionReady) {
        state.explanation = facts.tokenProblem.isEmpty()
                                ? tr("Connect to Tallyfy in Settings before creating tasks.")
                                : facts.tokenProblem;
        state.summary = state.explanation;
    } else if (!reasons.isEmpty()) {
        state.explanation =
            tr("Fix these first:") + u'\n' + u"\u2022 "_s + reasons.join(u"\n\u2022 "_s);
        QStringList shown = reasons.mid(0, MaxSummaryItems);
        if (reasons.size() > MaxSummaryItems)
            shown.append(tr("\u2026"));
        // A form the user has not been in yet is not wrong: it says what it needs, plainly.
        const QString lead =
            facts.errorsShown ? tr("%n problem(s) to fix before the task can be created:", nullptr,
                                   int(reasons.size()))
                              : tr("To create the task:");
        state.summary = lead + u' ' + shown.join(u"  "_s);
        state.showsErrors = facts.errorsShown;
    } else {
        state.explanation = tr("Create the task in Tallyfy (Ctrl+Enter)");
        state.summary =
            facts.warnings.isEmpty()
                ? tr("Ready to create. Ctrl+Enter sends.")
                : tr("Ready to create, but note: %1").arg(facts.warnings.first().message);
    }
    state.canSend = !facts.busy && !facts.outcomeUnknown && facts.sessionReady && reasons.isEmpty();
    return state;
}
