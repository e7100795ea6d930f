#pragma once

class QHeaderView;

/// The Tasks list's default column widths, before the user drags them: each column as wide as
/// its usual text in the list's font (the status labels, a long deadline phrase, the type names;
/// a count of characters for the assignees and the process), so that a translation or a larger
/// font widens them; the title takes the width left and follows the window.
class TaskListColumns final {
public:
    TaskListColumns() = delete;

    /// Sets the widths and resize modes on `header` (also the benchmark's view). Given the
    /// `width` the columns share, they leave the title at least a quarter of it: a language
    /// with longer words, or a narrow window, narrows them instead of the title.
    static void setDefaults(QHeaderView &header, int width = 0);
};
