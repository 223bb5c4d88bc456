cmake_minimum_required(VERSION 3.25)
# Script mode (ctest python.wheel): builds the zi wheel with libzi_c inside
# (bindings/python/build_wheel.cmake), checks its tag and contents, and installs it with
# the one documented command, offline, into a fresh virtual environment; the installed
# package loads the libzi_c inside the wheel (no ZI_LIBRARY) and scores the default plan.
# Inputs: PYTHON, PACKAGE_DIR, LIB, WORK, SOURCE_DIR.
function(run out_var)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " cmd "${ARGN}")
    message(FATAL_ERROR "wheel: `${cmd}` failed (${rc}):\n${out}\n${err}")
  endif()
  set(${out_var} "${out}" PARENT_SCOPE)
endfunction()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
unset(ENV{ZI_LIBRARY})
unset(ENV{PYTHONPATH})
unset(ENV{LD_LIBRARY_PATH})
set(ENV{PIP_DISABLE_PIP_VERSION_CHECK} 1)
set(ENV{PIP_NO_CACHE_DIR} 1)
set(ENV{PYTHONDONTWRITEBYTECODE} 1)

run(out "${CMAKE_COMMAND}" "-DPYTHON=${PYTHON}" "-DPACKAGE_DIR=${PACKAGE_DIR}" "-DLIB=${LIB}"
    "-DWORK=${WORK}/build" -P "${PACKAGE_DIR}/build_wheel.cmake")
file(READ "${WORK}/build/wheel.txt" wheel)
get_filename_component(wheel_name "${wheel}" NAME)
if(NOT wheel_name MATCHES "^zi-[0-9.]+-py3-none-linux_x86_64\\.whl$")
  message(FATAL_ERROR "wheel: unexpected name ${wheel_name} (want zi-<version>-py3-none-linux_x86_64.whl)")
endif()
# (No ";" in the Python code: CMake would split the argument there.)
run(listing "${PYTHON}" -c "import sys, zipfile
print('\\n'.join(zipfile.ZipFile(sys.argv[1]).namelist()))" "${wheel}")
if(NOT listing MATCHES "(^|\n)zi/libzi_c\\.so\\.0\n" OR NOT listing MATCHES "(^|\n)zi/__init__\\.py\n"
   OR listing MATCHES "tests/")
  message(FATAL_ERROR "wheel: ${wheel_name} holds:\n${listing}")
endif()
run(root_is_purelib "${PYTHON}" -c "import sys, zipfile
z = zipfile.ZipFile(sys.argv[1])
n = [x for x in z.namelist() if x.endswith('.dist-info/WHEEL')][0]
print(z.read(n).decode())" "${wheel}")
if(NOT root_is_purelib MATCHES "Root-Is-Purelib: false")
  message(FATAL_ERROR "wheel: WHEEL metadata:\n${root_is_purelib}")
endif()

# The documented command, in a virtual environment (Debian's python3 is externally
# managed, PEP 668): `python3 -m pip install zi-<version>-py3-none-linux_x86_64.whl`.
# The venv borrows Debian's pip (python3-pip) instead of bootstrapping its own
# (which needs python3-venv); --no-index only makes sure nothing is fetched: the wheel has
# no dependencies.
run(out "${PYTHON}" -m venv --system-site-packages --without-pip "${WORK}/venv")
run(out "${WORK}/venv/bin/python" -m pip install --no-index "${wheel}")
set(smoke "import os, zi
lib = os.path.realpath(zi.library_path())
assert lib.startswith(os.path.realpath(os.path.dirname(zi.__file__))), lib
assert '/venv/' in zi.__file__, zi.__file__
with zi.Plan.default() as plan:
    print(plan.satker.code, plan.year, len(plan.indicators()))")
run(out "${WORK}/venv/bin/python" -c "${smoke}" WORKING_DIRECTORY "${WORK}")
string(STRIP "${out}" out)
if(NOT out STREQUAL "KPU-72 2026 64")
  message(FATAL_ERROR "wheel: the installed package printed '${out}'")
endif()
run(out_walk "${WORK}/venv/bin/python" "${SOURCE_DIR}/examples/python/plan_walk.py" WORKING_DIRECTORY "${WORK}")
message("${out_walk}")
message(STATUS "wheel: ${wheel_name} carries libzi_c and installs offline with one pip command")
