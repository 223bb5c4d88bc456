#include "cli/args.hpp"

#include "internal/strings.hpp"

namespace zi::cli {
namespace internal = ::zi::internal;

std::optional<std::string> Args::Option(const std::string& name) const {
  auto it = options_.find(name);
  if (it == options_.end()) return std::nullopt;
  return it->second;
}

absl::StatusOr<Args> ParseArgs(const std::vector<std::string>& argv, const ArgSpec& spec) {
  Args args;
  bool only_positional = false;
  for (size_t i = 0; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    if (only_positional || a.size() < 2 || a[0] != '-' || a == "-") {
      args.positional_.push_back(a);
      continue;
    }
    if (a == "--") {
      only_positional = true;
      continue;
    }
    std::string name = a;
    std::optional<std::string> value;
    if (const size_t eq = a.find('='); eq != std::string::npos && a.rfind("--", 0) == 0) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
    }
    if (spec.flags.count(name)) {
      if (value) return absl::InvalidArgumentError(internal::Cat(name, " takes no value"));
      args.flags_.insert(name);
    } else if (spec.options.count(name)) {
      if (!value) {
        if (i + 1 >= argv.size()) {
          return absl::InvalidArgumentError(internal::Cat(name, " needs a value"));
        }
        value = argv[++i];
      }
      if (args.options_.count(name)) {
        return absl::InvalidArgumentError(internal::Cat(name, " given twice"));
      }
      args.options_[name] = *value;
    } else {
      return absl::InvalidArgumentError(internal::Cat("unknown option ", name));
    }
  }
  if (args.positional_.size() < spec.min_positional) {
    return absl::InvalidArgumentError("missing argument");
  }
  if (args.positional_.size() > spec.max_positional) {
    return absl::InvalidArgumentError(
        internal::Cat("unexpected argument '", args.positional_[spec.max_positional], "'"));
  }
  return args;
}

}  // namespace zi::cli
