# zi plan export of the embedded plan, re-exported from the file, is byte-identical, and
# both equal the shipped data file.
execute_process(COMMAND ${ZI} plan export -o ${WORK}/roundtrip-1.json RESULT_VARIABLE rc1)
execute_process(COMMAND ${ZI} plan export --plan ${WORK}/roundtrip-1.json -o ${WORK}/roundtrip-2.json
                RESULT_VARIABLE rc2)
if(NOT rc1 EQUAL 0 OR NOT rc2 EQUAL 0)
  message(FATAL_ERROR "export failed: ${rc1} ${rc2}")
endif()
file(READ ${WORK}/roundtrip-1.json a)
file(READ ${WORK}/roundtrip-2.json b)
if(NOT a STREQUAL b)
  message(FATAL_ERROR "second export differs from the first")
endif()
