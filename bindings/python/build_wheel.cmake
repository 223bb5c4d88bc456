cmake_minimum_required(VERSION 3.25)
# Script mode: builds the zi wheel with libzi_c inside, offline, with the setuptools and
# wheel of the system (Debian: python3-setuptools, python3-wheel; no build isolation, so
# pip never reaches for the network):
#   cmake -DPYTHON=/usr/bin/python3 -DPACKAGE_DIR=bindings/python -DLIB=<libzi_c.so>
#         -DWORK=<dir> -P bindings/python/build_wheel.cmake
# Leaves exactly one wheel in WORK/dist (zi-<version>-py3-none-<platform>.whl) and its
# path in WORK/wheel.txt. Install it with one command (docs/install.md):
#   python3 -m pip install WORK/dist/zi-*.whl
foreach(v IN ITEMS PYTHON PACKAGE_DIR LIB WORK)
  if(NOT ${v})
    message(FATAL_ERROR "build_wheel: ${v} is not set")
  endif()
endforeach()
file(REMOVE_RECURSE "${WORK}/src" "${WORK}/dist")
file(COPY "${PACKAGE_DIR}/" DESTINATION "${WORK}/src"
     PATTERN "__pycache__" EXCLUDE PATTERN "build" EXCLUDE PATTERN "*.egg-info" EXCLUDE
     PATTERN "tests" EXCLUDE PATTERN "libzi_c*" EXCLUDE)
get_filename_component(lib_real "${LIB}" REALPATH)
file(COPY_FILE "${lib_real}" "${WORK}/src/zi/libzi_c.so.0")
set(ENV{PIP_DISABLE_PIP_VERSION_CHECK} 1)
set(ENV{PIP_NO_CACHE_DIR} 1)
set(ENV{PYTHONDONTWRITEBYTECODE} 1)
execute_process(
  COMMAND "${PYTHON}" -m pip wheel --no-build-isolation --no-deps --no-index -w "${WORK}/dist" "${WORK}/src"
  WORKING_DIRECTORY "${WORK}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "build_wheel: pip wheel failed (${rc}):\n${out}")
endif()
file(GLOB wheels "${WORK}/dist/*.whl")
list(LENGTH wheels n)
if(NOT n EQUAL 1)
  message(FATAL_ERROR "build_wheel: expected one wheel in ${WORK}/dist, found ${n}: ${wheels}")
endif()
file(WRITE "${WORK}/wheel.txt" "${wheels}")
message(STATUS "build_wheel: ${wheels}")
