# src/gui/lookup: the Look up pane: the task view, its header, recent lookups, the JSON find bar. Forms in ui/lookup.
taskdesk_sources(taskdesk_gui
    IncludeChooser JsonFindBar RecentLookupDelegate RecentLookupsView TaskActionBar TaskHeader
    TaskLookupPane TaskView)
