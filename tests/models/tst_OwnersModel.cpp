#include "models/OwnersModel.h"

#include "ShownText.h"
#include "TestData.h"
#include "core/domain/Json.h"

#include "core/domain/Task.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = OwnersModel::Kind;

namespace {

QList<Member> membersFromFile() {
    return Json::parseList<Member>(TestData::data(u"members_list.json"_s));
}

QList<Group> groupsFromFile() {
    return Json::parseList<Group>(TestData::data(u"groups_list.json"_s));
}

const Member *memberWithId(const QList<Member> &members, qint64 id) {
    for (const Member &member : members) {
        if (member.id == id)
            return &member;
    }
    return nullptr;
}

QJsonObject ownersJson(const QString &file) {
    return TestData::data(file).toObject().value(u"owners"_s).toObject();
}

QString text(const OwnersModel &model, int category, int row, int column) {
    return model.index(row, column, model.index(category, 0)).data().toString();
}

} // namespace

class tst_OwnersModel final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void categoriesCountWhatTheJsonHolds_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("ids") << u"task_full.json"_s;
        QTest::newRow("user objects (201)") << u"task_created_201.json"_s;
    }

    void categoriesCountWhatTheJsonHolds() {
        QFETCH(QString, file);
        const QJsonObject owners = ownersJson(file);
        OwnersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOwners(TaskOwners::fromJson(owners));

        QCOMPARE(model.rowCount(), 3);
        const QList<QPair<QString, Kind>> categories{{u"users"_s, Kind::UsersCategory},
                                                     {u"guests"_s, Kind::GuestsCategory},
                                                     {u"groups"_s, Kind::GroupsCategory}};
        for (int row = 0; row < categories.size(); ++row) {
            const QModelIndex category = model.index(row, 0);
            const QJsonArray items = owners.value(categories.at(row).first).toArray();
            QCOMPARE(category.data(OwnersModel::KindRole).toInt(), int(categories.at(row).second));
            QCOMPARE(category.data(OwnersModel::CountRole).toInt(), items.size());
            QCOMPARE(model.rowCount(category), items.size());
            QVERIFY(category.data().toString().contains(QString::number(items.size())));
            // An empty category shows no expander; entries never have children.
            QCOMPARE(model.flags(category).testFlag(Qt::ItemNeverHasChildren), items.isEmpty());
            if (!items.isEmpty()) {
                const QModelIndex entry = model.index(0, 0, category);
                QCOMPARE(model.flags(entry),
                         Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren);
            }
        }
        QCOMPARE(model.headerData(OwnersModel::NameColumn, Qt::Horizontal).toString(), u"Name"_s);
        QVERIFY(!model.headerData(OwnersModel::NameColumn, Qt::Vertical).isValid());

        // IDs and guests exactly as in the JSON.
        const QJsonArray users = owners.value(u"users"_s).toArray();
        for (int row = 0; row < users.size(); ++row) {
            const QJsonValue user = users.at(row);
            const qint64 id = user.isObject() ? user[u"id"_s].toInteger() : user.toInteger();
            const QModelIndex index = model.index(row, OwnersModel::IdColumn, model.index(0, 0));
            QCOMPARE(index.data().toString(), QString::number(id));
            QCOMPARE(index.data(OwnersModel::IdRole).toLongLong(), id);
            QCOMPARE(index.data(OwnersModel::KindRole).toInt(), int(Kind::User));
        }
        const QJsonArray guests = owners.value(u"guests"_s).toArray();
        for (int row = 0; row < guests.size(); ++row)
            QCOMPARE(text(model, 1, row, OwnersModel::NameColumn), guests.at(row).toString());
        const QJsonArray groups = owners.value(u"groups"_s).toArray();
        for (int row = 0; row < groups.size(); ++row)
            QCOMPARE(text(model, 2, row, OwnersModel::IdColumn), groups.at(row).toString());
    }

    void namesFallBackInOrder() {
        // 201 responses carry full_name; single GETs only IDs.
        OwnersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOwners(TaskOwners::fromJson(ownersJson(u"task_created_201.json"_s)));
        const QModelIndex ana = model.index(0, 0, model.index(0, 0));
        QCOMPARE(ana.data().toString(), u"Ana Ruiz"_s);
        QCOMPARE(ana.data(OwnersModel::NameSourceRole).toInt(),
                 int(NameDirectory::Source::Response));

        model.setOwners(TaskOwners::fromJson(ownersJson(u"task_full.json"_s)));
        const QModelIndex unknown = model.index(0, 0, model.index(0, 0));
        QCOMPARE(unknown.data().toString(), u"Unknown member #1001"_s);
        QCOMPARE(unknown.data(OwnersModel::NameSourceRole).toInt(),
                 int(NameDirectory::Source::Unknown));
        QVERIFY(text(model, 2, 0, OwnersModel::NameColumn).startsWith(u"Unknown group"_s));
    }

    void directoryResolvesAndReResolves() {
        OwnersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOwners(TaskOwners::fromJson(ownersJson(u"task_full.json"_s)));
        const QList<Member> members = membersFromFile();
        const QList<Group> groups = groupsFromFile();
        QVERIFY(memberWithId(members, 1001) && memberWithId(members, 1002));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDirectory(members, groups);
        QCOMPARE(changed.count(), 2); // users and groups
        QCOMPARE(text(model, 0, 0, OwnersModel::NameColumn),
                 memberWithId(members, 1001)->displayName());
        QCOMPARE(text(model, 0, 1, OwnersModel::NameColumn),
                 memberWithId(members, 1002)->displayName());
        QCOMPARE(model.index(0, 0, model.index(0, 0)).data(OwnersModel::NameSourceRole).toInt(),
                 int(NameDirectory::Source::Directory));
        QCOMPARE(
            text(model, 2, 0, OwnersModel::NameColumn),
            NameDirectory({}, groups).groups().value(u"3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b"_s).name);

        // The directory changes: names follow without a reset.
        QList<Member> renamed = members;
        for (Member &member : renamed) {
            if (member.id == 1001)
                member.fullName = u"Ana Ruiz-Ortega"_s;
        }
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setDirectory(renamed, {});
        QCOMPARE(resets.count(), 0);
        QCOMPARE(text(model, 0, 0, OwnersModel::NameColumn), u"Ana Ruiz-Ortega"_s);
        QVERIFY(text(model, 2, 0, OwnersModel::NameColumn).startsWith(u"Unknown group"_s));
    }

    void tolerantShapes() {
        // Strings, objects, junk: task_variants.json mixes every shape.
        const QJsonObject owners = ownersJson(u"task_variants.json"_s);
        const TaskOwners parsed = TaskOwners::fromJson(owners);
        OwnersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setOwners(parsed);
        QCOMPARE(model.rowCount(model.index(0, 0)), parsed.users.size());
        QCOMPARE(model.rowCount(model.index(1, 0)), parsed.guests.size());
        QCOMPARE(model.rowCount(model.index(2, 0)), parsed.groups.size());
        // {"id": "1003", "full_name": "Lee Chan"} is named from the response.
        bool sawLee = false;
        for (int row = 0; row < model.rowCount(model.index(0, 0)); ++row) {
            const QModelIndex user = model.index(row, 0, model.index(0, 0));
            if (user.data(OwnersModel::IdRole).toLongLong() == 1003) {
                QCOMPARE(user.data().toString(), u"Lee Chan"_s);
                sawLee = true;
            }
        }
        QVERIFY(sawLee);
        // {"id": ..., "name": "Finance"} group object.
        QCOMPARE(text(model, 2, 0, OwnersModel::NameColumn), u"Finance"_s);
        QCOMPARE(model.index(0, 0, model.index(1, 0)).data().toString(), u"pat@client.example"_s);
    }

    void nobodyAssigned() {
        OwnersModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(OwnersModel::KindRole).toInt(), int(Kind::Nobody));
        QCOMPARE(model.index(0, 0).data().toString(), u"Nobody assigned"_s);
        QCOMPARE(model.rowCount(model.index(0, 0)), 0);

        model.setOwners(TaskOwners::fromJson(ownersJson(u"task_full.json"_s)));
        QCOMPARE(model.rowCount(), 3);
        model.setOwners(TaskOwners::fromJson(QJsonObject{
            {u"users"_s, QJsonArray{}}, {u"guests"_s, QJsonArray{}}, {u"groups"_s, QJsonArray{}}}));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(OwnersModel::KindRole).toInt(), int(Kind::Nobody));
        model.setDirectory(membersFromFile(), groupsFromFile()); // nothing to announce
        QCOMPARE(model.rowCount(), 1);
    }
};

QTEST_MAIN(tst_OwnersModel)
#include "tst_OwnersModel.moc"
