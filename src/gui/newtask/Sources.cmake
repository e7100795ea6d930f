# src/gui/newtask: the New one-off task form, its pickers and editors. Forms in ui/newtask.
target_sources(taskdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AssigneePicker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AssigneePicker.h
    ${CMAKE_CURRENT_LIST_DIR}/DeadlineEdit.cpp
    ${CMAKE_CURRENT_LIST_DIR}/DeadlineEdit.h
    ${CMAKE_CURRENT_LIST_DIR}/FormFieldEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FormFieldEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/FormFieldsEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FormFieldsEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/NewTaskForm.cpp
    ${CMAKE_CURRENT_LIST_DIR}/NewTaskForm.h
    ${CMAKE_CURRENT_LIST_DIR}/OptionsEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/OptionsEditor.h
    ${CMAKE_CURRENT_LIST_DIR}/RunPicker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RunPicker.h
    ${CMAKE_CURRENT_LIST_DIR}/TagPicker.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TagPicker.h
    ${CMAKE_CURRENT_LIST_DIR}/TaskSubmitter.cpp
    ${CMAKE_CURRENT_LIST_DIR}/TaskSubmitter.h
    ${PROJECT_SOURCE_DIR}/ui/newtask/AssigneePicker.ui
    ${PROJECT_SOURCE_DIR}/ui/newtask/DeadlineEdit.ui
    ${PROJECT_SOURCE_DIR}/ui/newtask/FormFieldEditor.ui
    ${PROJECT_SOURCE_DIR}/ui/newtask/FormFieldsEditor.ui
    ${PROJECT_SOURCE_DIR}/ui/newtask/NewTaskForm.ui
    ${PROJECT_SOURCE_DIR}/ui/newtask/OptionsEditor.ui
    ${PROJECT_SOURCE_DIR}/ui/newtask/TagPicker.ui
)
