#include "models/DirectoryModel.h"

#include "ShownText.h"
#include "TestData.h"
#include "core/domain/Json.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Kind = DirectoryModel::Kind;

namespace {

struct Name {
    QString shown;
    QString ascii; ///< what a user without accents on the keyboard types
};

const QList<Name> &firstNames() {
    static const QList<Name> names{
        {u"Ana"_s, u"ana"_s},           {u"José"_s, u"jose"_s},   {u"Łukasz"_s, u"lukasz"_s},
        {u"Zoë"_s, u"zoe"_s},           {u"Chloé"_s, u"chloe"_s}, {u"Björn"_s, u"bjorn"_s},
        {u"Mia"_s, u"mia"_s},           {u"Noah"_s, u"noah"_s},   {u"Émile"_s, u"emile"_s},
        {u"Samantha"_s, u"samantha"_s},
    };
    return names;
}

constexpr int MemberCount = 10000;

QList<Member> generatedMembers() {
    QList<Member> members;
    members.reserve(MemberCount);
    for (int i = 0; i < MemberCount; ++i) {
        Member member;
        member.id = 100000 + i;
        member.firstName = firstNames().at(i % firstNames().size()).shown;
        member.lastName = u"Member%1"_s.arg(i);
        member.fullName = member.firstName + u' ' + member.lastName;
        member.email = u"user%1@example.com"_s.arg(i);
        members.append(member);
    }
    return members;
}

/// The oracle: which generated members a query of plain lowercase words should find.
int expectedMatches(const QStringList &words) {
    int count = 0;
    for (int i = 0; i < MemberCount; ++i) {
        const QString haystack = firstNames().at(i % firstNames().size()).ascii + u" member"_s +
                                 QString::number(i) + u" user"_s + QString::number(i) +
                                 u"@example.com"_s;
        bool all = true;
        for (const QString &word : words)
            all = all && haystack.contains(word);
        count += all ? 1 : 0;
    }
    return count;
}

} // namespace

class tst_DirectoryModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() {
        m_bigModel = std::make_unique<DirectoryModel>();
        m_bigTester = std::make_unique<QAbstractItemModelTester>(
            m_bigModel.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_bigModel->setMembers(generatedMembers());
    }

    void cleanupTestCase() {
        m_bigTester.reset();
        m_bigModel.reset();
    }

    void tenThousandMembersFiltered_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("words"); // the same query in plain lowercase ASCII
        QTest::newRow("accent-insensitive") << u"jose"_s << QStringList{u"jose"_s};
        QTest::newRow("accented query") << u"JOSÉ"_s << QStringList{u"jose"_s};
        QTest::newRow("stroke letter") << u"łukasz"_s << QStringList{u"lukasz"_s};
        QTest::newRow("stroke letter typed plain") << u"LUKASZ"_s << QStringList{u"lukasz"_s};
        QTest::newRow("o with stroke") << u"bjørn"_s << QStringList{u"bjorn"_s};
        QTest::newRow("diaeresis") << u"Zoe"_s << QStringList{u"zoe"_s};
        QTest::newRow("two words") << u"zoë  member99"_s << QStringList{u"zoe"_s, u"member99"_s};
        QTest::newRow("one member") << u"Member1234"_s << QStringList{u"member1234"_s};
        QTest::newRow("email") << u"user77@"_s << QStringList{u"user77@"_s};
        QTest::newRow("substring") << u"ami"_s << QStringList{u"ami"_s};
        QTest::newRow("nothing") << u"nobody-here"_s << QStringList{u"nobody-here"_s};
    }

    void tenThousandMembersFiltered() {
        QFETCH(QString, query);
        QFETCH(QStringList, words);
        // One model for all rows, as in a picker: the list is set once, the query changes.
        DirectoryModel &model = *m_bigModel;
        QCOMPARE(model.entryCount(), MemberCount);
        model.setFilterText(query);

        const int expected = expectedMatches(words);
        QCOMPARE(model.matchCount(), expected);
        QCOMPARE(model.rowCount(), qMin(expected, model.maximumResults()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            QCOMPARE(index.data(DirectoryModel::KindRole).toInt(), int(Kind::Member));
            const qint64 id = index.data(DirectoryModel::IdRole).toLongLong();
            const int i = int(id - 100000);
            QVERIFY(i >= 0 && i < MemberCount);
            // The row is one the oracle accepts, shown with its real (accented) name.
            const QString ascii = firstNames().at(i % firstNames().size()).ascii;
            const QString haystack = ascii + u" member"_s + QString::number(i) + u" user"_s +
                                     QString::number(i) + u"@example.com"_s;
            for (const QString &word : words)
                QVERIFY2(haystack.contains(word), qPrintable(haystack));
            QCOMPARE(index.data().toString(), firstNames().at(i % firstNames().size()).shown +
                                                  u" Member"_s + QString::number(i));
            QCOMPARE(index.data(DirectoryModel::EmailRole).toString(),
                     u"user%1@example.com"_s.arg(i));
            QCOMPARE(index.data(DirectoryModel::SecondaryTextRole).toString(),
                     u"user%1@example.com"_s.arg(i));
            QVERIFY(!index.data(DirectoryModel::IsTypedGuestRole).toBool());
        }
    }

    void prefixMatchesComeFirst() {
        DirectoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        Member sam;
        sam.id = 1;
        sam.fullName = u"Sam Lee"_s;
        Member pam;
        pam.id = 2;
        pam.fullName = u"Ada Samuels"_s;
        Member zed;
        zed.id = 3;
        zed.fullName = u"Zed Quinn"_s;
        zed.email = u"samsung@example.com"_s;
        model.setMembers({pam, zed, sam});
        model.setFilterText(u"sam"_s);
        QCOMPARE(model.rowCount(), 3);
        // Names or emails starting with the query first, each part in name order.
        QCOMPARE(model.index(0, 0).data(DirectoryModel::IdRole).toLongLong(), 1);
        QCOMPARE(model.index(1, 0).data(DirectoryModel::IdRole).toLongLong(), 3);
        QCOMPARE(model.index(2, 0).data(DirectoryModel::IdRole).toLongLong(), 2);
    }

    void membersGroupsAndGuestsFromFiles() {
        const QList<Member> members =
            Json::parseList<Member>(TestData::data(u"members_list.json"_s));
        const QList<Group> groups = Json::parseList<Group>(TestData::data(u"groups_list.json"_s));
        const QList<Guest> guests = Json::parseList<Guest>(TestData::data(u"guests_list.json"_s));
        DirectoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMembers(members);
        model.setGroups(groups);
        model.setGuests(guests);
        QCOMPARE(model.entryCount(), members.size() + groups.size() + guests.size());
        QCOMPARE(model.rowCount(), model.entryCount()); // fewer than the cap, no filter

        model.setFilterText(u"finance"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(DirectoryModel::KindRole).toInt(), int(Kind::Group));
        QCOMPARE(model.index(0, 0).data(DirectoryModel::IdRole).toString(), groups.first().id);
        QCOMPARE(model.index(0, 0).data(DirectoryModel::SecondaryTextRole).toString(),
                 groups.first().description);

        model.setFilterText(u"pat@client"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(DirectoryModel::KindRole).toInt(), int(Kind::Guest));
        QCOMPARE(model.index(0, 0).data(DirectoryModel::IdRole).toString(), guests.first().email);
        QCOMPARE(model.index(0, 0).data().toString(), guests.first().displayName());

        model.setFilterText(u"ruiz"_s);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(DirectoryModel::IdRole).toLongLong(), 1001);

        // The directory for the other models holds the same people.
        const NameDirectory names = model.nameDirectory();
        QCOMPARE(names.members().size(), members.size());
        QCOMPARE(names.member(1001).text, members.first().displayName());
        QCOMPARE(names.group(groups.first().id).text, groups.first().name);
    }

    void kindsAndCap() {
        DirectoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMembers(generatedMembers());
        model.setGroups(Json::parseList<Group>(TestData::data(u"groups_list.json"_s)));
        QCOMPARE(model.rowCount(), 50);
        QCOMPARE(model.matchCount(), MemberCount + 2);
        model.setMaximumResults(7);
        QCOMPARE(model.rowCount(), 7);
        model.setKinds(DirectoryModel::Groups);
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row)
            QCOMPARE(model.index(row, 0).data(DirectoryModel::KindRole).toInt(), int(Kind::Group));
        model.setKinds(DirectoryModel::AllKinds);
        model.setFilterText(u"Member12"_s);
        QCOMPARE(model.matchCount(), expectedMatches({u"member12"_s}));
        QCOMPARE(model.rowCount(), 7);
    }

    void typedGuestOffered_data() {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("offered");
        QTest::newRow("new email") << u"new.person@client.example"_s << true;
        QTest::newRow("padded") << u"  new.person@client.example "_s << true;
        QTest::newRow("known guest") << u"pat@client.example"_s << false;
        QTest::newRow("known guest, other case") << u"PAT@client.example"_s << false;
        QTest::newRow("known member") << u"ana.ruiz@northwind.example"_s << false;
        QTest::newRow("not an email") << u"pat@client"_s << false;
    }

    void typedGuestOffered() {
        QFETCH(QString, typed);
        QFETCH(bool, offered);
        DirectoryModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMembers(Json::parseList<Member>(TestData::data(u"members_list.json"_s)));
        model.setGuests(Json::parseList<Guest>(TestData::data(u"guests_list.json"_s)));
        model.setFilterText(typed);
        const int last = model.rowCount() - 1;
        const bool hasTyped =
            last >= 0 && model.index(last, 0).data(DirectoryModel::IsTypedGuestRole).toBool();
        QCOMPARE(hasTyped, offered);
        QCOMPARE(model.rowCount(), model.matchCount() + (offered ? 1 : 0));
        if (offered) {
            const QModelIndex row = model.index(last, 0);
            QCOMPARE(row.data(DirectoryModel::KindRole).toInt(), int(Kind::Guest));
            QCOMPARE(row.data(DirectoryModel::IdRole).toString(), typed.trimmed());
            model.setOfferTypedGuest(false);
            QCOMPARE(model.rowCount(), model.matchCount());
        }
    }

private:
    std::unique_ptr<DirectoryModel> m_bigModel;
    std::unique_ptr<QAbstractItemModelTester> m_bigTester;
};

QTEST_MAIN(tst_DirectoryModel)
#include "tst_DirectoryModel.moc"
