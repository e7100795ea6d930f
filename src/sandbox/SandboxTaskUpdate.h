#pragma once

#include "sandbox/SandboxResponse.h"
#include "sandbox/SandboxStore.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

/// Task updates (tallyfy-api-notes.md 6.5, 10) as the real server answers them:
///
/// - `PUT tasks/{task}` serves only tasks without a run (404 otherwise, as the org-level
///   completion does; which route the server wants for a one-off task attached to a run is an
///   open question) and needs `title`, `deadline` and `owners` on every call (422 for each
///   missing one). Owners replace the old ones; a missing bucket empties it.
/// - `PUT runs/{run}/tasks/{task}` serves tasks of that run and takes changed fields only.
/// - `status` is dropped without a word.
/// - `taskdata` answers are checked per field type; a wrong shape is a 422 keyed
///   `taskdata.<id>`, except a bare string for a file field, which production answers with a
///   500. Keys that name no field of the task are dropped without a word. `null`, `""` and `[]`
///   clear an answer. Accepted answers are stored as the field's `field_value`.
/// - 200 with `{data: task}` carrying `taskdata` (every answered field).
class SandboxTaskUpdate final {
public:
    explicit SandboxTaskUpdate(SandboxStore &store);

    /// `runId` empty for the org-level route.
    SandboxResponse update(const QString &runId, const QString &taskId, const QByteArray &body);

    /// The answers of a task's form fields keyed by field ID (answered fields only).
    static QJsonObject taskdataOf(const SandboxStore::Task &task);
    /// Required fields of `task` without an answer: `taskdata.<id>` -> "<label> is required".
    static QJsonObject unansweredRequired(const SandboxStore::Task &task);

private:
    SandboxStore &m_store;
};
