#include "internal/json_io.hpp"

#include <boost/json/basic_parser_impl.hpp>
#include <boost/json/value_stack.hpp>
#include <charconv>
#include <cstdio>
#include <cmath>
#include <unordered_set>

#include "internal/strings.hpp"
#include "internal/utf8.hpp"

namespace zi::internal {

std::string JoinPointer(std::string_view base, std::string_view key) {
  std::string out(base);
  out.push_back('/');
  for (char c : key) {
    if (c == '~') {
      out += "~0";
    } else if (c == '/') {
      out += "~1";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

std::string JoinPointer(std::string_view base, size_t index) {
  return internal::Cat(base, "/", index);
}

void JsonPath::AppendTo(std::string& out) const {
  if (parent_) parent_->AppendTo(out);
  switch (kind_) {
    case Kind::kText: out.append(key_); break;
    case Kind::kKey: out = JoinPointer(out, key_); break;
    case Kind::kIndex: internal::Append(&out, "/", index_); break;
  }
}

std::string JsonPath::str() const {
  std::string out;
  AppendTo(out);
  return out;
}

std::string_view KindName(const json::value& v) {
  switch (v.kind()) {
    case json::kind::null: return "null";
    case json::kind::bool_: return "boolean";
    case json::kind::int64:
    case json::kind::uint64:
    case json::kind::double_: return "angka";
    case json::kind::string: return "teks";
    case json::kind::array: return "array";
    case json::kind::object: return "objek";
  }
  return "?";
}

namespace {

// A basic_parser handler that builds the value (as Boost.JSON's own parser does, through a
// value_stack) and stops at the first duplicate key or NUL character: Boost.JSON 1.81
// silently keeps the last of duplicate keys and has no option to refuse them, and a NUL
// would be cut off or kept depending on who reads the string. One pass does both, so a
// text is parsed once.
class RuleCheckingBuilder {
 public:
  static constexpr size_t max_object_size = json::object::max_size();
  static constexpr size_t max_array_size = json::array::max_size();
  static constexpr size_t max_key_size = json::string::max_size();
  static constexpr size_t max_string_size = json::string::max_size();

  // The value's nodes come from `storage`.
  explicit RuleCheckingBuilder(json::storage_ptr storage) { st_.reset(std::move(storage)); }

  // Empty until a rule is broken; then "<pointer>: <what>".
  const std::string& failure() const { return failure_; }
  // The document, once the parser has finished it.
  json::value Release() { return st_.release(); }

  bool on_document_begin(boost::system::error_code&) { return true; }
  bool on_document_end(boost::system::error_code&) { return true; }
  bool on_object_begin(boost::system::error_code&) {
    Begin(true);
    return true;
  }
  bool on_object_end(size_t n, boost::system::error_code&) {
    st_.push_object(n);
    return EndContainer();
  }
  bool on_array_begin(boost::system::error_code&) {
    Begin(false);
    return true;
  }
  bool on_array_end(size_t n, boost::system::error_code&) {
    st_.push_array(n);
    return EndContainer();
  }
  bool on_key_part(json::string_view s, size_t, boost::system::error_code&) {
    key_.append(s.data(), s.size());
    st_.push_chars(s);
    return true;
  }
  bool on_key(json::string_view s, size_t, boost::system::error_code& ec) {
    // A key in one piece (the usual case) is looked at where the parser has it.
    std::string_view key(s.data(), s.size());
    if (!key_.empty()) {
      key_.append(s.data(), s.size());
      key = key_;
    }
    Frame& f = frames_[depth_ - 1];
    if (key.find('\0') != std::string_view::npos) {
      return Fail(ec, Pointer(depth_ - 1), "karakter NUL (\\u0000) dalam kunci");
    }
    if (!f.AddKey(key)) {
      return Fail(ec, JoinPointer(Pointer(depth_ - 1), key),
                  internal::Cat("kunci '", key, "' muncul dua kali"));
    }
    key_.clear();
    st_.push_key(s);
    return true;
  }
  bool on_string_part(json::string_view s, size_t, boost::system::error_code&) {
    nul_in_string_ = nul_in_string_ || s.find('\0') != json::string_view::npos;
    st_.push_chars(s);
    return true;
  }
  bool on_string(json::string_view s, size_t, boost::system::error_code& ec) {
    const bool nul = nul_in_string_ || s.find('\0') != json::string_view::npos;
    nul_in_string_ = false;
    if (nul) return Fail(ec, Pointer(depth_), "karakter NUL (\\u0000) dalam teks");
    st_.push_string(s);
    return Scalar();
  }
  bool on_number_part(json::string_view, boost::system::error_code&) { return true; }
  bool on_int64(int64_t i, json::string_view, boost::system::error_code&) {
    st_.push_int64(i);
    return Scalar();
  }
  bool on_uint64(uint64_t u, json::string_view, boost::system::error_code&) {
    st_.push_uint64(u);
    return Scalar();
  }
  bool on_double(double d, json::string_view, boost::system::error_code&) {
    st_.push_double(d);
    return Scalar();
  }
  bool on_bool(bool b, boost::system::error_code&) {
    st_.push_bool(b);
    return Scalar();
  }
  bool on_null(boost::system::error_code&) {
    st_.push_null();
    return Scalar();
  }
  bool on_comment_part(json::string_view, boost::system::error_code&) { return true; }
  bool on_comment(json::string_view, boost::system::error_code&) { return true; }

 private:
  // One open object or array. Frames are kept for reuse when their container ends, so that
  // a document's keys cost no allocation once the first objects of each depth are read.
  struct Frame {
    bool is_object = false;
    size_t index = 0;  // of the current element, in an array
    // The keys of an object so far (the last is the current member's), compared one by one
    // while there are few; from kLinear keys on, also in a set, so that an object with very
    // many keys is not quadratic.
    std::vector<std::string> keys;
    size_t key_count = 0;
    std::unordered_set<std::string> many;
    static constexpr size_t kLinear = 32;

    void Reset(bool object) {
      is_object = object;
      index = 0;
      key_count = 0;
      many.clear();
    }
    const std::string& key() const { return keys[key_count - 1]; }
    // False when `key` is already there.
    bool AddKey(std::string_view key) {
      if (key_count < kLinear) {
        for (size_t i = 0; i < key_count; ++i) {
          if (keys[i] == key) return false;
        }
      } else {
        if (many.empty()) many.insert(keys.begin(), keys.begin() + kLinear);
        if (!many.emplace(key).second) return false;
      }
      if (key_count == keys.size()) {
        keys.emplace_back(key);
      } else {
        keys[key_count].assign(key.data(), key.size());
      }
      ++key_count;
      return true;
    }
  };

  void Begin(bool object) {
    if (depth_ == frames_.size()) frames_.emplace_back();
    frames_[depth_++].Reset(object);
  }
  // Pointer to the value being read at depth `depth` (0 is the root).
  std::string Pointer(size_t depth) const {
    std::string out;
    for (size_t i = 0; i < depth; ++i) {
      out = frames_[i].is_object ? JoinPointer(out, frames_[i].key())
                                 : JoinPointer(out, frames_[i].index);
    }
    return out;
  }
  bool Scalar() {
    if (depth_ > 0 && !frames_[depth_ - 1].is_object) ++frames_[depth_ - 1].index;
    return true;
  }
  bool EndContainer() {
    --depth_;
    return Scalar();
  }
  bool Fail(boost::system::error_code& ec, const std::string& pointer, std::string_view what) {
    failure_ = internal::Cat(pointer.empty() ? "/" : pointer, ": ", what);
    ec = json::error::syntax;  // any error stops the parser; failure_ says which
    return false;
  }

  json::value_stack st_;
  std::vector<Frame> frames_;  // frames_[0, depth_) are open
  size_t depth_ = 0;
  std::string key_;  // a key the parser hands over in parts
  bool nul_in_string_ = false;
  std::string failure_;
};

// "line L, column C" of byte offset `offset`. A line ends at LF, CRLF or a lone CR (old
// Mac files), so files with any of the three conventions report the right line.
std::string Position(std::string_view text, size_t offset) {
  if (offset > text.size()) offset = text.size();
  size_t line = 1, col = 1;
  for (size_t i = 0; i < offset; ++i) {
    const bool crlf = text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n';
    if (text[i] == '\n' || (text[i] == '\r' && !crlf)) {
      ++line;
      col = 1;
    } else if (crlf) {
      // the LF that follows ends the line
    } else {
      ++col;
    }
  }
  return internal::Cat("baris ", line, ", kolom ", col);
}

// The opening quote of the string whose closing quote is at `close`: the nearest quote
// before it not escaped by an odd run of backslashes.
size_t StringStart(std::string_view text, size_t close) {
  if (close >= text.size()) return close;
  for (size_t i = close; i-- > 0;) {
    if (text[i] != '"') continue;
    size_t backslashes = 0;
    while (backslashes < i && text[i - 1 - backslashes] == '\\') ++backslashes;
    if (backslashes % 2 == 0) return i;
  }
  return close;
}

}  // namespace

absl::StatusOr<json::value> ParseJson(std::string_view text, std::string_view source_name) {
  std::string prefix = source_name.empty() ? "" : internal::Cat(source_name, ": ");
  // A UTF-8 byte order mark (EF BB BF) that editors on Windows put at the start of a file is
  // not part of the JSON text: it is skipped, and lines and columns count from after it. One
  // anywhere else is still an error.
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  if (text.empty()) {
    return absl::InvalidArgumentError(internal::Cat(prefix, "masukan kosong, diharapkan JSON"));
  }
  json::parse_options opts;
  opts.max_depth = 64;
  // JSON text is UTF-8 (RFC 8259). Boost.JSON refuses invalid UTF-8 (overlong forms and
  // surrogates included) but calls it a "syntax error"; when the first error is at or after
  // the first bad byte (internal/utf8.hpp), that byte is the cause and is named instead.
  const auto invalid = [&](size_t consumed, const boost::system::error_code& ec) {
    const std::optional<size_t> bad_utf8 = FirstInvalidUtf8(text);
    if (bad_utf8 && *bad_utf8 <= consumed) {
      char hex[8];
      std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(text[*bad_utf8]));
      return absl::InvalidArgumentError(
          internal::Cat(prefix, Position(text, *bad_utf8),
                        ": JSON tidak sah (bukan teks UTF-8: bita ", std::string_view(hex), ")"));
    }
    return absl::InvalidArgumentError(internal::Cat(prefix, Position(text, consumed),
                                                   ": JSON tidak sah (", ec.message(), ")"));
  };

  // One pass builds the value and enforces the rules a parsed value can no longer show
  // (duplicate keys are gone by then). The value's nodes come from one arena, released with
  // the value: the readers copy out what they keep and drop the value, so a node-by-node
  // free would be wasted work.
  json::basic_parser<RuleCheckingBuilder> parser(
      opts, json::make_shared_resource<json::monotonic_resource>());
  boost::system::error_code ec;
  size_t consumed = parser.write_some(true, text.data(), text.size(), ec);
  if (!parser.handler().failure().empty()) {
    return absl::InvalidArgumentError(internal::Cat(
        prefix, Position(text, StringStart(text, consumed)), ": ", parser.handler().failure()));
  }
  if (!ec && consumed < text.size()) ec = json::error::extra_data;
  if (!ec) parser.write_some(false, nullptr, 0, ec);
  if (ec) return invalid(consumed, ec);
  return parser.handler().Release();
}

absl::Status ToStatus(const JsonError& e, std::string_view source_name) {
  std::string prefix = source_name.empty() ? "" : internal::Cat(source_name, ": ");
  const std::string where = e.pointer.empty() ? "/" : e.pointer;
  return absl::InvalidArgumentError(internal::Cat(prefix, where, ": ", e.what()));
}

ObjectReader::ObjectReader(const json::value& v, std::string pointer)
    : obj_(v.if_object()), text_(std::move(pointer)) {
  path_ = JsonPath::Text(text_);
  if (!obj_) throw JsonError(text_, internal::Cat("diharapkan objek, ditemukan ", KindName(v)));
  AcceptSchemaAtRoot();
}

ObjectReader::ObjectReader(const json::value& v, const JsonPath& path)
    : obj_(v.if_object()), path_(path) {
  if (!obj_) throw JsonError(path_.str(), internal::Cat("diharapkan objek, ditemukan ", KindName(v)));
  AcceptSchemaAtRoot();
}

void ObjectReader::AcceptSchemaAtRoot() {
  read_.reserve(obj_->size());
  // Every format allows "$schema" (a JSON Schema reference for editors) in its root object:
  // it must be a string and is otherwise ignored.
  if (path_.is_root()) {
    if (const json::value* schema = obj_->if_contains("$schema")) {
      ExpectString(*schema, "/$schema");
      read_.push_back("$schema");
    }
  }
}

const std::string& ObjectReader::pointer() const {
  if (!pointer_) pointer_ = path_.str();
  return *pointer_;
}

bool ObjectReader::Has(std::string_view key) const { return obj_->contains(key); }

const json::value* ObjectReader::Find(std::string_view key) {
  const json::value* v = obj_->if_contains(key);
  if (v) read_.push_back(key);
  return v;
}

std::string ExpectString(const json::value& v, const std::string& pointer) {
  if (const json::string* s = v.if_string()) return std::string(s->data(), s->size());
  throw JsonError(pointer, internal::Cat("diharapkan teks, ditemukan ", KindName(v)));
}

int64_t ExpectInt(const json::value& v, const std::string& pointer, int64_t min, int64_t max) {
  int64_t out = 0;
  if (const int64_t* i = v.if_int64()) {
    out = *i;
  } else if (const uint64_t* u = v.if_uint64()) {
    if (*u > static_cast<uint64_t>(max)) {
      throw JsonError(pointer, internal::Cat("diharapkan bilangan bulat dari ", min, " sampai ", max));
    }
    out = static_cast<int64_t>(*u);
  } else if (const double* d = v.if_double(); d && std::isfinite(*d) && std::floor(*d) == *d &&
                                              std::fabs(*d) < 9e15) {
    out = static_cast<int64_t>(*d);
  } else {
    throw JsonError(pointer, internal::Cat("diharapkan bilangan bulat, ditemukan ", KindName(v)));
  }
  if (out < min || out > max) {
    throw JsonError(pointer,
                    internal::Cat("diharapkan bilangan bulat dari ", min, " sampai ", max, ", ditemukan ", out));
  }
  return out;
}

std::string ExpectStringAt(const json::value& v, const JsonPath& path) {
  if (const json::string* s = v.if_string()) return std::string(s->data(), s->size());
  return ExpectString(v, path.str());  // throws
}

int64_t ExpectIntAt(const json::value& v, const JsonPath& path, int64_t min, int64_t max) {
  if (const int64_t* i = v.if_int64(); i && *i >= min && *i <= max) return *i;
  return ExpectInt(v, path.str(), min, max);  // the other forms, or the error
}

double ExpectNumberAt(const json::value& v, const JsonPath& path) {
  if (const int64_t* i = v.if_int64()) return static_cast<double>(*i);
  if (const double* d = v.if_double(); d && std::isfinite(*d)) return *d;
  return ExpectNumber(v, path.str());  // the other forms, or the error
}

double ExpectNumber(const json::value& v, const std::string& pointer) {
  double out = 0;
  if (const int64_t* i = v.if_int64()) {
    out = static_cast<double>(*i);
  } else if (const uint64_t* u = v.if_uint64()) {
    out = static_cast<double>(*u);
  } else if (const double* d = v.if_double()) {
    out = *d;
  } else {
    throw JsonError(pointer, internal::Cat("diharapkan angka, ditemukan ", KindName(v)));
  }
  if (!std::isfinite(out)) throw JsonError(pointer, "diharapkan angka terhingga");
  return out;
}

std::string ObjectReader::RequiredString(std::string_view key) {
  const json::value* v = Find(key);
  if (!v) throw JsonError(pointer(), internal::Cat("field wajib '", key, "' tidak ada"));
  return ExpectStringAt(*v, PathTo(key));
}

std::string ObjectReader::OptionalString(std::string_view key, std::string_view fallback) {
  const json::value* v = Find(key);
  return v ? ExpectStringAt(*v, PathTo(key)) : std::string(fallback);
}

std::optional<std::string> ObjectReader::MaybeString(std::string_view key) {
  const json::value* v = Find(key);
  if (!v) return std::nullopt;
  return ExpectStringAt(*v, PathTo(key));
}

int64_t ObjectReader::RequiredInt(std::string_view key, int64_t min, int64_t max) {
  const json::value* v = Find(key);
  if (!v) throw JsonError(pointer(), internal::Cat("field wajib '", key, "' tidak ada"));
  return ExpectIntAt(*v, PathTo(key), min, max);
}

std::optional<int64_t> ObjectReader::MaybeInt(std::string_view key, int64_t min, int64_t max) {
  const json::value* v = Find(key);
  if (!v) return std::nullopt;
  return ExpectIntAt(*v, PathTo(key), min, max);
}

double ObjectReader::OptionalNumber(std::string_view key, double fallback) {
  const json::value* v = Find(key);
  return v ? ExpectNumberAt(*v, PathTo(key)) : fallback;
}

std::optional<bool> ObjectReader::MaybeBool(std::string_view key) {
  const json::value* v = Find(key);
  if (!v) return std::nullopt;
  if (const bool* b = v->if_bool()) return *b;
  throw JsonError(PointerTo(key), internal::Cat("diharapkan true atau false, ditemukan ", KindName(*v)));
}

const json::array& ObjectReader::RequiredArray(std::string_view key) {
  const json::value* v = Find(key);
  if (!v) throw JsonError(pointer(), internal::Cat("field wajib '", key, "' tidak ada"));
  if (const json::array* a = v->if_array()) return *a;
  throw JsonError(PointerTo(key), internal::Cat("diharapkan array, ditemukan ", KindName(*v)));
}

const json::array* ObjectReader::MaybeArray(std::string_view key) {
  const json::value* v = Find(key);
  if (!v) return nullptr;
  if (const json::array* a = v->if_array()) return a;
  throw JsonError(PointerTo(key), internal::Cat("diharapkan array, ditemukan ", KindName(*v)));
}

const json::value& ObjectReader::RequiredValue(std::string_view key) {
  const json::value* v = Find(key);
  if (!v) throw JsonError(pointer(), internal::Cat("field wajib '", key, "' tidak ada"));
  return *v;
}

void ObjectReader::RejectUnknown() const {
  for (const auto& kv : *obj_) {
    bool known = false;
    for (std::string_view r : read_) {
      if (r == kv.key()) {
        known = true;
        break;
      }
    }
    if (!known) {
      throw JsonError(JoinPointer(pointer(), kv.key()),
                      internal::Cat("field tidak dikenal '", std::string_view(kv.key()), "'"));
    }
  }
}

json::array DiagnosticsToJson(const std::vector<zi::Diagnostic>& diagnostics) {
  json::array arr;
  for (const zi::Diagnostic& d : diagnostics) {
    json::object o;
    o["severity"] = zi::ToString(d.severity);
    o["code"] = d.code;
    o["where"] = d.where;
    o["field"] = d.field;
    o["message"] = d.message;
    arr.push_back(std::move(o));
  }
  return arr;
}

void AppendNumber(std::string& out, double x) {
  if (!std::isfinite(x)) {
    out += "null";
    return;
  }
  if (std::floor(x) == x && std::fabs(x) < 1e15) {
    internal::Append(&out, static_cast<int64_t>(x));
    return;
  }
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, x);
  out.append(buf, r.ptr);
}

namespace {

void AppendString(std::string& out, std::string_view s) {
  out += json::serialize(json::string_view(s.data(), s.size()));
}

void Write(std::string& out, const json::value& v, int indent, bool pretty) {
  const auto newline = [&](int level) {
    if (!pretty) return;
    out.push_back('\n');
    out.append(static_cast<size_t>(level) * 2, ' ');
  };
  switch (v.kind()) {
    case json::kind::null: out += "null"; break;
    case json::kind::bool_: out += v.get_bool() ? "true" : "false"; break;
    case json::kind::int64: internal::Append(&out, v.get_int64()); break;
    case json::kind::uint64: internal::Append(&out, v.get_uint64()); break;
    case json::kind::double_: AppendNumber(out, v.get_double()); break;
    case json::kind::string: AppendString(out, v.get_string()); break;
    case json::kind::array: {
      const json::array& a = v.get_array();
      if (a.empty()) {
        out += "[]";
        break;
      }
      out.push_back('[');
      for (size_t i = 0; i < a.size(); ++i) {
        if (i) out.push_back(',');
        newline(indent + 1);
        Write(out, a[i], indent + 1, pretty);
      }
      newline(indent);
      out.push_back(']');
      break;
    }
    case json::kind::object: {
      const json::object& o = v.get_object();
      if (o.empty()) {
        out += "{}";
        break;
      }
      out.push_back('{');
      bool first = true;
      for (const auto& kv : o) {
        if (!first) out.push_back(',');
        first = false;
        newline(indent + 1);
        AppendString(out, kv.key());
        out += pretty ? ": " : ":";
        Write(out, kv.value(), indent + 1, pretty);
      }
      newline(indent);
      out.push_back('}');
      break;
    }
  }
}

}  // namespace

std::string WriteJson(const json::value& v) {
  std::string out;
  Write(out, v, 0, true);
  out.push_back('\n');
  return out;
}

std::string WriteJsonCompact(const json::value& v) {
  std::string out;
  Write(out, v, 0, false);
  return out;
}

}  // namespace zi::internal
