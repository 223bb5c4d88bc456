#include "zi/io/file.hpp"

#include <fstream>
#include <sstream>

#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {

absl::StatusOr<std::string> ReadFileText(const std::string& path, std::string_view what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(internal::Cat(path, ": cannot open ", what, " file"));
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return absl::DataLossError(internal::Cat(path, ": read error"));
  return std::move(buf).str();
}

}  // namespace v1
}  // namespace zi
