# zi generate writes 14 Sulawesi Tengah plans and their evidence; zi portfolio reads them
# back, and generating twice gives identical files.
file(REMOVE_RECURSE ${WORK})
execute_process(COMMAND ${ZI} generate --out ${WORK}/a --satker sulteng --seed 5 RESULT_VARIABLE rc1)
execute_process(COMMAND ${ZI} generate --out ${WORK}/b --satker sulteng --seed 5 RESULT_VARIABLE rc2)
if(NOT rc1 EQUAL 0 OR NOT rc2 EQUAL 0)
  message(FATAL_ERROR "generate failed")
endif()
file(READ ${WORK}/a/evidence.csv ea)
file(READ ${WORK}/b/evidence.csv eb)
file(READ ${WORK}/a/plans/KPU-7271.json pa)
file(READ ${WORK}/b/plans/KPU-7271.json pb)
if(NOT ea STREQUAL eb OR NOT pa STREQUAL pb)
  message(FATAL_ERROR "generate is not deterministic")
endif()
execute_process(COMMAND ${ZI} portfolio --as-of 2026-07-01 --plans ${WORK}/a/plans
                        --evidence ${WORK}/a/evidence.csv --top 14
                RESULT_VARIABLE rc OUTPUT_VARIABLE out)
if(NOT rc EQUAL 0 OR NOT out MATCHES "14 rencana aksi" OR NOT out MATCHES "KPU Kota Palu")
  message(FATAL_ERROR "portfolio over generated plans failed (${rc}):\n${out}")
endif()
