#include "models/DisplayFormat.h"

#include <QLocale>
#include <QTest>
#include <QTextDocument>

using namespace Qt::StringLiterals;

class tst_DisplayFormat final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void yesNoAndAbsent() {
        QCOMPARE(DisplayFormat::yesNo(true), u"Yes"_s);
        QCOMPARE(DisplayFormat::yesNo(false), u"No"_s);
        QCOMPARE(DisplayFormat::yesNo(std::optional<bool>()), u"—"_s);
        QCOMPARE(DisplayFormat::yesNo(std::optional<bool>(false)), u"No"_s);
        QCOMPARE(DisplayFormat::orAbsent(QString()), u"—"_s);
        QCOMPARE(DisplayFormat::orAbsent(u"x"_s), u"x"_s);
    }

    void dateTimeInLocalTime_data() {
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<QString>("shown");
        // TZ=Europe/Berlin (tests/models/CMakeLists.txt): CEST in September, CET in December.
        QTest::newRow("summer") << QDateTime(QDate(2026, 9, 4), QTime(17, 0), Qt::UTC)
                                << u"Fri 4 Sep 2026, 19:00"_s;
        QTest::newRow("winter") << QDateTime(QDate(2026, 12, 24), QTime(23, 30), Qt::UTC)
                                << u"Fri 25 Dec 2026, 00:30"_s;
        QTest::newRow("invalid") << QDateTime() << u"—"_s;
    }

    void dateTimeInLocalTime() {
        QFETCH(QDateTime, utc);
        QFETCH(QString, shown);
        QCOMPARE(DisplayFormat::dateTime(utc), shown);
    }

    void firstLine_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxLength");
        QTest::addColumn<QString>("line");
        QTest::newRow("short") << u"One line"_s << 120 << u"One line"_s;
        QTest::newRow("two lines") << u"First\nSecond"_s << 120 << u"First…"_s;
        QTest::newRow("leading blank lines") << u"\n\n  First\nSecond"_s << 120 << u"First…"_s;
        QTest::newRow("long") << u"abcdefghij"_s << 4 << u"abcd…"_s;
        QTest::newRow("empty") << u"  "_s << 120 << u"—"_s;
    }

    void firstLine() {
        QFETCH(QString, text);
        QFETCH(int, maxLength);
        QFETCH(QString, line);
        QCOMPARE(DisplayFormat::firstLine(text, maxLength), line);
    }

    void plainText_data() {
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("plain");
        QTest::newRow("not html") << u"a < b and c > d"_s << u"a < b and c > d"_s;
        QTest::newRow("paragraphs")
            << u"<p>One &amp; two</p><p>Three</p>"_s << u"One & two\nThree"_s;
        QTest::newRow("break") << u"Line<br/>Next"_s << u"Line\nNext"_s;
        QTest::newRow("inline") << u"<b>bold</b> text"_s << u"bold text"_s;
    }

    void plainText() {
        QFETCH(QString, html);
        QFETCH(QString, plain);
        QCOMPARE(DisplayFormat::plainText(html), plain);
    }

    void elided_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("shown");
        const QString face = QString::fromUcs4(U"\U0001F600");
        QTest::newRow("short") << u"abc"_s << 5 << u"abc"_s;
        QTest::newRow("exactly") << u"abcde"_s << 5 << u"abcde"_s;
        QTest::newRow("cut") << u"abcdef"_s << 5 << u"abcde…"_s;
        QTest::newRow("not inside a pair") << (u"abcd"_s + face) << 5 << u"abcd…"_s;
        QTest::newRow("empty") << QString() << 5 << QString();
    }

    void elided() {
        QFETCH(QString, text);
        QFETCH(int, max);
        QFETCH(QString, shown);
        QCOMPARE(DisplayFormat::elided(text, max), shown);
    }

    void elidedByDefaultToAFewThousand() {
        const QString huge(20000000, u'x');
        const QString shown = DisplayFormat::elided(huge);
        QCOMPARE(shown.size(), DisplayFormat::MaxShownLength + 1);
        QVERIFY(DisplayFormat::MaxShownLength >= 1000 && DisplayFormat::MaxShownLength <= 5000);
    }

    void toolTipIsLiteral_data() {
        QTest::addColumn<QString>("text");
        QTest::newRow("markup") << u"<b>Ana</b> <img src=x width=15000>"_s;
        QTest::newRow("entities") << u"Tom &amp; Jerry &lt;3"_s;
        QTest::newRow("lines") << u"first\nsecond"_s;
        QTest::newRow("plain") << u"Ana Ruiz"_s;
    }

    void toolTipIsLiteral() {
        QFETCH(QString, text);
        const QString tip = DisplayFormat::toolTip(text);
        // A tooltip is rich text when it looks like it; this one always does, and says `text`.
        QVERIFY(Qt::mightBeRichText(tip));
        QTextDocument shown;
        shown.setHtml(tip);
        QCOMPARE(shown.toPlainText().replace(QChar(0x2028), u'\n'), text);
        QVERIFY(DisplayFormat::toolTip(QString()).isEmpty());
    }

    void forView() {
        const QString huge(10000, u'y');
        QCOMPARE(DisplayFormat::forView(Qt::DisplayRole, huge).toString().size(),
                 DisplayFormat::MaxShownLength + 1);
        QVERIFY(
            Qt::mightBeRichText(DisplayFormat::forView(Qt::ToolTipRole, u"<b>x</b>"_s).toString()));
        QCOMPARE(DisplayFormat::forView(Qt::UserRole, huge).toString(), huge);
        QCOMPARE(DisplayFormat::forView(Qt::DisplayRole, 42), QVariant(42));
        QVERIFY(!DisplayFormat::forView(Qt::ToolTipRole, QVariant()).isValid());
    }
};

QTEST_GUILESS_MAIN(tst_DisplayFormat)
#include "tst_DisplayFormat.moc"
