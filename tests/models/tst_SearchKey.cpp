#include "models/SearchKey.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_SearchKey final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void fold_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("folded");
        QTest::newRow("plain") << u"Ana Ruiz"_s << u"ana ruiz"_s;
        QTest::newRow("acute") << u"José Núñez"_s << u"jose nunez"_s;
        QTest::newRow("decomposed input") << u"Jose\u0301"_s << u"jose"_s;
        QTest::newRow("stroke") << u"Łódź"_s << u"lodz"_s;
        QTest::newRow("nordic") << u"Bjørn Ærø"_s << u"bjorn aero"_s;
        QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
        QTest::newRow("fullwidth") << u"ＡＢＣ"_s << u"abc"_s;
        QTest::newRow("email") << u"Pat@Client.Example"_s << u"pat@client.example"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void fold() {
        QFETCH(QString, text);
        QFETCH(QString, folded);
        QCOMPARE(SearchKey::fold(text), folded);
    }

    void queryWords() {
        QCOMPARE(SearchKey::queryWords(u"  Zoë \t MEMBER9 "_s),
                 (QStringList{u"zoe"_s, u"member9"_s}));
        QVERIFY(SearchKey::queryWords(u"   "_s).isEmpty());
    }

    void matchesAll() {
        const QString key = SearchKey::fold(u"José Núñez\x1fjose@example.com"_s);
        QVERIFY(SearchKey::matchesAll(key, {}));
        QVERIFY(SearchKey::matchesAll(key, SearchKey::queryWords(u"nunez jose"_s)));
        QVERIFY(SearchKey::matchesAll(key, SearchKey::queryWords(u"EXAMPLE"_s)));
        QVERIFY(!SearchKey::matchesAll(key, SearchKey::queryWords(u"jose smith"_s)));
    }
};

QTEST_GUILESS_MAIN(tst_SearchKey)
#include "tst_SearchKey.moc"
