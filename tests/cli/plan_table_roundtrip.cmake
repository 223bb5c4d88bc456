# zi plan export --format xlsx|csv of the embedded plan, imported back with zi plan import,
# is the same plan: zi plan diff (notes ignored) exits 0 and reports no difference.
foreach(format IN ITEMS xlsx csv)
  set(table "${WORK}/plan-table-roundtrip.${format}")
  set(plan "${WORK}/plan-table-roundtrip-${format}.json")
  execute_process(COMMAND ${ZI} plan export --format ${format} -o ${table} RESULT_VARIABLE rc
                  ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "zi plan export --format ${format} failed (${rc}): ${err}")
  endif()
  execute_process(COMMAND ${ZI} plan import ${table} -o ${plan} RESULT_VARIABLE rc
                  OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "zi plan import of the ${format} export failed (${rc}):\n${out}${err}")
  endif()
  execute_process(COMMAND ${ZI} plan diff default ${plan} --notes ignore RESULT_VARIABLE rc
                  OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0 OR NOT out MATCHES "Tidak ada perbedaan")
    message(FATAL_ERROR "the ${format} export imports to another plan (${rc}):\n${out}${err}")
  endif()
endforeach()
