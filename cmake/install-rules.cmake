# Install rules: headers, libraries, the zi CMake package (find_package(zi CONFIG)) and
# pkg-config files.
include(CMakePackageConfigHelpers)

set(ZI_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/zi"
    CACHE STRING "Where the zi CMake package files are installed")

install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/zi"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}" COMPONENT zi_Development)
install(FILES "${PROJECT_BINARY_DIR}/include/zi/version.hpp"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/zi" COMPONENT zi_Development)

set(zi_install_targets zi_core)
if(TARGET zi_capi)
  list(APPEND zi_install_targets zi_capi)
endif()
install(TARGETS ${zi_install_targets}
        EXPORT ziTargets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT zi_Development
        LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}" COMPONENT zi_Runtime
                NAMELINK_COMPONENT zi_Development
        RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}" COMPONENT zi_Runtime
        PUBLIC_HEADER DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}/zi" COMPONENT zi_Development)

install(EXPORT ziTargets NAMESPACE zi:: DESTINATION "${ZI_INSTALL_CMAKEDIR}"
        COMPONENT zi_Development)
# Build-tree export: a downstream project can use the build directory without installing.
export(EXPORT ziTargets NAMESPACE zi:: FILE "${PROJECT_BINARY_DIR}/ziTargets.cmake")

configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/ziConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/ziConfig.cmake" INSTALL_DESTINATION "${ZI_INSTALL_CMAKEDIR}")
write_basic_package_version_file("${PROJECT_BINARY_DIR}/ziConfigVersion.cmake"
  COMPATIBILITY SameMajorVersion)
install(FILES "${PROJECT_BINARY_DIR}/ziConfig.cmake" "${PROJECT_BINARY_DIR}/ziConfigVersion.cmake"
        DESTINATION "${ZI_INSTALL_CMAKEDIR}" COMPONENT zi_Development)

# pkg-config: zi (the C++ core, static) and, when built, zi_c (the C ABI). Both are
# relocatable: their paths are relative to the .pc file (${pcfiledir}), so an install
# with `cmake --install --prefix <anywhere>` or a .deb unpacked anywhere still works.
foreach(zi_pc_dir IN ITEMS PREFIX LIBDIR INCLUDEDIR)
  if(zi_pc_dir STREQUAL "PREFIX")
    set(zi_pc_target "${CMAKE_INSTALL_PREFIX}")
  else()
    set(zi_pc_target "${CMAKE_INSTALL_FULL_${zi_pc_dir}}")
  endif()
  file(RELATIVE_PATH zi_pc_rel "${CMAKE_INSTALL_FULL_LIBDIR}/pkgconfig" "${zi_pc_target}")
  string(REGEX REPLACE "/$" "" zi_pc_rel "${zi_pc_rel}")
  set(ZI_PC_${zi_pc_dir} "\${pcfiledir}/${zi_pc_rel}")
endforeach()
configure_file("${PROJECT_SOURCE_DIR}/cmake/zi.pc.in" "${PROJECT_BINARY_DIR}/zi.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/zi.pc"
        DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig" COMPONENT zi_Development)
if(TARGET zi_capi)
  configure_file("${PROJECT_SOURCE_DIR}/cmake/zi_c.pc.in" "${PROJECT_BINARY_DIR}/zi_c.pc" @ONLY)
  install(FILES "${PROJECT_BINARY_DIR}/zi_c.pc"
          DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig" COMPONENT zi_Development)
endif()

# Installed programs find the libraries of their own prefix: RUNPATH $ORIGIN/<bin to lib>,
# so a prefix (or an unpacked .deb) can move anywhere and no LD_LIBRARY_PATH or ldconfig
# run is needed for them.
file(RELATIVE_PATH zi_bin_to_lib "${CMAKE_INSTALL_FULL_BINDIR}" "${CMAKE_INSTALL_FULL_LIBDIR}")
string(REGEX REPLACE "/$" "" zi_bin_to_lib "${zi_bin_to_lib}")
set(ZI_INSTALL_RPATH "$ORIGIN/${zi_bin_to_lib}")
if(TARGET zi_cli)
  set_target_properties(zi_cli PROPERTIES INSTALL_RPATH "${ZI_INSTALL_RPATH}")
endif()

# The Python package (bindings/python) and the PHP package (bindings/php), for the
# python3-zi and php-zi Debian packages. Both reach the installed libzi_c by a path
# relative to themselves: the Python package through a relative symlink zi/libzi_c.so.N
# (its loader looks next to itself first), the PHP package through zi_paths.php.
set(ZI_INSTALL_PYTHONDIR "lib/python3/dist-packages" CACHE STRING
    "Where the zi Python package is installed (relative to the prefix; Debian's dist-packages)")
set(ZI_INSTALL_PHPDIR "${CMAKE_INSTALL_DATADIR}/php/zi" CACHE STRING
    "Where the zi PHP package is installed (relative to the prefix)")
if(TARGET zi_capi)
  set(zi_soname "libzi_c.so.${ZI_ABI_VERSION}")
  install(DIRECTORY "${PROJECT_SOURCE_DIR}/bindings/python/zi"
          DESTINATION "${ZI_INSTALL_PYTHONDIR}" COMPONENT zi_Python
          PATTERN "__pycache__" EXCLUDE PATTERN "libzi_c*" EXCLUDE)
  file(RELATIVE_PATH zi_py_to_lib "${CMAKE_INSTALL_PREFIX}/${ZI_INSTALL_PYTHONDIR}/zi"
       "${CMAKE_INSTALL_FULL_LIBDIR}/${zi_soname}")
  file(MAKE_DIRECTORY "${PROJECT_BINARY_DIR}/python-install")
  file(CREATE_LINK "${zi_py_to_lib}" "${PROJECT_BINARY_DIR}/python-install/${zi_soname}" SYMBOLIC)
  install(FILES "${PROJECT_BINARY_DIR}/python-install/${zi_soname}"
          DESTINATION "${ZI_INSTALL_PYTHONDIR}/zi" COMPONENT zi_Python)

  install(DIRECTORY "${PROJECT_SOURCE_DIR}/bindings/php/src"
          DESTINATION "${ZI_INSTALL_PHPDIR}" COMPONENT zi_Php)
  install(FILES "${PROJECT_SOURCE_DIR}/bindings/php/composer.json" "${ZI_PHP_CDEF_FILE}"
          DESTINATION "${ZI_INSTALL_PHPDIR}" COMPONENT zi_Php)
  file(RELATIVE_PATH zi_php_to_lib "${CMAKE_INSTALL_PREFIX}/${ZI_INSTALL_PHPDIR}"
       "${CMAKE_INSTALL_FULL_LIBDIR}/${zi_soname}")
  file(WRITE "${PROJECT_BINARY_DIR}/php-install/zi_paths.php"
       "<?php\n// Written at install time: libzi_c relative to this package.\n"
       "return ['library' => '${zi_php_to_lib}'];\n")
  install(FILES "${PROJECT_BINARY_DIR}/php-install/zi_paths.php"
          DESTINATION "${ZI_INSTALL_PHPDIR}" COMPONENT zi_Php)
endif()

include("${PROJECT_SOURCE_DIR}/cmake/packaging.cmake")
