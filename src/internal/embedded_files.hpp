// Internal: the table of data files compiled into the library (cmake/embed.cmake).
#ifndef ZI_SRC_EMBEDDED_FILES_HPP
#define ZI_SRC_EMBEDDED_FILES_HPP

#include <span>
#include <string_view>

namespace zi::internal {

struct EmbeddedFile {
  std::string_view name;
  std::string_view bytes;
};

std::span<const EmbeddedFile> EmbeddedFiles();

}  // namespace zi::internal

#endif  // ZI_SRC_EMBEDDED_FILES_HPP
