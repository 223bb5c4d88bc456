#include "internal/json_io.hpp"

#include <charconv>
#include <cmath>

#include "internal/strings.hpp"

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

std::string_view KindName(const json::value& v) {
  switch (v.kind()) {
    case json::kind::null: return "null";
    case json::kind::bool_: return "a boolean";
    case json::kind::int64:
    case json::kind::uint64:
    case json::kind::double_: return "a number";
    case json::kind::string: return "a string";
    case json::kind::array: return "an array";
    case json::kind::object: return "an object";
  }
  return "?";
}

absl::StatusOr<json::value> ParseJson(std::string_view text, std::string_view source_name) {
  json::parse_options opts;
  opts.max_depth = 64;
  json::stream_parser p(json::storage_ptr(), opts);
  boost::system::error_code ec;
  size_t consumed = p.write_some(text.data(), text.size(), ec);
  if (!ec && consumed < text.size()) {
    ec = json::error::extra_data;
  }
  if (!ec) p.finish(ec);
  if (ec) {
    if (consumed > text.size()) consumed = text.size();
    size_t line = 1, col = 1;
    for (size_t i = 0; i < consumed; ++i) {
      if (text[i] == '\n') {
        ++line;
        col = 1;
      } else {
        ++col;
      }
    }
    std::string prefix = source_name.empty() ? "" : internal::Cat(source_name, ": ");
    if (text.empty()) {
      return absl::InvalidArgumentError(internal::Cat(prefix, "empty input, expected JSON"));
    }
    return absl::InvalidArgumentError(internal::Cat(prefix, "line ", line, ", column ", col,
                                                   ": invalid JSON (", ec.message(), ")"));
  }
  return p.release();
}

absl::Status ToStatus(const JsonError& e, std::string_view source_name) {
  std::string prefix = source_name.empty() ? "" : internal::Cat(source_name, ": ");
  const std::string where = e.pointer.empty() ? "/" : e.pointer;
  return absl::InvalidArgumentError(internal::Cat(prefix, where, ": ", e.what()));
}

ObjectReader::ObjectReader(const json::value& v, std::string pointer)
    : obj_(v.if_object()), pointer_(std::move(pointer)) {
  if (!obj_) throw JsonError(pointer_, internal::Cat("expected an object, found ", KindName(v)));
}

bool ObjectReader::Has(std::string_view key) const { return obj_->contains(key); }

const json::value* ObjectReader::Find(std::string_view key) {
  const json::value* v = obj_->if_contains(key);
  if (v) read_.push_back(key);
  return v;
}

std::string ExpectString(const json::value& v, const std::string& pointer) {
  if (const json::string* s = v.if_string()) return std::string(s->data(), s->size());
  throw JsonError(pointer, internal::Cat("expected a string, found ", KindName(v)));
}

int64_t ExpectInt(const json::value& v, const std::string& pointer, int64_t min, int64_t max) {
  int64_t out = 0;
  if (const int64_t* i = v.if_int64()) {
    out = *i;
  } else if (const uint64_t* u = v.if_uint64()) {
    if (*u > static_cast<uint64_t>(max)) {
      throw JsonError(pointer, internal::Cat("expected an integer from ", min, " to ", max));
    }
    out = static_cast<int64_t>(*u);
  } else if (const double* d = v.if_double(); d && std::isfinite(*d) && std::floor(*d) == *d &&
                                              std::fabs(*d) < 9e15) {
    out = static_cast<int64_t>(*d);
  } else {
    throw JsonError(pointer, internal::Cat("expected an integer, found ", KindName(v)));
  }
  if (out < min || out > max) {
    throw JsonError(pointer,
                    internal::Cat("expected an integer from ", min, " to ", max, ", found ", out));
  }
  return out;
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
    throw JsonError(pointer, internal::Cat("expected a number, found ", KindName(v)));
  }
  if (!std::isfinite(out)) throw JsonError(pointer, "expected a finite number");
  return out;
}

std::string ObjectReader::RequiredString(std::string_view key) {
  const json::value* v = Find(key);
  if (!v) throw JsonError(pointer_, internal::Cat("missing required field '", key, "'"));
  return ExpectString(*v, PointerTo(key));
}

std::string ObjectReader::OptionalString(std::string_view key, std::string_view fallback) {
  const json::value* v = Find(key);
  return v ? ExpectString(*v, PointerTo(key)) : std::string(fallback);
}

std::optional<std::string> ObjectReader::MaybeString(std::string_view key) {
  const json::value* v = Find(key);
  if (!v) return std::nullopt;
  return ExpectString(*v, PointerTo(key));
}

int64_t ObjectReader::RequiredInt(std::string_view key, int64_t min, int64_t max) {
  const json::value* v = Find(key);
  if (!v) throw JsonError(pointer_, internal::Cat("missing required field '", key, "'"));
  return ExpectInt(*v, PointerTo(key), min, max);
}

std::optional<int64_t> ObjectReader::MaybeInt(std::string_view key, int64_t min, int64_t max) {
  const json::value* v = Find(key);
  if (!v) return std::nullopt;
  return ExpectInt(*v, PointerTo(key), min, max);
}

double ObjectReader::OptionalNumber(std::string_view key, double fallback) {
  const json::value* v = Find(key);
  return v ? ExpectNumber(*v, PointerTo(key)) : fallback;
}

std::optional<bool> ObjectReader::MaybeBool(std::string_view key) {
  const json::value* v = Find(key);
  if (!v) return std::nullopt;
  if (const bool* b = v->if_bool()) return *b;
  throw JsonError(PointerTo(key), internal::Cat("expected true or false, found ", KindName(*v)));
}

const json::array& ObjectReader::RequiredArray(std::string_view key) {
  const json::value* v = Find(key);
  if (!v) throw JsonError(pointer_, internal::Cat("missing required field '", key, "'"));
  if (const json::array* a = v->if_array()) return *a;
  throw JsonError(PointerTo(key), internal::Cat("expected an array, found ", KindName(*v)));
}

const json::array* ObjectReader::MaybeArray(std::string_view key) {
  const json::value* v = Find(key);
  if (!v) return nullptr;
  if (const json::array* a = v->if_array()) return a;
  throw JsonError(PointerTo(key), internal::Cat("expected an array, found ", KindName(*v)));
}

const json::value& ObjectReader::RequiredValue(std::string_view key) {
  const json::value* v = Find(key);
  if (!v) throw JsonError(pointer_, internal::Cat("missing required field '", key, "'"));
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
      throw JsonError(JoinPointer(pointer_, kv.key()),
                      internal::Cat("unknown field '", std::string_view(kv.key()), "'"));
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
