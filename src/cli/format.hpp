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

// The one number format of zi's human output (docs/cli.md): Indonesian, with a decimal
// comma, rounded to `decimals` places, trailing zeros dropped ("70,98", "0,25", "8"), "-0"
// shown as "0". No thousands separator. JSON numbers are never written with this.
std::string Decimal(double x, int decimals = 2);
// Exactly `decimals` places ("71,25", "60,90", "100,00").
std::string FixedDecimal(double x, int decimals);
// `text` (a formula the engine wrote, "8 × 0.8438 + 7 × 0.5") with each decimal point of
// a number written as a comma ("8 × 0,8438 + 7 × 0,5"). Dotted ids with two or more dots
// ("1.2.1.1") and dots not between digits are kept.
std::string DecimalCommas(std::string_view text);

}  // namespace zi::cli

#endif  // ZI_CLI_FORMAT_HPP
