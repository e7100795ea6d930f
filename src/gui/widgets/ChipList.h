#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class FlowLayout;
class QFrame;
class QToolButton;

/// The chosen entries of a picker (people, groups, tags) as removable chips that wrap onto new
/// lines. Each chip's remove button takes the keyboard focus (Tab), and Delete, Backspace, Space
/// or Enter on it removes the chip; the focus then moves to a neighbouring chip, or to
/// fallbackFocus() when none is left, so that a keyboard user never loses their place.
class ChipList final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChipList)

public:
    explicit ChipList(QWidget *parent = nullptr);
    ~ChipList() override;

    /// Adds a chip at the end; a chip with the same key is replaced in place.
    void addChip(const QString &key, const QString &text, const QString &toolTip = {});
    /// Removes a chip without emitting chipRemoved(). False when there is none with `key`.
    bool removeChip(const QString &key);
    void clear();

    [[nodiscard]] QStringList keys() const;
    [[nodiscard]] int count() const { return int(m_chips.size()); }
    [[nodiscard]] QString text(const QString &key) const;
    /// The remove button of a chip (null when there is no such chip).
    [[nodiscard]] QToolButton *removeButton(const QString &key) const;

    /// Marks a chip as having a problem (shown in its colours and tooltip); an empty message
    /// clears the mark.
    void setChipProblem(const QString &key, const QString &message, bool isError = true);
    void clearChipProblems();
    [[nodiscard]] QString chipProblem(const QString &key) const;

    /// Where the focus goes when the user removed the last chip (usually the picker's input);
    /// the chips follow it in the tab order.
    void setFallbackFocus(QWidget *widget) { m_fallbackFocus = widget; }
    [[nodiscard]] QWidget *fallbackFocus() const { return m_fallbackFocus; }

    /// Puts the focus on the last chip's remove button (Backspace in an empty input).
    bool focusLastChip();

Q_SIGNALS:
    /// The user removed a chip (button or keyboard).
    void chipRemoved(const QString &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Chip {
        QString key;
        QString text;
        QString toolTip;
        QString problem;
        QFrame *frame = nullptr;
        QToolButton *button = nullptr;
    };

    void
    userRemoves(QString key); // by value: callers pass a chip's own key, which removal destroys
    /// Chips come right after fallbackFocus() in the tab order.
    void fixTabOrder();
    [[nodiscard]] int indexOf(const QString &key) const;
    void applyLook(Chip &chip, bool isError);

    FlowLayout *m_layout;
    QList<Chip> m_chips;
    QWidget *m_fallbackFocus = nullptr;
};
