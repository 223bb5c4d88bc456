# zi_link_bundled(<target> <library-target>): link <library-target> (a static library, here
# zi_core) into <target> together with everything it links, taking each third-party
# library from its static archive where the system has one.
#
# Why: libzi_c is the stable binary surface. Linked against Debian's shared Abseil
# (libabsl_*.so.20220623) and Boost (libboost_json.so.1.81.0), it would only load on the
# one distribution release that ships exactly those sonames. Debian ships static archives
# of Boost.JSON, Boost.DateTime, minizip, expat and zlib (built position-
# independent, as PIE, like all of Debian), so libzi_c carries them inside, with the C++
# runtime (see zi_link_bundled). The linker
# keeps their symbols out of the dynamic symbol table (--exclude-libs,ALL, and the version
# script capi/zi.map makes every non-zi_* symbol local), so they can never clash with
# another copy of the same library in the process (a PHP or Python extension linking its
# own zlib, a program using zi::core).
#
# Two stay shared (docs/install.md): Abseil, whose Debian archives hold local-exec TLS that
# no shared library may contain, and libxlsxwriter, which has no static archive on Debian 12
# (libxlsxwriter.so.4, a C library with a stable soname). It is
# linked --as-needed, so it is recorded only when libzi_c really calls it.
#
# The walk reads the imported targets' INTERFACE_LINK_LIBRARIES (CMake's own package
# files: absl, Boost, the pkg-config and FindEXPAT targets), maps each shared library
# file to the archive next to it (libfoo.so[.N...] -> libfoo.a) and links the archives in
# one --start-group/--end-group, so their order does not matter.

function(_zi_bundle_location out target)
  set(location "")
  get_target_property(type ${target} TYPE)
  if(type STREQUAL "INTERFACE_LIBRARY")
    set(${out} "" PARENT_SCOPE)
    return()
  endif()
  foreach(property IN ITEMS IMPORTED_LOCATION_NONE IMPORTED_LOCATION_RELEASE
                            IMPORTED_LOCATION_RELWITHDEBINFO IMPORTED_LOCATION_NOCONFIG
                            IMPORTED_LOCATION)
    if(NOT location)
      get_target_property(value ${target} ${property})
      if(value)
        set(location "${value}")
      endif()
    endif()
  endforeach()
  set(${out} "${location}" PARENT_SCOPE)
endfunction()

# Appends to the parent's _zi_bundle_static / _zi_bundle_shared / _zi_bundle_flags lists.
function(_zi_bundle_walk item)
  # $<LINK_ONLY:x> is how a static library records its PRIVATE dependencies.
  if(item MATCHES "^\\$<LINK_ONLY:(.*)>$")
    set(item "${CMAKE_MATCH_1}")
  endif()
  if(item MATCHES "^\\$<" OR item STREQUAL "")
    return()  # other generator expressions (compile-side, other languages): nothing to link
  endif()
  get_property(seen GLOBAL PROPERTY _zi_bundle_seen)
  if(item IN_LIST seen)
    return()
  endif()
  set_property(GLOBAL APPEND PROPERTY _zi_bundle_seen "${item}")

  if(TARGET ${item})
    get_target_property(aliased ${item} ALIASED_TARGET)
    if(aliased)
      _zi_bundle_walk("${aliased}")
      return()
    endif()
    _zi_bundle_location(file ${item})
    if(file)
      _zi_bundle_walk("${file}")
    endif()
    get_target_property(deps ${item} INTERFACE_LINK_LIBRARIES)
    if(deps)
      foreach(dep IN LISTS deps)
        _zi_bundle_walk("${dep}")
      endforeach()
    endif()
  elseif(item MATCHES "::")
    message(FATAL_ERROR "zi_link_bundled: ${item} (a dependency of zi_core) is not a target "
                        "here: import it in capi/CMakeLists.txt before zi_link_bundled")
  elseif(item MATCHES "^-")
    if(NOT item MATCHES "^-l")
      set_property(GLOBAL APPEND PROPERTY _zi_bundle_flags "${item}")
      return()
    endif()
    string(REGEX REPLACE "^-l" "" name "${item}")
    _zi_bundle_walk("${name}")
  elseif(IS_ABSOLUTE "${item}" AND item MATCHES "/libabsl_[^/]*\\.so")
    # Abseil stays shared: three objects of Debian's PIE archives (sysinfo, cordz_functions,
    # raw_hash_set) use the local-exec TLS model, which no shared library may contain, and
    # recompiling them would mean carrying a copy of Abseil's sources (docs/install.md).
    set_property(GLOBAL APPEND PROPERTY _zi_bundle_shared "${item}")
  elseif(IS_ABSOLUTE "${item}")
    if(item MATCHES "\\.a$")
      set_property(GLOBAL APPEND PROPERTY _zi_bundle_static "${item}")
      return()
    endif()
    string(REGEX REPLACE "\\.so(\\.[0-9.]+)?$" ".a" archive "${item}")
    if(NOT archive STREQUAL item AND EXISTS "${archive}")
      set_property(GLOBAL APPEND PROPERTY _zi_bundle_static "${archive}")
    else()
      set_property(GLOBAL APPEND PROPERTY _zi_bundle_shared "${item}")
    endif()
  else()
    # A bare library name (pkg-config's -lz, CMAKE_DL_LIBS): the system's own runtime
    # libraries stay shared; anything else is looked up as an archive first.
    if(item MATCHES "^(c|m|dl|rt|pthread|stdc\\+\\+|gcc_s)$")
      set_property(GLOBAL APPEND PROPERTY _zi_bundle_flags "-l${item}")
      return()
    endif()
    find_library(_zi_bundle_archive_${item} NAMES "lib${item}.a" NO_CACHE)
    if(_zi_bundle_archive_${item})
      set_property(GLOBAL APPEND PROPERTY _zi_bundle_static "${_zi_bundle_archive_${item}}")
    else()
      set_property(GLOBAL APPEND PROPERTY _zi_bundle_shared "-l${item}")
    endif()
  endif()
endfunction()

function(zi_link_bundled target library)
  set_property(GLOBAL PROPERTY _zi_bundle_seen "")
  set_property(GLOBAL PROPERTY _zi_bundle_static "")
  set_property(GLOBAL PROPERTY _zi_bundle_shared "")
  set_property(GLOBAL PROPERTY _zi_bundle_flags "")
  get_target_property(deps ${library} INTERFACE_LINK_LIBRARIES)
  foreach(dep IN LISTS deps)
    _zi_bundle_walk("${dep}")
  endforeach()
  get_property(static GLOBAL PROPERTY _zi_bundle_static)
  get_property(shared GLOBAL PROPERTY _zi_bundle_shared)
  get_property(flags GLOBAL PROPERTY _zi_bundle_flags)
  list(REMOVE_DUPLICATES static)
  list(REMOVE_DUPLICATES shared)
  list(REMOVE_DUPLICATES flags)

  add_dependencies(${target} ${library})
  # The archives go in as linker options (not link libraries), so CMake neither reorders
  # them nor adds zi_core's shared dependencies.
  # Debian's archives are PIE code: it reaches the C++ runtime's data (vtables, typeinfo)
  # with PC-relative relocations, which a shared object can only use for symbols of its
  # own. So the C++ runtime goes in too (libstdc++.a and libgcc_eh.a are built PIC), hidden
  # like the rest: nothing C++ crosses the C ABI.
  target_link_options(${target} PRIVATE "LINKER:--exclude-libs,ALL" -static-libstdc++ -static-libgcc)
  target_link_libraries(${target} PRIVATE
    "-Wl,--start-group" "$<TARGET_FILE:${library}>" ${static} "-Wl,--end-group"
    "-Wl,--as-needed" ${shared} ${flags} "-Wl,--no-as-needed")
  set_property(TARGET ${target} APPEND PROPERTY LINK_DEPENDS "$<TARGET_FILE:${library}>")
  set_property(TARGET ${target} PROPERTY ZI_BUNDLED_STATIC "${static}")
  set_property(TARGET ${target} PROPERTY ZI_BUNDLED_SHARED "${shared}")
  list(LENGTH static n_static)
  string(REPLACE ";" " " shared_text "${shared}")
  message(STATUS "${target}: ${n_static} static archives bundled; shared, as needed: ${shared_text}")
endfunction()
