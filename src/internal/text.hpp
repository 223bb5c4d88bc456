// Internal text helpers shared by the phrase parsers and the lint.
#ifndef ZI_SRC_TEXT_HPP
#define ZI_SRC_TEXT_HPP

#include <string>
#include <string_view>
#include <vector>

namespace zi::internal {

// Removes <tag> markup (the converted decree carries <i>, <p>), turns every run of
// whitespace into one space, and trims both ends.
std::string CleanText(std::string_view s);
// CleanText(s).empty(), without making the cleaned text: s is whitespace and markup only.
bool IsBlankText(std::string_view s);
// ASCII lower-casing; other bytes (UTF-8) are kept.
std::string AsciiLower(std::string_view s);
// Splits on single spaces (input already cleaned).
std::vector<std::string_view> SplitWords(std::string_view s);
bool IsAsciiDigits(std::string_view s);

}  // namespace zi::internal

#endif  // ZI_SRC_TEXT_HPP
