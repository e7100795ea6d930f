#include "core/api/ApiResponse.h"

QByteArray ApiResponse::header(QByteArrayView name) const {
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}
