#pragma once

#include <QString>

#include <chrono>
#include <cstdio>

/// What the bench programs share: a clock and the `key=value` lines run-bench reads.
namespace BenchOutput {

/// Milliseconds on the monotonic clock, as a double (sub-microsecond resolution).
inline double nowMs() {
    const auto now = std::chrono::steady_clock::now().time_since_epoch();
    return std::chrono::duration<double, std::milli>(now).count();
}

/// Prints `key=value` with the value in milliseconds (or any unit the key names).
inline void value(const char *key, double number) {
    std::printf("%s=%.4f\n", key, number);
    std::fflush(stdout);
}

/// Prints `key=text`.
inline void text(const char *key, const QString &text) {
    std::printf("%s=%s\n", key, text.toUtf8().constData());
    std::fflush(stdout);
}

/// Prints a problem to stderr; the program then exits with status 1.
inline int fail(const QString &problem) {
    std::fprintf(stderr, "bench: %s\n", problem.toUtf8().constData());
    return 1;
}

} // namespace BenchOutput
