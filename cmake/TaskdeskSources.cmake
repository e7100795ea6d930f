# taskdesk_sources(<target> <Class>... [HEADERS <Name>...])
#
# Adds a source folder's files to <target>, each class named once: <Class>.h and <Class>.cpp
# beside the calling file, and for a folder src/gui/<feature> the Qt Designer form
# ui/<feature>/<Class>.ui where the class has one (that folder is also where AUTOUIC looks for
# it). HEADERS names the files that are a header alone.
function(taskdesk_sources target)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "HEADERS")
    set(dir "${CMAKE_CURRENT_LIST_DIR}")
    set(forms "")
    file(RELATIVE_PATH feature "${PROJECT_SOURCE_DIR}/src/gui" "${dir}")
    if(NOT feature MATCHES "^\\.\\." AND IS_DIRECTORY "${PROJECT_SOURCE_DIR}/ui/${feature}")
        set(forms "${PROJECT_SOURCE_DIR}/ui/${feature}")
        set_property(TARGET ${target} APPEND PROPERTY AUTOUIC_SEARCH_PATHS "${forms}")
    endif()
    set(files "")
    foreach(class IN LISTS arg_UNPARSED_ARGUMENTS)
        list(APPEND files "${dir}/${class}.h" "${dir}/${class}.cpp")
        if(forms AND EXISTS "${forms}/${class}.ui")
            list(APPEND files "${forms}/${class}.ui")
        endif()
    endforeach()
    foreach(header IN LISTS arg_HEADERS)
        list(APPEND files "${dir}/${header}.h")
    endforeach()
    target_sources(${target} PRIVATE ${files})
endfunction()
