#pragma once

#include <QByteArray>
#include <QString>

/// A fault the sandbox injects into the answer to matching requests.
///
/// Faults that only damage or delay the answer (Delay, Hang, Truncated, Trickle, MalformedJson,
/// WrongContentType, Empty200, BadCompression) let the request be processed first, as a real server
/// would have done before the answer got lost: a POST still creates its task. The others (Reset,
/// Html500, Json500, Status, RateLimit, RedirectToOtherHost) answer instead of the API, so nothing
/// is processed.
struct SandboxFault {
    enum class Kind {
        Delay,               // wait delayMs, then answer normally
        Reset,               // abort the TCP connection (RST) without an answer
        Html500,             // 500 with an HTML error page from an edge proxy
        Json500,             // Laravel-ish JSON 500 leaking SQLSTATE and Illuminate\ lines
        Status,              // answer exactly status, body and contentType
        RateLimit,           // 429 with RATE_LIMIT_EXCEEDED and optional Retry-After
        MalformedJson,       // 200, application/json, broken body
        WrongContentType,    // 200, text/html
        Empty200,            // 200 with an empty body
        Truncated,           // Content-Length larger than the body, then the connection closes
        Hang,                // never answer; the socket stays open
        RedirectToOtherHost, // 302 to otherHostBaseUrl() with the same path and query
        Trickle,             // the normal answer, its body one byte every delayMs (default 1 s)
        BadCompression       // the normal status and body, labelled Content-Encoding: gzip
    };

    Kind kind = Kind::Status;
    QByteArray method;   // empty = any method
    QString pathPattern; // regular expression searched in the decoded path; empty = any
    int times = 1;       // how many matching requests it hits; -1 = every one
    int delayMs = 0;     // Delay: wait this long, then answer normally; Trickle: between bytes
    int status = 0;      // Status: answer exactly this (with body and contentType)
    QByteArray body;
    QByteArray contentType; // Status: empty = no Content-Type header
    QByteArray retryAfter;  // RateLimit: Retry-After value (seconds or an HTTP date); empty = none
};
