cmake_minimum_required(VERSION 3.25)
# Script mode: the PHP example prints exactly what the C example prints (which
# examples.same_output checks against the C++ and Python ones and the expected shape).
# Inputs: C, PHP, PHP_SCRIPT, PHP_ENV ("@@"-separated VAR=value).
string(REPLACE "@@" ";" php_env "${PHP_ENV}")
execute_process(COMMAND "${C}" OUTPUT_VARIABLE out_c RESULT_VARIABLE rc_c)
execute_process(COMMAND "${CMAKE_COMMAND}" -E env ${php_env} "${PHP}" "${PHP_SCRIPT}"
                OUTPUT_VARIABLE out_php ERROR_VARIABLE err_php RESULT_VARIABLE rc_php)
if(NOT rc_c EQUAL 0 OR NOT rc_php EQUAL 0)
  message(FATAL_ERROR "an example failed: C ${rc_c}, PHP ${rc_php}\n${err_php}")
endif()
if(NOT out_c STREQUAL out_php)
  message(FATAL_ERROR "the examples disagree:\n--- C\n${out_c}--- PHP\n${out_php}")
endif()
if(NOT out_c MATCHES "^KPU Provinsi Sulawesi Tengah, 2026: 0 errors, [0-9]+ warnings\n5 Penguatan Pengawasan\n")
  message(FATAL_ERROR "unexpected output:\n${out_c}")
endif()
message("${out_php}")
message(STATUS "C and PHP examples print the same text")
