cmake_minimum_required(VERSION 3.25)
# Script mode (ctest packaging.deb): builds the Debian packages of a build tree with CPack,
# unpacks them into an empty root (dpkg -x, no root rights, nothing touches the system),
# and runs against the unpacked files only (no build tree, no ZI_LIBRARY, no
# LD_LIBRARY_PATH):
#   - a C program (examples/c/plan_walk.c) built with pkg-config zi_c (relocatable zi_c.pc);
#   - a C++ program (examples/cpp/plan_walk.cpp) built twice: with find_package(zi) and
#     zi::core, and with pkg-config zi (relocatable zi.pc);
#   - the zi CLI (RUNPATH $ORIGIN/../lib);
#   - a Python script (examples/python/plan_walk.py) with python3-zi's package;
#   - a PHP script (examples/php/plan_walk.php) with php-zi's package;
# all of which must print the same lines; and checks that libzi_c.so.0 needs only the C
# and C++ runtimes (plus libxlsxwriter.so.4) and that its package does not depend on Abseil
# or Boost.
# Inputs: BUILD_DIR, SOURCE_DIR, WORK, C_COMPILER, CXX_COMPILER, PYTHON, PHP, GENERATOR.
function(run out_var)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " cmd "${ARGN}")
    message(FATAL_ERROR "packaging: `${cmd}` failed (${rc}):\n${out}\n${err}")
  endif()
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/debs" "${WORK}/root")
unset(ENV{ZI_LIBRARY})
unset(ENV{ZI_PHP_CDEF})
unset(ENV{ZI_HEADER})
unset(ENV{LD_LIBRARY_PATH})
unset(ENV{PYTHONPATH})
unset(ENV{PKG_CONFIG_PATH})
set(ENV{PYTHONDONTWRITEBYTECODE} 1)

# 1. The packages.
run(out cpack -G DEB --config "${BUILD_DIR}/CPackConfig.cmake" -B "${WORK}/debs")
file(GLOB debs "${WORK}/debs/*.deb")
set(names "")
foreach(deb IN LISTS debs)
  run(name dpkg-deb -f "${deb}" Package)
  string(STRIP "${name}" name)
  list(APPEND names "${name}")
  run(depends dpkg-deb -f "${deb}" Depends)
  string(STRIP "${depends}" depends)
  message("${name}: Depends: ${depends}")
  set(depends_${name} "${depends}")
  run(out dpkg-deb -x "${deb}" "${WORK}/root")
endforeach()
list(SORT names)
set(expected_names libzi-c-dev libzi-c0 php-zi python3-zi zi)
if(NOT names STREQUAL expected_names)
  message(FATAL_ERROR "packaging: packages ${names}, expected ${expected_names}")
endif()
if(depends_libzi-c0 MATCHES "boost|minizip|expat|zlib")
  message(FATAL_ERROR "packaging: libzi-c0 depends on a bundled library: ${depends_libzi-c0}")
endif()

set(root "${WORK}/root")
# libdir: where zi_c.pc's pkgconfig folder is (python3-zi's zi/libzi_c.so.0 is a symlink).
file(GLOB_RECURSE pcs "${root}/zi_c.pc")
list(LENGTH pcs n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "packaging: expected one zi_c.pc in ${root}, found: ${pcs}")
endif()
get_filename_component(libdir "${pcs}" DIRECTORY)
get_filename_component(libdir "${libdir}" DIRECTORY)
if(NOT EXISTS "${libdir}/libzi_c.so.0" OR IS_SYMLINK "${libdir}/libzi_c.so.0" AND NOT EXISTS "${libdir}/libzi_c.so.0")
  message(FATAL_ERROR "packaging: no ${libdir}/libzi_c.so.0")
endif()

# 2. libzi_c.so.0 is self-contained.
run(dynamic readelf -d "${libdir}/libzi_c.so.0")
string(REGEX MATCHALL "Shared library: \\[[^]]+\\]" needed "${dynamic}")
string(REGEX REPLACE "Shared library: \\[([^]]+)\\]" "\\1" needed "${needed}")
foreach(lib IN LISTS needed)
  if(NOT lib MATCHES "^(libc\\.so\\.6|libm\\.so\\.6|libstdc\\+\\+\\.so\\.6|libgcc_s\\.so\\.1|ld-linux-x86-64\\.so\\.2|libxlsxwriter\\.so\\.4|libabsl_[a-z_]+\\.so\\.20220623)$")
    message(FATAL_ERROR "packaging: libzi_c.so.0 needs ${lib} (NEEDED: ${needed})")
  endif()
endforeach()
run(ldd_out ldd "${libdir}/libzi_c.so.0")
message("libzi_c.so.0 NEEDED: ${needed}\nldd:\n${ldd_out}")

# 3. C, with pkg-config zi_c from the unpacked root only.
set(ENV{PKG_CONFIG_LIBDIR} "${libdir}/pkgconfig")
run(c_flags pkg-config --cflags --libs zi_c)
unset(ENV{PKG_CONFIG_LIBDIR})  # zi::core's own dependencies come from the system
separate_arguments(c_flags UNIX_COMMAND "${c_flags}")
run(out "${C_COMPILER}" -std=c99 -Wall -Werror "${SOURCE_DIR}/examples/c/plan_walk.c" ${c_flags}
    "-Wl,-rpath,${libdir}" -o "${WORK}/plan_walk_c")
run(out_c "${WORK}/plan_walk_c")

# 4. C++, with find_package(zi) and zi::core, then with pkg-config zi.
run(out "${CMAKE_COMMAND}" -S "${CMAKE_CURRENT_LIST_DIR}/cpp" -B "${WORK}/cpp" -G "${GENERATOR}"
    "-DCMAKE_CXX_COMPILER=${CXX_COMPILER}" "-DCMAKE_PREFIX_PATH=${root}/usr"
    "-DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF" "-DZI_EXAMPLE=${SOURCE_DIR}/examples/cpp/plan_walk.cpp")
run(out "${CMAKE_COMMAND}" --build "${WORK}/cpp")
run(out_cpp "${WORK}/cpp/plan_walk_cpp")
# zi.pc from the unpacked root first; Abseil's, libxlsxwriter's, ... .pc files from the system.
set(ENV{PKG_CONFIG_LIBDIR} "${libdir}/pkgconfig:/usr/lib/x86_64-linux-gnu/pkgconfig:/usr/share/pkgconfig")
run(cxx_flags pkg-config --cflags --libs zi)
unset(ENV{PKG_CONFIG_LIBDIR})
separate_arguments(cxx_flags UNIX_COMMAND "${cxx_flags}")
run(out "${CXX_COMPILER}" "${SOURCE_DIR}/examples/cpp/plan_walk.cpp" ${cxx_flags} -o "${WORK}/plan_walk_cpp_pc")
run(out_cpp_pc "${WORK}/plan_walk_cpp_pc")

# 5. The CLI, found by its own RUNPATH.
run(dynamic readelf -d "${root}/usr/bin/zi")
if(NOT dynamic MATCHES "RUNPATH[^\n]*\\$ORIGIN/\\.\\./lib")
  message(FATAL_ERROR "packaging: zi has no RUNPATH $ORIGIN/../lib:\n${dynamic}")
endif()
run(lint "${root}/usr/bin/zi" plan lint --json)
if(NOT lint MATCHES "\"errors\": 0")
  message(FATAL_ERROR "packaging: zi plan lint --json:\n${lint}")
endif()

# 6. Python, with the package of python3-zi, which reaches libzi_c by a relative symlink.
file(GLOB_RECURSE py_init "${root}/__init__.py")
list(FILTER py_init INCLUDE REGEX "/dist-packages/zi/__init__\\.py$")
get_filename_component(py_pkg "${py_init}" DIRECTORY)
get_filename_component(py_path "${py_pkg}" DIRECTORY)
run(out_py "${CMAKE_COMMAND}" -E env "PYTHONPATH=${py_path}" "${PYTHON}" "${SOURCE_DIR}/examples/python/plan_walk.py")
run(where_py "${CMAKE_COMMAND}" -E env "PYTHONPATH=${py_path}" "${PYTHON}" -c
    "import os, zi
print(os.path.realpath(zi.library_path()))")
string(STRIP "${where_py}" where_py)
get_filename_component(lib_real "${libdir}/libzi_c.so.0" REALPATH)
if(NOT where_py STREQUAL lib_real)
  message(FATAL_ERROR "packaging: Python loaded ${where_py}, not ${lib_real}")
endif()

# 7. PHP, with the package of php-zi (zi_cdef.h and zi_paths.php; no compiler, no env).
file(GLOB_RECURSE php_autoload "${root}/autoload.php")
list(FILTER php_autoload INCLUDE REGEX "/php/zi/src/autoload\\.php$")
run(out_php "${CMAKE_COMMAND}" -E env "ZI_PHP_AUTOLOAD=${php_autoload}" "ZI_CC=/nonexistent"
    "${PHP}" "${SOURCE_DIR}/examples/php/plan_walk.php")
run(where_php "${CMAKE_COMMAND}" -E env "ZI_PHP_AUTOLOAD=${php_autoload}" "ZI_CC=/nonexistent"
    "${PHP}" "${CMAKE_CURRENT_LIST_DIR}/where.php")
if(NOT where_php STREQUAL lib_real)
  message(FATAL_ERROR "packaging: PHP loaded ${where_php}, not ${lib_real}")
endif()

foreach(lang IN ITEMS cpp cpp_pc py php)
  if(NOT out_${lang} STREQUAL out_c)
    message(FATAL_ERROR "packaging: ${lang} prints\n${out_${lang}}\nbut C prints\n${out_c}")
  endif()
endforeach()
if(NOT out_c MATCHES "^KPU Provinsi Sulawesi Tengah, 2026: 0 errors, [0-9]+ warnings\n5 Penguatan Pengawasan\n")
  message(FATAL_ERROR "packaging: unexpected output:\n${out_c}")
endif()
message("${out_c}")
message(STATUS "packaging: ${names} unpacked into ${root}; C, C++ (CMake and pkg-config), CLI, "
               "Python and PHP work from the unpacked files alone")
