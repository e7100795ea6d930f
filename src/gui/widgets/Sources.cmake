# src/gui/widgets: reusable pieces shared by the features: chips, flow layout, suggestion list, safe text browser, palette colours.
target_sources(taskdesk_gui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ChipList.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ChipList.h
    ${CMAKE_CURRENT_LIST_DIR}/ClearButtons.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ClearButtons.h
    ${CMAKE_CURRENT_LIST_DIR}/FieldMessage.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FieldMessage.h
    ${CMAKE_CURRENT_LIST_DIR}/FlowLayout.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FlowLayout.h
    ${CMAKE_CURRENT_LIST_DIR}/FocusChain.cpp
    ${CMAKE_CURRENT_LIST_DIR}/FocusChain.h
    ${CMAKE_CURRENT_LIST_DIR}/PaletteFollower.h
    ${CMAKE_CURRENT_LIST_DIR}/RelativeTime.cpp
    ${CMAKE_CURRENT_LIST_DIR}/RelativeTime.h
    ${CMAKE_CURRENT_LIST_DIR}/SafeTextBrowser.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SafeTextBrowser.h
    ${CMAKE_CURRENT_LIST_DIR}/ShapedTextCache.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ShapedTextCache.h
    ${CMAKE_CURRENT_LIST_DIR}/StatusColors.h
    ${CMAKE_CURRENT_LIST_DIR}/SuggestionDelegate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SuggestionDelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/SuggestionList.cpp
    ${CMAKE_CURRENT_LIST_DIR}/SuggestionList.h
)
