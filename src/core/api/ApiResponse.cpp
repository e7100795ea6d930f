#include "core/api/ApiResponse.h"

QByteArray ApiResponse::header(QByteArrayView name) const {
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool ApiResponse::hasJsonContentType() const {
    const QByteArray type = header("content-type").split(';').constFirst().trimmed().toLower();
    return type == "application/json" || type.endsWith("+json");
}
