# src/gui/lookup: the Look up pane: the task view, its header, recent lookups, the JSON find bar. Forms in ui/lookup.
target_sources(taskdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/IncludeChooser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncludeChooser.h
    ${CMAKE_CURRENT_LIST_DIR}/JsonFindBar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonFindBar.h
    ${CMAKE_CURRENT_LIST_DIR}/RecentLookupDelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecentLookupDelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/RecentLookupsView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecentLookupsView.h
    ${CMAKE_CURRENT_LIST_DIR}/TaskActionBar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaskActionBar.h
    ${CMAKE_CURRENT_LIST_DIR}/TaskHeader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaskHeader.h
    ${CMAKE_CURRENT_LIST_DIR}/TaskLookupPane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaskLookupPane.h
    ${CMAKE_CURRENT_LIST_DIR}/TaskView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaskView.h
    ${PROJECT_SOURCE_DIR}/ui/lookup/JsonFindBar.ui
    ${PROJECT_SOURCE_DIR}/ui/lookup/RecentLookupsView.ui
    ${PROJECT_SOURCE_DIR}/ui/lookup/TaskHeader.ui
    ${PROJECT_SOURCE_DIR}/ui/lookup/TaskLookupPane.ui
    ${PROJECT_SOURCE_DIR}/ui/lookup/TaskView.ui
)
