#include "gui/tasks/TaskListDelegate.h"
#include "gui/widgets/ShapedTextCache.h"
#include "gui/widgets/StatusColors.h"
#include "models/TaskListModel.h"

#include <QFontMetrics>
#include <QHeaderView>
#include <QImage>
#include <QItemSelectionModel>
#include <QProxyStyle>
#include <QStandardItemModel>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace {

/// How many pixels of `image` within `area` are `colour` (give or take antialiasing's blend).
int pixelsOf(const QImage &image, const QRect &area, const QColor &colour) {
    int count = 0;
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (std::abs(pixel.red() - colour.red()) < 24 &&
                std::abs(pixel.green() - colour.green()) < 24 &&
                std::abs(pixel.blue() - colour.blue()) < 24)
                ++count;
        }
    }
    return count;
}

/// The style of the view under test, counting the cells it is asked to draw, by row top.
class CountingStyle final : public QProxyStyle {
public:
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override {
        if (element == CE_ItemViewItem)
            cellTops.append(option->rect.top());
        QProxyStyle::drawControl(element, option, painter, widget);
    }
    mutable QList<int> cellTops;
};

} // namespace

/// The Tasks list's cell painting: text shaped once (ShapedTextCache) and drawn where the style
/// puts it, the deadline with its phrase and, when overdue, in the error colour.
class tst_TaskListDelegate : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void aLineThatFitsIsKeptWhole() {
        ShapedTextCache cache;
        const QFont font;
        const QStaticText &line = cache.line(u"Renew the lease"_s, font, 1000, Qt::ElideRight);
        QCOMPARE(line.text(), u"Renew the lease"_s);
        QVERIFY(line.size().width() > 0);
        QCOMPARE(cache.size(), 1);
    }

    void aLongLineIsElidedToItsWidth() {
        ShapedTextCache cache;
        const QFont font;
        const QString text = u"A very long title that cannot fit in a narrow column at all"_s;
        const QStaticText &line = cache.line(text, font, 80, Qt::ElideRight);
        QVERIFY(line.text() != text);
        QVERIFY(line.text().endsWith(QChar(0x2026)));
        QVERIFY(line.size().width() <= 80);
        QCOMPARE(cache.line(text, font, 1000, Qt::ElideNone).text(), text);
    }

    void linesAreShapedOnceAndKeptUpToTheCapacity() {
        ShapedTextCache cache(2);
        const QFont font;
        const QStaticText *first = &cache.line(u"one"_s, font, 100, Qt::ElideRight);
        QCOMPARE(&cache.line(u"one"_s, font, 100, Qt::ElideRight), first); // the same line
        QCOMPARE(cache.size(), 1);
        (void)cache.line(u"one"_s, font, 50, Qt::ElideRight); // another width: another line
        (void)cache.line(u"two"_s, font, 100, Qt::ElideRight);
        QCOMPARE(cache.size(), 2);
        QFont bold = font;
        bold.setBold(true);
        QCOMPARE(cache.line(u"two"_s, bold, 100, Qt::ElideRight).text(), u"two"_s);
        QCOMPARE(cache.size(), 1); // another font starts over
    }

    void cellsAreDrawnAndAnOverdueDeadlineInTheErrorColour() {
        // Rows: overdue, due in three days, no deadline (the same date text in each).
        QStandardItemModel model(3, TaskListModel::ColumnCount);
        const QDateTime past = QDateTime::currentDateTimeUtc().addDays(-3);
        const QDateTime future = QDateTime::currentDateTimeUtc().addDays(3);
        for (int row = 0; row < 3; ++row) {
            model.setData(model.index(row, TaskListModel::TitleColumn), u"WWWW MMMM"_s);
            const QModelIndex deadline = model.index(row, TaskListModel::DeadlineColumn);
            model.setData(deadline, u"WWWW"_s);
            if (row < 2) {
                model.setData(deadline, row == 0 ? past : future, TaskListModel::DeadlineRole);
                model.setData(deadline, row == 0, TaskListModel::OverdueRole);
            }
        }
        QTreeView view;
        view.setRootIsDecorated(false);
        view.setUniformRowHeights(true);
        view.setItemDelegate(new TaskListDelegate(&view));
        view.setModel(&model);
        view.header()->resizeSection(TaskListModel::DeadlineColumn, 320);
        view.resize(900, 200);
        const QImage image = view.viewport()->grab().toImage();
        const QColor error = StatusColors::errorText(view.palette());
        const QColor text = view.palette().color(QPalette::Active, QPalette::Text);

        const QRect title = view.visualRect(model.index(0, TaskListModel::TitleColumn));
        QVERIFY(pixelsOf(image, title, text) > 20);
        QCOMPARE(pixelsOf(image, title, error), 0);
        const QRect overdue = view.visualRect(model.index(0, TaskListModel::DeadlineColumn));
        QVERIFY(pixelsOf(image, overdue, error) > 20);
        const QRect due = view.visualRect(model.index(1, TaskListModel::DeadlineColumn));
        QCOMPARE(pixelsOf(image, due, error), 0);
        QVERIFY(pixelsOf(image, due, text) > 20);
        // The phrase is drawn after the date: far more ink than the date alone.
        const QRect none = view.visualRect(model.index(2, TaskListModel::DeadlineColumn));
        QVERIFY(pixelsOf(image, none, text) > 20);
        QVERIFY(pixelsOf(image, due, text) > 2 * pixelsOf(image, none, text));
    }

    void onlyTheSelectedRowIsDrawnByTheStyle() {
        // Plain cells skip the style; a selected one must still get its highlight and text.
        QStandardItemModel model(2, TaskListModel::ColumnCount);
        for (int row = 0; row < 2; ++row)
            model.setData(model.index(row, TaskListModel::TitleColumn), u"WWWW MMMM"_s);
        CountingStyle style;
        QTreeView view;
        view.setStyle(&style);
        view.setRootIsDecorated(false);
        view.setItemDelegate(new TaskListDelegate(&view));
        view.setModel(&model);
        view.resize(900, 200);
        view.selectionModel()->select(model.index(1, 0),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QImage image = view.viewport()->grab().toImage();
        // Only the selected row's cells went through the style.
        const int selectedTop = view.visualRect(model.index(1, 0)).top();
        QCOMPARE(style.cellTops.count(selectedTop), int(TaskListModel::ColumnCount));
        QCOMPARE(style.cellTops.size(), style.cellTops.count(selectedTop));
        const QPalette palette = view.palette();
        const QColor highlight = palette.color(QPalette::Inactive, QPalette::Highlight);
        const QColor highlighted = palette.color(QPalette::Inactive, QPalette::HighlightedText);
        const QRect plain = view.visualRect(model.index(0, TaskListModel::TitleColumn));
        const QRect selected = view.visualRect(model.index(1, TaskListModel::TitleColumn));
        QCOMPARE(pixelsOf(image, plain, highlight), 0);
        QVERIFY(pixelsOf(image, selected, highlight) > selected.width() * selected.height() / 2);
        QVERIFY(pixelsOf(image, selected, highlighted) > 20);
        const QRect otherColumn = view.visualRect(model.index(1, TaskListModel::StatusColumn));
        QVERIFY(pixelsOf(image, otherColumn, highlight) >
                otherColumn.width() * otherColumn.height() / 2);
    }
};

QTEST_MAIN(tst_TaskListDelegate)
#include "tst_TaskListDelegate.moc"
