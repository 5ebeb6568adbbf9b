# Every third-party library comes from Debian's archive (scripts/install-deps.sh).
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)
find_package(nlohmann_json 3 REQUIRED)
find_package(fmt REQUIRED)
find_package(spdlog REQUIRED)
find_package(CLI11 REQUIRED)
find_package(tl-expected REQUIRED)
find_package(CURL REQUIRED)
find_package(SQLite3 REQUIRED)
find_package(PostgreSQL REQUIRED)

pkg_check_modules(LIBGIT2 REQUIRED IMPORTED_TARGET libgit2)
pkg_check_modules(RE2 REQUIRED IMPORTED_TARGET re2)
pkg_check_modules(UTF8PROC REQUIRED IMPORTED_TARGET libutf8proc)
pkg_check_modules(TOMLPP REQUIRED IMPORTED_TARGET tomlplusplus)
pkg_check_modules(XXHASH REQUIRED IMPORTED_TARGET libxxhash)

# cmark-gfm ships CMake config files under a non-standard name on Debian; find the libraries directly.
find_library(CMARK_GFM_LIB cmark-gfm REQUIRED)
find_library(CMARK_GFM_EXT_LIB cmark-gfm-extensions REQUIRED)
find_path(CMARK_GFM_INCLUDE cmark-gfm.h REQUIRED)
add_library(cmark_gfm INTERFACE)
target_link_libraries(cmark_gfm INTERFACE ${CMARK_GFM_EXT_LIB} ${CMARK_GFM_LIB})
target_include_directories(cmark_gfm INTERFACE ${CMARK_GFM_INCLUDE})

find_library(STEMMER_LIB stemmer REQUIRED)
find_path(STEMMER_INCLUDE libstemmer.h REQUIRED)
add_library(snowball_stemmer INTERFACE)
target_link_libraries(snowball_stemmer INTERFACE ${STEMMER_LIB})
target_include_directories(snowball_stemmer INTERFACE ${STEMMER_INCLUDE})

find_path(DTL_INCLUDE dtl/dtl.hpp REQUIRED)
add_library(dtl INTERFACE)
target_include_directories(dtl INTERFACE ${DTL_INCLUDE})

# Debian builds cpp-httplib as a shared library (split mode): link it, with its feature macros.
pkg_check_modules(CPPHTTPLIB REQUIRED IMPORTED_TARGET cpp-httplib)
add_library(httplib_headers INTERFACE)
target_link_libraries(httplib_headers INTERFACE PkgConfig::CPPHTTPLIB)

if(REPOPOST_BUILD_TESTS)
  find_package(GTest REQUIRED)
endif()
if(REPOPOST_BUILD_BENCH AND NOT REPOPOST_UNIT_ONLY)
  find_package(benchmark REQUIRED)
endif()
