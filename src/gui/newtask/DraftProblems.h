#pragma once

#include "core/domain/DraftContext.h"
#include "core/domain/OneOffTaskDraft.h"
#include "core/domain/ValidationResult.h"
#include "gui/newtask/DraftProblemPlacer.h"

#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

class FieldMessage;
class QScrollArea;
class QWidget;

namespace Ui {
class NewTaskForm;
}

/// Which problems of the draft the new-task form shows, and where: the client's checks of the
/// draft, the server's field errors from the last 422 that still apply, and the areas the user
/// has been in (errors show only there, warnings at once). It registers each area's widgets
/// with a DraftProblemPlacer, which puts the problems under them, and sends the focus to the
/// input of the first error.
class DraftProblems final {
    Q_DISABLE_COPY_MOVE(DraftProblems)

public:
    using Problem = ValidationResult::Problem;

    /// `ui` is the form's, set up already; its widgets must outlive this.
    explicit DraftProblems(const Ui::NewTaskForm &ui);

    /// The client-side checks of the draft, as of the last validate().
    [[nodiscard]] const ValidationResult &validation() const { return m_validation; }
    /// Field errors from the server's last 422 that still apply.
    [[nodiscard]] const QList<Problem> &serverProblems() const { return m_serverProblems; }
    /// The 422's field errors that no input shows, one a line.
    [[nodiscard]] const QString &serverMessage() const { return m_serverMessage; }
    /// Whether anything keeps the draft from being sent: a client error or a server one.
    [[nodiscard]] bool hasErrors() const;
    /// One "Area: message" line per error, the client's then the server's.
    [[nodiscard]] QStringList reasons() const;
    /// Whether show() shows an error: one in an area the user has been in, or the server's.
    [[nodiscard]] bool showsAnError() const;

    /// Checks `draft` again; show() shows the result.
    void validate(const OneOffTaskDraft &draft, const DraftContext &context);
    /// The user changed `area`: its errors show from now on, and the server's errors about it
    /// (and those the form cannot place) no longer apply.
    void edited(const QString &area);
    /// Takes the field errors of a 422: each area they concern shows its errors.
    void takeServerErrors(const QMap<QString, QStringList> &fieldErrors);
    void clearServerMessage() { m_serverMessage.clear(); }
    /// Every area shows its errors, as if the user had been everywhere.
    void revealAll();
    /// Back to a form the user has not been in, with nothing from the server.
    void forget();

    /// Shows what applies. True when a problem shown is under "More options".
    [[nodiscard]] bool show() const;
    /// The message label for `path`; for `form_fields.N...` the one inside that field's editor.
    [[nodiscard]] FieldMessage *messageFor(const QString &path) const;
    /// Puts the focus on the input of the first error, top to bottom, that `form` shows (any,
    /// while `form` is hidden), and scrolls it into view.
    void focusFirstError(const QWidget *form) const;

private:
    /// What show() shows.
    [[nodiscard]] QList<Problem> shownProblems() const;

    DraftProblemPlacer m_places;
    QScrollArea *m_scrollArea;
    ValidationResult m_validation;
    QList<Problem> m_serverProblems;
    QString m_serverMessage; ///< the 422's field errors that no input shows
    QSet<QString> m_touched; ///< areas whose errors are shown
};
