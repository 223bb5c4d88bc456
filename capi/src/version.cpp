// MODULE: version.
#include "capi_internal.hpp"

// capi/CMakeLists.txt passes the project's version and ZI_ABI_VERSION; zi.h spells them
// out for C callers. A release that bumps one must bump the other.
static_assert(ZI_VERSION_MAJOR == ZI_CMAKE_VERSION_MAJOR && ZI_VERSION_MINOR == ZI_CMAKE_VERSION_MINOR &&
                  ZI_VERSION_PATCH == ZI_CMAKE_VERSION_PATCH,
              "zi.h ZI_VERSION_* differs from project(VERSION) in CMakeLists.txt");
static_assert(ZI_ABI_VERSION == ZI_CMAKE_ABI_VERSION,
              "zi.h ZI_ABI_VERSION differs from ZI_ABI_VERSION in CMakeLists.txt");

extern "C" {

ZI_API uint32_t zi_version_number(void) noexcept { return ZI_VERSION_NUMBER; }

ZI_API const char* zi_version_string(void) noexcept { return ZI_VERSION_STRING; }

ZI_API uint32_t zi_abi_version(void) noexcept { return ZI_ABI_VERSION; }

}  // extern "C"
