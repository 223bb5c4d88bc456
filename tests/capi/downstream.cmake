cmake_minimum_required(VERSION 3.25)
# Script mode: a user's view of the installed package. Installs the build into a fresh
# prefix, then configures, builds and runs tests/downstream against that prefix, where
# one program finds libzi_c with find_package(zi CONFIG) (target zi::capi) and another
# with pkg-config (zi_c.pc).
# Inputs: BUILD_DIR, SOURCE_DIR, WORK, GENERATOR, C_COMPILER, EXTRA_FLAGS (sanitizers).
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " cmd "${ARGN}")
    message(FATAL_ERROR "downstream: `${cmd}` failed (${rc}):\n${out}")
  endif()
  message("${out}")
endfunction()

set(prefix "${WORK}/prefix")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")

run("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${prefix}")

file(GLOB_RECURSE pc_files "${prefix}/zi_c.pc")
if(NOT pc_files)
  message(FATAL_ERROR "downstream: the install has no zi_c.pc")
endif()
list(GET pc_files 0 pc_file)
get_filename_component(pc_dir "${pc_file}" DIRECTORY)
if(NOT EXISTS "${prefix}/include/zi/zi.h")
  message(FATAL_ERROR "downstream: the install has no include/zi/zi.h")
endif()

# Only the temporary prefix is searched: nothing from the build tree or the system's
# own pkg-config directories can satisfy the consumers.
set(ENV{PKG_CONFIG_LIBDIR} "${pc_dir}")
unset(ENV{PKG_CONFIG_PATH})
set(config_args -S "${SOURCE_DIR}" -B "${WORK}/build" -G "${GENERATOR}"
    "-DCMAKE_C_COMPILER=${C_COMPILER}" "-DCMAKE_PREFIX_PATH=${prefix}"
    "-DCMAKE_FIND_USE_PACKAGE_REGISTRY=OFF")
if(EXTRA_FLAGS)
  list(APPEND config_args "-DCMAKE_C_FLAGS=${EXTRA_FLAGS}" "-DCMAKE_EXE_LINKER_FLAGS=${EXTRA_FLAGS}")
endif()
run("${CMAKE_COMMAND}" ${config_args})
run("${CMAKE_COMMAND}" --build "${WORK}/build")
run("${CMAKE_CTEST_COMMAND}" --test-dir "${WORK}/build" --output-on-failure)
message(STATUS "downstream: find_package(zi) and pkg-config consumers built and passed against ${prefix}")
