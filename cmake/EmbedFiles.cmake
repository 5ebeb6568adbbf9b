# repopost_embed(NAME BASE_DIR FILES...): a static library repopost_embed_NAME whose header
# "embedded/NAME.h" gives the files' bytes at run time, keyed by their path relative to BASE_DIR:
#
#   #include "embedded/prompts.h"
#   std::optional<std::string_view> text = repopost::embedded::prompts::Find("writer/v1.txt");
#   for (std::string_view path : repopost::embedded::prompts::List()) ...
#
# Prompts, phrase banks, migrations and web assets are data files embedded this way (STYLE.md 8).
function(repopost_embed name base_dir)
  set(out_dir ${CMAKE_CURRENT_BINARY_DIR}/embedded_${name})
  set(header ${out_dir}/embedded/${name}.h)
  set(source ${out_dir}/embedded_${name}.cpp)
  set(abs_files)
  foreach(f IN LISTS ARGN)
    list(APPEND abs_files ${base_dir}/${f})
  endforeach()
  string(REPLACE ";" "|" files_arg "${ARGN}")
  add_custom_command(
    OUTPUT ${header} ${source}
    COMMAND ${CMAKE_COMMAND} -DNAME=${name} -DBASE_DIR=${base_dir} "-DFILES=${files_arg}"
            -DHEADER=${header} -DSOURCE=${source} -P ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    DEPENDS ${abs_files} ${PROJECT_SOURCE_DIR}/cmake/EmbedScript.cmake
    COMMENT "Embedding ${name} files"
    VERBATIM)
  add_library(repopost_embed_${name} STATIC ${source} ${header})
  target_include_directories(repopost_embed_${name} PUBLIC ${out_dir})
  target_compile_features(repopost_embed_${name} PUBLIC cxx_std_20)
endfunction()
