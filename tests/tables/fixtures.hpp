// Test fixtures made at test time by real writers (tests/tables/make_fixtures.py: openpyxl,
// LibreOffice, byte-exact Excel-shaped CSV). ctest runs every test case in its own process,
// so the files are made once into a directory keyed by the script's content and shared
// under a file lock by the processes that run at the same time.
#ifndef ZI_TESTS_TABLES_FIXTURES_HPP
#define ZI_TESTS_TABLES_FIXTURES_HPP

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <sstream>
#include <string>

#ifndef ZI_PYTHON_FOR_TESTS
#define ZI_PYTHON_FOR_TESTS "/usr/bin/python3"
#endif

namespace zi::testing {

inline std::string TablesScript() {
  return std::string(ZI_SOURCE_DIR) + "/tests/tables/make_fixtures.py";
}

inline std::string SlurpFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs `make_fixtures.py <mode> <dir>` once for all processes; true when it succeeded.
inline bool MakeFixtures(const std::string& mode, const std::string& dir) {
  std::filesystem::create_directories(dir);
  const std::string lock_path = dir + "/." + mode + ".lock";
  const int fd = open(lock_path.c_str(), O_CREAT | O_RDWR, 0644);
  if (fd < 0) return false;
  flock(fd, LOCK_EX);
  const std::string stamp = dir + "/." + mode + ".done";
  bool ok = std::filesystem::exists(stamp);
  if (!ok) {
    const std::string cmd = std::string(ZI_PYTHON_FOR_TESTS) + " '" + TablesScript() + "' " + mode +
                            " '" + dir + "' > '" + dir + "/." + mode + ".log' 2>&1";
    ok = std::system(cmd.c_str()) == 0;
    if (ok) std::ofstream(stamp) << "\n";
  }
  flock(fd, LOCK_UN);
  close(fd);
  return ok;
}

// The fixture directory (made on first use), keyed by the script's content.
inline std::string TableFixtureDir() {
  static const std::string dir = [] {
    const size_t key = std::hash<std::string>{}(SlurpFile(TablesScript()));
    return (std::filesystem::temp_directory_path() / ("zi-table-fixtures-" + std::to_string(key)))
        .string();
  }();
  return dir;
}

// "xlsx", "csv" or "libre" (LibreOffice; needs "xlsx" first).
inline bool EnsureFixtures(const std::string& mode) {
  if (mode == "libre" && !MakeFixtures("xlsx", TableFixtureDir())) return false;
  return MakeFixtures(mode, TableFixtureDir());
}

inline std::string Fixture(const std::string& name) { return TableFixtureDir() + "/" + name; }

}  // namespace zi::testing

#endif  // ZI_TESTS_TABLES_FIXTURES_HPP
