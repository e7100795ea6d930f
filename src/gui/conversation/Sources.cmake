# src/gui/conversation: a task's comments and problems, and the box to add one.
taskdesk_sources(taskdesk_gui
    CommentsPanel MentionCompleter)
