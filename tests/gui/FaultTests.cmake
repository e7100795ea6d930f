# The fault matrix: the lookup pane and the new-task form against every fault the sandbox can
# inject, one row per fault.
taskdesk_add_test(tst_FaultMatrix SOURCES tst_FaultMatrix.cpp
    LIBS taskdesk_gui_fixtures LABELS gui fault)
