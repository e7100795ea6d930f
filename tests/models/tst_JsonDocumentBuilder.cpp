#include "models/JsonDisplay.h"
#include "models/JsonDocumentBuilder.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QThread>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::shared_ptr<QTextDocument>)

namespace {

QJsonObject task(const QString &title, int padding = 0) {
    QJsonArray fields;
    for (int i = 0; i < padding; ++i)
        fields.append(QJsonObject{{u"id"_s, i}, {u"label"_s, u"Field number %1"_s.arg(i)}});
    return QJsonObject{{u"id"_s, u"0123456789abcdef0123456789abcdef"_s},
                       {u"title"_s, title},
                       {u"form_fields"_s, fields}};
}

/// Lets every build started so far end, and delivers what they posted: anything that was to
/// arrive has arrived.
void drain() {
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::sendPostedEvents();
}

} // namespace

/// The raw JSON document built off the GUI thread: the same text as "Copy JSON", handed to the
/// builder's thread, and only for the last build asked for.
class tst_JsonDocumentBuilder : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void buildsTheIndentedJson() {
        JsonDocumentBuilder builder;
        QSignalSpy built(&builder, &JsonDocumentBuilder::built);
        const QJsonObject raw = task(u"Ünïcode “title”"_s, 3);
        builder.build(raw);
        QTRY_COMPARE(built.size(), 1);
        const auto document = built.first().at(0).value<std::shared_ptr<QTextDocument>>();
        QVERIFY(document);
        const QString expected = JsonDisplay::prettyJson(raw);
        QCOMPARE(document->toPlainText(), expected);
        QCOMPARE(built.first().at(1).value<qsizetype>(), expected.size());
        QCOMPARE(document->thread(), QThread::currentThread());
        QVERIFY(!document->isUndoRedoEnabled());
    }

    void onlyTheLastBuildArrives() {
        JsonDocumentBuilder builder;
        QSignalSpy built(&builder, &JsonDocumentBuilder::built);
        builder.build(task(u"first"_s, 20000));
        builder.build(task(u"second"_s));
        QTRY_COMPARE(built.size(), 1);
        drain();
        QCOMPARE(built.size(), 1);
        const auto document = built.first().at(0).value<std::shared_ptr<QTextDocument>>();
        QVERIFY(document->toPlainText().contains(u"\"second\""_s));
    }

    void aCancelledBuildNeverArrives() {
        JsonDocumentBuilder builder;
        QSignalSpy built(&builder, &JsonDocumentBuilder::built);
        builder.build(task(u"dropped"_s, 2000));
        builder.cancel();
        drain();
        QCOMPARE(built.size(), 0);
        // It builds again afterwards.
        builder.build(task(u"again"_s));
        QTRY_COMPARE(built.size(), 1);
    }

    // A builder gone while its document is built (the view closed): nothing arrives anywhere,
    // and the document goes with its last reference (the sanitizer build checks for leaks).
    void aBuilderGoneMidBuild() {
        auto builder = std::make_unique<JsonDocumentBuilder>();
        int arrived = 0;
        connect(builder.get(), &JsonDocumentBuilder::built, this, [&arrived] { ++arrived; });
        builder->build(task(u"large"_s, 20000));
        builder.reset();
        drain();
        QCOMPARE(arrived, 0);
    }
};

QTEST_GUILESS_MAIN(tst_JsonDocumentBuilder)
#include "tst_JsonDocumentBuilder.moc"
