#pragma once

#include <cstdio>

// An invariant of a fuzz target. A violation must stop the process the way a crash does, so that
// libFuzzer saves the input and the regression replay fails on it; no exception, no recovery.
#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            std::fprintf(stderr, "fuzz invariant violated: %s (%s:%d)\n", #condition, __FILE__,    \
                         __LINE__);                                                                \
            std::fflush(stderr);                                                                   \
            __builtin_trap();                                                                      \
        }                                                                                          \
    } while (false)
