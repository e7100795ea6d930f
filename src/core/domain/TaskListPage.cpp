#include "core/domain/TaskListPage.h"

#include "core/domain/Json.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

std::optional<TaskListPage> TaskListPage::fromResponseBody(const QByteArray &body, QString *error) {
    const auto root = Json::parseObject(body, error);
    if (!root)
        return std::nullopt;
    const QJsonValue data = root->value("data"_L1);
    if (!data.isArray()) {
        if (error)
            *error = u"the list has no data array"_s;
        return std::nullopt;
    }
    TaskListPage page;
    const QJsonArray items = data.toArray();
    page.items.reserve(items.size());
    for (const QJsonValue value : items) {
        auto item = value.isObject() ? TaskListItem::fromJson(value.toObject()) : std::nullopt;
        if (item)
            page.items.append(std::move(*item));
        else
            ++page.skipped;
    }
    page.meta = PageMeta::fromResponse(*root);
    return page;
}
