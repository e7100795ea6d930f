#pragma once

#include <QCoreApplication>
#include <QString>

class TaskSubmitter;

/// What the result panel of the new-task form says about the last create, and which of its
/// buttons apply: made from the TaskSubmitter's state alone, without widgets, so that each
/// state's wording is decided in one place.
struct NewTaskResult final {
    Q_DECLARE_TR_FUNCTIONS(NewTaskForm)

public:
    /// The colour of the panel.
    enum class Tone { Ok, Info, Warning, Error };

    QString text; ///< empty: the panel is hidden
    Tone tone = Tone::Info;
    bool check = false;       ///< "Check" whether the task exists
    bool checkEnabled = true; ///< not while a check runs
    QString checkText;        ///< "Check" or "Check again"
    bool openFound = false;   ///< "Open it": the task the check found
    bool sendAgain = false;   ///< "Send again"
    bool copyId = false;      ///< "Copy ID"
    bool refresh = false;     ///< "Refresh" the count of a fan-out
    bool refreshEnabled = true;
    bool dismissable = false;

    /// The panel for `submitter`'s state. `note` is what the form says once the submitter is
    /// idle again (e.g. "Opened …"); `hasTaskId` whether a created or found task can be copied;
    /// `unplacedErrors` the lines of a 422 that no input shows.
    static NewTaskResult describe(const TaskSubmitter &submitter, const QString &note,
                                  bool hasTaskId, const QString &unplacedErrors);
    /// `dateTime` in local time, as the form shows dates ("Fri 2031-03-14 17:00").
    static QString localText(const QDateTime &dateTime);
    /// The style-sheet name of a tone ("ok", "info", "warning", "error").
    static QString toneName(Tone tone);
};
