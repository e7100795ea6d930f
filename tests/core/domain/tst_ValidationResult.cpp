#include "core/domain/ValidationResult.h"

#include <QTest>

using namespace Qt::StringLiterals;

class tst_ValidationResult final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void queries();
};

void tst_ValidationResult::queries() {
    ValidationResult result;
    QVERIFY(result.canSend());
    QVERIFY(!result.hasWarnings());
    result.addWarning(u"deadline"_s, u"past"_s);
    QVERIFY(result.canSend());
    QVERIFY(result.hasWarnings());
    result.addError(u"form_fields.1.label"_s, u"label"_s);
    result.addError(u"form_fields.10.options"_s, u"options"_s);
    result.addError(u"form_fields.1"_s, u"self"_s);
    QVERIFY(!result.canSend());
    QCOMPARE(result.errors().size(), 3);
    QCOMPARE(result.warnings().size(), 1);
    QCOMPARE(result.forPath(u"deadline"_s).size(), 1);
    QCOMPARE(result.forPath(u"form_fields"_s).size(), 0);
    QCOMPARE(result.underPath(u"form_fields.1"_s).size(), 2); // not form_fields.10
    QCOMPARE(result.paths(), (QStringList{u"deadline"_s, u"form_fields.1.label"_s,
                                          u"form_fields.10.options"_s, u"form_fields.1"_s}));
}

QTEST_GUILESS_MAIN(tst_ValidationResult)
#include "tst_ValidationResult.moc"
