#include "zi/compliance/synthetic.hpp"

#include <array>
#include <algorithm>
#include <cstdio>

#include "internal/strings.hpp"
#include "zi/plan/satker_registry.hpp"

namespace zi {
inline namespace v1 {
namespace {

struct Phrase {
  const char* schedule;  // "%d" is replaced by the plan year
  int occurrences;
};

// The decree's vocabulary of target waktu, with how many occurrences each yields.
constexpr std::array<Phrase, 9> kPhrases = {{
    {"Per Triwulan", 4},
    {"Per Semester", 2},
    {"Setiap Bulan", 12},
    {"Januari %d", 1},
    {"Januari s.d. Februari %d", 1},
    {"Januari s.d. Maret %d", 1},
    {"Januari s.d. Desember %d", 1},
    {"Desember %d", 1},
    {"Maret, Juni, September dan Desember %d", 4},
}};

constexpr std::array<const char*, 12> kWords = {"satu",    "dua",      "tiga",     "empat",
                                                "lima",    "enam",     "tujuh",    "delapan",
                                                "sembilan", "sepuluh", "sebelas", "dua belas"};

std::string PhraseFor(const Phrase& p, int year) {
  char buf[96];
  std::snprintf(buf, sizeof buf, p.schedule, year);
  return buf;
}

std::string TargetFor(int count, bool kegiatan) {
  return internal::Cat(count, " (", kWords[static_cast<size_t>(count - 1)], ") ",
                       kegiatan ? "Kegiatan" : "Laporan");
}

void Vary(Indicator& ind, SplitMix64& rng, int year) {
  if (ind.schedule.empty() || !rng.Chance(0.3)) return;
  const Phrase& p = kPhrases[rng.Below(kPhrases.size())];
  ind.schedule = PhraseFor(p, year);
  ind.target = TargetFor(p.occurrences, rng.Chance(0.3));
  ind.notes.clear();
  ind.source = SourceCells{};
}

}  // namespace

Plan SyntheticPlan(const Plan& base, const Satker& satker, uint64_t seed) {
  SplitMix64 rng(seed);
  PlanData data = base.data();
  data.satker = satker;
  data.decree = Decree{};
  data.decree.number = internal::Cat("Sintetis ", satker.code, "/", data.year);
  data.notes.clear();
  for (Component& c : data.components) {
    c.id.clear();
    for (Aspect& a : c.aspects) {
      a.id.clear();
      for (Activity& k : a.activities) {
        k.id.clear();
        std::vector<Indicator> kept;
        for (Indicator& ind : k.indicators) {
          if (!rng.Chance(0.85)) continue;
          ind.id.clear();
          Vary(ind, rng, data.year);
          kept.push_back(std::move(ind));
        }
        if (kept.empty() && !k.indicators.empty()) {
          kept.push_back(std::move(k.indicators.front()));  // keep every kegiatan alive
          kept.back().id.clear();
        }
        k.indicators = std::move(kept);
      }
      const uint32_t extra = rng.Below(3);
      if (extra > 0 && !a.activities.empty()) {
        Activity& k = a.activities.back();
        for (uint32_t e = 0; e < extra; ++e) {
          Indicator ind;
          const Phrase& p = kPhrases[rng.Below(kPhrases.size())];
          ind.text = internal::Cat("Indikator tambahan ", e + 1, " untuk ", a.name);
          ind.evidence = "Laporan";
          ind.schedule = PhraseFor(p, data.year);
          ind.target = TargetFor(p.occurrences, false);
          k.indicators.push_back(std::move(ind));
        }
      }
    }
  }
  return Plan(std::move(data));
}

Satker SyntheticSatker(size_t i) {
  const std::span<const Satker> kpu = KpuSatker();
  if (i < kpu.size()) return kpu[i];
  // Spread the extra satker over the provinces, as kabupaten/kota.
  static const std::vector<const Satker*> provinces = [kpu] {
    std::vector<const Satker*> out;
    for (const Satker& s : kpu) {
      if (s.level == SatkerLevel::kProvinsi) out.push_back(&s);
    }
    return out;
  }();
  const Satker& parent = *provinces[i % provinces.size()];
  char code[32];
  std::snprintf(code, sizeof code, "SYN-%06zu", i + 1);
  return Satker{code, internal::Cat("Satker sintetis ", i + 1), SatkerLevel::kKabkota,
                parent.code, parent.time_zone};
}

uint64_t SyntheticPlanSeed(uint64_t seed, size_t i) {
  return seed ^ (0x5851F42D4C957F2Dull * (i + 1));
}

std::vector<Plan> SyntheticPortfolio(const Plan& base, size_t count, uint64_t seed) {
  std::vector<Plan> plans;
  plans.reserve(count);
  for (size_t i = 0; i < count; ++i) {
    plans.push_back(SyntheticPlan(base, SyntheticSatker(i), SyntheticPlanSeed(seed, i)));
  }
  return plans;
}

std::vector<Plan> SyntheticPortfolio(const Plan& base, std::span<const Satker> satker,
                                     uint64_t seed) {
  std::vector<Plan> plans;
  plans.reserve(satker.size());
  for (size_t i = 0; i < satker.size(); ++i) {
    plans.push_back(SyntheticPlan(base, satker[i], SyntheticPlanSeed(seed, i)));
  }
  return plans;
}

std::vector<EvidenceRecord> SyntheticEvidence(const Plan& plan, const PlanOccurrences& occurrences,
                                              uint64_t seed) {
  SplitMix64 rng(seed);
  std::vector<EvidenceRecord> out;
  int line = 1;
  for (const Occurrence& o : occurrences.occurrences) {
    const uint32_t roll = rng.Below(100);
    if (roll >= 83) continue;  // missing
    EvidenceRecord e;
    e.satker = plan.satker().code;
    e.indicator = o.indicator_id;
    e.occurrence = o.index;
    e.count = std::max(1, o.required);
    if (o.required > 1 && rng.Chance(0.2)) e.count = o.required - 1;
    const int32_t span = std::max<int32_t>(0, o.due - o.window_start);
    if (roll < 60 || (roll >= 75 && roll < 83)) {
      e.date = o.window_start.AddDays(static_cast<int32_t>(rng.Below(static_cast<uint32_t>(span) + 1)));
    } else {
      e.date = o.due.AddDays(1 + static_cast<int32_t>(rng.Below(40)));
    }
    if (roll >= 75 && roll < 80) e.status = EvidenceStatus::kSubmitted;
    if (roll >= 80) e.status = EvidenceStatus::kRejected;
    e.ref = internal::Cat("SYN/", plan.satker().code, "/", o.indicator_id, "/", o.index);
    e.line = ++line;
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace v1
}  // namespace zi
