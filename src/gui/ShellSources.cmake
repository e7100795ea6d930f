# The application shell: main window, settings, first run.
target_sources(taskdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/AboutDialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/MainWindow.h
    ${CMAKE_CURRENT_LIST_DIR}/MainWindow.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SandboxTarget.h
    ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.h
    ${CMAKE_CURRENT_LIST_DIR}/SettingsDialog.cpp
    ${PROJECT_SOURCE_DIR}/ui/SettingsDialog.ui
    ${CMAKE_CURRENT_LIST_DIR}/UnauthorizedBanner.h
    ${CMAKE_CURRENT_LIST_DIR}/UnauthorizedBanner.cpp
    ${CMAKE_CURRENT_LIST_DIR}/WelcomePanel.h
    ${CMAKE_CURRENT_LIST_DIR}/WelcomePanel.cpp
    # Shared by every area: colours that follow the palette, named clear buttons.
    ${CMAKE_CURRENT_LIST_DIR}/ClearButtons.h
    ${CMAKE_CURRENT_LIST_DIR}/ClearButtons.cpp
    ${CMAKE_CURRENT_LIST_DIR}/StatusColors.h
    ${CMAKE_CURRENT_LIST_DIR}/PaletteFollower.h)
