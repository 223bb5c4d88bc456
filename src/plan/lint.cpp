#include "zi/plan/lint.hpp"

#include <algorithm>
#include <cmath>
#include <regex>

#include "absl/container/flat_hash_map.h"
#include "internal/occurrence_internal.hpp"
#include "internal/strings.hpp"
#include "internal/text.hpp"
#include "zi/plan/satker_registry.hpp"
#include "zi/plan/target.hpp"

namespace zi {
inline namespace v1 {
namespace {

class Linter {
 public:
  Linter(const Plan& plan, bool quality)
      : plan_(plan), quality_(quality), schedules_(plan.year()) {}

  std::vector<Diagnostic> Run() {
    const PlanData& p = plan_.data();
    if (p.year < 2000 || p.year > 2100) {
      Add(Severity::kError, "year_invalid", "plan", "year",
          internal::Cat("tahun rencana ", p.year, " di luar rentang 2000..2100"));
    }
    if (p.satker.code.empty()) {
      Add(Severity::kError, "empty_text", "satker", "code", "kode satker kosong");
    }
    if (p.satker.name.empty()) {
      Add(Severity::kError, "empty_text", "satker", "name", "nama satker kosong");
    }
    if (quality_) SatkerRegistry(p.satker);
    if (p.components.empty()) {
      Add(Severity::kError, "plan_empty", "plan", "components",
          "rencana aksi tidak memiliki komponen pengungkit");
    }
    for (const Component& c : p.components) {
      Node(c.id, "komponen");
      NonEmpty(c.id, "name", c.name, "komponen");
      Weight(c.id, c.weight, "komponen");
      if (quality_ && !c.lke_area.empty() && !IsArea(c.lke_area)) {
        Add(Severity::kWarning, "lke_ref_invalid", c.id, "lke_area",
            internal::Cat("'", c.lke_area, "' bukan kode area LKE (MP, TL, SDM, AK, PW, PP)"));
      }
      if (c.aspects.empty()) {
        Add(Severity::kWarning, "node_empty", c.id, "aspects",
            internal::Cat("komponen ", c.id, " tidak memiliki aspek"));
      }
      for (const Aspect& a : c.aspects) {
        Node(a.id, "aspek");
        NonEmpty(a.id, "name", a.name, "aspek");
        Weight(a.id, a.weight, "aspek");
        if (quality_) {
          TextYear(a.id, "name", a.name);
          if (!a.lke_subarea.empty() && !IsSubarea(a.lke_subarea)) {
            Add(Severity::kWarning, "lke_ref_invalid", a.id, "lke_subarea",
                internal::Cat("'", a.lke_subarea,
                             "' bukan kode sub-area LKE (contoh: P.MP.ii)"));
          }
        }
        if (a.activities.empty()) {
          Add(Severity::kWarning, "node_empty", a.id, "activities",
              internal::Cat("aspek ", a.id, " tidak memiliki kegiatan"));
        }
        for (const Activity& k : a.activities) {
          Node(k.id, "kegiatan");
          NonEmpty(k.id, "text", k.text, "kegiatan");
          if (quality_) TextYear(k.id, "text", k.text);
          if (k.indicators.empty()) {
            Add(Severity::kWarning, "node_empty", k.id, "indicators",
                internal::Cat("kegiatan ", k.id, " tidak memiliki indikator"));
          }
          for (const Indicator& i : k.indicators) IndicatorChecks(i);
        }
      }
    }
    return std::move(out_);
  }

 private:
  void Add(Severity s, std::string code, std::string where, std::string field,
           std::string message) {
    out_.push_back(Diagnostic{s, std::move(code), std::move(where), std::move(field),
                              std::move(message)});
  }

  void Node(const std::string& id, std::string_view kind) {
    if (id.empty()) {
      Add(Severity::kError, "empty_text", std::string(kind), "id",
          internal::Cat(kind, " dengan id kosong"));
      return;
    }
    auto [it, inserted] = seen_.emplace(id, kind);
    if (!inserted) {
      Add(Severity::kError, "duplicate_id", id, "id",
          internal::Cat("id ", id, " (", kind, ") sudah dipakai oleh ", it->second, " lain"));
    }
  }

  void NonEmpty(const std::string& id, std::string field, const std::string& text,
                std::string_view kind) {
    if (internal::IsBlankText(text)) {
      Add(Severity::kError, "empty_text", id, std::move(field),
          internal::Cat(field == "name" ? "nama " : "teks ", kind, " kosong"));
    }
  }

  void Weight(const std::string& id, double w, std::string_view kind) {
    if (!std::isfinite(w) || w < 0) {
      Add(Severity::kError, "weight_invalid", id, "weight",
          internal::Cat("bobot ", kind, " ", id, " harus bilangan terhingga >= 0, tertulis ", w));
    }
  }

  static bool IsArea(std::string_view a) {
    return a == "MP" || a == "TL" || a == "SDM" || a == "AK" || a == "PW" || a == "PP";
  }
  static bool IsSubarea(const std::string& s) {
    static const std::regex kRe(R"(^[PR]\.(MP|TL|SDM|AK|PW|PP)\.[ivx]+(\.[a-z])?$)");
    return std::regex_match(s, kRe);
  }

  // The satker's code and name against the KPU registry (docs/satker.md, "Finding a
  // satker"): a known code whose entry the name does not name, or whose level or (given)
  // parent differ; an unknown code with a name that finds exactly one registry entry.
  void SatkerRegistry(const Satker& s) {
    if (s.code.empty() || s.name.empty()) return;
    const Satker* entry = FindSatkerByCode(s.code);
    if (entry == nullptr) {
      const std::vector<const Satker*> named = FindSatkerByName(s.name);
      if (named.size() == 1) {
        Add(Severity::kWarning, "satker_registry_mismatch", "satker", "code",
            internal::Cat("kode satker '", s.code, "' tidak ada dalam daftar satker KPU, padahal '",
                          s.name, "' adalah ", named[0]->code));
      }
      return;
    }
    if (entry->name != s.name) {
      const std::vector<const Satker*> named = FindSatkerByName(s.name);
      if (std::find(named.begin(), named.end(), entry) == named.end()) {
        std::string found;
        if (named.size() == 1) found = internal::Cat(" (", named[0]->code, ")");
        Add(Severity::kWarning, "satker_registry_mismatch", "satker", "name",
            internal::Cat("kode satker ", s.code, " dalam daftar satker KPU adalah ", entry->name,
                          ", tetapi nama satker tertulis '", s.name, "'", found));
      }
    }
    if (entry->level != s.level) {
      Add(Severity::kWarning, "satker_registry_mismatch", "satker", "level",
          internal::Cat("tingkat satker ", s.code, " dalam daftar satker KPU adalah ",
                        ToString(entry->level), ", tertulis ", ToString(s.level)));
    }
    // A plan may leave the parent out; one it gives must agree.
    if (!s.parent.empty() && entry->parent != s.parent) {
      Add(Severity::kWarning, "satker_registry_mismatch", "satker", "parent",
          internal::Cat("induk satker ", s.code, " dalam daftar satker KPU adalah ",
                        entry->parent.empty() ? "(tidak ada)" : entry->parent, ", tertulis ",
                        s.parent));
    }
  }

  // "tahun 2025" in a 2026 plan: a copy-over from last year's decree.
  void TextYear(const std::string& id, std::string field, const std::string& text) {
    static const std::regex kRe(R"(\b[Tt][Aa][Hh][Uu][Nn]\s+((19|20)\d\d)\b)");
    for (std::sregex_iterator it(text.begin(), text.end(), kRe), end; it != end; ++it) {
      const int year = std::stoi((*it)[1].str());
      if (year != plan_.year()) {
        Add(Severity::kWarning, "text_year_mismatch", id, field,
            internal::Cat("teks menyebut '", it->str(), "' padahal rencana aksi untuk tahun ",
                         plan_.year()));
      }
    }
  }

  void IndicatorChecks(const Indicator& i) {
    Node(i.id, "indikator");
    NonEmpty(i.id, "text", i.text, "indikator");
    Weight(i.id, i.weight, "indikator");
    if (!quality_) return;
    TextYear(i.id, "text", i.text);
    TextYear(i.id, "evidence", i.evidence);

    const bool no_evidence = internal::IsBlankText(i.evidence);
    const bool no_schedule = internal::IsBlankText(i.schedule) && !i.rrule;
    const bool no_target = internal::IsBlankText(i.target);
    const int missing = int{no_evidence} + int{no_schedule} + int{no_target};
    if (missing >= 2) {
      std::vector<std::string_view> fields;
      std::vector<std::string_view> names;
      if (no_evidence) fields.push_back("evidence"), names.push_back("bukti fisik");
      if (no_schedule) fields.push_back("schedule"), names.push_back("target waktu");
      if (no_target) fields.push_back("target"), names.push_back("target capaian");
      Add(Severity::kWarning, "indicator_cells_missing", i.id, internal::Join(fields, ","),
          internal::Cat("indikator ", i.id, " tidak memiliki ", internal::Join(names, ", "),
                       ": sel keputusan kosong, tidak ada keluaran yang dijadwalkan"));
    } else if (no_evidence) {
      Add(Severity::kWarning, "evidence_missing", i.id, "evidence",
          internal::Cat("indikator ", i.id, " tidak memiliki bukti fisik"));
    } else if (no_schedule) {
      Add(Severity::kWarning, "schedule_missing", i.id, "schedule",
          internal::Cat("indikator ", i.id, " tidak memiliki target waktu pelaksanaan; "
                       "tidak ada keluaran yang dijadwalkan"));
    } else if (no_target) {
      Add(Severity::kWarning, "target_missing", i.id, "target",
          internal::Cat("indikator ", i.id,
                       " tidak memiliki target capaian; untuk tenggat dan skor dianggap 1 "
                       "per periode"));
    }
    if (!no_target) {
      absl::StatusOr<Target> t = ParseTarget(i.target);
      if (!t.ok()) {
        const bool mismatch = t.status().message().find("angkanya menyebut") != std::string::npos;
        Add(Severity::kError, mismatch ? "target_number_mismatch" : "target_invalid", i.id,
            "target", std::string(t.status().message()));
      } else if (t->basis == TargetBasis::kPercentage) {
        Add(Severity::kWarning, "target_percentage", i.id, "target",
            internal::Cat("target capaian '", i.target, "' indikator ", i.id,
                         " berupa persentase, bukan jumlah keluaran; dianggap 1 per periode"));
      } else if (t->basis == TargetBasis::kCountMissing) {
        Add(Severity::kWarning, "target_count_missing", i.id, "target",
            internal::Cat("target capaian '", i.target, "' indikator ", i.id,
                         " tidak menyebut jumlah; dianggap 1 per periode"));
      }
    }
    // Schedule phrase / rrule, then the target spread over the windows (docs/schedules.md):
    // the same resolution the occurrence expansion uses.
    if (plan_.year() >= 1 && plan_.year() <= 9998) {
      if (const Schedule* s = internal::ResolveSchedule(i, schedules_, &out_)) {
        internal::DistributeIndicatorTarget(i, *s, schedules_, &out_);
      }
    }
  }

  const Plan& plan_;
  bool quality_;
  internal::ScheduleCache schedules_;
  // Every id met so far and its kind: views into plan_ and of the kind literals.
  absl::flat_hash_map<std::string_view, std::string_view> seen_;
  std::vector<Diagnostic> out_;
};

}  // namespace

std::vector<Diagnostic> ValidatePlan(const Plan& plan) { return Linter(plan, false).Run(); }
std::vector<Diagnostic> LintPlan(const Plan& plan) { return Linter(plan, true).Run(); }

}  // namespace v1
}  // namespace zi
