// The start-up and memory floor of ./dev bench: a window of the same kinds of visible widgets as
// Taskdesk's first screen, with no logic behind them. A menu bar with the application's menus,
// tabs, a filter bar of labelled line edits, combo boxes, a check box and buttons, a tree with
// a few rows, a list, a footer and a status bar with a permanent label; no translations, no
// settings, no network, no models of our own. Built with the same flags and reporting through
// the same FirstFrameProbe as the application, so that the ratio is what our own code costs.

#include "app/FirstFrameProbe.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

void addMenus(QMainWindow &window) {
    QMenu *file = window.menuBar()->addMenu(u"&File"_s);
    file->addAction(u"&New one-off task"_s)->setShortcut(QKeySequence(u"Ctrl+N"_s));
    file->addAction(u"&Tasks"_s)->setShortcut(QKeySequence(u"Ctrl+1"_s));
    file->addAction(u"&Look up task"_s)->setShortcut(QKeySequence(u"Ctrl+L"_s));
    file->addSeparator();
    file->addAction(u"&Quit"_s)->setShortcut(QKeySequence::Quit);
    QMenu *settings = window.menuBar()->addMenu(u"&Settings"_s);
    settings->addAction(u"&Settings…"_s)->setShortcut(QKeySequence(u"Ctrl+,"_s));
    settings->addAction(u"&Reload people, groups and tags"_s);
    settings->addAction(u"Use the sand&box"_s);
    window.menuBar()->addMenu(u"&Help"_s)->addAction(u"&About"_s);
}

QComboBox *combo(const QStringList &items) {
    auto *box = new QComboBox;
    box->addItems(items);
    return box;
}

QWidget *firstPage() {
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);

    auto *filters = new QGridLayout;
    const QList<std::pair<QString, QWidget *>> fields = {
        {u"&Show:"_s, combo({u"My tasks"_s, u"All tasks"_s})},
        {u"S&tatus:"_s, combo({u"To do"_s, u"Completed"_s, u"Any"_s})},
        {u"Sort &by:"_s, combo({u"Deadline"_s, u"Newest"_s, u"Title"_s})},
        {u"T&ype:"_s, combo({u"Any"_s, u"Task"_s, u"Approval"_s})},
    };
    int column = 0;
    for (const auto &[text, field] : fields) {
        auto *label = new QLabel(text);
        label->setBuddy(field);
        filters->addWidget(label, 0, column++);
        filters->addWidget(field, 0, column++);
    }
    auto *search = new QLineEdit;
    search->setPlaceholderText(u"Title contains…"_s);
    search->setClearButtonEnabled(true);
    auto *searchLabel = new QLabel(u"Sea&rch:"_s);
    searchLabel->setBuddy(search);
    filters->addWidget(searchLabel, 1, 0);
    filters->addWidget(search, 1, 1, 1, 5);
    filters->addWidget(new QCheckBox(u"One-off only"_s), 1, 6);
    filters->addWidget(new QPushButton(u"&Refresh"_s), 1, 7);
    layout->addLayout(filters);

    auto *form = new QFormLayout;
    form->addRow(u"Task ID or &link:"_s, new QLineEdit);
    form->addRow(u"R&un ID:"_s, new QLineEdit);
    layout->addLayout(form);

    auto *lists = new QHBoxLayout;
    auto *tree = new QTreeWidget;
    tree->setHeaderLabels({u"Title"_s, u"Process"_s, u"Deadline"_s, u"Status"_s});
    tree->setRootIsDecorated(false);
    tree->setAlternatingRowColors(true);
    for (int row = 0; row < 20; ++row) {
        tree->addTopLevelItem(new QTreeWidgetItem(
            {u"Task %1"_s.arg(row + 1), u"Onboarding"_s, u"Tomorrow"_s, u"To do"_s}));
    }
    lists->addWidget(tree, 3);
    auto *list = new QListWidget;
    for (int row = 0; row < 8; ++row) {
        list->addItem(u"Recent lookup %1"_s.arg(row + 1));
    }
    lists->addWidget(list, 1);
    layout->addLayout(lists, 1);

    layout->addWidget(new QLabel(u"Showing 20 tasks"_s));
    return page;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QMainWindow window;
    addMenus(window);
    auto *tabs = new QTabWidget;
    tabs->setDocumentMode(true);
    tabs->addTab(firstPage(), u"Tasks"_s);
    tabs->addTab(new QWidget, u"Look up"_s);
    tabs->addTab(new QWidget, u"New one-off task"_s);
    window.setCentralWidget(tabs);
    window.statusBar()->addPermanentWidget(new QLabel(u"Sandbox"_s));
    window.resize(1100, 720); // MainWindow's default size
    FirstFrameProbe::installIfRequested(&window);
    window.show();
    return QApplication::exec();
}
