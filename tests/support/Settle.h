#pragma once

#include "core/api/DirectoryApi.h"
#include "core/session/Session.h"

#include <QObject>
#include <QTest>

/// Asks `session` for GET /me and runs the event loop until the answer (or a failure) arrives.
///
/// An "absence" check (nothing was sent twice, nothing was written) must not pass just because
/// it looked too early. Whatever the application queued before this call (a request, a write
/// to the settings or keychain) is handled before the answer to a request queued after it, so a
/// count taken once settle() returns true sees it. False after 10 s without an answer.
inline bool settle(Session &session) {
    bool answered = false;
    QObject context;
    session.directory()->me(&context, [&answered](const Result<Me> &) { answered = true; });
    return QTest::qWaitFor([&answered] { return answered; }, 10000);
}
