#pragma once

#include "core/api/ApiError.h"

#include <utility>
#include <variant>

/// A value or the ApiError that prevented it. Errors are values in Taskdesk: nothing throws
/// across Qt code.
template<typename T>
class Result final {
public:
    Result(T value) // NOLINT(google-explicit-constructor): implicit on purpose, like std::expected
        : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(ApiError error) // NOLINT(google-explicit-constructor)
        : m_data(std::in_place_index<1>, std::move(error)) {}

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    /// Only when ok().
    [[nodiscard]] const T &value() const & { return std::get<0>(m_data); }
    [[nodiscard]] T &value() & { return std::get<0>(m_data); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_data)); }

    /// Only when !ok().
    [[nodiscard]] const ApiError &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, ApiError> m_data;
};
