#include "zi/compliance/trace.hpp"

#include <algorithm>
#include <cstdio>

#include "internal/json_io.hpp"
#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {

using internal::Cat;

std::string_view ToString(EvidenceUse use) {
  switch (use) {
    case EvidenceUse::kOnTime: return "on_time";
    case EvidenceUse::kLate: return "late";
    case EvidenceUse::kSurplus: return "surplus";
    case EvidenceUse::kAfterAsOf: return "after_as_of";
    case EvidenceUse::kRejected: return "rejected";
    case EvidenceUse::kNotVerified: return "not_verified";
  }
  return "?";
}

std::string_view Label(EvidenceUse use) {
  switch (use) {
    case EvidenceUse::kOnTime: return "dihitung, tepat waktu";
    case EvidenceUse::kLate: return "dihitung, terlambat";
    case EvidenceUse::kSurplus: return "melebihi target, tidak menambah nilai";
    case EvidenceUse::kAfterAsOf: return "setelah tanggal acuan, diabaikan";
    case EvidenceUse::kRejected: return "ditolak, tidak dihitung";
    case EvidenceUse::kNotVerified: return "belum diverifikasi, tidak dihitung";
  }
  return "?";
}

namespace {

std::string Num(double x) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.4g", x);
  return buf;
}

std::string NumOr(const std::optional<double>& x) { return x ? Num(*x) : "null"; }

// The report keeps komponen, aspek and indikator scores as fractions; a trace shows every
// score on the plan score's 0..100 scale, as `zi score` prints them.
std::optional<double> Points(const std::optional<double>& fraction) {
  return fraction ? std::optional<double>(100.0 * *fraction) : std::nullopt;
}

template <typename Terms>
std::string MeanFormula(const Terms& terms, const std::optional<double>& result) {
  std::string num, den;
  for (const TraceTerm& t : terms) {
    if (!t.score) continue;
    if (!num.empty()) {
      num += " + ";
      den += " + ";
    }
    internal::Append(&num, Num(t.weight), " × ", Num(*t.score));
    den += Num(t.weight);
  }
  if (num.empty()) return "tidak ada nilai yang dinilai: null";
  return Cat("(", num, ") / (", den, ") = ", NumOr(result));
}

OccurrenceTrace TraceOccurrence(const ComplianceReport& report, const OccurrenceScore& o) {
  OccurrenceTrace t;
  t.score = o;
  const int r = o.occurrence.required;
  if (o.assessed) {
    t.formula = Cat("kredit = (", o.on_time, " + ", Num(report.policy.late_credit), " × ",
                    o.late, ") / ", r, " = ", NumOr(o.credit));
  } else if (r == 0) {
    t.formula = "target periode ini 0: tidak dinilai";
  } else {
    t.formula = Cat("belum dinilai: tenggat ", FormatIsoDate(o.occurrence.due),
                    " belum lewat dan target belum tercapai");
  }
  // Walk the counted evidence by date, as c(x) of docs/scoring.md ("One occurrence") does.
  int64_t on_time_left = o.on_time, late_left = o.late;
  for (size_t k : o.counted) {
    const EvidenceRecord& e = report.evidence[k];
    EvidenceUse use;
    if (e.date <= o.occurrence.due && on_time_left > 0) {
      use = EvidenceUse::kOnTime;
      on_time_left -= e.count;
    } else if (e.date > o.occurrence.due && late_left > 0) {
      use = EvidenceUse::kLate;
      late_left -= e.count;
    } else {
      use = EvidenceUse::kSurplus;
    }
    t.evidence.push_back(EvidenceTrace{k, e, use});
  }
  for (size_t k : o.not_counted) {
    const EvidenceRecord& e = report.evidence[k];
    EvidenceUse use = e.status == EvidenceStatus::kRejected ? EvidenceUse::kRejected
                      : e.date > report.as_of               ? EvidenceUse::kAfterAsOf
                                                            : EvidenceUse::kNotVerified;
    t.evidence.push_back(EvidenceTrace{k, e, use});
  }
  std::stable_sort(t.evidence.begin(), t.evidence.end(),
                   [](const EvidenceTrace& a, const EvidenceTrace& b) {
                     return a.record.date < b.record.date;
                   });
  return t;
}

}  // namespace

absl::StatusOr<Trace> Explain(const ComplianceReport& report, std::string_view id) {
  Trace t;
  if (id.empty() || id == "plan") {
    t.id = "plan";
    t.level = "plan";
    t.label = Cat(report.plan.satker().name, " tahun ", report.plan.year());
    t.score = report.score;
    for (const ComponentScore& c : report.components) {
      t.terms.push_back(TraceTerm{c.id, c.component->name, c.weight, Points(c.score)});
    }
    t.formula = Cat("nilai rencana aksi = ", MeanFormula(t.terms, report.score));
    return t;
  }
  for (const ComponentScore& c : report.components) {
    if (c.id == id) {
      t.id = c.id;
      t.level = "component";
      t.label = c.component->name;
      t.score = Points(c.score);
      for (const AspectScore& a : c.aspects) {
        t.terms.push_back(TraceTerm{a.id, a.aspect->name, a.weight, Points(a.score)});
      }
      t.formula = Cat("nilai komponen = ", MeanFormula(t.terms, t.score));
      return t;
    }
    for (const AspectScore& a : c.aspects) {
      if (a.id == id) {
        t.id = a.id;
        t.level = "aspect";
        t.label = a.aspect->name;
        t.score = Points(a.score);
        for (const IndicatorScore& i : a.indicators) {
          t.terms.push_back(TraceTerm{i.id, i.ref->indicator->text, i.weight, Points(i.score)});
        }
        t.formula = Cat("nilai aspek = ", MeanFormula(t.terms, t.score));
        return t;
      }
      for (const IndicatorScore& i : a.indicators) {
        if (i.id != id) continue;
        t.id = i.id;
        t.level = "indicator";
        t.label = i.ref->indicator->text;
        t.score = Points(i.score);
        t.progress = i.progress;
        std::string credits;
        int n = 0;
        for (const OccurrenceScore& o : i.occurrences) {
          t.occurrences.push_back(TraceOccurrence(report, o));
          if (o.credit) {
            if (n++) credits += " + ";
            credits += Num(*o.credit);
          }
        }
        t.formula = n == 0 ? std::string("belum ada periode yang dinilai: null")
                           : Cat("nilai indikator = 100 × rata-rata kredit periode yang dinilai "
                                 "= 100 × (",
                                 credits, ") / ", n, " = ", NumOr(t.score));
        return t;
      }
    }
  }
  return absl::NotFoundError(Cat("tidak ada komponen, aspek atau indikator dengan id '", id, "' dalam rencana aksi"));
}

std::string TraceJson(const Trace& t) {
  namespace json = boost::json;
  const auto num = [](const std::optional<double>& x) {
    return x ? json::value(*x) : json::value(nullptr);
  };

  json::object root;
  root["id"] = t.id;
  root["level"] = t.level;
  root["label"] = t.label;
  root["score"] = num(t.score);
  root["formula"] = t.formula;
  if (t.level == "indicator") {
    root["progress"] = num(t.progress);
    json::array occs;
    for (const OccurrenceTrace& o : t.occurrences) {
      json::object oo;
      oo["index"] = o.score.occurrence.index;
      oo["window_start"] = FormatIsoDate(o.score.occurrence.window_start);
      oo["window_end"] = FormatIsoDate(o.score.occurrence.window_end);
      oo["due"] = FormatIsoDate(o.score.occurrence.due);
      oo["required"] = o.score.occurrence.required;
      oo["on_time"] = o.score.on_time;
      oo["late"] = o.score.late;
      oo["status"] = ToString(o.score.status);
      oo["credit"] = num(o.score.credit);
      oo["formula"] = o.formula;
      json::array ev;
      for (const EvidenceTrace& e : o.evidence) {
        json::object eo;
        eo["line"] = e.record.line;
        eo["date"] = FormatIsoDate(e.record.date);
        eo["status"] = ToString(e.record.status);
        eo["count"] = e.record.count;
        eo["ref"] = e.record.ref;
        eo["use"] = ToString(e.use);
        ev.push_back(std::move(eo));
      }
      oo["evidence"] = std::move(ev);
      occs.push_back(std::move(oo));
    }
    root["occurrences"] = std::move(occs);
  } else {
    json::array terms;
    for (const TraceTerm& term : t.terms) {
      json::object to;
      to["id"] = term.id;
      to["label"] = term.label;
      to["weight"] = term.weight;
      to["score"] = num(term.score);
      terms.push_back(std::move(to));
    }
    root["terms"] = std::move(terms);
  }
  return internal::WriteJson(root);
}

}  // namespace v1
}  // namespace zi
