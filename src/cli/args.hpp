// A small, strict command-line parser: unknown options are errors, never ignored.
#ifndef ZI_CLI_ARGS_HPP
#define ZI_CLI_ARGS_HPP

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "absl/status/statusor.h"

namespace zi::cli {

struct ArgSpec {
  std::set<std::string> flags;    // options without a value: --json
  std::set<std::string> options;  // options with a value: --plan FILE or --plan=FILE
  size_t min_positional = 0;
  size_t max_positional = 0;
};

class Args {
 public:
  bool Flag(const std::string& name) const { return flags_.count(name) > 0; }
  std::optional<std::string> Option(const std::string& name) const;
  const std::vector<std::string>& positional() const { return positional_; }

  friend absl::StatusOr<Args> ParseArgs(const std::vector<std::string>& argv,
                                        const ArgSpec& spec);

 private:
  std::set<std::string> flags_;
  std::map<std::string, std::string> options_;
  std::vector<std::string> positional_;
};

absl::StatusOr<Args> ParseArgs(const std::vector<std::string>& argv, const ArgSpec& spec);

}  // namespace zi::cli

#endif  // ZI_CLI_ARGS_HPP
