// The command line of one zi command, parsed with CLI11. Unknown options are errors,
// never ignored. Numbers and dates are parsed here and only here, when the command line
// is read: a command gets typed values or an error.
#ifndef ZI_CLI_ARGS_HPP
#define ZI_CLI_ARGS_HPP

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "zi/base/date.hpp"

namespace zi::cli {

// The one parser of numbers on the command line: the whole text, base 10.
std::optional<int64_t> ParseInt(std::string_view text);
std::optional<uint64_t> ParseUnsigned(std::string_view text);
// A decimal with a comma or a point ("0,5" and "0.5"; "-1", "12"); no thousands
// separators, no exponent, nothing infinite or NaN.
std::optional<double> ParseReal(std::string_view text);
// ASCII lower case (enum values are compared without case: --predicate WBK).
std::string AsciiLower(std::string_view text);
// "a", "a atau b", "a, b atau c": the allowed values of an option, in a message.
std::string OrList(const std::vector<std::string>& values);

// The output formats a command can write (docs/cli.md "Keluaran"), in zi's names.
inline constexpr const char* kFormatText = "text";
inline constexpr const char* kFormatJson = "json";
inline constexpr const char* kFormatCsv = "csv";
inline constexpr const char* kFormatXlsx = "xlsx";
inline constexpr const char* kFormatHtml = "html";
inline constexpr const char* kFormatIcs = "ics";

// What a command accepts. Each `error` is the message for a bad value, "{}" standing
// for the value as given ("--top: '{}' is not a whole number from 0 to 1000000").
class ArgSpec {
 public:
  ArgSpec& Flag(const std::string& name);  // --json
  ArgSpec& Text(const std::string& name);  // --plan FILE or --plan=FILE, at most once
  ArgSpec& List(const std::string& name);  // repeatable: --ratio-alt A=B --ratio-alt C=D
  ArgSpec& Int(const std::string& name, int64_t min, int64_t max, const std::string& error);
  ArgSpec& Unsigned(const std::string& name, const std::string& error);
  ArgSpec& Real(const std::string& name, const std::string& error);
  ArgSpec& IsoDate(const std::string& name, const std::string& error);
  // One of `values`, compared without case; Args::Option gives it in lower case. `aliases`
  // are accepted too but not listed in the message ("--layer harus unit atau tpi, bukan
  // 'x'", a usage error).
  ArgSpec& Enum(const std::string& name, std::vector<std::string> values,
                std::vector<std::string> aliases = {});
  // Any text, given to the command in lower case (--predicate WBK: the rubric's ids).
  ArgSpec& Lower(const std::string& name);
  // --limit N and --all, for a command that prints a list (Args::Limit).
  ArgSpec& Limit();
  // The formats the command writes (kFormat*), the first one used when neither --format
  // nor -o's extension says; `required`: no default, one of them must be asked for.
  // Set by WithOutputOptions (common.hpp), which also declares --format, -o, ...
  ArgSpec& Formats(std::vector<std::string> formats, bool required = false);
  ArgSpec& Positional(size_t min, size_t max);

  enum class Kind { kFlag, kText, kList, kInt, kUnsigned, kReal, kDate, kEnum, kLower };
  struct Option {
    Kind kind = Kind::kText;
    int64_t min = 0, max = 0;
    std::string error;
    std::vector<std::string> values, aliases;  // kEnum
  };
  const std::map<std::string, Option>& options() const { return options_; }
  size_t min_positional() const { return min_positional_; }
  size_t max_positional() const { return max_positional_; }
  const std::vector<std::string>& formats() const { return formats_; }
  bool format_required() const { return format_required_; }

 private:
  std::map<std::string, Option> options_;
  size_t min_positional_ = 0, max_positional_ = 0;
  std::vector<std::string> formats_;
  bool format_required_ = false;
};

class Args {
 public:
  bool Flag(const std::string& name) const { return flags_.count(name) > 0; }
  // The text of an option as given (any kind but flags and lists).
  std::optional<std::string> Option(const std::string& name) const;
  std::optional<int64_t> Int(const std::string& name) const;
  std::optional<uint64_t> Unsigned(const std::string& name) const;
  std::optional<double> Real(const std::string& name) const;
  std::optional<Date> IsoDate(const std::string& name) const;
  std::vector<std::string> List(const std::string& name) const;
  const std::vector<std::string>& positional() const { return positional_; }
  // How many items of a list to show: --all (everything), --limit N (or its older name
  // --top N where a command has it), else `fallback`.
  size_t Limit(size_t fallback) const;
  // The spec's formats (ArgSpec::Formats), for ReadOutputArgs.
  const std::vector<std::string>& formats() const { return formats_; }
  bool format_required() const { return format_required_; }

  friend absl::StatusOr<Args> ParseArgs(const std::vector<std::string>& argv, const ArgSpec& spec);

 private:
  std::map<std::string, bool> flags_;
  std::map<std::string, std::string> text_;
  std::map<std::string, std::string> lowered_;  // kEnum, kLower
  std::map<std::string, std::vector<std::string>> lists_;
  std::map<std::string, int64_t> ints_;
  std::map<std::string, uint64_t> unsigned_;
  std::map<std::string, double> reals_;
  std::map<std::string, Date> dates_;
  std::vector<std::string> positional_;
  std::vector<std::string> formats_;
  bool format_required_ = false;
};

// InvalidArgument: a wrong command line ("pilihan --x tidak dikenal", "argumen kurang", a
// value not among an enum's), to be shown with the usage (exit 2). OutOfRange: a bad value,
// with its message (exit 1). Every message is Indonesian.
absl::StatusOr<Args> ParseArgs(const std::vector<std::string>& argv, const ArgSpec& spec);

}  // namespace zi::cli

#endif  // ZI_CLI_ARGS_HPP
