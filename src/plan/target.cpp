#include "zi/plan/target.hpp"

#include <array>

#include "internal/strings.hpp"
#include "internal/text.hpp"
#include "internal/utf8.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::AsciiLower;
using internal::CleanText;
using internal::IsAsciiDigits;
using internal::SplitWords;

// 1..9
int Unit(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kUnits = {
      "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"};
  for (size_t i = 0; i < kUnits.size(); ++i) {
    if (w == kUnits[i]) return static_cast<int>(i) + 1;
  }
  return 0;
}

// Joins the "se-" prefix forms: "se-puluh", "se puluh", "sepuluh" → "sepuluh".
std::vector<std::string> NormalizeNumberWords(std::string_view words) {
  std::string lower = AsciiLower(CleanText(words));
  for (char& c : lower) {
    if (c == '-') c = ' ';
  }
  std::vector<std::string> out;
  const std::string cleaned = CleanText(lower);
  for (std::string_view w : SplitWords(cleaned)) {
    if (!out.empty() && out.back() == "se" && (w == "puluh" || w == "belas" || w == "ratus")) {
      out.back() = internal::Cat("se", w);
    } else {
      out.emplace_back(w);
    }
  }
  return out;
}

}  // namespace

std::optional<int> ParseNumberWords(std::string_view words) {
  const std::vector<std::string> w = NormalizeNumberWords(words);
  if (w.size() == 1) {
    if (w[0] == "sepuluh") return 10;
    if (w[0] == "sebelas") return 11;
    if (w[0] == "seratus") return 100;
    if (int u = Unit(w[0])) return u;
    return std::nullopt;
  }
  if (w.size() == 2) {
    const int d = Unit(w[0]);
    if (d >= 2 && w[1] == "belas") return 10 + d;
    if (d >= 2 && w[1] == "puluh") return 10 * d;
    if (w[0] == "sepuluh" || w[0] == "sebelas") return std::nullopt;
    return std::nullopt;
  }
  if (w.size() == 3) {
    const int d = Unit(w[0]);
    const int u = Unit(w[2]);
    if (d >= 2 && w[1] == "puluh" && u >= 1) return 10 * d + u;
  }
  return std::nullopt;
}

namespace {

// "%" or the word "persen" (any case), with or without text after it.
bool IsPercentage(std::string_view rest) {
  if (!rest.empty() && rest.front() == '%') return true;
  constexpr std::string_view kPersen = "persen";
  if (rest.size() < kPersen.size()) return false;
  for (size_t i = 0; i < kPersen.size(); ++i) {
    const char c = rest[i];
    if ((c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c) != kPersen[i]) return false;
  }
  return rest.size() == kPersen.size() || rest[kPersen.size()] == ' ';
}

bool StartsWithLetter(std::string_view word) {
  if (word.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(word.front());
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0x80;
}

}  // namespace

absl::StatusOr<Target> ParseTarget(std::string_view phrase) {
  if (std::string problem = internal::Utf8Problem(phrase); !problem.empty()) {
    return absl::InvalidArgumentError(internal::Cat("target capaian ", problem));
  }
  const std::string clean = CleanText(phrase);
  if (clean.empty()) {
    return absl::InvalidArgumentError("target capaian kosong");
  }
  auto fail = [&](std::string_view why) {
    return absl::InvalidArgumentError(internal::Cat("target capaian '", clean, "': ", why));
  };

  Target t;
  std::string_view rest = clean;
  // 1. Leading digits.
  size_t n = 0;
  while (n < rest.size() && rest[n] >= '0' && rest[n] <= '9') ++n;
  long digits_value = 0;
  if (n > 0) {
    if (n > 6) return fail(internal::Cat("jumlah '", rest.substr(0, n), "' terlalu besar"));
    for (size_t i = 0; i < n; ++i) digits_value = digits_value * 10 + (rest[i] - '0');
    t.has_digits = true;
    rest.remove_prefix(n);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  }
  // 2. Number words, in parentheses after digits or bare.
  std::optional<int> words_value;
  if (!rest.empty() && rest.front() == '(') {
    const size_t close = rest.find(')');
    if (close == std::string_view::npos) return fail("'(' tanpa ')'");
    const std::string_view inner = rest.substr(1, close - 1);
    words_value = ParseNumberWords(inner);
    if (!words_value) {
      return fail(internal::Cat("'", inner, "' bukan kata bilangan Indonesia dari 1 sampai 100"));
    }
    t.has_words = true;
    rest.remove_prefix(close + 1);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  } else if (!t.has_digits) {
    // Longest run of leading words that reads as a number ("dua puluh tiga Laporan").
    const std::vector<std::string_view> words = SplitWords(rest);
    for (size_t k = std::min<size_t>(words.size(), 4); k >= 1; --k) {
      const std::string candidate =
          internal::Join(std::vector<std::string_view>(words.begin(), words.begin() + k), " ");
      if (auto v = ParseNumberWords(candidate)) {
        words_value = v;
        t.has_words = true;
        rest.remove_prefix(std::min(rest.size(), candidate.size()));
        while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
        break;
      }
    }
    if (!t.has_words) {
      const std::string_view first = words.empty() ? rest : words.front();
      // A bare unit ("Dokumen", "Laporan") names what to deliver but not how many.
      if (!IsPercentage(rest) && StartsWithLetter(first)) {
        t.count = 1;
        t.unit = std::string(rest);
        t.basis = TargetBasis::kCountMissing;
        return t;
      }
      return fail(internal::Cat("tidak ada jumlah: '", first, "' bukan angka maupun kata bilangan"));
    }
  }
  if (t.has_digits && t.has_words && digits_value != *words_value) {
    return fail(internal::Cat("angkanya menyebut ", digits_value, " tetapi kata bilangannya menyebut ",
                             *words_value));
  }
  // "100%", "100 persen": a share of something, not a count of deliverables.
  if ((t.has_digits || t.has_words) && IsPercentage(rest)) {
    t.count = 1;
    t.unit = std::string(rest);
    t.basis = TargetBasis::kPercentage;
    return t;
  }
  const long count = t.has_digits ? digits_value : *words_value;
  if (count < 1) return fail("jumlah harus paling sedikit 1");
  t.count = static_cast<int>(count);
  if (rest.empty()) return fail("tidak ada satuan setelah jumlah (mis. 'Laporan', 'Kegiatan')");
  if (rest.front() == '(' || IsAsciiDigits(SplitWords(rest).front())) {
    return fail(internal::Cat("'", SplitWords(rest).front(), "' tidak diharapkan setelah jumlah"));
  }
  t.unit = std::string(rest);
  return t;
}

}  // namespace v1
}  // namespace zi
