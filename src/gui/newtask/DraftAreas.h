#pragma once

#include "core/domain/ValidationResult.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

/// The areas of the new-task form and which one a problem belongs to: widget-free, so that the
/// mapping of a validation or 422 path (`owners.users.0`, `description`, `form_fields.2.options.1`)
/// onto the form is one table with tests of its own. The form places each area's problems under
/// its input (DraftProblemPlacer); the names are those a summary line gives the areas.
///
/// Areas, top to bottom: title, task_type, summary, owners, deadline, started_at, tags, options,
/// max_assignable, webhook, run_id; then form_fields, named by number ("Form field 2").
class DraftAreas final {
    Q_DECLARE_TR_FUNCTIONS(NewTaskForm)

public:
    DraftAreas() = delete;

    /// The key of the form fields' area.
    static QString formFields();
    /// Every area but form_fields, top to bottom.
    [[nodiscard]] static QStringList keys();

    /// The area a path belongs to ("description" and "summary" are one area; the option flags
    /// belong to "options"); empty when the form has no place for it.
    [[nodiscard]] static QString areaOf(const QString &path);
    /// What a summary line calls the area of `path`: "Title", "Form field 3", ...; the path
    /// itself when it has no area.
    [[nodiscard]] static QString name(const QString &path);
    /// Whether the area is inside the collapsible "More options" part.
    [[nodiscard]] static bool isInMoreOptions(const QString &area);

    /// For `form_fields.N...`: N, when it is a number.
    [[nodiscard]] static std::optional<int> formFieldIndex(const QString &path);
    /// For `form_fields.N.part...`: "label", "options", ...; empty otherwise.
    [[nodiscard]] static QString formFieldPart(const QString &path);
    /// For `form_fields.N.options.M...` (or columns): M, when it is a number.
    [[nodiscard]] static std::optional<int> formFieldItem(const QString &path);

    /// `problems` in the form's order, top to bottom (a 422 lists its fields alphabetically);
    /// form fields after every other area, anything without an area last. Stable.
    [[nodiscard]] static QList<ValidationResult::Problem>
    inFormOrder(QList<ValidationResult::Problem> problems);
    /// One "Area: message" line per distinct problem, in the order given.
    [[nodiscard]] static QStringList reasons(const QList<ValidationResult::Problem> &problems);

    /// A 422's field errors as the form shows them.
    struct ServerErrors final {
        QList<ValidationResult::Problem> problems; ///< every message, as an error
        QSet<QString> areas;                       ///< the areas they concern
        QStringList unplaced; ///< "path: message" for paths the form has no place for
    };
    [[nodiscard]] static ServerErrors fromServer(const QMap<QString, QStringList> &fieldErrors);
};
