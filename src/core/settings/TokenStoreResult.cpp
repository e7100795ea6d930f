#include "core/settings/TokenStoreResult.h"

#include <QCoreApplication>

TokenStoreResult::TokenStoreResult()
    : m_error(TokenStoreError::other(
          QCoreApplication::translate("TokenStoreResult", "The keychain gave no answer."))) {}

TokenStoreResult TokenStoreResult::success(const QString &token) {
    TokenStoreResult result;
    result.m_token = token;
    result.m_error.reset();
    return result;
}

TokenStoreResult TokenStoreResult::failure(const TokenStoreError &error) {
    TokenStoreResult result;
    result.m_error = error;
    return result;
}
