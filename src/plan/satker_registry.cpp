#include "zi/plan/satker_registry.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>

#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {
namespace {

struct Province {
  int code;
  const char* name;
  TimeZone tz;
  int kabkota;  // number of kabupaten/kota (2023)
};

// BPS province codes, names, time zones and kabupaten/kota counts; 38 provinces, 514
// kabupaten/kota.
constexpr Province kProvinces[] = {
    {11, "Aceh", TimeZone::kWIB, 23},
    {12, "Sumatera Utara", TimeZone::kWIB, 33},
    {13, "Sumatera Barat", TimeZone::kWIB, 19},
    {14, "Riau", TimeZone::kWIB, 12},
    {15, "Jambi", TimeZone::kWIB, 11},
    {16, "Sumatera Selatan", TimeZone::kWIB, 17},
    {17, "Bengkulu", TimeZone::kWIB, 10},
    {18, "Lampung", TimeZone::kWIB, 15},
    {19, "Kepulauan Bangka Belitung", TimeZone::kWIB, 7},
    {21, "Kepulauan Riau", TimeZone::kWIB, 7},
    {31, "DKI Jakarta", TimeZone::kWIB, 6},
    {32, "Jawa Barat", TimeZone::kWIB, 27},
    {33, "Jawa Tengah", TimeZone::kWIB, 35},
    {34, "DI Yogyakarta", TimeZone::kWIB, 5},
    {35, "Jawa Timur", TimeZone::kWIB, 38},
    {36, "Banten", TimeZone::kWIB, 8},
    {51, "Bali", TimeZone::kWITA, 9},
    {52, "Nusa Tenggara Barat", TimeZone::kWITA, 10},
    {53, "Nusa Tenggara Timur", TimeZone::kWITA, 22},
    {61, "Kalimantan Barat", TimeZone::kWIB, 14},
    {62, "Kalimantan Tengah", TimeZone::kWIB, 14},
    {63, "Kalimantan Selatan", TimeZone::kWITA, 13},
    {64, "Kalimantan Timur", TimeZone::kWITA, 10},
    {65, "Kalimantan Utara", TimeZone::kWITA, 5},
    {71, "Sulawesi Utara", TimeZone::kWITA, 15},
    {72, "Sulawesi Tengah", TimeZone::kWITA, 13},
    {73, "Sulawesi Selatan", TimeZone::kWITA, 24},
    {74, "Sulawesi Tenggara", TimeZone::kWITA, 17},
    {75, "Gorontalo", TimeZone::kWITA, 6},
    {76, "Sulawesi Barat", TimeZone::kWITA, 6},
    {81, "Maluku", TimeZone::kWIT, 11},
    {82, "Maluku Utara", TimeZone::kWIT, 10},
    {91, "Papua", TimeZone::kWIT, 9},
    {92, "Papua Barat", TimeZone::kWIT, 7},
    {93, "Papua Selatan", TimeZone::kWIT, 4},
    {94, "Papua Tengah", TimeZone::kWIT, 8},
    {95, "Papua Pegunungan", TimeZone::kWIT, 8},
    {96, "Papua Barat Daya", TimeZone::kWIT, 6},
};

// Sulawesi Tengah's kabupaten/kota with their BPS codes.
struct KabKota {
  int code;
  const char* name;
};
constexpr KabKota kSulteng[] = {
    {7201, "KPU Kabupaten Banggai Kepulauan"}, {7202, "KPU Kabupaten Banggai"},
    {7203, "KPU Kabupaten Morowali"},          {7204, "KPU Kabupaten Poso"},
    {7205, "KPU Kabupaten Donggala"},          {7206, "KPU Kabupaten Toli-Toli"},
    {7207, "KPU Kabupaten Buol"},              {7208, "KPU Kabupaten Parigi Moutong"},
    {7209, "KPU Kabupaten Tojo Una-Una"},      {7210, "KPU Kabupaten Sigi"},
    {7211, "KPU Kabupaten Banggai Laut"},      {7212, "KPU Kabupaten Morowali Utara"},
    {7271, "KPU Kota Palu"},
};

std::vector<Satker> Build() {
  std::vector<Satker> out;
  out.push_back(Satker{"KPU-RI", "Komisi Pemilihan Umum Republik Indonesia", SatkerLevel::kPusat,
                       "", TimeZone::kWIB});
  for (const Province& p : kProvinces) {
    const std::string code = internal::Cat("KPU-", p.code);
    const char* prefix = p.code == 11 ? "KIP Aceh" : "KPU Provinsi ";
    out.push_back(Satker{code, p.code == 11 ? std::string(prefix) : internal::Cat(prefix, p.name),
                         SatkerLevel::kProvinsi, "KPU-RI", p.tz});
    for (int k = 1; k <= p.kabkota; ++k) {
      if (p.code == 72) {
        const KabKota& kk = kSulteng[k - 1];
        out.push_back(Satker{internal::Cat("KPU-", kk.code), kk.name, SatkerLevel::kKabkota, code,
                             p.tz});
        continue;
      }
      char num[16];
      std::snprintf(num, sizeof num, "%02d", k);
      out.push_back(Satker{internal::Cat("KPU-", p.code, num),
                           internal::Cat(p.code == 11 ? "KIP Kabupaten/Kota " : "KPU Kabupaten/Kota ",
                                         p.name, " ", num),
                           SatkerLevel::kKabkota, code, p.tz});
    }
  }
  return out;
}

}  // namespace

std::span<const Satker> KpuSatker() {
  static const std::vector<Satker> kAll = Build();
  return kAll;
}

std::vector<Satker> SultengSatker() {
  std::vector<Satker> out;
  for (const Satker& s : KpuSatker()) {
    if (s.code == "KPU-72" || s.parent == "KPU-72") out.push_back(s);
  }
  return out;
}

namespace {

// ---- Name matching (docs/satker.md, "Finding a satker") ----------------------------------

// Splits a name into lower-case words: ASCII letters and digits and any non-ASCII UTF-8 byte
// are word characters, everything else (spaces, NBSP, punctuation: "Kab.", "Toli-Toli",
// "Kabupaten/Kota") separates words.
std::vector<std::string> NameWords(std::string_view s) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) words.push_back(std::move(cur));
    cur.clear();
  };
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0xA0) {
      flush();  // U+00A0 NO-BREAK SPACE
      ++i;
      continue;
    }
    if (c >= 'A' && c <= 'Z') {
      cur.push_back(static_cast<char>(c - 'A' + 'a'));
    } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
      cur.push_back(static_cast<char>(c));
    } else {
      flush();
    }
  }
  flush();
  return words;
}

struct Phrase {
  std::array<std::string_view, 4> words;  // empty entries end the phrase
  std::string_view as;
};

// Long forms and abbreviations, each replaced by the registry's word. "kota" has no entry:
// KPU Kota Palu and a KPU Kabupaten of the same name stay apart.
constexpr Phrase kPhrases[] = {
    {{"komisi", "pemilihan", "umum"}, "kpu"},
    {{"komisi", "independen", "pemilihan"}, "kip"},
    {{"republik", "indonesia"}, "ri"},
    {{"daerah", "khusus", "ibukota"}, "dki"},
    {{"daerah", "khusus", "ibu", "kota"}, "dki"},
    {{"daerah", "istimewa"}, "di"},
    {{"d", "i"}, "di"},
    {{"kab"}, "kabupaten"},
    {{"kabu"}, "kabupaten"},
    {{"prov"}, "provinsi"},
    {{"propinsi"}, "provinsi"},
    {{"kep"}, "kepulauan"},
    {{"kepl"}, "kepulauan"},
};

size_t PhraseLength(const Phrase& p) {
  size_t n = 0;
  while (n < p.words.size() && !p.words[n].empty()) ++n;
  return n;
}

// The words of a name in the registry's vocabulary: long forms shortened ("Komisi Pemilihan
// Umum" -> "kpu"), abbreviations spelled out ("Kab." -> "kabupaten"), and a leading
// "Sekretariat" / "Sekretariat Jenderal" (the secretariat is the budget satker of the same
// commission) dropped; "Sekretariat Jenderal" (only KPU RI has one) implies "RI".
std::vector<std::string> CanonicalWords(std::string_view name) {
  const std::vector<std::string> in = NameWords(name);
  std::vector<std::string> out;
  out.reserve(in.size());
  size_t i = 0;
  bool secretariat_general = false;  // only KPU RI has one
  if (i < in.size() && (in[i] == "sekretariat" || in[i] == "setjen")) {
    secretariat_general = in[i] == "setjen";
    ++i;
    if (i < in.size() && in[i - 1] == "sekretariat" && in[i] == "jenderal") {
      secretariat_general = true;
      ++i;
    }
  }
  while (i < in.size()) {
    bool replaced = false;
    for (const Phrase& p : kPhrases) {
      const size_t n = PhraseLength(p);
      if (i + n > in.size()) continue;
      bool same = true;
      for (size_t k = 0; k < n && same; ++k) same = in[i + k] == p.words[k];
      if (!same) continue;
      out.emplace_back(p.as);
      i += n;
      replaced = true;
      break;
    }
    if (!replaced) out.push_back(in[i++]);
  }
  if (secretariat_general && std::find(out.begin(), out.end(), "ri") == out.end()) {
    out.emplace_back("ri");
  }
  return out;
}

std::string Compact(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& w : words) out += w;
  return out;
}

// One way of writing a registry entry's name.
struct NameForm {
  std::vector<std::string> words;
  std::string compact;  // the words joined without spaces: "Toli-Toli" == "Tolitoli"
};

struct NameIndex {
  // forms[i] are the accepted forms of KpuSatker()[i].
  std::vector<std::vector<NameForm>> forms;
};

NameForm MakeForm(std::vector<std::string> words) {
  NameForm f;
  f.compact = Compact(words);
  f.words = std::move(words);
  return f;
}

const NameIndex& Index() {
  static const NameIndex kIndex = [] {
    NameIndex idx;
    for (const Satker& s : KpuSatker()) {
      std::vector<NameForm> forms;
      std::vector<std::string> words = CanonicalWords(s.name);
      // Aceh's commission is the KIP (Komisi Independen Pemilihan); decrees and users also
      // write it "KPU", and its provincial body "KIP/KPU Provinsi Aceh".
      if (!words.empty() && words[0] == "kip") {
        std::vector<std::string> kpu = words;
        kpu[0] = "kpu";
        if (s.level == SatkerLevel::kProvinsi) {
          std::vector<std::string> kip_prov = words;
          kip_prov.insert(kip_prov.begin() + 1, "provinsi");
          std::vector<std::string> kpu_prov = kip_prov;
          kpu_prov[0] = "kpu";
          forms.push_back(MakeForm(std::move(kip_prov)));
          forms.push_back(MakeForm(std::move(kpu_prov)));
        }
        forms.push_back(MakeForm(std::move(kpu)));
      }
      forms.insert(forms.begin(), MakeForm(std::move(words)));
      idx.forms.push_back(std::move(forms));
    }
    return idx;
  }();
  return kIndex;
}

// True when `word` is one word of `form`, or several consecutive ones written together
// ("tolitoli" against "toli toli").
bool HoldsWord(const NameForm& form, std::string_view word) {
  for (size_t i = 0; i < form.words.size(); ++i) {
    std::string joined;
    for (size_t j = i; j < form.words.size() && joined.size() < word.size(); ++j) {
      joined += form.words[j];
      if (joined == word) return true;
    }
  }
  return false;
}

bool AsciiIEqual(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

std::string_view TrimSpaces(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

const Satker* FindSatkerByCode(std::string_view code) {
  code = TrimSpaces(code);
  if (code.empty()) return nullptr;
  for (const Satker& s : KpuSatker()) {
    if (AsciiIEqual(s.code, code)) return &s;
  }
  return nullptr;
}

std::vector<const Satker*> FindSatkerByName(std::string_view name) {
  std::vector<const Satker*> exact;
  std::vector<const Satker*> partial;
  const std::vector<std::string> words = CanonicalWords(name);
  if (words.empty()) return exact;
  const std::string compact = Compact(words);
  const std::span<const Satker> all = KpuSatker();
  const NameIndex& idx = Index();
  for (size_t i = 0; i < all.size(); ++i) {
    bool is_exact = false;
    bool is_partial = false;
    for (const NameForm& form : idx.forms[i]) {
      if (form.compact == compact) {
        is_exact = true;
        break;
      }
      if (!is_partial) {
        bool all_words = true;
        for (const std::string& w : words) {
          if (!HoldsWord(form, w)) {
            all_words = false;
            break;
          }
        }
        is_partial = all_words;
      }
    }
    if (is_exact) {
      exact.push_back(&all[i]);
    } else if (is_partial && exact.empty()) {
      partial.push_back(&all[i]);
    }
  }
  return exact.empty() ? partial : exact;
}

std::vector<const Satker*> FindSatker(std::string_view query) {
  if (const Satker* s = FindSatkerByCode(query)) return {s};
  const std::string_view q = TrimSpaces(query);
  const bool digits = !q.empty() && q.find_first_not_of("0123456789") == std::string_view::npos;
  if (digits) {
    if (const Satker* s = FindSatkerByCode(internal::Cat("KPU-", q))) return {s};
  }
  return FindSatkerByName(query);
}

}  // namespace v1
}  // namespace zi
