#include "core/domain/Thread.h"

#include "core/domain/Json.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

std::optional<Thread> Thread::fromJson(const QJsonObject &obj, QString *error) {
    Thread thread;
    thread.id = Json::toIdString(obj.value("id"_L1));
    if (thread.id.isEmpty()) {
        if (error)
            *error = QCoreApplication::translate("Thread", "The comment has no ID.");
        return std::nullopt;
    }
    thread.content = Json::toText(obj.value("content"_L1));
    thread.label = Json::toText(obj.value("label"_L1));
    thread.state = Json::toText(obj.value("state"_L1));
    thread.authorId = Json::toInt(obj.value("author_id"_L1));
    thread.createdAt = Json::parseDateTime(obj.value("created_at"_L1));
    thread.resolveId = Json::toIdString(obj.value("resolve_id"_L1));
    thread.raw = obj;
    return thread;
}

bool Thread::isOpenProblem() const {
    return label == "problem"_L1 && resolveId.isEmpty();
}
