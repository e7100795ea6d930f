#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace Ui {
class OptionsEditor;
}

/// Edits the options of a radio, dropdown or multiselect field, or the columns of a table:
/// one input per entry, in order. The integer IDs the API needs are not typed: entry n gets
/// ID n when the request is built, and each row shows it.
///
/// Keyboard: Enter in an entry adds a new one after it (or moves to the next one), Backspace
/// in an empty entry removes it, Alt+Up / Alt+Down move an entry; every row also has move
/// and remove buttons reached with Tab.
class OptionsEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OptionsEditor)

public:
    enum class Mode { Options, Columns };

    explicit OptionsEditor(QWidget *parent = nullptr);
    ~OptionsEditor() override;

    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }

    [[nodiscard]] QStringList items() const;
    /// Replaces every entry; emits nothing.
    void setItems(const QStringList &items);
    [[nodiscard]] int count() const { return int(m_rows.size()); }
    [[nodiscard]] QLineEdit *itemLineEdit(int index) const;
    [[nodiscard]] QPushButton *addButton() const;

    /// Marks the entries that have a problem (index -> message); the others are cleared.
    void setItemProblems(const QMap<int, QString> &problems);

    /// Adds an empty entry at `index` (-1: at the end) and puts the focus in it.
    void addItem(int index = -1);
    void removeItem(int index);
    void moveItem(int from, int to);

    /// The widgets that take the focus, in tab order (for the parent's tab chain).
    [[nodiscard]] QList<QWidget *> focusOrder() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Row {
        QWidget *widget = nullptr;
        QLabel *idLabel = nullptr;
        QLineEdit *lineEdit = nullptr;
        QToolButton *upButton = nullptr;
        QToolButton *downButton = nullptr;
        QToolButton *removeButton = nullptr;
    };

    Row makeRow(const QString &text);
    void renumber();
    void fixTabOrder();
    [[nodiscard]] int rowOf(const QObject *object) const;
    [[nodiscard]] QString itemNoun() const;

    std::unique_ptr<Ui::OptionsEditor> m_ui;
    Mode m_mode = Mode::Options;
    QList<Row> m_rows;
};
