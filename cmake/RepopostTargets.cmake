# repopost_stage(NAME SOURCES ... DEPS ...): one static library per pipeline stage.
# Headers are included as "<stage>/<file>.h" from src/.
function(repopost_stage name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(repopost_${name} STATIC ${ARG_SOURCES})
  target_include_directories(repopost_${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(repopost_${name} PUBLIC ${ARG_DEPS})
  target_compile_features(repopost_${name} PUBLIC cxx_std_20)
endfunction()

# repopost_test(NAME SOURCES ... DEPS ... LABELS ...): one GoogleTest executable, registered with
# CTest through gtest_discover_tests so every TEST is its own CTest case with the given labels.
function(repopost_test name)
  cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;DEPS;LABELS" ${ARGN})
  # The sanitizer build runs the unit tests only; it does not build the others.
  if(REPOPOST_UNIT_ONLY AND NOT "unit" IN_LIST ARG_LABELS)
    return()
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} GTest::gtest GTest::gmock GTest::gtest_main)
  target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
  target_compile_definitions(${name} PRIVATE
    REPOPOST_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    REPOPOST_SHARED_DIR="${REPOPOST_SHARED_DIR}"
    REPOPOST_BINARY_DIR="${PROJECT_BINARY_DIR}")
  if(NOT ARG_TIMEOUT)
    set(ARG_TIMEOUT 120)
  endif()
  include(GoogleTest)
  gtest_discover_tests(${name} PROPERTIES LABELS "${ARG_LABELS}" TIMEOUT ${ARG_TIMEOUT}
                       DISCOVERY_TIMEOUT 60)
endfunction()
