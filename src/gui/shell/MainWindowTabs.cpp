#include "gui/shell/MainWindowTabs.h"

#include "gui/widgets/FocusChain.h"

#include <QEvent>
#include <QTabBar>
#include <QTabWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

MainWindowTabs::MainWindowTabs(QTabWidget *tabs, QObject *parent)
    : QObject(parent)
    , m_tabs(tabs) {
    Q_ASSERT(m_tabs != nullptr);
}

MainWindowTabs::~MainWindowTabs() = default;

int MainWindowTabs::addPane(const QString &objectName, const QString &title, Factory factory) {
    Q_ASSERT(!objectName.isEmpty() && find(objectName) == nullptr && factory);
    auto *page = new QWidget(m_tabs);
    page->setObjectName(objectName + u"PageWidget"_s);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    page->installEventFilter(this);
    m_entries.append(Entry{objectName, page, nullptr, std::move(factory)});
    return m_tabs->addTab(page, title);
}

QStringList MainWindowTabs::names() const {
    QStringList result;
    for (const Entry &entry : m_entries) {
        result.append(entry.name);
    }
    return result;
}

const MainWindowTabs::Entry *MainWindowTabs::find(const QString &objectName) const {
    for (const Entry &entry : m_entries) {
        if (entry.name == objectName) {
            return &entry;
        }
    }
    return nullptr;
}

QWidget *MainWindowTabs::pane(const QString &objectName) {
    for (Entry &entry : m_entries) {
        if (entry.name == objectName) {
            return build(entry);
        }
    }
    return nullptr;
}

QWidget *MainWindowTabs::builtPane(const QString &objectName) const {
    const Entry *entry = find(objectName);
    return entry != nullptr ? entry->pane : nullptr;
}

void MainWindowTabs::setCurrent(const QString &objectName) {
    if (const Entry *entry = find(objectName)) {
        m_tabs->setCurrentWidget(entry->page);
    }
}

QString MainWindowTabs::currentName() const {
    const QWidget *page = m_tabs->currentWidget();
    for (const Entry &entry : m_entries) {
        if (entry.page == page) {
            return entry.name;
        }
    }
    return {};
}

QWidget *MainWindowTabs::currentPane() {
    const QString name = currentName();
    return name.isEmpty() ? nullptr : pane(name);
}

QWidget *MainWindowTabs::build(Entry &entry) {
    if (entry.pane != nullptr) {
        return entry.pane;
    }
    // The factory runs once; the entry is not touched after it ran, as a factory may look at
    // the other tabs.
    const QString name = entry.name;
    QWidget *page = entry.page;
    const Factory factory = std::exchange(entry.factory, {});
    Q_ASSERT(factory);
    QWidget *pane = factory(page);
    Q_ASSERT(pane != nullptr && pane->parentWidget() == page);
    pane->setObjectName(name);
    for (Entry &built : m_entries) {
        if (built.page == page) {
            built.pane = pane;
        }
    }
    page->removeEventFilter(this);
    page->layout()->addWidget(pane);
    placeInTabOrder(pane);
    if (page->isVisible()) {
        // Built while its page is being shown: on screen in this frame, not a turn later.
        pane->show();
        page->layout()->activate();
    }
    Q_EMIT paneBuilt(name, pane);
    return pane;
}

void MainWindowTabs::placeInTabOrder(QWidget *pane) const {
    // Qt appends a widget made now to the end of its window's focus chain, after whatever the
    // window holds below the tabs. Tab should go from the tab bar into the pane, as it does for
    // a pane built with the window: move the pane's widgets, in their own order, right after
    // the tab bar. Widgets that pass their focus on (a spin box's line edit) move with the one
    // they pass it to.
    QWidget *window = pane->window();
    QList<QWidget *> order;
    for (QWidget *widget = window->nextInFocusChain(); widget != window;
         widget = widget->nextInFocusChain()) {
        if (pane->isAncestorOf(widget) && widget->focusProxy() == nullptr &&
            (widget->focusPolicy() & Qt::TabFocus) != 0) {
            order.append(widget);
        }
    }
    FocusChain::placeAfter(m_tabs->tabBar(), order);
}

bool MainWindowTabs::eventFilter(QObject *watched, QEvent *event) {
    if (event->type() == QEvent::Show) {
        for (Entry &entry : m_entries) {
            if (entry.page == watched) {
                build(entry);
                break;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}
