# src/gui/tasks: the Tasks pane: the filter bar, the lazily paged list. Forms in ui/tasks.
target_sources(taskdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TaskListDelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaskListDelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/TaskListPager.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaskListPager.h
    ${CMAKE_CURRENT_LIST_DIR}/TasksPane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TasksPane.h
    ${PROJECT_SOURCE_DIR}/ui/tasks/TasksPane.ui
)
