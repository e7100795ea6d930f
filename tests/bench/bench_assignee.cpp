// ./dev bench, assignee search: the new-task form over a sandbox (another process) with 10,000
// generated members; each keystroke typed into the Assignees input is timed from the key press
// until the input and the filtered suggestions have been painted.
// Each query is typed, then erased with Backspace; every key counts. Prints `keystroke_ms=` per
// keystroke and `members=` once.

#include "BenchOutput.h"
#include "BenchSession.h"

#include "core/session/DirectoryCache.h"
#include "gui/newtask/AssigneePicker.h"
#include "gui/newtask/NewTaskForm.h"
#include "models/DirectoryModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QLineEdit>
#include <QListView>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

/// Remembers when a widget last received a paint event.
class PaintWatch final : public QObject {
    Q_DISABLE_COPY_MOVE(PaintWatch)

public:
    explicit PaintWatch(QWidget *widget)
        : QObject(widget) {
        widget->installEventFilter(this);
    }
    ~PaintWatch() override = default;

    [[nodiscard]] double lastPaintMs() const { return m_lastPaintMs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override {
        if (event->type() == QEvent::Paint)
            m_lastPaintMs = BenchOutput::nowMs();
        return QObject::eventFilter(watched, event);
    }

private:
    double m_lastPaintMs = 0;
};

/// Queries people type: the start of a first name, then of a last name, taken from the members'
/// emails ("first.last.id@...": ASCII, so every character can be typed as a key).
QStringList queriesFor(const QList<Member> &members, int count) {
    QStringList queries;
    for (int i = 0; i < count && !members.isEmpty(); ++i) {
        const Member &member = members.at((qsizetype(i) * 997) % members.size());
        const QStringList parts = member.email.section(u'@', 0, 0).split(u'.');
        if (parts.size() < 2)
            continue;
        queries << (i % 2 == 0 ? parts.at(0).left(5)
                               : parts.at(0).left(4) + u' ' + parts.at(1).left(3));
    }
    return queries;
}

} // namespace

int main(int argc, char *argv[]) {
    QApplication app(argc, argv);
    QCommandLineParser parser;
    BenchSession::addOptions(parser);
    parser.addOption(
        QCommandLineOption(u"queries"_s, u"Queries typed (default 20)."_s, u"N"_s, u"20"_s));
    parser.addOption(QCommandLineOption(u"members"_s, u"Members to wait for (default 10000)."_s,
                                        u"N"_s, u"10000"_s));
    parser.process(app);

    BenchSession bench(parser);
    if (!bench.problem().isEmpty())
        return BenchOutput::fail(bench.problem());
    const int queryCount = parser.value(u"queries"_s).toInt();
    const int memberCount = parser.value(u"members"_s).toInt();
    if (queryCount < 1 || memberCount < 1)
        return BenchOutput::fail(u"--queries and --members take counts"_s);

    NewTaskForm form(bench.session());
    form.resize(900, 1000);
    form.show();
    form.activateWindow();
    if (!QTest::qWaitForWindowActive(&form))
        return BenchOutput::fail(u"the new-task form did not become active"_s);
    auto *picker = form.findChild<AssigneePicker *>();
    if (picker == nullptr)
        return BenchOutput::fail(u"no AssigneePicker in the new-task form"_s);
    picker->ensureLoaded();
    const DirectoryCache *cache = bench.session().cache();
    const bool loaded = QTest::qWaitFor(
        [&] {
            return cache->isLoaded(DirectoryCache::What::Members) && !picker->isLoading() &&
                   picker->model()->entryCount() >= memberCount;
        },
        120000);
    if (!loaded)
        return BenchOutput::fail(
            u"the members did not load (%1 entries)"_s.arg(picker->model()->entryCount()));
    BenchOutput::value("members", double(cache->members().size()));

    QLineEdit *input = picker->lineEdit();
    QListView *list = picker->suggestionsView();
    auto *inputPaints = new PaintWatch(input);
    auto *listPaints = new PaintWatch(list->viewport());
    input->setFocus(Qt::TabFocusReason);
    QTest::qWait(50);

    // Key press until the input has been painted with the new text and, when the key changed
    // the filter, the suggestions list too (a space at the end of a query changes nothing).
    double filteredAt = 0;
    QObject::connect(picker->model(), &QAbstractItemModel::modelReset, picker,
                     [&] { filteredAt = BenchOutput::nowMs(); });
    int unpainted = 0;
    const auto timeKey = [&](const auto &press) {
        const double pressedAt = BenchOutput::nowMs();
        press();
        while (BenchOutput::nowMs() - pressedAt < 1000) {
            QCoreApplication::processEvents();
            const bool inputDone = inputPaints->lastPaintMs() > pressedAt;
            const bool listDone = filteredAt < pressedAt || !list->isVisible() ||
                                  listPaints->lastPaintMs() > pressedAt;
            if (inputDone && listDone) {
                BenchOutput::value("keystroke_ms", BenchOutput::nowMs() - pressedAt);
                return;
            }
        }
        ++unpainted;
    };

    const QStringList queries = queriesFor(cache->members(), queryCount);
    for (const QString &query : queries) {
        for (const QChar character : query)
            timeKey([&] { QTest::keyClick(input, char(character.toLatin1())); });
        if (picker->model()->matchCount() == 0)
            return BenchOutput::fail(u"nothing matches “%1”"_s.arg(query));
        for (qsizetype i = 0; i < query.size(); ++i)
            timeKey([&] { QTest::keyClick(input, Qt::Key_Backspace); });
        if (!input->text().isEmpty())
            return BenchOutput::fail(u"the input was not emptied after “%1”"_s.arg(query));
        QTest::qWait(20);
    }
    if (unpainted > 0)
        return BenchOutput::fail(u"%1 keystrokes were never painted"_s.arg(unpainted));
    return 0;
}
