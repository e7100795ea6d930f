#include "models/ConversationHtml.h"

#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace {

Thread makeThread(const QString &id, const QString &label, const QString &content, qint64 author,
                  const QDateTime &at) {
    Thread t;
    t.id = id;
    t.label = label;
    t.content = content;
    t.authorId = author;
    t.createdAt = at;
    return t;
}

NameDirectory directory() {
    Member ana;
    ana.id = 1001;
    ana.fullName = u"Ana Ruiz"_s;
    Member ben;
    ben.id = 1002;
    ben.fullName = u"Ben <Okafor>"_s;
    return NameDirectory({ana, ben}, {});
}

QString plain(const QString &html) {
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

} // namespace

/// A task's comments as one safe HTML document: names, times, badges, mentions, and nothing
/// hostile from the server left in it.
class tst_ConversationHtml : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void authorsTimesAndOrder() {
        const QDateTime early(QDate(2026, 9, 2), QTime(9, 0), Qt::UTC);
        const QDateTime late = early.addSecs(3600);
        const QString html = ConversationHtml::render(
            {makeThread(u"b"_s, u"comment"_s, u"<p>Second</p>"_s, 1002, late),
             makeThread(u"a"_s, u"comment"_s, u"<p>First</p>"_s, 1001, early)},
            directory(), {});
        const QString text = plain(html);
        QVERIFY2(text.indexOf(u"First"_s) < text.indexOf(u"Second"_s), qPrintable(text));
        QVERIFY(text.contains(u"Ana Ruiz"_s));
        // A name is text, never markup.
        QVERIFY(text.contains(u"Ben <Okafor>"_s));
        QVERIFY(!html.contains(u"<Okafor>"_s));
        // Local time (TZ=Europe/Berlin in this test): 09:00 UTC is 11:00.
        QVERIFY2(text.contains(u"11:00"_s), qPrintable(text));
        QVERIFY(text.contains(u"Unknown member"_s) == false);
    }

    void badges_data() {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("resolveId");
        QTest::addColumn<QString>("badge");
        QTest::newRow("comment") << u"comment"_s << QString() << QString();
        QTest::newRow("open problem") << u"problem"_s << QString() << u"Problem"_s;
        QTest::newRow("resolved problem") << u"problem"_s << u"r1"_s << u"Resolved problem"_s;
        QTest::newRow("resolution") << u"resolve"_s << QString() << u"Resolution"_s;
        QTest::newRow("improvement") << u"improvement"_s << QString() << u"Improvement"_s;
        QTest::newRow("advice") << u"advice"_s << QString() << u"Advice"_s;
        QTest::newRow("unknown, as it came") << u"<kudos>"_s << QString() << u"<kudos>"_s;
    }
    void badges() {
        QFETCH(QString, label);
        QFETCH(QString, resolveId);
        QFETCH(QString, badge);
        Thread t = makeThread(u"x"_s, label, u"Text"_s, 1001, {});
        t.resolveId = resolveId;
        QCOMPARE(ConversationHtml::badge(t), badge);
        const QString text = plain(ConversationHtml::render({t}, directory(), {}));
        if (!badge.isEmpty())
            QVERIFY2(text.contains(u'[' + badge + u']'), qPrintable(text));
        else
            QVERIFY(!text.contains(u'['));
    }

    void mentionsShowNames() {
        const QString html = ConversationHtml::withMentionNames(
            u"<p>@[1002] and @[1001], not @[abc] or @[9999]</p>"_s, directory());
        QCOMPARE(plain(html),
                 u"@Ben <Okafor> and @Ana Ruiz, not @[abc] or @Unknown member #9999"_s);
        QVERIFY(html.contains(u"<b>@Ana Ruiz</b>"_s));
    }

    void hostileContentIsCleaned() {
        const QString hostile =
            u"<p onclick=\"steal()\">Hi<script>alert(1)</script><img src=\"http://tracker/p.gif\">"
            u"<iframe src=\"http://evil\"></iframe><a href=\"javascript:alert(2)\">x</a>"
            u"<a href=\"https://example.com/doc\">doc</a></p>"_s;
        const QString html = ConversationHtml::render(
            {makeThread(u"x"_s, u"comment"_s, hostile, 1001, {})}, directory(), {});
        for (const QString &bad :
             {u"script"_s, u"onclick"_s, u"iframe"_s, u"javascript:"_s, u"tracker"_s, u"<img"_s}) {
            QVERIFY2(!html.contains(bad, Qt::CaseInsensitive), qPrintable(bad));
        }
        QVERIFY(html.contains(u"href=\"https://example.com/doc\""_s));
        QVERIFY(plain(html).contains(u"Hi"_s));
    }

    void colorsComeFromTheView() {
        ConversationHtml::Colors colors;
        colors.problem = u"#123456"_s;
        const QString html = ConversationHtml::render(
            {makeThread(u"x"_s, u"problem"_s, u"Broken"_s, 1001, {})}, directory(), colors);
        QVERIFY(html.contains(u"#123456"_s));
    }
};

QTEST_MAIN(tst_ConversationHtml)
#include "tst_ConversationHtml.moc"
