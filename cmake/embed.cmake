# zi_embed_files(<out.cpp> FILES <name>=<path> ...)
#
# Compiles data files (the default plan, the holiday calendar, the LKE rubric) into the
# library as byte arrays, so that the library works with no files installed. The
# generated source defines zi::internal::EmbeddedFiles(); it is regenerated whenever a
# data file changes.
set(ZI_EMBED_SCRIPT "${CMAKE_CURRENT_LIST_DIR}/embed-generate.cmake")

function(zi_embed_files out)
  cmake_parse_arguments(ARG "" "" "FILES" ${ARGN})
  set(deps "")
  set(pairs "")
  foreach(pair IN LISTS ARG_FILES)
    string(REPLACE "=" ";" kv "${pair}")
    list(GET kv 1 path)
    list(APPEND deps "${path}")
    list(APPEND pairs "${pair}")
  endforeach()
  string(REPLACE ";" "|" pairs_arg "${pairs}")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} "-DOUT=${out}" "-DPAIRS=${pairs_arg}" -P "${ZI_EMBED_SCRIPT}"
    DEPENDS ${deps} "${ZI_EMBED_SCRIPT}"
    COMMENT "Embedding data files into ${out}"
    VERBATIM)
endfunction()
