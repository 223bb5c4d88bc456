#include "args.hpp"

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <regex>
#include <stdexcept>

#include "CLI/CLI.hpp"

namespace zi::cli {
namespace {

// Thrown by a validator for a bad value; CLI11 lets it through parse().
struct BadValue : std::runtime_error {
  using std::runtime_error::runtime_error;
};
// Thrown by a validator for a value outside an enum's: a wrong command line.
struct BadChoice : std::runtime_error {
  using std::runtime_error::runtime_error;
};

std::string Message(std::string error, const std::string& value) {
  if (const size_t at = error.find("{}"); at != std::string::npos) error.replace(at, 2, value);
  return error;
}

// CLI11's wording of a wrong command line, in zi's words.
std::string Reword(const CLI::ParseError& e) {
  const std::string what = e.what();
  static const std::regex kNeedsValue(R"(^(\S+): \d+ required \S+ missing$)");
  static const std::regex kTwice(R"(^(\S+): At Most \d+ required but received \d+$)");
  static const std::regex kFlagValue(R"(^-*(\S+) was given a disallowed flag override$)");
  std::smatch m;
  if (std::regex_match(what, m, kNeedsValue)) return m[1].str() + " perlu nilai";
  if (std::regex_match(what, m, kTwice)) return m[1].str() + " diberikan dua kali";
  if (std::regex_match(what, m, kFlagValue)) {
    return (m[1].length() == 1 ? "-" : "--") + m[1].str() + " tidak menerima nilai";
  }
  return "baris perintah tidak dapat dibaca (" + what + ")";
}

template <typename Map>
std::optional<typename Map::mapped_type> Find(const Map& map, const std::string& name) {
  auto it = map.find(name);
  if (it == map.end()) return std::nullopt;
  return it->second;
}

}  // namespace

std::optional<int64_t> ParseInt(std::string_view text) {
  const std::string s(text);
  char* end = nullptr;
  errno = 0;
  const long long v = std::strtoll(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0' || errno == ERANGE) return std::nullopt;
  return static_cast<int64_t>(v);
}

std::optional<uint64_t> ParseUnsigned(std::string_view text) {
  const std::string s(text);
  char* end = nullptr;
  errno = 0;
  const unsigned long long v = std::strtoull(s.c_str(), &end, 10);
  if (s.empty() || *end != '\0' || errno == ERANGE) return std::nullopt;
  return static_cast<uint64_t>(v);
}

std::optional<double> ParseReal(std::string_view text) {
  std::string s(text);
  size_t i = s.empty() || (s[0] != '-' && s[0] != '+') ? 0 : 1;
  bool digits = false, separator = false;
  for (; i < s.size(); ++i) {
    if (s[i] >= '0' && s[i] <= '9') {
      digits = true;
    } else if ((s[i] == ',' || s[i] == '.') && !separator) {
      separator = true;
      s[i] = '.';  // strtod in the "C" locale
    } else {
      return std::nullopt;
    }
  }
  if (!digits) return std::nullopt;
  char* end = nullptr;
  const double v = std::strtod(s.c_str(), &end);
  if (*end != '\0' || !std::isfinite(v)) return std::nullopt;
  return v;
}

std::string AsciiLower(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string OrList(const std::vector<std::string>& values) {
  std::string out;
  for (size_t k = 0; k < values.size(); ++k) {
    if (k > 0) out += k + 1 == values.size() ? " atau " : ", ";
    out += values[k];
  }
  return out;
}

ArgSpec& ArgSpec::Flag(const std::string& name) {
  options_[name] = {Kind::kFlag, 0, 0, "", {}, {}};
  return *this;
}
ArgSpec& ArgSpec::Text(const std::string& name) {
  options_[name] = {Kind::kText, 0, 0, "", {}, {}};
  return *this;
}
ArgSpec& ArgSpec::List(const std::string& name) {
  options_[name] = {Kind::kList, 0, 0, "", {}, {}};
  return *this;
}
ArgSpec& ArgSpec::Int(const std::string& name, int64_t min, int64_t max, const std::string& error) {
  options_[name] = {Kind::kInt, min, max, error, {}, {}};
  return *this;
}
ArgSpec& ArgSpec::Unsigned(const std::string& name, const std::string& error) {
  options_[name] = {Kind::kUnsigned, 0, 0, error, {}, {}};
  return *this;
}
ArgSpec& ArgSpec::Real(const std::string& name, const std::string& error) {
  options_[name] = {Kind::kReal, 0, 0, error, {}, {}};
  return *this;
}
ArgSpec& ArgSpec::IsoDate(const std::string& name, const std::string& error) {
  options_[name] = {Kind::kDate, 0, 0, error, {}, {}};
  return *this;
}
ArgSpec& ArgSpec::Enum(const std::string& name, std::vector<std::string> values,
                       std::vector<std::string> aliases) {
  Option o{Kind::kEnum, 0, 0, "", {}, {}};
  o.values = std::move(values);
  o.aliases = std::move(aliases);
  options_[name] = std::move(o);
  return *this;
}
ArgSpec& ArgSpec::Lower(const std::string& name) {
  options_[name] = {Kind::kLower, 0, 0, "", {}, {}};
  return *this;
}
ArgSpec& ArgSpec::Limit() {
  Int("--limit", 0, 1000000000, "--limit: '{}' bukan bilangan bulat 0 sampai 1000000000");
  return Flag("--all");
}
ArgSpec& ArgSpec::Formats(std::vector<std::string> formats, bool required) {
  formats_ = std::move(formats);
  format_required_ = required;
  return *this;
}
ArgSpec& ArgSpec::Positional(size_t min, size_t max) {
  min_positional_ = min;
  max_positional_ = max;
  return *this;
}

std::optional<std::string> Args::Option(const std::string& name) const {
  if (!text_.count(name)) return std::nullopt;
  if (auto lower = Find(lowered_, name)) return lower;  // an enum's value, in lower case
  return Find(text_, name);
}

std::optional<int64_t> Args::Int(const std::string& name) const { return Find(ints_, name); }
std::optional<uint64_t> Args::Unsigned(const std::string& name) const {
  return Find(unsigned_, name);
}
std::optional<double> Args::Real(const std::string& name) const { return Find(reals_, name); }
std::optional<Date> Args::IsoDate(const std::string& name) const { return Find(dates_, name); }
std::vector<std::string> Args::List(const std::string& name) const {
  return Find(lists_, name).value_or(std::vector<std::string>{});
}
size_t Args::Limit(size_t fallback) const {
  if (Flag("--all")) return SIZE_MAX;
  if (auto n = Int("--limit")) return static_cast<size_t>(*n);
  if (auto n = Int("--top")) return static_cast<size_t>(*n);
  return fallback;
}

absl::StatusOr<Args> ParseArgs(const std::vector<std::string>& argv, const ArgSpec& spec) {
  using Kind = ArgSpec::Kind;
  Args args;
  CLI::App app;
  app.set_help_flag();  // zi's own --help, before parsing
  app.allow_extras();   // reported below in zi's words
  std::map<std::string, CLI::Option*> declared;
  for (const auto& [name, o] : spec.options()) {
    const ArgSpec::Option opt = o;
    const std::string key = name;
    if (o.kind == Kind::kFlag) {
      declared[name] = app.add_flag(name)->disable_flag_override();
      continue;
    }
    if (o.kind == Kind::kList) {
      declared[name] = app.add_option(name, args.lists_[name])
                           ->expected(1)
                           ->allow_extra_args(false)
                           ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
      continue;
    }
    CLI::Option* option = app.add_option(name, args.text_[name]);
    option->multi_option_policy(CLI::MultiOptionPolicy::Throw);
    if (o.kind != Kind::kText) {
      // Parses the value into its typed slot; a bad one stops the parse with its message.
      option->check(CLI::Validator(
          [&args, opt, key](std::string& value) -> std::string {
            bool ok = false;
            switch (opt.kind) {
              case Kind::kInt:
                if (auto v = ParseInt(value); v && *v >= opt.min && *v <= opt.max) {
                  args.ints_[key] = *v;
                  ok = true;
                }
                break;
              case Kind::kUnsigned:
                if (auto v = ParseUnsigned(value)) {
                  args.unsigned_[key] = *v;
                  ok = true;
                }
                break;
              case Kind::kReal:
                if (auto v = ParseReal(value)) {
                  args.reals_[key] = *v;
                  ok = true;
                }
                break;
              case Kind::kEnum: {
                const std::string lower = AsciiLower(value);
                for (const auto* list : {&opt.values, &opt.aliases}) {
                  for (const std::string& v : *list) ok = ok || v == lower;
                }
                if (!ok) {
                  throw BadChoice(key + " harus " + OrList(opt.values) + ", bukan '" + value + "'");
                }
                args.lowered_[key] = lower;
                break;
              }
              case Kind::kLower:
                args.lowered_[key] = AsciiLower(value);
                ok = true;
                break;
              case Kind::kDate:
                if (absl::StatusOr<Date> d = ParseIsoDate(value); d.ok()) {
                  args.dates_[key] = *d;
                  ok = true;
                } else {
                  throw BadValue(Message(opt.error, std::string(d.status().message())));
                }
                break;
              default: ok = true;
            }
            if (!ok) throw BadValue(Message(opt.error, value));
            return "";
          },
          "", ""));
    }
    declared[name] = option;
  }
  std::vector<std::string> positional;
  app.add_option("positional", positional);

  std::vector<std::string> reversed(argv.rbegin(), argv.rend());  // CLI11 pops from the back
  try {
    app.parse(reversed);
  } catch (const BadValue& e) {
    return absl::OutOfRangeError(e.what());
  } catch (const BadChoice& e) {
    return absl::InvalidArgumentError(e.what());
  } catch (const CLI::ParseError& e) {
    return absl::InvalidArgumentError(Reword(e));
  }
  for (const std::string& extra : app.remaining()) {
    if (extra == "--") continue;
    return absl::InvalidArgumentError("pilihan " + extra.substr(0, extra.find('=')) +
                                      " tidak dikenal oleh perintah ini");
  }
  for (const auto& [name, option] : declared) {
    const Kind kind = spec.options().at(name).kind;
    if (kind == Kind::kFlag) {
      if (option->count() > 0) args.flags_[name] = true;
    } else if (option->count() == 0) {
      args.text_.erase(name);
      if (kind == Kind::kList) args.lists_.erase(name);
    }
  }
  if (args.Flag("--all") && (args.Int("--limit") || args.Int("--top"))) {
    return absl::InvalidArgumentError("--all dan --limit tidak dapat dipakai bersama");
  }
  if (positional.size() < spec.min_positional()) {
    return absl::InvalidArgumentError("argumen kurang");
  }
  if (positional.size() > spec.max_positional()) {
    return absl::InvalidArgumentError("argumen berlebih '" + positional[spec.max_positional()] +
                                      "'");
  }
  args.positional_ = std::move(positional);
  args.formats_ = spec.formats();
  args.format_required_ = spec.format_required();
  return args;
}

}  // namespace zi::cli
