# src/gui/answers: answering a task's form fields (an input per field type, the editor, drafts).
target_sources(taskdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/AnswerInput.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AnswerInput.h
    ${CMAKE_CURRENT_LIST_DIR}/AnswersEditor.cpp
    ${CMAKE_CURRENT_LIST_DIR}/AnswersEditor.h
)
