// Helpers shared by the GoogleTest files.
#ifndef ZI_TESTS_TEST_UTIL_HPP
#define ZI_TESTS_TEST_UTIL_HPP

#include <fstream>
#include <sstream>
#include <string>

namespace zi::testing {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string TestData(const std::string& relative) {
  return std::string(ZI_TEST_DATA_DIR) + "/" + relative;
}

// ../shared beside the checkout (the seed decree, the reference texts).
inline std::string SharedDir() { return std::string(ZI_SOURCE_DIR) + "/../shared"; }

}  // namespace zi::testing

#endif  // ZI_TESTS_TEST_UTIL_HPP
