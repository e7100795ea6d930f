# Tests of the "New one-off task" form: offscreen against the sandbox, and its parts.
taskdesk_add_test(tst_NewTaskForm
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_NewTaskForm.cpp
            ${CMAKE_CURRENT_LIST_DIR}/NewTaskFixture.h ${CMAKE_CURRENT_LIST_DIR}/NewTaskFixture.cpp
    LIBS taskdesk_gui taskdesk_sandbox taskdesk_test_support
    LABELS gui)
taskdesk_add_test(tst_AssigneePicker
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_AssigneePicker.cpp
            ${CMAKE_CURRENT_LIST_DIR}/NewTaskFixture.h ${CMAKE_CURRENT_LIST_DIR}/NewTaskFixture.cpp
    LIBS taskdesk_gui taskdesk_sandbox taskdesk_test_support
    LABELS gui)
taskdesk_add_test(tst_NewTaskParts
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_NewTaskParts.cpp
    LIBS taskdesk_gui
    LABELS gui)

# Not a test: renders the form filled in and with problems, for packaging/screenshots.
# Run under Xvfb: xvfb-run -a -s '-screen 0 1280x800x24' newtask-screenshots <folder>
add_executable(newtask-screenshots ${CMAKE_CURRENT_LIST_DIR}/newtask_screenshots.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NewTaskFixture.h ${CMAKE_CURRENT_LIST_DIR}/NewTaskFixture.cpp)
target_link_libraries(newtask-screenshots PRIVATE
    taskdesk_gui taskdesk_sandbox taskdesk_translations taskdesk_build_settings Qt6::Test)
