# The fuzz targets: each is tests/fuzz/fuzz_<name>.cpp with its inputs in corpus/<name>/ and
# regressions/<name>/. Shared by the replay tests (CMakeLists.txt) and the fuzzing build
# (standalone/CMakeLists.txt); tests/fuzz/run-fuzz reads the same list from the latter's build.
set(TASKDESK_FUZZ_TARGETS task api_error task_reference draft)
