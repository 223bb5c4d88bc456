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

std::vector<Command> Sorted() {
  std::vector<Command> commands = zi::cli::Registry();
  std::sort(commands.begin(), commands.end(),
            [](const Command& a, const Command& b) { return a.path < b.path; });
  return commands;
}

void PrintHelp(std::ostream& out) {
  out << "zi " ZI_CORE_VERSION_STRING
         ": Rencana Aksi Zona Integritas (WBK/WBBM) untuk satker KPU\n\n"
         "Penggunaan: zi PERINTAH [PILIHAN...]\n\nPerintah:\n";
  for (const Command& c : Sorted()) out << "  zi " << c.path << "\n      " << c.summary << "\n";
  out << "\nzi PERINTAH --help menampilkan pilihan sebuah perintah; zi KELOMPOK (mis. zi plan) "
         "menampilkan perintah kelompok itu.\n"
         "Tanpa --plan, perintah memakai rencana aksi bawaan KPU Provinsi Sulawesi Tengah "
         "2026.\n"
         "Aturan pilihan, format keluaran dan skala angka JSON: docs/cli.md.\n"
         "Status keluar: 0 berhasil, 1 masukan salah atau ada galat, 2 baris perintah salah.\n";
}

// The commands of a group ("plan": plan show, plan lint, ...); empty if `group` is none.
std::vector<Command> GroupCommands(const std::string& group) {
  std::vector<Command> out;
  for (const Command& c : Sorted()) {
    if (c.path.size() > group.size() && c.path.compare(0, group.size(), group) == 0 &&
        c.path[group.size()] == ' ') {
      out.push_back(c);
    }
  }
  return out;
}

void PrintGroup(std::ostream& out, const std::string& group, const std::vector<Command>& list) {
  out << "Penggunaan: zi " << group << " PERINTAH [PILIHAN...]\n\nPerintah zi " << group << ":\n";
  for (const Command& c : list) out << "  zi " << c.path << "\n      " << c.summary << "\n";
  out << "\nzi " << group << " PERINTAH --help menampilkan pilihan sebuah perintah.\n";
}

void PrintCommandHelp(std::ostream& out, const Command& c) {
  out << "Penggunaan: " << c.usage << "\n  " << c.summary << "\n";
  const std::vector<std::string>& formats = c.spec.formats();
  if (!formats.empty()) {
    out << "\nFormat keluaran: " << zi::cli::OrList(formats);
    if (formats.size() > 1) {
      out << (c.spec.format_required() ? " (wajib dipilih" : " (bawaan " + formats.front());
      out << "; --format, atau dari ekstensi berkas -o)";
    }
    out << "\n";
  }
  if (c.spec.options().count("--limit")) {
    out << "Daftar panjang dipotong: --limit N menampilkan N butir, --all semuanya.\n";
  }
  out << "Angka desimal boleh ditulis 0,5 atau 0.5; nilai pilihan tidak peka huruf besar/kecil "
         "(docs/cli.md).\n";
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
    // A group without (or with an unknown) subcommand lists its subcommands.
    const std::vector<Command> group = GroupCommands(words[0]);
    const bool help = words.size() > 1 && (words[1] == "--help" || words[1] == "-h");
    if (!group.empty() && help) {
      PrintGroup(std::cout, words[0], group);
      return zi::cli::kExitOk;
    }
    if (!group.empty()) {
      if (words.size() > 1) {
        std::cerr << "zi: galat: perintah 'zi " << words[0] << " " << words[1]
                  << "' tidak dikenal\n\n";
      } else {
        std::cerr << "zi: galat: zi " << words[0] << " perlu sebuah perintah\n\n";
      }
      PrintGroup(std::cerr, words[0], group);
      return zi::cli::kExitUsage;
    }
    std::cerr << "zi: galat: perintah '" << words[0] << "' tidak dikenal; lihat zi --help\n";
    return zi::cli::kExitUsage;
  }
  std::vector<std::string> rest(words.begin() + static_cast<long>(best_len), words.end());
  if (std::find(rest.begin(), rest.end(), "--help") != rest.end() ||
      std::find(rest.begin(), rest.end(), "-h") != rest.end()) {
    PrintCommandHelp(std::cout, *best);
    return zi::cli::kExitOk;
  }
  auto args = zi::cli::ParseArgs(rest, best->spec);
  if (absl::IsOutOfRange(args.status())) {
    return zi::cli::Fail(std::cerr, args.status());  // a bad value: bad input
  }
  if (!args.ok()) {
    std::cerr << "zi: galat: " << args.status().message() << "\nPenggunaan: " << best->usage
              << "\n";
    return zi::cli::kExitUsage;
  }
  try {
    return best->run(*args, std::cout, std::cerr);
  } catch (const std::exception& e) {
    std::cerr << "zi: galat internal: " << e.what() << "\n";
    return zi::cli::kExitFailure;
  }
}
