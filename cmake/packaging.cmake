# Debian packages with CPack (`cpack -G DEB` in a build directory; docs/install.md).
# One package per install component:
#   libzi-c0     zi_Runtime      libzi_c.so.0: the stable C ABI (Boost, minizip, expat, zlib
#                                and the C++ runtime inside, hidden); depends on libc,
#                                libxlsxwriter4 and Debian's Abseil (docs/install.md)
#   libzi-c-dev  zi_Development  headers (zi.h and the C++ headers), libzi_c.so, zi_c.pc,
#                                the static zi::core (libzi.a), zi.pc and the CMake package
#   zi           zi_Cli          the zi command-line tool
#   python3-zi   zi_Python       the Python package (ctypes), in Debian's dist-packages
#   php-zi       zi_Php          the PHP package (FFI), in /usr/share/php/zi
# libzi-c-dev keeps zi::core with the C headers because both are described by one CMake
# package (find_package(zi) with components capi and core); the C++ -dev packages
# zi::core needs are Recommends, not Depends, so a C-only user can leave them out
# (apt install --no-install-recommends).
# Run-time Depends of the packages holding ELF files come from dpkg-shlibdeps.

# cpack packages the build as it is (its "preinstall" step would otherwise build every
# target first, tests and benchmarks included): build first, then cpack, as CI does.
set(CMAKE_SKIP_INSTALL_ALL_DEPENDENCY ON)

set(CPACK_PACKAGE_NAME "libzi")
set(CPACK_PACKAGE_VENDOR "libzi")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "libzi maintainers <libzi@localhost>")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_GENERATOR "DEB")
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_COMPONENTS_ALL zi_Runtime zi_Development zi_Cli zi_Python zi_Php)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "libs")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_DEBIAN_PACKAGE_RELEASE "1")
# Strip the installed ELF files (the build tree keeps its debug information).
set(CPACK_STRIP_FILES ON)

set(zi_deb_version "${PROJECT_VERSION}-1")

set(CPACK_DEBIAN_ZI_RUNTIME_PACKAGE_NAME "libzi-c${ZI_ABI_VERSION}")
set(CPACK_DEBIAN_ZI_RUNTIME_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_ZI_RUNTIME_PACKAGE_SECTION "libs")
set(CPACK_COMPONENT_ZI_RUNTIME_DESCRIPTION
    "libzi C ABI (libzi_c): Zona Integritas action plans, deadlines and scores for KPU satker")
# shlibs file and the ldconfig trigger for the shared library.
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")

set(CPACK_DEBIAN_ZI_DEVELOPMENT_PACKAGE_NAME "libzi-c-dev")
set(CPACK_DEBIAN_ZI_DEVELOPMENT_PACKAGE_SECTION "libdevel")
set(CPACK_DEBIAN_ZI_DEVELOPMENT_PACKAGE_DEPENDS "libzi-c${ZI_ABI_VERSION} (= ${zi_deb_version}), pkg-config")
set(CPACK_DEBIAN_ZI_DEVELOPMENT_PACKAGE_RECOMMENDS
    "libabsl-dev, libboost-json1.81-dev, libboost-date-time1.81-dev, libxlsxwriter-dev, libminizip-dev, libexpat1-dev")
set(CPACK_COMPONENT_ZI_DEVELOPMENT_DESCRIPTION
    "libzi development files: zi/zi.h and zi_c.pc for the C ABI; the static C++ core zi::core, its headers, zi.pc and the CMake package")

set(CPACK_DEBIAN_ZI_CLI_PACKAGE_NAME "zi")
set(CPACK_DEBIAN_ZI_CLI_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_ZI_CLI_PACKAGE_SECTION "utils")
set(CPACK_COMPONENT_ZI_CLI_DESCRIPTION "zi: the libzi command-line tool (plan lint, score, agenda, portfolio, LKE)")

set(CPACK_DEBIAN_ZI_PYTHON_PACKAGE_NAME "python3-zi")
set(CPACK_DEBIAN_ZI_PYTHON_PACKAGE_SECTION "python")
set(CPACK_DEBIAN_ZI_PYTHON_PACKAGE_DEPENDS "libzi-c${ZI_ABI_VERSION} (= ${zi_deb_version}), python3")
set(CPACK_COMPONENT_ZI_PYTHON_DESCRIPTION "Python 3 package zi over libzi's stable C ABI (ctypes)")
# Python writes __pycache__/*.pyc next to the modules when root imports them; dpkg does not
# know those files, so without this prerm (what py3clean does for dh_python3 packages) a
# purge would leave the package's directories behind (scripts/check-install.sh checks it).
set(zi_python_pkgdir "${CPACK_PACKAGING_INSTALL_PREFIX}/${ZI_INSTALL_PYTHONDIR}/zi")
file(WRITE "${PROJECT_BINARY_DIR}/debian-python/prerm"
     "#!/bin/sh\nset -e\n"
     "# Remove the byte-code Python wrote next to the modules (files dpkg does not know).\n"
     "if [ -d '${zi_python_pkgdir}' ]; then\n"
     "\tfind '${zi_python_pkgdir}' -depth -type d -name __pycache__ -exec rm -rf {} +\n"
     "fi\n")
file(CHMOD "${PROJECT_BINARY_DIR}/debian-python/prerm"
     PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
set(CPACK_DEBIAN_ZI_PYTHON_PACKAGE_CONTROL_EXTRA "${PROJECT_BINARY_DIR}/debian-python/prerm")
set(CPACK_DEBIAN_ZI_PYTHON_PACKAGE_CONTROL_STRICT_PERMISSION TRUE)

set(CPACK_DEBIAN_ZI_PHP_PACKAGE_NAME "php-zi")
set(CPACK_DEBIAN_ZI_PHP_PACKAGE_SECTION "php")
set(CPACK_DEBIAN_ZI_PHP_PACKAGE_DEPENDS "libzi-c${ZI_ABI_VERSION} (= ${zi_deb_version}), php8.2-cli | php-cli (>= 2:8.2)")
set(CPACK_COMPONENT_ZI_PHP_DESCRIPTION "PHP package Zi over libzi's stable C ABI (PHP 8.2 FFI)")

include(CPack)
