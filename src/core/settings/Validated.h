#pragma once

#include <QString>

#include <optional>
#include <utility>

/// A normalized input value, or the readable reason it was refused. Validators return it so
/// that the caller stores exactly what was checked.
template<typename T>
struct Validated final {
    std::optional<T> value;
    QString problem; ///< translated, for the user; empty when ok()

    [[nodiscard]] bool ok() const { return value.has_value(); }
    explicit operator bool() const { return ok(); }

    static Validated accept(T normalized) { return Validated{std::move(normalized), {}}; }
    static Validated refuse(QString reason) { return Validated{std::nullopt, std::move(reason)}; }
};
