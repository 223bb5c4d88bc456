// Reading a whole input file into memory, as every Load*File function does, so that an
// unreadable file is reported the same way whichever reader (or the C API) opens it.
#ifndef ZI_IO_FILE_HPP
#define ZI_IO_FILE_HPP

#include <cstdint>
#include <string>
#include <string_view>

#include "absl/status/statusor.h"

namespace zi {
inline namespace v1 {

// The largest input file any reader accepts (docs/limits.md): 256 MiB.
inline constexpr std::uintmax_t kMaxInputFileBytes = std::uintmax_t{256} << 20;

// The bytes of `path`. NotFound "<path>: cannot open <what> file" when it cannot be
// opened (`what` is "plan", "calendar", ...); InvalidArgument "<path>: is a directory, not a
// <what> file" for a directory and "<path>: is N bytes, more than the 268435456 bytes (256
// MiB) a <what> file may have" past kMaxInputFileBytes; DataLoss "<path>: read error" when
// reading fails part way.
absl::StatusOr<std::string> ReadFileText(const std::string& path, std::string_view what);

}  // namespace v1
}  // namespace zi

#endif  // ZI_IO_FILE_HPP
