# The "New one-off task" form: the form, its pickers and editors, and the create state
# machine (the draft store is in core/settings).
target_sources(taskdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/NewTaskForm.h ${CMAKE_CURRENT_LIST_DIR}/NewTaskForm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaskSubmitter.h ${CMAKE_CURRENT_LIST_DIR}/TaskSubmitter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AssigneePicker.h ${CMAKE_CURRENT_LIST_DIR}/AssigneePicker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TagPicker.h ${CMAKE_CURRENT_LIST_DIR}/TagPicker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RunPicker.h ${CMAKE_CURRENT_LIST_DIR}/RunPicker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeadlineEdit.h ${CMAKE_CURRENT_LIST_DIR}/DeadlineEdit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FormFieldsEditor.h ${CMAKE_CURRENT_LIST_DIR}/FormFieldsEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FormFieldEditor.h ${CMAKE_CURRENT_LIST_DIR}/FormFieldEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OptionsEditor.h ${CMAKE_CURRENT_LIST_DIR}/OptionsEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChipList.h ${CMAKE_CURRENT_LIST_DIR}/ChipList.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FlowLayout.h ${CMAKE_CURRENT_LIST_DIR}/FlowLayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FocusChain.h ${CMAKE_CURRENT_LIST_DIR}/FocusChain.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FieldMessage.h ${CMAKE_CURRENT_LIST_DIR}/FieldMessage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SuggestionList.h ${CMAKE_CURRENT_LIST_DIR}/SuggestionList.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SuggestionDelegate.h ${CMAKE_CURRENT_LIST_DIR}/SuggestionDelegate.cpp
    ${PROJECT_SOURCE_DIR}/ui/NewTaskForm.ui
    ${PROJECT_SOURCE_DIR}/ui/AssigneePicker.ui
    ${PROJECT_SOURCE_DIR}/ui/TagPicker.ui
    ${PROJECT_SOURCE_DIR}/ui/DeadlineEdit.ui
    ${PROJECT_SOURCE_DIR}/ui/FormFieldsEditor.ui
    ${PROJECT_SOURCE_DIR}/ui/FormFieldEditor.ui
    ${PROJECT_SOURCE_DIR}/ui/OptionsEditor.ui)
