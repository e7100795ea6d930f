# taskdesk_add_test(<name> SOURCES <files...> [LIBS <targets...>] [LABELS <labels...>]
#                   [ENVIRONMENT <VAR=value...>])
#
# One Qt Test executable per class. Every test runs offscreen, finds recorded JSON through the
# TEST_DATA_DIR definition, and is registered with CTest under its own name.
function(taskdesk_add_test name)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "SOURCES;LIBS;LABELS;ENVIRONMENT")
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test taskdesk_build_settings ${arg_LIBS})
    target_compile_definitions(${name} PRIVATE
        TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        TEST_SOURCE_DIR="${PROJECT_SOURCE_DIR}/tests")
    # The shared helpers (TestData.h, ShownText.h, ...) are found by every test.
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests/support")
    add_test(NAME ${name} COMMAND ${name})
    set(labels unit ${arg_LABELS})
    set_tests_properties(${name} PROPERTIES
        LABELS "${labels}"
        TIMEOUT 300
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=*.debug=false;${arg_ENVIRONMENT}")
endfunction()
