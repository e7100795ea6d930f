#pragma once

#include "core/domain/OneOffTaskDraft.h"

#include <QCoreApplication>
#include <QObject>
#include <QString>

#include <functional>

namespace Ui {
class NewTaskForm;
}

/// The two-way binding between a OneOffTaskDraft and the inputs of the new-task form: load()
/// fills the inputs from a draft, collect() reads a draft back, and every change the user makes
/// is reported with the area it concerns (DraftAreas' keys), never a change made by load(). It
/// also keeps what the inputs explain about themselves current: the title's character count,
/// the chosen task type's explanation, and the "More options" part open or closed.
class DraftBinding final {
    Q_DECLARE_TR_FUNCTIONS(NewTaskForm)
    Q_DISABLE_COPY_MOVE(DraftBinding)

public:
    using EditedCallback = std::function<void(const QString &area)>;

    /// `ui` is the form's, set up already, and must outlive the binding. `edited` is called for
    /// each change the user makes.
    DraftBinding(Ui::NewTaskForm &ui, EditedCallback edited);

    /// Shows `draft` in the inputs; opens "More options" when the draft uses one of them.
    void load(const OneOffTaskDraft &draft);
    /// The draft as the inputs show it.
    [[nodiscard]] OneOffTaskDraft collect() const;
    /// Whether the draft sets anything that lives under "More options".
    [[nodiscard]] static bool usesMoreOptions(const OneOffTaskDraft &draft);

    void setMoreOptionsExpanded(bool expanded);

private:
    void report(const QString &area) const;
    void updateTitleCounter();
    void updateTaskTypeExplanation();

    Ui::NewTaskForm &m_ui;
    EditedCallback m_edited;
    bool m_loading = false;
    /// The context of the binding's connections: they end with it, not with the form.
    QObject m_connections;
};
