#pragma once

#include <QList>
#include <QObject>
#include <QString>

#include <concepts>
#include <functional>
#include <type_traits>

class QTabWidget;
class QWidget;

/// The main window's tabs, each pane built the first time its tab is shown.
///
/// addPane() puts an empty page in the tab widget and keeps a factory; the pane is made when
/// the page is first shown (its tab chosen while the tabs are on screen), or earlier when
/// someone asks for it with pane(). So start-up builds only the pane on screen, and a tab the
/// user never opens costs nothing. A pane, once built, stays for the window's life.
///
/// Panes are named by their object names (also what Settings keeps as the last tab).
class MainWindowTabs final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindowTabs)

public:
    /// Makes a pane as a child of `page`; the pane fills the page.
    using Factory = std::function<QWidget *(QWidget *page)>;

    /// `tabs` must outlive this object (make both children of the same window).
    explicit MainWindowTabs(QTabWidget *tabs, QObject *parent = nullptr);
    ~MainWindowTabs() override;

    /// Adds a tab titled `title` whose pane `factory` makes on first show; the pane gets
    /// `objectName`. Returns the tab's index.
    int addPane(const QString &objectName, const QString &title, Factory factory);
    /// The same, for a factory that answers a `T *`: `addPane<TasksPane>(name, tr("Tasks"),
    /// [this](QWidget *page) { return new TasksPane(m_session, page); })`.
    template<typename T, typename F>
    requires std::convertible_to<std::invoke_result_t<F, QWidget *>, T *> int
    addPane(const QString &objectName, const QString &title, F factory) {
        return addPane(objectName, title, Factory([factory](QWidget *page) -> QWidget * {
                           return static_cast<T *>(factory(page));
                       }));
    }

    [[nodiscard]] QTabWidget *tabWidget() const { return m_tabs; }
    [[nodiscard]] QStringList names() const;

    /// The pane named `objectName`, built now if it was not yet; null for an unknown name.
    QWidget *pane(const QString &objectName);
    template<typename T>
    T *pane(const QString &objectName) {
        return qobject_cast<T *>(pane(objectName));
    }
    /// The pane if it has been built, else null. Builds nothing.
    [[nodiscard]] QWidget *builtPane(const QString &objectName) const;
    template<typename T>
    [[nodiscard]] T *builtPane(const QString &objectName) const {
        return qobject_cast<T *>(builtPane(objectName));
    }

    /// Makes the pane's tab the current one (the pane is built as it is shown).
    void setCurrent(const QString &objectName);
    /// The object name of the current tab's pane (built or not); empty without tabs.
    [[nodiscard]] QString currentName() const;
    /// The current tab's pane, built now if need be.
    QWidget *currentPane();

Q_SIGNALS:
    /// `pane` was just built (already in its page, before it is shown).
    void paneBuilt(const QString &objectName, QWidget *pane);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Entry final {
        QString name;
        QWidget *page = nullptr;
        QWidget *pane = nullptr;
        Factory factory;
    };
    [[nodiscard]] const Entry *find(const QString &objectName) const;
    QWidget *build(Entry &entry);
    void placeInTabOrder(QWidget *pane) const;

    QTabWidget *m_tabs;
    QList<Entry> m_entries;
};
