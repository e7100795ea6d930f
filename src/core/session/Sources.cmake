# src/core/session: taskdesk_session.
target_sources(taskdesk_session PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AnswersSaver.h
    ${CMAKE_CURRENT_LIST_DIR}/AnswersSaver.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionProbe.h
    ${CMAKE_CURRENT_LIST_DIR}/ConnectionProbe.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Conversation.h
    ${CMAKE_CURRENT_LIST_DIR}/Conversation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DirectoryCache.h
    ${CMAKE_CURRENT_LIST_DIR}/DirectoryCache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Session.h
    ${CMAKE_CURRENT_LIST_DIR}/Session.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SessionLogging.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionLogging.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaskActionSubmitter.h
    ${CMAKE_CURRENT_LIST_DIR}/TaskActionSubmitter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaskSubmitter.h
    ${CMAKE_CURRENT_LIST_DIR}/TaskSubmitter.cpp)
