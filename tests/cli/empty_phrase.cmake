# `zi schedule parse ""` (an empty phrase) is a clear one-line error with exit status 1.
execute_process(COMMAND ${ZI} schedule parse "" RESULT_VARIABLE rc ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "^zi: galat: [^\n]+\n$")
  message(FATAL_ERROR "exit ${rc}, stderr: ${err}")
endif()
message(STATUS "${err}")
