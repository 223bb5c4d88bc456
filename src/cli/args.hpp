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
std::optional<double> ParseReal(std::string_view text);

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
  ArgSpec& Positional(size_t min, size_t max);

  enum class Kind { kFlag, kText, kList, kInt, kUnsigned, kReal, kDate };
  struct Option {
    Kind kind = Kind::kText;
    int64_t min = 0, max = 0;
    std::string error;
  };
  const std::map<std::string, Option>& options() const { return options_; }
  size_t min_positional() const { return min_positional_; }
  size_t max_positional() const { return max_positional_; }

 private:
  std::map<std::string, Option> options_;
  size_t min_positional_ = 0, max_positional_ = 0;
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

  friend absl::StatusOr<Args> ParseArgs(const std::vector<std::string>& argv, const ArgSpec& spec);

 private:
  std::map<std::string, bool> flags_;
  std::map<std::string, std::string> text_;
  std::map<std::string, std::vector<std::string>> lists_;
  std::map<std::string, int64_t> ints_;
  std::map<std::string, uint64_t> unsigned_;
  std::map<std::string, double> reals_;
  std::map<std::string, Date> dates_;
  std::vector<std::string> positional_;
};

// InvalidArgument: a wrong command line ("unknown option --x", "missing argument"), to
// be shown with the usage (exit 2). OutOfRange: a bad value, with its message (exit 1).
absl::StatusOr<Args> ParseArgs(const std::vector<std::string>& argv, const ArgSpec& spec);

}  // namespace zi::cli

#endif  // ZI_CLI_ARGS_HPP
