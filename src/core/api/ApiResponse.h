#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QUrl>

/// A successful (2xx) HTTP answer as ApiClient delivers it: status, headers and the whole body.
/// Interpreting the body is the facades' job (a 2xx whose body is not the JSON expected becomes
/// ApiError::Kind::InvalidResponse there).
struct ApiResponse final {
    int httpStatus = 0;
    QList<QPair<QByteArray, QByteArray>> headers; ///< as received
    QByteArray body;
    QUrl url; ///< the URL that answered (after same-host redirects)

    /// The first header named `name`, compared case-insensitively; empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
};

Q_DECLARE_METATYPE(ApiResponse)
