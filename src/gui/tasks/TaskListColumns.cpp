#include "gui/tasks/TaskListColumns.h"

#include "core/domain/TaskType.h"
#include "gui/tasks/TaskListDelegate.h"
#include "models/DisplayFormat.h"
#include "models/TaskListModel.h"

#include <QDateTime>
#include <QFontMetrics>
#include <QHeaderView>
#include <QStringList>

#include <algorithm>
#include <array>
#include <initializer_list>

using namespace Qt::StringLiterals;

void TaskListColumns::setDefaults(QHeaderView &header, int width) {
    // Each column wide enough for its usual content in the list's font (a larger font widens
    // them); the title takes the rest and follows the window's width.
    const QWidget *list = header.parentWidget() != nullptr ? header.parentWidget() : &header;
    const QFontMetrics metrics(list->font());
    const int padding = 2 * metrics.averageCharWidth();
    const auto widest = [&](const QStringList &samples) {
        int most = 0;
        for (const QString &sample : samples)
            most = std::max(most, metrics.horizontalAdvance(sample));
        return most + padding;
    };
    QStringList statuses;
    for (const char *code : {"not-started", "in-progress", "completed", "auto-skipped"})
        statuses << TaskListModel::statusText(QString::fromLatin1(code), u"task"_s, false);
    for (const char *code : {"not-started", "in-progress"}) // open work with a problem
        statuses << TaskListModel::statusText(QString::fromLatin1(code), u"task"_s, true);
    QStringList types;
    for (const TaskType &type : TaskType::all())
        types << type.name;
    // A long deadline: a two-digit day, a late hour, overdue by a three-digit count of days.
    const QDateTime longDeadline(QDate(2026, 9, 30), QTime(22, 0));
    const QString deadline = TaskListDelegate::deadlineText(
        DisplayFormat::dateTime(longDeadline), longDeadline, longDeadline.addDays(365));

    // Where the columns would leave the title less than a quarter of `width`, the names give way
    // first (assignees and process, down to a dozen characters, each in proportion to what it
    // can give), then the deadline (down to half). Status and type keep their short labels.
    struct Column {
        int column;
        int width;
        int least;
    };
    const int names = 12 * metrics.averageCharWidth();
    const int deadlineWidth = widest({deadline});
    std::array<Column, 5> columns{{
        {TaskListModel::StatusColumn, widest(statuses), widest(statuses)},
        {TaskListModel::DeadlineColumn, deadlineWidth, deadlineWidth / 2},
        {TaskListModel::AssigneesColumn, 22 * metrics.averageCharWidth(), names},
        {TaskListModel::ProcessColumn, 28 * metrics.averageCharWidth(), names},
        {TaskListModel::TypeColumn, widest(types), widest(types)},
    }};
    int excess = -width * 3 / 4;
    for (const Column &c : columns)
        excess += c.width;
    const auto giveWay = [&](std::initializer_list<int> which) {
        int canGive = 0;
        for (const Column &c : columns)
            canGive += std::count(which.begin(), which.end(), c.column) > 0 ? c.width - c.least : 0;
        if (excess <= 0 || canGive <= 0)
            return;
        const int given = std::min(excess, canGive);
        for (Column &c : columns) {
            if (std::count(which.begin(), which.end(), c.column) > 0)
                c.width -= (c.width - c.least) * given / canGive;
        }
        excess -= given;
    };
    if (width > 0) {
        giveWay({TaskListModel::AssigneesColumn, TaskListModel::ProcessColumn});
        giveWay({TaskListModel::DeadlineColumn});
    }

    header.setStretchLastSection(false);
    header.setSectionResizeMode(QHeaderView::Interactive);
    header.setSectionResizeMode(TaskListModel::TitleColumn, QHeaderView::Stretch);
    for (const Column &c : columns)
        header.resizeSection(c.column, c.width);
}
