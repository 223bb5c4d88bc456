cmake_minimum_required(VERSION 3.25)
# Script mode: the C++, C and Python examples succeed and print exactly the same text,
# which has the expected shape.
# Inputs: CPP, C, PYTHON, PY_SCRIPT, PY_ENV ("@@"-separated VAR=value for the Python run).
string(REPLACE "@@" ";" py_env "${PY_ENV}")
execute_process(COMMAND "${CPP}" OUTPUT_VARIABLE out_cpp RESULT_VARIABLE rc_cpp)
execute_process(COMMAND "${C}" OUTPUT_VARIABLE out_c RESULT_VARIABLE rc_c)
execute_process(COMMAND "${CMAKE_COMMAND}" -E env ${py_env} "${PYTHON}" "${PY_SCRIPT}"
                OUTPUT_VARIABLE out_py RESULT_VARIABLE rc_py)
if(NOT rc_cpp EQUAL 0 OR NOT rc_c EQUAL 0 OR NOT rc_py EQUAL 0)
  message(FATAL_ERROR "an example failed: C++ ${rc_cpp}, C ${rc_c}, Python ${rc_py}")
endif()
if(NOT out_cpp STREQUAL out_c OR NOT out_cpp STREQUAL out_py)
  message(FATAL_ERROR "the examples disagree:\n--- C++\n${out_cpp}--- C\n${out_c}--- Python\n${out_py}")
endif()
set(expected "^KPU Provinsi Sulawesi Tengah, 2026: 0 errors, [0-9]+ warnings\n5 Penguatan Pengawasan\n(  5[.][0-9.]+  [^\n]* [|] [^\n]*\n)+$")
if(NOT out_cpp MATCHES "${expected}")
  message(FATAL_ERROR "unexpected output (want ${expected}):\n${out_cpp}")
endif()
message("${out_cpp}")
message(STATUS "C++, C and Python examples print the same text")
