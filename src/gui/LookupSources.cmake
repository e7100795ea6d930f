# The task lookup pane.
target_sources(taskdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/TaskLookupPane.h ${CMAKE_CURRENT_LIST_DIR}/TaskLookupPane.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaskView.h ${CMAKE_CURRENT_LIST_DIR}/TaskView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaskHeader.h ${CMAKE_CURRENT_LIST_DIR}/TaskHeader.cpp
    ${CMAKE_CURRENT_LIST_DIR}/IncludeChooser.h ${CMAKE_CURRENT_LIST_DIR}/IncludeChooser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecentLookupsView.h ${CMAKE_CURRENT_LIST_DIR}/RecentLookupsView.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecentLookupDelegate.h ${CMAKE_CURRENT_LIST_DIR}/RecentLookupDelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/JsonFindBar.h ${CMAKE_CURRENT_LIST_DIR}/JsonFindBar.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SafeTextBrowser.h ${CMAKE_CURRENT_LIST_DIR}/SafeTextBrowser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RelativeTime.h ${CMAKE_CURRENT_LIST_DIR}/RelativeTime.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WebAppLink.h ${CMAKE_CURRENT_LIST_DIR}/WebAppLink.cpp
    ${PROJECT_SOURCE_DIR}/ui/TaskLookupPane.ui
    ${PROJECT_SOURCE_DIR}/ui/TaskView.ui
    ${PROJECT_SOURCE_DIR}/ui/TaskHeader.ui
    ${PROJECT_SOURCE_DIR}/ui/RecentLookupsView.ui
    ${PROJECT_SOURCE_DIR}/ui/JsonFindBar.ui)
