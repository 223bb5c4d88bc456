# Every option is prefixed ZI_ so that libzi stays quiet when added as a subproject.
option(ZI_BUILD_TESTS "Build the GoogleTest suite" ${PROJECT_IS_TOP_LEVEL})
option(ZI_BUILD_BENCHMARKS "Build the Google Benchmark programs" ${PROJECT_IS_TOP_LEVEL})
option(ZI_BUILD_CAPI "Build libzi_c, the stable C ABI" ON)
option(ZI_BUILD_CLI "Build the zi command-line tool" ON)
option(ZI_INSTALL "Generate install rules" ${PROJECT_IS_TOP_LEVEL})
option(ZI_WERROR "Treat compiler warnings as errors" OFF)
option(ZI_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(ZI_BUILD_FUZZERS "Build the libFuzzer targets in fuzz/ (needs clang)" OFF)

if(ZI_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined)
endif()

# The fuzz targets need the library itself instrumented for coverage (libFuzzer's
# -fsanitize=fuzzer goes on the fuzz_* programs only, in fuzz/CMakeLists.txt).
if(ZI_BUILD_FUZZERS)
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()

# ThreadSanitizer (the `tsan` preset): cannot be combined with ZI_SANITIZE.
option(ZI_TSAN "Build with ThreadSanitizer (the concurrency tests: ctest -L concurrency)" OFF)
if(ZI_TSAN)
  if(ZI_SANITIZE)
    message(FATAL_ERROR "ZI_TSAN and ZI_SANITIZE cannot be used together")
  endif()
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()

# Reference material kept outside the repository (the seed decree as a PDF converter gives
# it, the LKE structure of the regulation). A few tests compare the embedded data with it
# as an independent check and are skipped when the folder is absent.
set(ZI_REFERENCE_DIR "${PROJECT_SOURCE_DIR}/../shared" CACHE PATH
    "Outside reference material that some tests compare with (skipped when absent)")
