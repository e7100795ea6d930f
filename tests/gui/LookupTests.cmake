# Tests of the task lookup pane: the pane offscreen against the sandbox, and its helpers.
taskdesk_add_test(tst_TaskLookupPane SOURCES tst_TaskLookupPane.cpp
    LIBS taskdesk_gui_fixtures LABELS gui)
taskdesk_add_test(tst_RelativeTime SOURCES tst_RelativeTime.cpp LIBS taskdesk_gui)
taskdesk_add_test(tst_BusyIndicator SOURCES tst_BusyIndicator.cpp LIBS taskdesk_gui LABELS gui)
taskdesk_add_test(tst_WebAppLink SOURCES tst_WebAppLink.cpp LIBS taskdesk_gui)

# Not a test: renders the pane with a rich task and with an error, for packaging/screenshots.
# Run under Xvfb: xvfb-run -a -s '-screen 0 1280x800x24' lookup-screenshots <folder>
add_executable(lookup-screenshots lookup_screenshots.cpp)
target_link_libraries(lookup-screenshots PRIVATE
    taskdesk_gui_fixtures taskdesk_translations taskdesk_build_settings Qt6::Test)
taskdesk_add_test(tst_TaskActionBar SOURCES tst_TaskActionBar.cpp
    LIBS taskdesk_gui_fixtures LABELS gui)
taskdesk_add_test(tst_CommentsPanel SOURCES tst_CommentsPanel.cpp
    LIBS taskdesk_gui_fixtures LABELS gui)
taskdesk_add_test(tst_AnswersEditor SOURCES tst_AnswersEditor.cpp
    LIBS taskdesk_gui_fixtures LABELS gui)
