#include "NewTaskFixture.h"

#include "core/session/DirectoryCache.h"
#include "gui/newtask/AssigneePicker.h"
#include "gui/widgets/ChipList.h"
#include "models/DirectoryModel.h"
#include "models/SearchKey.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QListView>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

/// The assignee picker of the new-task form over 10,000 generated sandbox members: the loading
/// state, type-to-search by name and email, groups and guests, and the keyboard.
class tst_AssigneePicker : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<NewTaskFixture> m_fixture;
    NewTaskFixture &fx() { return *m_fixture; }
    AssigneePicker *picker() { return fx().assignees(); }
    QLineEdit *input() { return fx().assigneeInput(); }

private Q_SLOTS:
    void initTestCase() {
        m_fixture = std::make_unique<NewTaskFixture>(10000);
        QVERIFY(fx().isValid());
        QTRY_VERIFY_WITH_TIMEOUT(fx().session().cache()->isLoaded(DirectoryCache::What::Members),
                                 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!picker()->isLoading(), 60000);
    }
    void cleanupTestCase() { m_fixture.reset(); }
    void init() {
        input()->clear();
        picker()->setAssignees({}, {}, {});
    }

    void modelIsSound() {
        QAbstractItemModelTester tester(picker()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        picker()->model()->setFilterText(u"an"_s);
        picker()->model()->setFilterText(QString());
    }

    void showsLoadingWhileMembersArrive() {
        DirectoryCache *cache = fx().session().cache();
        cache->clear();
        picker()->ensureLoaded();
        QVERIFY(picker()->isLoading());
        QVERIFY(picker()->loadingText().contains(u"Loading members"_s));
        // Typing a guest's email works meanwhile.
        NewTaskFixture::typeInto(input(), u"early@guest.example"_s);
        QTest::keyClick(input(), Qt::Key_Return);
        QCOMPARE(picker()->guests(), QStringList{u"early@guest.example"_s});
        QTRY_VERIFY_WITH_TIMEOUT(cache->isLoaded(DirectoryCache::What::Members), 60000);
        QTRY_VERIFY_WITH_TIMEOUT(!picker()->isLoading(), 60000);
        QVERIFY(picker()->loadingText().isEmpty());
        QVERIFY(picker()->model()->entryCount() >= 10000);
    }

    void findsAMemberByEmail() {
        NewTaskFixture::typeInto(input(), u".20500@"_s);
        QCOMPARE(picker()->model()->rowCount(), 1);
        QCOMPARE(picker()->model()->index(0, 0).data(DirectoryModel::IdRole).toLongLong(), 20500);
        QVERIFY(picker()->suggestionsView()->isVisible());
        QTest::keyClick(input(), Qt::Key_Return);
        QCOMPARE(picker()->users().size(), 1);
        QCOMPARE(picker()->users().first().id, 20500);
        QVERIFY(input()->text().isEmpty());
        QVERIFY(!picker()->suggestionsView()->isVisible());
        QCOMPARE(picker()->chipList()->keys(), QStringList{AssigneePicker::userKey(20500)});
        QCOMPARE(fx().form().draft().users.size(), 1);
    }

    void findsManyMembersByName() {
        const auto member = fx().session().cache()->member(20001);
        QVERIFY(member.has_value());
        NewTaskFixture::typeInto(input(), member->firstName);
        DirectoryModel *model = picker()->model();
        QVERIFY(model->matchCount() > model->rowCount());
        QCOMPARE(model->rowCount(), model->maximumResults());
        const QString folded = SearchKey::fold(member->firstName);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            const QString haystack =
                SearchKey::fold(index.data(DirectoryModel::NameRole).toString() + u' ' +
                                index.data(DirectoryModel::EmailRole).toString());
            QVERIFY2(haystack.contains(folded), qPrintable(haystack));
        }
        // Down moves to the second match; Enter takes it.
        const qint64 second = model->index(1, 0).data(DirectoryModel::IdRole).toLongLong();
        QTest::keyClick(input(), Qt::Key_Down);
        QTest::keyClick(input(), Qt::Key_Return);
        QCOMPARE(picker()->users().size(), 1);
        QCOMPARE(picker()->users().first().id, second);
    }

    void groupsAndGuests() {
        NewTaskFixture::typeInto(input(), u"finance"_s);
        bool sawGroup = false;
        for (int row = 0; row < picker()->model()->rowCount(); ++row) {
            const QModelIndex index = picker()->model()->index(row, 0);
            if (index.data(DirectoryModel::KindRole).toInt() == int(DirectoryModel::Kind::Group)) {
                sawGroup = true;
                for (int i = 0; i < row; ++i)
                    QTest::keyClick(input(), Qt::Key_Down);
                QTest::keyClick(input(), Qt::Key_Return);
                break;
            }
        }
        QVERIFY(sawGroup);
        QCOMPARE(picker()->groups().size(), 1);
        QCOMPARE(picker()->groups().first().name, u"Finance"_s);

        // A known guest by email, and a new one.
        NewTaskFixture::typeInto(input(), u"dana@northwind"_s);
        QTest::keyClick(input(), Qt::Key_Return);
        NewTaskFixture::typeInto(input(), u"New.Person@Elsewhere.example"_s);
        const QModelIndex typed = picker()->model()->index(picker()->model()->rowCount() - 1, 0);
        QVERIFY(typed.data(DirectoryModel::IsTypedGuestRole).toBool());
        QTest::keyClick(input(), Qt::Key_Return);
        QCOMPARE(picker()->guests(),
                 QStringList({u"dana@northwind.example"_s, u"new.person@elsewhere.example"_s}));
        // The same one twice is one assignee.
        NewTaskFixture::typeInto(input(), u"new.person@elsewhere.example"_s);
        QTest::keyClick(input(), Qt::Key_Return);
        QCOMPARE(picker()->guests().size(), 2);
        QCOMPARE(picker()->chipList()->count(), 3);
    }

    void chipsAreRemovedWithTheKeyboard() {
        NewTaskFixture::typeInto(input(), u".20002@"_s);
        QTest::keyClick(input(), Qt::Key_Return);
        NewTaskFixture::typeInto(input(), u".20003@"_s);
        QTest::keyClick(input(), Qt::Key_Return);
        QCOMPARE(picker()->chipList()->count(), 2);
        // Backspace in the empty input goes to the last chip; Delete removes it.
        QTest::keyClick(input(), Qt::Key_Backspace);
        QToolButton *last = picker()->chipList()->removeButton(AssigneePicker::userKey(20003));
        QCOMPARE(QApplication::focusWidget(), last);
        QVERIFY(last->accessibleName().startsWith(u"Remove "_s));
        QTest::keyClick(last, Qt::Key_Delete);
        QCOMPARE(picker()->users().size(), 1);
        QToolButton *first = picker()->chipList()->removeButton(AssigneePicker::userKey(20002));
        QCOMPARE(QApplication::focusWidget(), first);
        QTest::keyClick(first, Qt::Key_Space);
        QVERIFY(picker()->users().isEmpty());
        QCOMPARE(QApplication::focusWidget(), input());
    }

    void escapeHidesTheSuggestions() {
        NewTaskFixture::typeInto(input(), u"ana"_s);
        QVERIFY(picker()->suggestionsView()->isVisible());
        QTest::keyClick(input(), Qt::Key_Escape);
        QVERIFY(!picker()->suggestionsView()->isVisible());
        QTest::keyClick(input(), Qt::Key_Down);
        QVERIFY(picker()->suggestionsView()->isVisible());
    }
};

QTEST_MAIN(tst_AssigneePicker)
#include "tst_AssigneePicker.moc"
