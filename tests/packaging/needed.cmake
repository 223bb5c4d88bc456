cmake_minimum_required(VERSION 3.25)
# Script mode (ctest capi.self_contained): libzi_c needs only the C runtime (libc, libm,
# ld-linux) and the two documented exceptions (docs/install.md): libxlsxwriter.so.4, which
# Debian ships without a static archive, and Abseil's shared libraries, whose archives
# cannot go into a shared library. Boost, minizip, expat, zlib and the C++ runtime are
# inside it. Input: LIB.
execute_process(COMMAND readelf -d "${LIB}" OUTPUT_VARIABLE dynamic RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "readelf -d ${LIB} failed")
endif()
string(REGEX MATCHALL "Shared library: \\[[^]]+\\]" needed "${dynamic}")
string(REGEX REPLACE "Shared library: \\[([^]]+)\\]" "\\1" needed "${needed}")
if(NOT needed)
  message(FATAL_ERROR "no NEEDED entries in ${LIB}?")
endif()
foreach(lib IN LISTS needed)
  if(NOT lib MATCHES "^(libc\\.so\\.6|libm\\.so\\.6|ld-linux-x86-64\\.so\\.2|libxlsxwriter\\.so\\.4|libabsl_[a-z_]+\\.so\\.20220623)$")
    message(FATAL_ERROR "libzi_c needs ${lib}; allowed: libc, libm, ld-linux, libxlsxwriter.so.4, libabsl_*.so.20220623 (NEEDED: ${needed})")
  endif()
endforeach()
if(dynamic MATCHES "TEXTREL")
  message(FATAL_ERROR "libzi_c has text relocations")
endif()
message(STATUS "libzi_c NEEDED: ${needed}")
