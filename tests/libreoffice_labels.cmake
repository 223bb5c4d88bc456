# CTest include file (TEST_INCLUDE_FILES of tests/CMakeLists.txt), read after the list of
# zi_tests that gtest_discover_tests writes: the table tests that start LibreOffice
# (tests/tables/make_fixtures.py "libre") get the label "libreoffice", which the asan test
# preset excludes (docs/install.md, "What CI runs where"). CTest ignores the name of a test
# that is not there (zi_tests not built yet).
foreach(zi_lo_test IN ITEMS
    ReadTableTextTest.ExcelAndLibreOfficeShapesGiveTheSameCells
    ReadTableXlsxTest.LibreOfficeWorkbookSharedStringsAndCachedFormulas)
  set_tests_properties("${zi_lo_test}" PROPERTIES LABELS libreoffice)
endforeach()
