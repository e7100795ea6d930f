# src/core/domain: taskdesk_domain.
taskdesk_sources(taskdesk_domain
    CommentText DraftFormField FormAnswer FormField Group Guest Json Me Member NetworkHost
    OneOffTaskDraft Organization PageMeta Run SafeHtml Tag Task TaskActionPlan TaskAnswersUpdate
    TaskIncludes TaskListItem TaskListPage TaskListQuery TaskOwners TaskReference TaskStatus
    TaskType Thread ValidationResult
    HEADERS DraftContext PersonJson)
