// Strict UTF-8 validation (RFC 3629 / Unicode table 3-7), shared by every reader whose text
// ends up in a message, a report or a string handed to C and Python: overlong forms, UTF-16
// surrogates (U+D800..U+DFFF), code points past U+10FFFF, stray continuation bytes and
// truncated sequences are all invalid.
#ifndef ZI_SRC_UTF8_HPP
#define ZI_SRC_UTF8_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace zi::internal {

// The byte offset of the first byte that does not start a well-formed UTF-8 sequence, or
// nullopt when all of s is well-formed. NUL is well-formed here (callers that refuse NUL
// check it themselves).
std::optional<size_t> FirstInvalidUtf8(std::string_view s);

// Empty when s is well-formed UTF-8; otherwise "is not valid UTF-8 text (byte 0xC0 at
// byte offset 12)" without quoting the bad bytes, so the message itself stays valid UTF-8.
std::string Utf8Problem(std::string_view s);

// The end of the run of ASCII bytes starting at `from`, looked at eight bytes at a time
// (most of a decree or an evidence file is ASCII); with no_nul, a NUL ends the run too. The
// result is a position where an 8-byte word failed or the last < 8 bytes begin: callers
// go on byte by byte from there.
size_t SkipAscii(std::string_view s, size_t from, bool no_nul);

}  // namespace zi::internal

#endif  // ZI_SRC_UTF8_HPP
