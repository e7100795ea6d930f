#pragma once

#include <QStringList>
#include <QToolButton>

class QFrame;
class QListWidget;
class QListWidgetItem;

/// The "Include" chooser of the lookup bar: a button that summarises the chosen `with=`
/// includes and opens a checkable list of every documented include (tallyfy-api-notes.md 2.3), with
/// a way back to the default. The list is a popup, so it stays open while several boxes are
/// ticked, and Space toggles the current one.
class IncludeChooser final : public QToolButton {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IncludeChooser)

public:
    explicit IncludeChooser(QWidget *parent = nullptr);
    ~IncludeChooser() override;

    /// The chosen includes, in documented order.
    [[nodiscard]] QStringList includes() const;
    /// Ticks exactly `includes` (unknown names are ignored). Emits nothing.
    void setIncludes(const QStringList &includes);

    /// Opens the list under the button with the keyboard focus in it.
    void showPopup();
    [[nodiscard]] bool isPopupVisible() const;
    /// The checkable list, for tests and accessibility checks.
    [[nodiscard]] QListWidget *listWidget() const { return m_list; }

Q_SIGNALS:
    /// The user ticked or unticked an include (or chose the default).
    void includesChanged(const QStringList &includes);

private:
    void onItemChanged(QListWidgetItem *item);
    void resetToDefault();
    void updateText();

    QFrame *m_popup;
    QListWidget *m_list;
    bool m_updating = false;
};
