#pragma once

#include "core/api/ApiClient.h"
#include "core/api/ApiConfig.h"
#include "core/api/ApiRequest.h"
#include "core/api/CancellableCall.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>
#include <QUrl>

/// Internal to ApiClient: the life of one send(): queued, running an attempt, waiting for a
/// retry, finished. Owns its QNetworkReply while running and delivers the result once.
class ApiCall final : public CancellableCall {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiCall)

public:
    enum class State { Queued, Running, Deciding, WaitingToRetry, Finished };

    ApiCall(ApiClient *client, const ApiConfig &config, const ApiRequest &request, QObject *context,
            ApiClient::Callback callback);
    ~ApiCall() override;

    void cancel() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const ApiRequest &request() const { return m_request; }

    /// Called by ApiClient when a slot is free.
    void startAttempt();
    /// Delivers `error` without sending anything (later, from the event loop).
    void failBeforeSending(const ApiError &error);

private:
    void onReadyRead();
    void onFinished();
    void onContextDestroyed();
    void onRetryTimer();

    void handleHttpAnswer(QNetworkReply *reply, int status);
    void handleTransportError(QNetworkReply *reply, QNetworkReply::NetworkError code);
    void handleRedirect(QNetworkReply *reply, int status);
    void scheduleRetry(int logicalDelayMs, int scaledDelayMs);
    void finish(Result<ApiResponse> result, bool queued);
    void dropReply();
    void stopAll();
    void logAttempt(int status, const QString &outcome) const;

    ApiClient *const m_client; ///< owns this call and deletes it before its own members go
    ApiConfig m_config;
    ApiRequest m_request;
    QPointer<QObject> m_context;
    QMetaObject::Connection m_contextConnection;
    ApiClient::Callback m_callback;

    State m_state = State::Queued;
    QUrl m_url;
    int m_retries = 0;
    int m_redirects = 0;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_body;
    bool m_errorBodyCapped = false;
    bool m_bodyTooLarge = false;
    QTimer m_retryTimer;
    QElapsedTimer m_attemptTimer;
};
