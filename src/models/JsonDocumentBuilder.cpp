#include "models/JsonDocumentBuilder.h"

#include "models/JsonDisplay.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QTextDocument>
#include <QThreadPool>

namespace {

struct Built {
    std::shared_ptr<QTextDocument> document;
    qsizetype characters = 0;
};

QFuture<Built> buildOnPool(const QJsonObject &raw) {
    auto promise = std::make_shared<QPromise<Built>>();
    QFuture<Built> future = promise->future();
    promise->start();
    QThreadPool::globalInstance()->start([promise, raw] {
        if (promise->isCanceled()) {
            promise->finish();
            return;
        }
        const QString text = JsonDisplay::prettyJson(raw);
        auto document = std::make_shared<QTextDocument>();
        document->setUndoRedoEnabled(false);
        document->setPlainText(text);
        document->moveToThread(nullptr);
        promise->addResult(Built{std::move(document), text.size()});
        promise->finish();
    });
    return future;
}

} // namespace

JsonDocumentBuilder::JsonDocumentBuilder(QObject *parent)
    : QObject(parent) {}

JsonDocumentBuilder::~JsonDocumentBuilder() {
    m_job.cancel();
}

void JsonDocumentBuilder::build(const QJsonObject &raw) {
    cancel();
    const quint64 generation = m_generation;
    // A watcher that goes with the builder, rather than QFuture::then(this, ...): Qt 6.4
    // asserts on a continuation whose context object is gone, and a builder may go (its view
    // closed) while a large document is still being built.
    auto *watcher = new QFutureWatcher<Built>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation || watcher->isCanceled() ||
            watcher->future().resultCount() == 0)
            return;
        const Built result = watcher->result();
        result.document->moveToThread(thread());
        Q_EMIT built(result.document, result.characters);
    });
    const QFuture<Built> job = buildOnPool(raw);
    watcher->setFuture(job);
    m_job = job;
}

void JsonDocumentBuilder::cancel() {
    ++m_generation;
    m_job.cancel();
}
