# src/gui/shell: the main window, settings, first run, About. Forms in ui/shell.
target_sources(taskdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/HintStyle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HintStyle.h
    ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MainWindow.h
    ${CMAKE_CURRENT_LIST_DIR}/MainWindowTabs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MainWindowTabs.h
    ${CMAKE_CURRENT_LIST_DIR}/OrganizationPicker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OrganizationPicker.h
    ${CMAKE_CURRENT_LIST_DIR}/SandboxTarget.h
    ${CMAKE_CURRENT_LIST_DIR}/ServerPicker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ServerPicker.h
    ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/TokenField.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TokenField.h
    ${CMAKE_CURRENT_LIST_DIR}/UnauthorizedBanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UnauthorizedBanner.h
    ${CMAKE_CURRENT_LIST_DIR}/WelcomePanel.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WelcomePanel.h
    ${PROJECT_SOURCE_DIR}/ui/shell/OrganizationPicker.ui
    ${PROJECT_SOURCE_DIR}/ui/shell/ServerPicker.ui
    ${PROJECT_SOURCE_DIR}/ui/shell/SettingsDialog.ui
    ${PROJECT_SOURCE_DIR}/ui/shell/TokenField.ui
)
