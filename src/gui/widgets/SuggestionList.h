#pragma once

#include <QModelIndex>
#include <QObject>

class QAbstractItemModel;
class QLineEdit;
class QListView;

/// Type-to-search for a picker: ties an input to a list of suggestions shown right under it
/// (in the layout, not as a popup window, so it never steals keystrokes). The input keeps the
/// focus: Up and Down move through the suggestions, Enter takes the current one, Esc hides
/// the list. A click takes a suggestion too. The list is shown while the input has the focus
/// and the model has rows for a non-empty text (or always, with setShowWhenEmpty()).
class SuggestionList final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SuggestionList)

public:
    SuggestionList(QLineEdit *input, QListView *view, QObject *parent = nullptr);
    ~SuggestionList() override;

    /// The model must be set on the view; this only watches it.
    void setModel(QAbstractItemModel *model);
    /// Show the list also for an empty text (e.g. the few tags of an organization).
    void setShowWhenEmpty(bool show) { m_showWhenEmpty = show; }
    /// How many rows the list shows before it scrolls.
    void setVisibleRows(int rows) { m_visibleRows = rows; }

    [[nodiscard]] QModelIndex currentIndex() const;
    /// Recomputes the list's visibility and height (after the model or the text changed).
    void update();
    void hide();

Q_SIGNALS:
    /// The user took a suggestion (Enter or a click).
    void chosen(const QModelIndex &index);
    /// Enter with no suggestion to take; `text` is the input's text.
    void enteredWithoutChoice(const QString &text);
    /// Backspace in an empty input (a picker moves the focus to its last chip).
    void backspaceOnEmpty();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void move(int delta);

    QLineEdit *m_input;
    QListView *m_view;
    QAbstractItemModel *m_model = nullptr;
    bool m_showWhenEmpty = false;
    bool m_dismissed = false; ///< Esc hid the list until the text changes
    int m_visibleRows = 7;
};
