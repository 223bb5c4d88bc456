// Internal JSON helpers over Boost.JSON: parsing with line/column errors, a checked
// object reader that names JSON pointers, and the canonical pretty writer.
//
// Reader errors are thrown as JsonError inside the readers and turned into
// absl::Status at each public entry point; no exception leaves the library's
// Status-returning functions.
#ifndef ZI_SRC_JSON_IO_HPP
#define ZI_SRC_JSON_IO_HPP

#include <boost/json.hpp>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "zi/base/diagnostic.hpp"

namespace zi::internal {

namespace json = boost::json;

struct JsonError : std::runtime_error {
  JsonError(std::string where, const std::string& what)
      : std::runtime_error(what), pointer(std::move(where)) {}
  std::string pointer;
};

// "/a/b" + "c" with RFC 6901 escaping of '~' and '/'.
std::string JoinPointer(std::string_view base, std::string_view key);
std::string JoinPointer(std::string_view base, size_t index);

// A JSON pointer kept as a chain of segments on the readers' stack and written out only when
// a message needs it (str()), so that reading a valid document builds no pointer strings.
// A path refers to its parent and to its key's characters: both must outlive it (the
// readers make a child path for the duration of the call that reads the child).
class JsonPath {
 public:
  JsonPath() = default;  // the root: ""
  // A pointer already written out; `text` must outlive the path.
  static JsonPath Text(std::string_view text) {
    JsonPath p;
    p.key_ = text;
    return p;
  }
  JsonPath(const JsonPath& parent, std::string_view key)
      : parent_(&parent), key_(key), kind_(Kind::kKey) {}
  JsonPath(const JsonPath& parent, size_t index)
      : parent_(&parent), index_(index), kind_(Kind::kIndex) {}
  JsonPath(const JsonPath&) = default;
  JsonPath& operator=(const JsonPath&) = default;

  std::string str() const;
  bool is_root() const { return !parent_ && kind_ == Kind::kText && key_.empty(); }

 private:
  void AppendTo(std::string& out) const;
  enum class Kind : uint8_t { kText, kKey, kIndex };
  const JsonPath* parent_ = nullptr;
  std::string_view key_;  // kKey: the member's key; kText: the whole pointer
  size_t index_ = 0;
  Kind kind_ = Kind::kText;
};
// "string", "number", "object", ... for messages.
std::string_view KindName(const json::value& v);

// Parses text; syntax errors become InvalidArgument("<source>: line L, column C: ..."). A
// duplicate key in an object or a NUL character (\u0000) in a key or string is an error too,
// "<source>: line L, column C: <pointer>: ...", with the position of the offending string.
// A UTF-8 byte order mark at the very start is skipped (positions count from after it).
absl::StatusOr<json::value> ParseJson(std::string_view text, std::string_view source_name);
// Turns a caught JsonError into InvalidArgument("<source>: <pointer>: <what>").
absl::Status ToStatus(const JsonError& e, std::string_view source_name);

// Reads fields of one JSON object, remembering which were read so that every other
// field can be reported as unknown. A root object (empty pointer) may carry "$schema": it
// must be a string and counts as read.
class ObjectReader {
 public:
  ObjectReader(const json::value& v, std::string pointer);
  // The fast form: `path` (copied; its parent chain must outlive the reader) is written out
  // only if a message needs it.
  ObjectReader(const json::value& v, const JsonPath& path);
  // A reader's path is referred to by its children's paths: it stays where it was made.
  ObjectReader(const ObjectReader&) = delete;
  ObjectReader& operator=(const ObjectReader&) = delete;

  // Written out on first use.
  const std::string& pointer() const;
  std::string PointerTo(std::string_view key) const { return JoinPointer(pointer(), key); }
  const JsonPath& path() const { return path_; }
  // The path of member `key`; valid while this reader is.
  JsonPath PathTo(std::string_view key) const { return JsonPath(path_, key); }
  bool Has(std::string_view key) const;
  const json::value* Find(std::string_view key);

  std::string RequiredString(std::string_view key);
  std::string OptionalString(std::string_view key, std::string_view fallback = "");
  std::optional<std::string> MaybeString(std::string_view key);
  int64_t RequiredInt(std::string_view key, int64_t min, int64_t max);
  std::optional<int64_t> MaybeInt(std::string_view key, int64_t min, int64_t max);
  // Any JSON number; rejects NaN and infinities (the format has no way to write them).
  double OptionalNumber(std::string_view key, double fallback);
  std::optional<bool> MaybeBool(std::string_view key);
  const json::array& RequiredArray(std::string_view key);
  const json::array* MaybeArray(std::string_view key);
  const json::value& RequiredValue(std::string_view key);
  // Reads each element of an array field with read(element, its pointer), in order; the
  // optional form gives an empty vector when the field is absent.
  template <typename Read>
  auto RequiredArrayOf(std::string_view key, Read&& read);
  template <typename Read>
  auto OptionalArrayOf(std::string_view key, Read&& read);

  // Throws for the first field that was never read.
  void RejectUnknown() const;

 private:
  const json::object* obj_;
  std::string text_;  // the pointer given as text, which path_ then views
  JsonPath path_;
  mutable std::optional<std::string> pointer_;
  void AcceptSchemaAtRoot();
  // Keys read so far; objects of the formats have at most a dozen fields.
  std::vector<std::string_view> read_;
};

std::string ExpectString(const json::value& v, const std::string& pointer);
int64_t ExpectInt(const json::value& v, const std::string& pointer, int64_t min, int64_t max);
double ExpectNumber(const json::value& v, const std::string& pointer);
// The same with a path written out only for the error.
std::string ExpectStringAt(const json::value& v, const JsonPath& path);
int64_t ExpectIntAt(const json::value& v, const JsonPath& path, int64_t min, int64_t max);
double ExpectNumberAt(const json::value& v, const JsonPath& path);

// read(element, its pointer) for each element of `array`, found at `pointer`.
template <typename Read>
auto ReadEach(const json::array& array, std::string_view pointer, Read&& read) {
  using T = std::decay_t<std::invoke_result_t<Read&, const json::value&, const std::string&>>;
  std::vector<T> out;
  out.reserve(array.size());
  for (size_t i = 0; i < array.size(); ++i) out.push_back(read(array[i], JoinPointer(pointer, i)));
  return out;
}

// The same from a path: read(element, its JsonPath) when read takes one (nothing written
// out), else read(element, its pointer as text).
template <typename Read>
auto ReadEach(const json::array& array, const JsonPath& path, Read&& read) {
  if constexpr (std::is_invocable_v<Read&, const json::value&, const JsonPath&>) {
    using T = std::decay_t<std::invoke_result_t<Read&, const json::value&, const JsonPath&>>;
    std::vector<T> out;
    out.reserve(array.size());
    for (size_t i = 0; i < array.size(); ++i) out.push_back(read(array[i], JsonPath(path, i)));
    return out;
  } else {
    return ReadEach(array, std::string_view(path.str()), read);
  }
}

template <typename Read>
auto ObjectReader::RequiredArrayOf(std::string_view key, Read&& read) {
  const json::array& array = RequiredArray(key);
  return ReadEach(array, PathTo(key), read);
}

template <typename Read>
auto ObjectReader::OptionalArrayOf(std::string_view key, Read&& read) {
  static const json::array kEmpty;
  const json::array* array = MaybeArray(key);
  return ReadEach(array ? *array : kEmpty, PathTo(key), read);
}

// Canonical output: objects keep insertion order, two-space indentation, integral
// doubles written without a fraction, other doubles in shortest round-trip form, and
// a trailing newline.
std::string WriteJson(const json::value& v);
// One-line form for embedding in other outputs.
std::string WriteJsonCompact(const json::value& v);
// Diagnostics as an array of {severity, code, where, field, message}.
json::array DiagnosticsToJson(const std::vector<zi::Diagnostic>& diagnostics);

// A double as the writer would write it.
void AppendNumber(std::string& out, double x);

}  // namespace zi::internal

#endif  // ZI_SRC_JSON_IO_HPP
