# The fault matrix (issue 7): the lookup pane and the new-task form against every fault the
# sandbox can inject, one row per fault.
taskdesk_add_test(tst_FaultMatrix
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_FaultMatrix.cpp
            ${CMAKE_CURRENT_LIST_DIR}/LookupFixture.h ${CMAKE_CURRENT_LIST_DIR}/LookupFixture.cpp
            ${CMAKE_CURRENT_LIST_DIR}/NewTaskFixture.h ${CMAKE_CURRENT_LIST_DIR}/NewTaskFixture.cpp
    LIBS taskdesk_gui taskdesk_sandbox
    LABELS gui fault)
