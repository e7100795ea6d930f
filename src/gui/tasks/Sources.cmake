# src/gui/tasks: the Tasks pane: the filter bar, the lazily paged list. Forms in ui/tasks.
taskdesk_sources(taskdesk_gui
    TaskListColumns TaskListDelegate TaskListFilters TaskListPager TaskListRowMenu
    TaskListSentences TasksPane)
