// Text for terminal tables: widths are display columns, not bytes, so that Indonesian
// text, "…" and "–" line up (UTF-8; combining marks take 0 columns, East Asian wide
// characters 2).
#ifndef ZI_CLI_FORMAT_HPP
#define ZI_CLI_FORMAT_HPP

#include <cstddef>
#include <string>
#include <string_view>

namespace zi::cli {

// Columns `text` takes on a terminal. Bytes that are not valid UTF-8 count 1 each.
size_t DisplayWidth(std::string_view text);
// `text` if it fits in `width` columns, else as much as fits in width - 1 columns
// followed by "…" (never cut inside a character).
std::string Truncate(std::string_view text, size_t width);
// Padded with spaces to `width` columns: text first (left-aligned) or last (right-aligned).
// Longer text is kept whole.
std::string PadRight(std::string_view text, size_t width);
std::string PadLeft(std::string_view text, size_t width);
// A left-aligned cell exactly `width` columns wide: truncated, then padded.
std::string Cell(std::string_view text, size_t width);

}  // namespace zi::cli

#endif  // ZI_CLI_FORMAT_HPP
