# src/gui/newtask: the New one-off task form, its pickers and editors. Forms in ui/newtask.
taskdesk_sources(taskdesk_gui
    AssigneePicker DeadlineEdit DraftAreas DraftBinding DraftProblemPlacer DraftProblems
    FormFieldEditor FormFieldsEditor NewTaskForm NewTaskResult NewTaskResultPanel NewTaskSendState
    OptionsEditor RunPicker TagPicker)
