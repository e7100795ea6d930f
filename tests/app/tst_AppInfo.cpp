#include "core/AppInfo.h"

#include <QRegularExpression>
#include <QTest>

class tst_AppInfo final : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void versionIsSemantic() {
        static const QRegularExpression semver(QStringLiteral("^\\d+\\.\\d+\\.\\d+$"));
        QVERIFY2(semver.match(AppInfo::version()).hasMatch(), qPrintable(AppInfo::version()));
    }

    void userAgentNamesVersion() {
        QCOMPARE(AppInfo::userAgent(), QStringLiteral("Taskdesk/") + AppInfo::version());
    }

    void appIdIsReverseDns() {
        QCOMPARE(AppInfo::appId(), QStringLiteral("io.github.taskdesk.Taskdesk"));
    }
};

QTEST_GUILESS_MAIN(tst_AppInfo)
#include "tst_AppInfo.moc"
