# Shell widget tests (main window, settings dialog), offscreen against the sandbox.
taskdesk_add_test(tst_SettingsDialog SOURCES tst_SettingsDialog.cpp
    LIBS taskdesk_gui_fixtures LABELS gui)
taskdesk_add_test(tst_MainWindow SOURCES tst_MainWindow.cpp
    LIBS taskdesk_gui_fixtures LABELS gui)

# Not a test: renders the welcome panel, the settings dialog and the 401 banner as PNGs.
# Run under Xvfb: xvfb-run -a -s '-screen 0 1280x800x24' shell-screenshots <folder>
add_executable(shell-screenshots shell_screenshots.cpp)
target_link_libraries(shell-screenshots PRIVATE
    taskdesk_gui_fixtures taskdesk_translations taskdesk_build_settings Qt6::Test)
target_compile_definitions(shell-screenshots PRIVATE TASKDESK_ICON="${PROJECT_SOURCE_DIR}/packaging/linux/icons/hicolor/256x256/apps/io.github.taskdesk.Taskdesk.png")
