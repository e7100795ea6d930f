#include "core/api/RetryPolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Method = ApiRequest::Method;
Q_DECLARE_METATYPE(ApiRequest::Method)
Q_DECLARE_METATYPE(ApiError::Kind)

class tst_RetryPolicy : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void statusDecision_data();
    void statusDecision();
    void transportDecision_data();
    void transportDecision();
    void budget();
    void backoffBoundsWithJitter_data();
    void backoffBoundsWithJitter();
    void backoffSpreadsAcrossTheJitterRange();
    void retryAfterWinsOverBackoff_data();
    void retryAfterWinsOverBackoff();
    void timeScale();
};

void tst_RetryPolicy::statusDecision_data() {
    QTest::addColumn<Method>("method");
    QTest::addColumn<int>("status");
    QTest::addColumn<bool>("retry");

    const QList<int> statuses{400, 401, 403, 404, 409, 422, 429, 500, 501, 502, 503, 504};
    const QList<int> getRetries{429, 502, 503, 504};
    const QList<std::pair<Method, const char *>> methods{{Method::Get, "GET"},
                                                         {Method::Post, "POST"},
                                                         {Method::Put, "PUT"},
                                                         {Method::Delete, "DELETE"}};
    for (const auto &[method, name] : methods) {
        for (int status : statuses) {
            const bool retry = method == Method::Get ? getRetries.contains(status) : status == 429;
            QTest::addRow("%s %d", name, status) << method << status << retry;
        }
    }
}

void tst_RetryPolicy::statusDecision() {
    QFETCH(Method, method);
    QFETCH(int, status);
    QFETCH(bool, retry);

    QCOMPARE(RetryPolicy::isRetryableStatus(method, status), retry);
    const RetryPolicy policy;
    const RetryPolicy::Decision decision = policy.afterStatus(method, 0, status, {});
    QCOMPARE(decision.retry, retry);
    if (retry)
        QVERIFY(decision.delayMs > 0);
    else
        QCOMPARE(decision.delayMs, 0);
}

void tst_RetryPolicy::transportDecision_data() {
    QTest::addColumn<Method>("method");
    QTest::addColumn<ApiError::Kind>("kind");
    QTest::addColumn<bool>("retry");

    using K = ApiError::Kind;
    QTest::newRow("GET network") << Method::Get << K::Network << true;
    QTest::newRow("GET timeout") << Method::Get << K::Timeout << true;
    QTest::newRow("GET tls") << Method::Get << K::Tls << false;
    QTest::newRow("GET invalid") << Method::Get << K::InvalidResponse << false;
    QTest::newRow("GET cancelled") << Method::Get << K::Cancelled << false;
    QTest::newRow("GET insecure") << Method::Get << K::InsecureTransport << false;
    QTest::newRow("POST network") << Method::Post << K::Network << false;
    QTest::newRow("POST timeout") << Method::Post << K::Timeout << false;
    QTest::newRow("PUT network") << Method::Put << K::Network << false;
    QTest::newRow("PUT timeout") << Method::Put << K::Timeout << false;
    QTest::newRow("DELETE network") << Method::Delete << K::Network << false;
    QTest::newRow("DELETE timeout") << Method::Delete << K::Timeout << false;
}

void tst_RetryPolicy::transportDecision() {
    QFETCH(Method, method);
    QFETCH(ApiError::Kind, kind);
    QFETCH(bool, retry);

    QCOMPARE(RetryPolicy::isRetryableTransportError(method, kind), retry);
    const RetryPolicy policy;
    QCOMPARE(policy.afterTransportError(method, 0, kind).retry, retry);
}

void tst_RetryPolicy::budget() {
    RetryPolicy policy;
    for (int done = 0; done < 4; ++done) {
        QVERIFY(policy.afterStatus(Method::Get, done, 503, {}).retry);
        QVERIFY(policy.afterStatus(Method::Post, done, 429, {}).retry);
        QVERIFY(policy.afterTransportError(Method::Get, done, ApiError::Kind::Network).retry);
    }
    QVERIFY(!policy.afterStatus(Method::Get, 4, 503, {}).retry);
    QVERIFY(!policy.afterStatus(Method::Post, 4, 429, {}).retry);
    QVERIFY(!policy.afterTransportError(Method::Get, 4, ApiError::Kind::Network).retry);

    // The Retry-After value is still reported when the budget is spent (RateLimited's wait).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto exhausted = policy.afterStatus(Method::Get, 4, 429, "6", now);
    QVERIFY(!exhausted.retry);
    QCOMPARE(exhausted.retryAfterSeconds.value_or(-1), 6);

    policy.setMaxRetries(0);
    QVERIFY(!policy.afterStatus(Method::Get, 0, 503, {}).retry);
}

void tst_RetryPolicy::backoffBoundsWithJitter_data() {
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("nominal");

    QTest::newRow("n=0") << 0 << 500;
    QTest::newRow("n=1") << 1 << 1000;
    QTest::newRow("n=2") << 2 << 2000;
    QTest::newRow("n=3") << 3 << 4000;
    QTest::newRow("n=4 capped") << 4 << 8000;
    QTest::newRow("n=5 capped") << 5 << 8000;
    QTest::newRow("n=30 capped") << 30 << 8000;
}

void tst_RetryPolicy::backoffBoundsWithJitter() {
    QFETCH(int, index);
    QFETCH(int, nominal);

    QCOMPARE(RetryPolicy::nominalBackoffMs(index), nominal);

    RetryPolicy policy;
    policy.setRandomSource([] { return 0.0; });
    QCOMPARE(policy.backoffMs(index), qRound(nominal * 0.8));
    policy.setRandomSource([] { return 1.0; });
    QCOMPARE(policy.backoffMs(index), qRound(nominal * 1.2));
    policy.setRandomSource([] { return 0.5; });
    QCOMPARE(policy.backoffMs(index), nominal);

    // With the real generator every value stays within +-20 %.
    RetryPolicy real;
    for (int i = 0; i < 200; ++i) {
        const int value = real.backoffMs(index);
        QVERIFY2(value >= qFloor(nominal * 0.8) && value <= qCeil(nominal * 1.2),
                 qPrintable(QString::number(value)));
    }
}

void tst_RetryPolicy::backoffSpreadsAcrossTheJitterRange() {
    // Jitter exists: the real generator does not always give the same value.
    RetryPolicy real;
    QSet<int> seen;
    for (int i = 0; i < 50; ++i)
        seen.insert(real.backoffMs(2));
    QVERIFY(seen.size() > 5);
    bool below = false;
    bool above = false;
    for (int value : std::as_const(seen)) {
        below = below || value < 2000;
        above = above || value > 2000;
    }
    QVERIFY(below && above);
}

void tst_RetryPolicy::retryAfterWinsOverBackoff_data() {
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("delayMs");

    QTest::newRow("seconds") << "3"_ba << 3000;
    QTest::newRow("zero") << "0"_ba << 0;
    QTest::newRow("clamped") << "3600"_ba << 30000;
    QTest::newRow("http date") << "Tue, 15 Sep 2026 10:00:04 GMT"_ba << 4000;
    QTest::newRow("http date capped") << "Tue, 15 Sep 2026 12:00:00 GMT"_ba << 30000;
}

void tst_RetryPolicy::retryAfterWinsOverBackoff() {
    QFETCH(QByteArray, header);
    QFETCH(int, delayMs);
    const QDateTime now(QDate(2026, 9, 15), QTime(10, 0, 0), Qt::UTC);

    RetryPolicy policy;
    policy.setRandomSource([] { return 0.0; });
    for (Method method : {Method::Get, Method::Post}) {
        const auto decision = policy.afterStatus(method, 3, 429, header, now);
        QVERIFY(decision.retry);
        QCOMPARE(decision.delayMs, delayMs);
        QCOMPARE(decision.retryAfterSeconds.value_or(-1), delayMs / 1000);
    }
    // Retry-After also sets the wait of a retried 503.
    QCOMPARE(policy.afterStatus(Method::Get, 0, 503, header, now).delayMs, delayMs);
}

void tst_RetryPolicy::timeScale() {
    RetryPolicy policy;
    policy.setRandomSource([] { return 0.5; });
    policy.setTimeScale(0.001);
    const auto decision = policy.afterStatus(Method::Get, 4 - 1, 503, {});
    QCOMPARE(decision.delayMs, 4000);
    QCOMPARE(decision.scaledDelayMs, 4);
    const auto withHeader = policy.afterStatus(Method::Post, 0, 429, "20");
    QCOMPARE(withHeader.delayMs, 20000);
    QCOMPARE(withHeader.scaledDelayMs, 20);
    policy.setTimeScale(0);
    QCOMPARE(policy.afterTransportError(Method::Get, 0, ApiError::Kind::Timeout).scaledDelayMs, 0);
}

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_RetryPolicy.moc"
