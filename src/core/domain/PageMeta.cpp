#include "core/domain/PageMeta.h"

#include "core/domain/Json.h"

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace {

std::optional<int> readInt(const QJsonObject &obj, QLatin1StringView key) {
    if (const auto parsed = Json::toInt(obj.value(key)))
        return static_cast<int>(std::clamp<qint64>(*parsed, INT_MIN, INT_MAX));
    return std::nullopt;
}

QString readLink(const QJsonValue &value) {
    return value.isString() ? value.toString().trimmed() : QString();
}

} // namespace

bool PageMeta::hasNext(int pageCountSoFar) const {
    if (pageCountSoFar >= MaxPages)
        return false;
    if (dataCount.has_value() && *dataCount == 0)
        return false;
    if (totalPages.has_value())
        return currentPage.value_or(pageCountSoFar) < *totalPages;
    return !nextLink.isEmpty();
}

PageMeta PageMeta::fromPagination(const QJsonObject &pagination) {
    PageMeta meta;
    meta.total = readInt(pagination, "total"_L1);
    meta.count = readInt(pagination, "count"_L1);
    meta.perPage = readInt(pagination, "per_page"_L1);
    meta.currentPage = readInt(pagination, "current_page"_L1);
    meta.totalPages = readInt(pagination, "total_pages"_L1);
    // `links` may be an object, [], null or absent.
    const QJsonValue links = pagination.value("links"_L1);
    if (links.isObject()) {
        const QJsonObject linksObj = links.toObject();
        meta.nextLink = readLink(linksObj.value("next"_L1));
        meta.previousLink = readLink(linksObj.value("previous"_L1));
        if (meta.previousLink.isEmpty())
            meta.previousLink = readLink(linksObj.value("prev"_L1));
    }
    return meta;
}

PageMeta PageMeta::fromResponse(const QJsonObject &body) {
    const QJsonObject metaObj = Json::toObject(body.value("meta"_L1));
    PageMeta meta = fromPagination(Json::toObject(metaObj.value("pagination"_L1)));
    const QJsonValue data = body.value("data"_L1);
    if (data.isArray())
        meta.dataCount = static_cast<int>(data.toArray().size());
    return meta;
}
