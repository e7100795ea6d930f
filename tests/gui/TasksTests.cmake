# Tests of the Tasks pane: offscreen against the sandbox.
taskdesk_add_test(tst_TasksPane SOURCES tst_TasksPane.cpp
    LIBS taskdesk_gui_fixtures LABELS gui)

# Not a test: renders the main window on its Tasks tab, for packaging/screenshots.
# Run under Xvfb: xvfb-run -a -s '-screen 0 1280x800x24' tasks-screenshots <folder> [--dark]
add_executable(tasks-screenshots tasks_screenshots.cpp)
target_link_libraries(tasks-screenshots PRIVATE
    taskdesk_gui_fixtures taskdesk_translations taskdesk_build_settings Qt6::Test)

# The list's cell painting and its shaped-text cache: offscreen, no sandbox.
taskdesk_add_test(tst_TaskListDelegate SOURCES tst_TaskListDelegate.cpp
    LIBS taskdesk_gui LABELS gui)
