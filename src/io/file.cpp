#include "zi/io/file.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {

absl::StatusOr<std::string> ReadFileText(const std::string& path, std::string_view what) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return absl::InvalidArgumentError(
        internal::Cat(path, ": adalah direktori, bukan berkas ", what));
  }
  const std::uintmax_t size = std::filesystem::file_size(path, ec);
  if (!ec && size > kMaxInputFileBytes) {
    return absl::InvalidArgumentError(internal::Cat(path, ": berukuran ", size, " byte, lebih dari ",
                                                    kMaxInputFileBytes, " byte (256 MiB) yang boleh untuk berkas ",
                                                    what));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return absl::NotFoundError(internal::Cat(path, ": berkas ", what, " tidak dapat dibuka"));
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) return absl::DataLossError(internal::Cat(path, ": galat saat membaca"));
  return std::move(buf).str();
}

}  // namespace v1
}  // namespace zi
