#pragma once

#include <QByteArray>
#include <QIODevice>

/// The body of a POST or PUT as an upload device that cannot be rewound once Qt has started
/// reading it.
///
/// Why: when a kept-alive (or any) connection drops after the request went out but before the
/// answer, Qt's HTTP layer quietly resends the request on a new connection. For a create that
/// would mean two tasks (the API has no idempotency key). Qt can only resend after resetting
/// the upload device; refusing that reset turns the resend into
/// QNetworkReply::ContentReSendError, which ApiClient reports and never retries. A request
/// whose body was never read (the connection was found closed before sending) may still be
/// resent: nothing of it left the machine.
class UploadBody final : public QIODevice {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UploadBody)

public:
    explicit UploadBody(QByteArray data, QObject *parent = nullptr);
    ~UploadBody() override;

    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;
    /// Succeeds only while no byte has been read.
    bool reset() override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_data;
    qint64 m_offset = 0;
    bool m_started = false; ///< Qt has started to read (and so possibly send) the body
};
