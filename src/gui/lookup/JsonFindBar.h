#pragma once

#include <QPointer>
#include <QTextDocument>
#include <QWidget>

#include <memory>

class QPlainTextEdit;

namespace Ui {
class JsonFindBar;
}

/// The find bar over the raw JSON text (Ctrl+F): searches as you type, Enter for the next
/// match and Shift+Enter for the previous one, wrapping around at the ends; Esc closes it and
/// returns the focus to the text.
class JsonFindBar final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonFindBar)

public:
    explicit JsonFindBar(QWidget *parent = nullptr);
    ~JsonFindBar() override;

    /// The text searched (not owned).
    void setTarget(QPlainTextEdit *target);
    /// Shows the bar with the search text selected and the focus in it.
    void activate();
    /// Hides the bar and gives the focus back to the text.
    void dismiss();

    [[nodiscard]] QString searchText() const;
    void setSearchText(const QString &text);

    /// Selects the next (previous) match after (before) the cursor, wrapping around. False when
    /// there is none.
    bool findNext();
    bool findPrevious();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool find(QTextDocument::FindFlags direction, bool fromSelectionStart);
    void showResult(const QString &text, bool failed);

    std::unique_ptr<Ui::JsonFindBar> m_ui;
    QPointer<QPlainTextEdit> m_target;
};
