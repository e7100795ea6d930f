# Tests of the Tasks pane: offscreen against the sandbox.
taskdesk_add_test(tst_TasksPane SOURCES tst_TasksPane.cpp
    LIBS taskdesk_gui_fixtures LABELS gui)
