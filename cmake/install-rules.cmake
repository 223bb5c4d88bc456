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

# pkg-config: zi (the C++ core, static) and, when built, zi_c (the C ABI).
set(ZI_PC_LIBDIR "${CMAKE_INSTALL_FULL_LIBDIR}")
set(ZI_PC_INCLUDEDIR "${CMAKE_INSTALL_FULL_INCLUDEDIR}")
configure_file("${PROJECT_SOURCE_DIR}/cmake/zi.pc.in" "${PROJECT_BINARY_DIR}/zi.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/zi.pc"
        DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig" COMPONENT zi_Development)
if(TARGET zi_capi)
  configure_file("${PROJECT_SOURCE_DIR}/cmake/zi_c.pc.in" "${PROJECT_BINARY_DIR}/zi_c.pc" @ONLY)
  install(FILES "${PROJECT_BINARY_DIR}/zi_c.pc"
          DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig" COMPONENT zi_Development)
endif()
