# src/core/settings: taskdesk_settings.
target_sources(taskdesk_settings PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/DraftStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DraftStore.h
    ${CMAKE_CURRENT_LIST_DIR}/KeychainTokenStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KeychainTokenStore.h
    ${CMAKE_CURRENT_LIST_DIR}/KnownServers.cpp
    ${CMAKE_CURRENT_LIST_DIR}/KnownServers.h
    ${CMAKE_CURRENT_LIST_DIR}/LaunchOptions.cpp
    ${CMAKE_CURRENT_LIST_DIR}/LaunchOptions.h
    ${CMAKE_CURRENT_LIST_DIR}/LaunchOptionsResult.h
    ${CMAKE_CURRENT_LIST_DIR}/MemoryTokenStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MemoryTokenStore.h
    ${CMAKE_CURRENT_LIST_DIR}/RecentLookup.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RecentLookup.h
    ${CMAKE_CURRENT_LIST_DIR}/Settings.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Settings.h
    ${CMAKE_CURRENT_LIST_DIR}/TokenSource.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenSource.h
    ${CMAKE_CURRENT_LIST_DIR}/TokenStore.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenStore.h
    ${CMAKE_CURRENT_LIST_DIR}/TokenStoreError.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenStoreError.h
    ${CMAKE_CURRENT_LIST_DIR}/TokenStoreResult.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenStoreResult.h
    ${CMAKE_CURRENT_LIST_DIR}/Validated.h
    ${CMAKE_CURRENT_LIST_DIR}/Validators.cpp
    ${CMAKE_CURRENT_LIST_DIR}/Validators.h)
