# src/core/session: taskdesk_session.
taskdesk_sources(taskdesk_session
    AnswersSaver ConnectionProbe Conversation DirectoryCache Session SessionLogging
    TaskActionSubmitter TaskLookup TaskSubmitter)
