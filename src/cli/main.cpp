// zi: the command-line face of libzi. Every command works on the embedded default plan
// unless given --plan FILE.
#include <algorithm>
#include <iostream>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "common.hpp"
#include "zi/version.hpp"

namespace {

using zi::cli::Command;

void PrintHelp(std::ostream& out) {
  std::vector<Command> commands = zi::cli::Registry();
  std::sort(commands.begin(), commands.end(),
            [](const Command& a, const Command& b) { return a.path < b.path; });
  out << "zi " ZI_CORE_VERSION_STRING
         ": Rencana Aksi Zona Integritas (WBK/WBBM) untuk satker KPU\n\n"
         "Usage:\n";
  for (const Command& c : commands) out << "  " << c.usage << "\n      " << c.summary << "\n";
  out << "\nWithout --plan, commands use the embedded plan of KPU Provinsi Sulawesi Tengah "
         "2026.\n"
         "Exit status: 0 success, 1 bad input or errors found, 2 wrong command line.\n";
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> words(argv + 1, argv + argc);
  if (words.empty() || words[0] == "--help" || words[0] == "-h" || words[0] == "help") {
    PrintHelp(words.empty() ? std::cerr : std::cout);
    return words.empty() ? zi::cli::kExitUsage : zi::cli::kExitOk;
  }
  if (words[0] == "--version") {
    std::cout << "zi " ZI_CORE_VERSION_STRING "\n";
    return zi::cli::kExitOk;
  }
  // The longest command path that prefixes the words wins ("plan show" over "plan").
  const Command* best = nullptr;
  size_t best_len = 0;
  for (const Command& c : zi::cli::Registry()) {
    const std::vector<std::string> path = absl::StrSplit(c.path, ' ');
    if (path.size() <= words.size() && std::equal(path.begin(), path.end(), words.begin()) &&
        path.size() > best_len) {
      best = &c;
      best_len = path.size();
    }
  }
  if (!best) {
    std::cerr << "zi: error: unknown command '" << words[0]
              << (words.size() > 1 ? " " + words[1] : std::string()) << "'; see zi --help\n";
    return zi::cli::kExitUsage;
  }
  std::vector<std::string> rest(words.begin() + static_cast<long>(best_len), words.end());
  if (std::find(rest.begin(), rest.end(), "--help") != rest.end()) {
    std::cout << "Usage: " << best->usage << "\n  " << best->summary << "\n";
    return zi::cli::kExitOk;
  }
  auto args = zi::cli::ParseArgs(rest, best->spec);
  if (absl::IsOutOfRange(args.status())) {
    return zi::cli::Fail(std::cerr, args.status());  // a bad value: bad input
  }
  if (!args.ok()) {
    std::cerr << "zi: error: " << args.status().message() << "\nUsage: " << best->usage << "\n";
    return zi::cli::kExitUsage;
  }
  try {
    return best->run(*args, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "zi: internal error: " << e.what() << "\n";
    return zi::cli::kExitFailure;
  }
}
