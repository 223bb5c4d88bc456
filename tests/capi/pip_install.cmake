cmake_minimum_required(VERSION 3.25)
# Script mode: the Python package installs from the source tree with pip, offline and
# without build isolation, and the installed package finds the libzi_c shipped inside it
# (no ZI_LIBRARY). Two ways, both with the interpreter the tests use (Debian's python3,
# which is "externally managed" (PEP 668), so pip refuses to touch the system site):
#   1. into a virtual environment:  python -m pip install --no-build-isolation --no-deps .
#   2. into a directory:            python -m pip install ... --target DIR
# Inputs: PYTHON, PACKAGE_DIR, LIB (libzi_c.so), WORK, PRELOAD (libasan, or empty).
function(run)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    string(REPLACE ";" " " cmd "${ARGN}")
    message(FATAL_ERROR "pip_install: `${cmd}` failed (${rc}):\n${out}")
  endif()
  message("${out}")
endfunction()

file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
# A clean copy of the package, with the library inside it, as a packager would ship it.
file(COPY "${PACKAGE_DIR}/" DESTINATION "${WORK}/src"
     PATTERN "__pycache__" EXCLUDE PATTERN "build" EXCLUDE PATTERN "*.egg-info" EXCLUDE)
get_filename_component(lib_real "${LIB}" REALPATH)
file(COPY_FILE "${lib_real}" "${WORK}/src/zi/libzi_c.so.0")

set(ENV{PIP_DISABLE_PIP_VERSION_CHECK} 1)
set(ENV{PIP_NO_CACHE_DIR} 1)
set(ENV{PYTHONDONTWRITEBYTECODE} 1)
unset(ENV{ZI_LIBRARY})
unset(ENV{PYTHONPATH})
set(pip_args -m pip install --no-build-isolation --no-deps --no-index)

set(smoke "import zi, os, sys
p = zi.Plan.default()
lib = zi.library_path()
assert os.path.dirname(lib) == os.path.dirname(zi.__file__), (lib, zi.__file__)
assert not zi.__file__.startswith(sys.argv[1]), zi.__file__
print('installed zi', zi.__version__, 'from', os.path.dirname(zi.__file__), ', libzi_c', zi.version(),
      ', default plan:', len(p.indicators()), 'indicators')")
set(smoke_env "${CMAKE_COMMAND}" -E env)
if(PRELOAD)
  list(APPEND smoke_env "LD_PRELOAD=${PRELOAD}" "ASAN_OPTIONS=detect_leaks=0")
endif()

# 1. A virtual environment that sees Debian's setuptools and wheel.
run("${PYTHON}" -m venv --system-site-packages --without-pip "${WORK}/venv")
run("${WORK}/venv/bin/python" ${pip_args} "${WORK}/src")
run(${smoke_env} "${WORK}/venv/bin/python" -c "${smoke}" "${PACKAGE_DIR}" WORKING_DIRECTORY "${WORK}")

# 2. A plain directory (no venv), the same pip command plus --target.
run("${PYTHON}" ${pip_args} --target "${WORK}/target" "${WORK}/src")
run(${smoke_env} "PYTHONPATH=${WORK}/target" "${PYTHON}" -c "${smoke}" "${PACKAGE_DIR}"
    WORKING_DIRECTORY "${WORK}")
message(STATUS "pip_install: venv and --target installs work offline and load the packaged libzi_c")
