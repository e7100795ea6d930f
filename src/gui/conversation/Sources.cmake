# src/gui/conversation: a task's comments and problems, and the box to add one.
target_sources(taskdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/CommentsPanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/CommentsPanel.h
    ${CMAKE_CURRENT_LIST_DIR}/MentionCompleter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MentionCompleter.h
)
