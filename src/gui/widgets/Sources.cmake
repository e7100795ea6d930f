# src/gui/widgets: reusable pieces shared by the features: chips, flow layout, suggestion list, safe text browser, palette colours.
taskdesk_sources(taskdesk_gui
    BusyIndicator ChipList ClearButtons FieldMessage FlowLayout FocusChain PaletteFollower
    RelativeTime SafeTextBrowser ShapedTextCache SuggestionDelegate SuggestionList
    HEADERS StatusColors)
