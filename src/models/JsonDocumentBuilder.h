#pragma once

#include <QFuture>
#include <QJsonObject>
#include <QObject>

#include <memory>

class QTextDocument;

/// Builds the raw JSON of a task as an indented, read-only text document on a pool thread: for a
/// 20 MB task, printing it and filling a document with it take long enough to freeze the window
/// if done on the GUI thread.
///
/// One build at a time: build() and cancel() drop the build before, whose document never
/// arrives. The document arrives belonging to the builder's thread, without a layout (a view
/// sets the one it needs); if the builder goes first, the document goes with the last reference
/// to it, wherever that is (it belongs to no thread until handed over).
class JsonDocumentBuilder final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JsonDocumentBuilder)

public:
    explicit JsonDocumentBuilder(QObject *parent = nullptr);
    ~JsonDocumentBuilder() override;

    void build(const QJsonObject &raw);
    void cancel();

Q_SIGNALS:
    /// `characters`: the length of the document's text.
    void built(const std::shared_ptr<QTextDocument> &document, qsizetype characters);

private:
    QFuture<void> m_job;
    /// Counts the builds, so that the document of one dropped is known as such.
    quint64 m_generation = 0;
};
