# Tests of the "New one-off task" form: offscreen against the sandbox, and its parts.
taskdesk_add_test(tst_NewTaskForm SOURCES tst_NewTaskForm.cpp
    LIBS taskdesk_gui_fixtures LABELS gui)
taskdesk_add_test(tst_AssigneePicker SOURCES tst_AssigneePicker.cpp
    LIBS taskdesk_gui_fixtures LABELS gui)
taskdesk_add_test(tst_NewTaskParts SOURCES tst_NewTaskParts.cpp LIBS taskdesk_gui LABELS gui)

# Not a test: renders the form filled in and with problems, for packaging/screenshots.
# Run under Xvfb: xvfb-run -a -s '-screen 0 1280x800x24' newtask-screenshots <folder>
add_executable(newtask-screenshots newtask_screenshots.cpp)
target_link_libraries(newtask-screenshots PRIVATE
    taskdesk_gui_fixtures taskdesk_translations taskdesk_build_settings Qt6::Test)
