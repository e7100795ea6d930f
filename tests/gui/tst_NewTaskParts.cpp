#include "core/settings/DraftStore.h"
#include "core/settings/Settings.h"
#include "gui/newtask/DeadlineEdit.h"
#include "gui/newtask/DraftAreas.h"
#include "gui/newtask/NewTaskSendState.h"
#include "gui/newtask/OptionsEditor.h"
#include "gui/widgets/ChipList.h"
#include "gui/widgets/FieldMessage.h"
#include "gui/widgets/FlowLayout.h"
#include "gui/widgets/PaletteFollower.h"
#include "gui/widgets/StatusColors.h"
#include "gui/widgets/SuggestionDelegate.h"

#include <QApplication>
#include <QCheckBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

/// The parts of the new-task form that stand alone: deadline arithmetic, the options editor
/// and the chips with the keyboard, the field messages, and the draft store.
class tst_NewTaskParts : public QObject {
    Q_OBJECT

private:
    /// A shown, active window holding `widget`, so that focus and key events behave.
    static std::unique_ptr<QWidget> host(QWidget *widget, QWidget *extra = nullptr) {
        auto window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(window.get());
        layout->addWidget(widget);
        if (extra != nullptr)
            layout->addWidget(extra);
        window->resize(500, 400);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()))
            qWarning("window not active");
        return window;
    }

    /// The next widget after `widget` that Tab can reach.
    static QWidget *nextTabStop(QWidget *widget) {
        QWidget *next = widget->nextInFocusChain();
        while (next != widget && !(next->focusPolicy() & Qt::TabFocus))
            next = next->nextInFocusChain();
        return next;
    }

private Q_SLOTS:
    void nextWorkingDay_data() {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("monday") << QDate(2026, 11, 23) << QDate(2026, 11, 24);
        QTest::newRow("thursday") << QDate(2026, 11, 26) << QDate(2026, 11, 27);
        QTest::newRow("friday") << QDate(2026, 11, 27) << QDate(2026, 11, 30);
        QTest::newRow("saturday") << QDate(2026, 11, 28) << QDate(2026, 11, 30);
        QTest::newRow("sunday") << QDate(2026, 11, 29) << QDate(2026, 11, 30);
        QTest::newRow("year end") << QDate(2026, 12, 31) << QDate(2027, 1, 1);
    }
    void nextWorkingDay() {
        QFETCH(QDate, today);
        QFETCH(QDate, expected);
        const QDateTime now(today, QTime(23, 59));
        QCOMPARE(DeadlineEdit::nextWorkingDay(now), QDateTime(expected, QTime(17, 0)));
    }

    void quickChoices_data() {
        QTest::addColumn<QDate>("today");
        QTest::addColumn<QDate>("tomorrow");
        QTest::addColumn<QDate>("nextWeek");
        QTest::newRow("wednesday")
            << QDate(2026, 11, 25) << QDate(2026, 11, 26) << QDate(2026, 11, 30);
        QTest::newRow("sunday") << QDate(2026, 11, 29) << QDate(2026, 11, 30)
                                << QDate(2026, 11, 30);
        QTest::newRow("monday") << QDate(2026, 11, 30) << QDate(2026, 12, 1) << QDate(2026, 12, 7);
    }
    void quickChoices() {
        QFETCH(QDate, today);
        QFETCH(QDate, tomorrow);
        QFETCH(QDate, nextWeek);
        const QDateTime now(today, QTime(8, 15));
        QCOMPARE(DeadlineEdit::todayEndOfDay(now), QDateTime(today, QTime(17, 0)));
        QCOMPARE(DeadlineEdit::tomorrowEndOfDay(now), QDateTime(tomorrow, QTime(17, 0)));
        QCOMPARE(DeadlineEdit::nextWeekEndOfDay(now), QDateTime(nextWeek, QTime(17, 0)));
    }

    void optionalDeadlineEdit() {
        DeadlineEdit edit;
        edit.setOptional(true, u"Set a start"_s);
        QVERIFY(!edit.dateTime().isValid());
        QSignalSpy changed(&edit, &DeadlineEdit::changed);
        const QDateTime value(QDate(2030, 1, 2), QTime(9, 30, 45));
        edit.setDateTime(value);
        QCOMPARE(changed.size(), 0);
        QCOMPARE(edit.dateTime(), QDateTime(QDate(2030, 1, 2), QTime(9, 30))); // to the minute
        edit.enabledCheckBox()->setChecked(false);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!edit.dateTime().isValid());
        edit.setDateTime({});
        QVERIFY(!edit.enabledCheckBox()->isChecked());
    }

    void optionsEditorWithTheKeyboard() {
        auto *editor = new OptionsEditor;
        const auto window = host(editor);
        QSignalSpy changed(editor, &OptionsEditor::changed);
        editor->addButton()->setFocus();
        QTest::keyClick(editor->addButton(), Qt::Key_Space);
        QCOMPARE(editor->count(), 1);
        QCOMPARE(QApplication::focusWidget(), editor->itemLineEdit(0));
        QTest::keyClicks(editor->itemLineEdit(0), u"High"_s);
        QTest::keyClick(editor->itemLineEdit(0), Qt::Key_Return); // adds the next one
        QTest::keyClicks(QApplication::focusWidget(), u"Low"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(editor->count(), 3);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace); // empty: removed
        QCOMPARE(editor->count(), 2);
        QCOMPARE(QApplication::focusWidget(), editor->itemLineEdit(1));
        QTest::keyClick(editor->itemLineEdit(1), Qt::Key_Up, Qt::AltModifier);
        QCOMPARE(editor->items(), QStringList({u"Low"_s, u"High"_s}));
        QCOMPARE(QApplication::focusWidget(), editor->itemLineEdit(0));
        QCOMPARE(editor->itemLineEdit(0)->accessibleName(), u"Option 1"_s);
        QVERIFY(changed.size() >= 5);
        // Tab goes through the rows in order.
        QCOMPARE(nextTabStop(editor->itemLineEdit(0))->objectName(), u"optionUpToolButton"_s);
        QCOMPARE(nextTabStop(editor->addButton()), editor->itemLineEdit(0));
        editor->setMode(OptionsEditor::Mode::Columns);
        QCOMPARE(editor->itemLineEdit(1)->accessibleName(), u"Column 2"_s);
        editor->setItemProblems({{1, u"Enter a label."_s}});
        QVERIFY(editor->itemLineEdit(1)->property("invalid").toBool());
        QCOMPARE(editor->itemLineEdit(1)->accessibleDescription(), u"Enter a label."_s);
        QVERIFY(!editor->itemLineEdit(0)->property("invalid").toBool());
    }

    void chipsWithTheKeyboard() {
        auto *chips = new ChipList;
        auto *input = new QLineEdit;
        chips->setFallbackFocus(input);
        const auto window = host(input, chips);
        QSignalSpy removed(chips, &ChipList::chipRemoved);
        chips->addChip(u"a"_s, u"Alpha"_s);
        chips->addChip(u"b"_s, u"Beta"_s);
        chips->addChip(u"c"_s, u"Gamma"_s);
        QVERIFY(chips->isVisible());
        // The chips follow the input in the tab order.
        QCOMPARE(nextTabStop(input), chips->removeButton(u"a"_s));
        QVERIFY(chips->focusLastChip());
        QCOMPARE(QApplication::focusWidget(), chips->removeButton(u"c"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(QApplication::focusWidget(), chips->removeButton(u"b"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(0).toString(), u"b"_s);
        QCOMPARE(chips->keys(), QStringList({u"a"_s, u"c"_s}));
        QCOMPARE(QApplication::focusWidget(), chips->removeButton(u"c"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        QCOMPARE(QApplication::focusWidget(), chips->removeButton(u"a"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(chips->count(), 0);
        QCOMPARE(QApplication::focusWidget(), input);
        QVERIFY(!chips->isVisible());
        // Removing from code says nothing.
        chips->addChip(u"d"_s, u"Delta"_s);
        QVERIFY(chips->removeChip(u"d"_s));
        QCOMPARE(removed.size(), 3);
    }

    void fieldMessageDescribesItsInput() {
        auto *input = new QLineEdit;
        input->setAccessibleDescription(u"The title"_s);
        auto *message = new FieldMessage;
        const auto window = host(input, message);
        message->setInput(input);
        QVERIFY(!message->isVisible());
        message->setMessages({u"Enter a title."_s}, {u"Looks odd."_s});
        QVERIFY(message->isVisible());
        QVERIFY(message->hasError());
        QVERIFY(message->text().contains(u"Enter a title."_s));
        QVERIFY(message->text().contains(u"Looks odd."_s));
        QCOMPARE(message->property("severity").toString(), u"error"_s);
        QVERIFY(input->accessibleDescription().contains(u"Enter a title."_s));
        message->setMessages({}, {u"Looks odd."_s});
        QCOMPARE(message->property("severity").toString(), u"warning"_s);
        QVERIFY(!message->hasError());
        message->clearMessages();
        QVERIFY(!message->isVisible());
        QCOMPARE(input->accessibleDescription(), u"The title"_s);
    }

    void draftStoreSavesLoadsAndClears() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const auto settings = Settings::forTesting(dir.path());
        OneOffTaskDraft draft;
        draft.title = u"Stored \u2713"_s;
        draft.users = {OneOffTaskDraft::User{1001, u"Ana Ruiz"_s}};
        draft.deadline = QDateTime(QDate(2030, 5, 6), QTime(17, 0));
        {
            DraftStore store(settings.get());
            QVERIFY(!store.load().has_value());
            QSignalSpy saved(&store, &DraftStore::saved);
            store.setDelay(20);
            store.save(draft);
            QVERIFY(store.hasPendingSave());
            QVERIFY(settings->newTaskDraft().isEmpty()); // debounced
            QTRY_COMPARE(saved.size(), 1);
            QVERIFY(!store.hasPendingSave());
            QCOMPARE(*store.load(), draft);
            draft.title = u"Changed just before closing"_s;
            store.save(draft);
        } // destroyed with a pending save: written
        {
            const auto reopened = Settings::forTesting(dir.path());
            DraftStore store(reopened.get());
            QCOMPARE(store.load()->title, u"Changed just before closing"_s);
            store.clear();
            QVERIFY(!store.load().has_value());
        }
        settings->setNewTaskDraft("{not json");
        DraftStore store(settings.get());
        QVERIFY(!store.load().has_value());
    }

    void flowLayoutWraps() {
        QWidget box;
        auto *layout = new FlowLayout(&box, 4);
        for (int i = 0; i < 6; ++i) {
            auto *button = new QPushButton(u"Chip number %1"_s.arg(i), &box);
            layout->addWidget(button);
        }
        const int oneLine = layout->heightForWidth(10000);
        const int narrow = layout->heightForWidth(150);
        QVERIFY(oneLine > 0);
        QVERIFY(narrow > oneLine * 3);
        QCOMPARE(layout->count(), 6);
    }

    void problemPathsFindTheirArea_data() {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("name");
        QTest::newRow("title") << u"title"_s << u"title"_s << u"Title"_s;
        QTest::newRow("old description key")
            << u"description"_s << u"summary"_s << u"Description"_s;
        QTest::newRow("an assignee") << u"owners.users.0"_s << u"owners"_s << u"Assignees"_s;
        QTest::newRow("an option flag") << u"top_secret"_s << u"options"_s << u"More options"_s;
        QTest::newRow("status is an option") << u"status"_s << u"options"_s << u"More options"_s;
        QTest::newRow("a field's option")
            << u"form_fields.2.options.1.text"_s << u"form_fields"_s << u"Form field 3"_s;
        QTest::newRow("the fields as a whole")
            << u"form_fields"_s << u"form_fields"_s << u"Form fields"_s;
        QTest::newRow("unknown") << u"mystery.0"_s << QString() << u"mystery.0"_s;
    }

    void problemPathsFindTheirArea() {
        QFETCH(QString, path);
        QFETCH(QString, area);
        QFETCH(QString, name);
        QCOMPARE(DraftAreas::areaOf(path), area);
        QCOMPARE(DraftAreas::name(path), name);
    }

    void formFieldPathsAreTakenApart() {
        const QString path = u"form_fields.2.options.1.text"_s;
        QCOMPARE(DraftAreas::formFieldIndex(path), std::optional<int>(2));
        QCOMPARE(DraftAreas::formFieldPart(path), u"options"_s);
        QCOMPARE(DraftAreas::formFieldItem(path), std::optional<int>(1));
        QCOMPARE(DraftAreas::formFieldIndex(u"form_fields.x.label"_s), std::nullopt);
        QCOMPARE(DraftAreas::formFieldPart(u"title"_s), QString());
        QCOMPARE(DraftAreas::formFieldItem(u"form_fields.0.label"_s), std::nullopt);
        QVERIFY(DraftAreas::isInMoreOptions(u"webhook"_s));
        QVERIFY(!DraftAreas::isInMoreOptions(u"title"_s));
    }

    void problemsInTheFormsOrder() {
        using Problem = ValidationResult::Problem;
        const auto error = [](const QString &path) {
            return Problem{path, path + u" is wrong"_s, ValidationResult::Severity::Error};
        };
        // A 422 lists its fields alphabetically; the form goes top to bottom.
        const QList<Problem> sorted = DraftAreas::inFormOrder(
            {error(u"mystery"_s), error(u"form_fields.0.label"_s), error(u"webhook"_s),
             error(u"title"_s), error(u"owners.users.0"_s)});
        QStringList paths;
        for (const Problem &problem : sorted)
            paths.append(problem.path);
        QCOMPARE(paths, (QStringList{u"title"_s, u"owners.users.0"_s, u"webhook"_s,
                                     u"form_fields.0.label"_s, u"mystery"_s}));
        QCOMPARE(DraftAreas::reasons({error(u"title"_s), error(u"title"_s)}),
                 QStringList{u"Title: title is wrong"_s});
    }

    void serverErrorsKeepWhatNoInputShows() {
        const DraftAreas::ServerErrors errors = DraftAreas::fromServer(
            {{u"title"_s, {u"Taken."_s}}, {u"mystery"_s, {u"Odd."_s, u"Very odd."_s}}});
        QCOMPARE(errors.problems.size(), 3);
        QVERIFY(errors.areas.contains(u"title"_s));
        QCOMPARE(errors.unplaced, (QStringList{u"mystery: Odd."_s, u"mystery: Very odd."_s}));
    }

    void sendStateSaysWhy_data() {
        QTest::addColumn<bool>("sending");
        QTest::addColumn<bool>("unknown");
        QTest::addColumn<bool>("ready");
        QTest::addColumn<QStringList>("reasons");
        QTest::addColumn<bool>("errorsShown");
        QTest::addColumn<bool>("canSend");
        QTest::addColumn<bool>("showsErrors");
        QTest::addColumn<QString>("summaryStart");
        const QStringList four{u"Title: a"_s, u"Tags: b"_s, u"Start: c"_s, u"Deadline: d"_s};
        QTest::newRow("ready") << false << false << true << QStringList() << false << true << false
                               << u"Ready to create"_s;
        QTest::newRow("problems") << false << false << true << four << true << false << true
                                  << u"4 problem"_s;
        // A form the user has not been in: what it needs, not in the error colour.
        QTest::newRow("problems not shown yet") << false << false << true << four << false << false
                                                << false << u"To create the task:"_s;
        QTest::newRow("sending") << true << false << true << QStringList() << false << false
                                 << false << u"Sending the task"_s;
        QTest::newRow("outcome unknown") << false << true << true << QStringList{u"Title: a"_s}
                                         << true << false << false << u"The last create may have"_s;
        QTest::newRow("not connected") << false << false << false << QStringList() << false << false
                                       << false << u"Connect to Tallyfy"_s;
    }

    void sendStateSaysWhy() {
        QFETCH(bool, sending);
        QFETCH(bool, unknown);
        QFETCH(bool, ready);
        QFETCH(QStringList, reasons);
        QFETCH(bool, errorsShown);
        QFETCH(bool, canSend);
        QFETCH(bool, showsErrors);
        QFETCH(QString, summaryStart);
        NewTaskSendState::Facts facts;
        facts.sending = sending;
        facts.busy = sending;
        facts.outcomeUnknown = unknown;
        facts.sessionReady = ready;
        facts.reasons = reasons;
        facts.errorsShown = errorsShown;
        const NewTaskSendState state = NewTaskSendState::describe(facts);
        QCOMPARE(state.canSend, canSend);
        QCOMPARE(state.showsErrors, showsErrors);
        QVERIFY2(state.summary.startsWith(summaryStart), qPrintable(state.summary));
        if (!reasons.isEmpty() && ready && !unknown) {
            // The summary names the first few; the explanation lists them all.
            QVERIFY(state.summary.contains(u"Title: a"_s));
            QVERIFY(!state.summary.contains(u"Deadline: d"_s));
            for (const QString &reason : reasons)
                QVERIFY(state.explanation.contains(reason));
        }
    }

    // A suggestion's second text (an email, a note) is dimmed beside the name, but drawn at full
    // strength on a selected row, where a dimmed text would lose its contrast with the selection.
    void suggestionSecondTextKeepsItsContrast() {
        QStandardItemModel model;
        constexpr int SecondaryRole = Qt::UserRole + 7;
        for (const QString &name : {u"Ben Okafor"_s, u"Ana Ruiz"_s}) {
            auto *item = new QStandardItem(name);
            item->setData(u"MMMMMMMMMMMMMMMMMMMM"_s, SecondaryRole); // wide letters: many pixels
            model.appendRow(item);
        }
        auto *list = new QListView;
        list->setModel(&model);
        list->setItemDelegate(new SuggestionDelegate(SecondaryRole, list));
        const std::unique_ptr<QWidget> window = host(list);
        list->setCurrentIndex(model.index(0, 0));
        QVERIFY(list->selectionModel()->isSelected(model.index(0, 0)));
        const QImage image = list->viewport()->grab().toImage();
        const QPalette palette = list->palette();
        const QFontMetrics metrics(list->font());

        // The part of a row right of its name, where the second text is.
        const auto secondArea = [&](int row) {
            QRect area = list->visualRect(model.index(row, 0));
            area.setLeft(area.left() + metrics.horizontalAdvance(model.item(row)->text()) +
                         metrics.horizontalAdvance(u"    "_s));
            area.setRight(
                std::min(area.right(), area.left() + metrics.horizontalAdvance(u"MMMMMMMMMM"_s)));
            return area;
        };
        const auto near = [](const QColor &a, const QColor &b) {
            return std::abs(a.red() - b.red()) < 16 && std::abs(a.green() - b.green()) < 16 &&
                   std::abs(a.blue() - b.blue()) < 16;
        };
        const auto count = [&](const QRect &area, const QColor &colour) {
            int found = 0;
            for (int y = area.top(); y <= area.bottom(); ++y) {
                for (int x = area.left(); x <= area.right(); ++x)
                    found += near(image.pixelColor(x, y), colour) ? 1 : 0;
            }
            return found;
        };
        const QColor selectedText = palette.color(QPalette::HighlightedText);
        const QColor text = palette.color(QPalette::Text);
        QVERIFY2(count(secondArea(0), selectedText) > 40,
                 qPrintable(QString::number(count(secondArea(0), selectedText))));
        QCOMPARE(count(secondArea(1), text), 0); // dimmed
        QVERIFY(count(secondArea(1), palette.color(QPalette::Base)) <
                secondArea(1).width() * secondArea(1).height());
    }

    // A widget inside a window, coloured by a style sheet, follows the application palette
    // (light to dark and back); its own palette changes and a repeated palette do not call it.
    void paletteFollowerSeesEachNewPalette() {
        auto *frame = new QFrame;
        frame->setObjectName(u"followed"_s);
        int calls = 0;
        PaletteFollower::follow(frame, [&calls, frame] {
            ++calls;
            frame->setStyleSheet(
                StatusColors::frameStyle(u"QFrame#followed"_s, StatusColors::Tone::Error));
        });
        const std::unique_ptr<QWidget> window = host(frame);
        QCOMPARE(calls, 1);
        const QPalette light = QApplication::palette();
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));

        QApplication::setPalette(dark);
        QCOMPARE(calls, 2);
        QVERIFY(frame->styleSheet().contains(
            StatusColors::of(StatusColors::Tone::Error, dark).background.name()));
        QApplication::setPalette(dark);
        QCOMPARE(calls, 2);
        QPalette own;
        own.setColor(QPalette::WindowText, Qt::red);
        frame->setPalette(own);
        QCOMPARE(calls, 2);
        QApplication::setPalette(light);
        QCOMPARE(calls, 3);
        QVERIFY(frame->styleSheet().contains(
            StatusColors::of(StatusColors::Tone::Error, light).background.name()));

        // A widget gone takes its follower along; one follower may delete another's widget.
        auto *gone = new QLabel(window.get());
        int goneCalls = 0;
        PaletteFollower::follow(gone, [&goneCalls] { ++goneCalls; });
        auto *deleter = new QLabel(window.get());
        QPointer<QLabel> victim = new QLabel(window.get());
        int victimCalls = 0;
        PaletteFollower::follow(victim, [&victimCalls] { ++victimCalls; });
        PaletteFollower::follow(deleter, [&victim] { delete victim; });
        delete gone;
        QApplication::setPalette(dark);
        QCOMPARE(calls, 4);
        QCOMPARE(goneCalls, 1);
        QVERIFY(victim.isNull() || victimCalls == 2);
        QApplication::setPalette(light);
        QCOMPARE(calls, 5);
    }

    // A label coloured for an outcome keeps only its text colour: the rest it inherits, a new
    // palette's too; an outcome without a problem gives it back the inherited text colour.
    void outcomeColoursInheritTheRest() {
        auto *label = new QLabel(u"Could not post"_s);
        const std::unique_ptr<QWidget> window = host(label);
        const QPalette light = QApplication::palette();
        label->setPalette(StatusColors::outcomePalette(label->palette(), true));
        QCOMPARE(label->palette().color(QPalette::WindowText), StatusColors::errorText(light));
        QPalette dark = light;
        dark.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
        dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
        QApplication::setPalette(dark);
        QTRY_COMPARE(label->palette().color(QPalette::Window), dark.color(QPalette::Window));
        label->setPalette(StatusColors::outcomePalette(label->palette(), false));
        QCOMPARE(label->palette().color(QPalette::WindowText), dark.color(QPalette::WindowText));
        QApplication::setPalette(light);
    }
};

QTEST_MAIN(tst_NewTaskParts)
#include "tst_NewTaskParts.moc"
