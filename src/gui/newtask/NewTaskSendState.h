#pragma once

#include "core/domain/ValidationResult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/// Whether the new-task form can send its draft now, and how the form says so: the Create
/// button's explanation (its tooltip) and the summary line under the form. Widget-free, from
/// the facts the form gathers.
struct NewTaskSendState final {
    Q_DECLARE_TR_FUNCTIONS(NewTaskForm)

public:
    /// Reasons the summary line lists before "…".
    static constexpr int MaxSummaryItems = 3;

    struct Facts final {
        bool sending = false;        ///< a create is in flight
        bool busy = false;           ///< a create or a check is in flight
        bool outcomeUnknown = false; ///< the last create may have worked
        bool sessionReady = false;
        QString tokenProblem; ///< why the session is not ready, when known
        QStringList reasons;  ///< "Area: message" for each error (DraftAreas::reasons())
        /// Whether the form shows any of those errors (the user has been where one is, or the
        /// server named it); if not, the summary lists what is needed without alarm.
        bool errorsShown = false;
        QList<ValidationResult::Problem> warnings;
    };

    QString explanation; ///< plain text
    QString summary;     ///< plain text
    bool canSend = false;
    bool showsErrors = false; ///< the summary lists errors the form shows (in the error colour)

    [[nodiscard]] static NewTaskSendState describe(const Facts &facts);
};
