#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

/// The assignees of a task (`owners`, tallyfy-api-notes.md 2.4) or of an `assignees_form` answer:
/// member users, guest emails and group IDs. Parses every documented shape: users as ints,
/// numeric strings or objects with `id` (+ `full_name`, `profile_pic`); guests as strings or
/// objects with `email`; groups as strings or objects with `id` (+ `name`).
struct TaskOwners final {
    struct User final {
        qint64 id = 0;
        QString fullName;   ///< only when the server sent user objects; else empty
        QString profilePic; ///< likewise
        bool operator==(const User &) const = default;
    };
    struct Group final {
        QString id;   ///< 32 hex
        QString name; ///< only when the server sent group objects; else empty
        bool operator==(const Group &) const = default;
    };

    QList<User> users;
    QStringList guests; ///< emails, as received (trimmed)
    QList<Group> groups;
    QStringList taskUrls; ///< `owners.taskUrls` from some list responses [unverified]

    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QList<qint64> userIds() const;
    [[nodiscard]] QStringList groupIds() const;

    /// `{"users": [int...], "guests": [...], "groups": [...]}` with all three keys always present
    /// (a missing bucket detaches its assignees on update, section 8 #2).
    [[nodiscard]] QJsonObject toJson() const;

    /// Never fails: null, missing or malformed input gives empty owners; elements that are not
    /// understood are skipped.
    static TaskOwners fromJson(const QJsonValue &value);

    bool operator==(const TaskOwners &) const = default;
};

Q_DECLARE_METATYPE(TaskOwners)
