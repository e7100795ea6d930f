# Files of src/core/session, added to taskdesk_core.
target_sources(taskdesk_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DirectoryCache.h
    ${CMAKE_CURRENT_LIST_DIR}/DirectoryCache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Session.h
    ${CMAKE_CURRENT_LIST_DIR}/Session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SessionLogging.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionLogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaskSubmitter.h
    ${CMAKE_CURRENT_LIST_DIR}/TaskSubmitter.cpp)
