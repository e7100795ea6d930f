#pragma once

#include "core/settings/TokenStoreError.h"

#include <QMetaType>
#include <QString>

#include <optional>

/// The answer of one TokenStore operation: success (carrying the token for a read) or a
/// TokenStoreError.
class TokenStoreResult final {
public:
    /// Default: a failure of kind Other, so that a forgotten answer never looks like success.
    TokenStoreResult();

    static TokenStoreResult success(const QString &token = {});
    static TokenStoreResult failure(const TokenStoreError &error);

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }

    /// The token read; empty for writes, removals and failures.
    [[nodiscard]] const QString &token() const { return m_token; }
    /// Only when !ok().
    [[nodiscard]] const TokenStoreError &error() const { return *m_error; }

private:
    QString m_token;
    std::optional<TokenStoreError> m_error;
};

Q_DECLARE_METATYPE(TokenStoreResult)
