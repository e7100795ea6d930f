# src/gui/answers: answering a task's form fields (an input per field type, the editor, drafts).
taskdesk_sources(taskdesk_gui
    AnswerInput AnswersEditor)
