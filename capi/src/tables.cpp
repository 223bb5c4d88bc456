// MODULE: tables and spreadsheets. Evidence read from spreadsheets (zi_evidence_read_table)
// and every report written as CSV or XLSX (zi_tables_*), with the writers of
// zi/io/report_tables.hpp that the CLI uses.
#include <algorithm>
#include <string>

#include "compliance_internal.hpp"
#include "lke_handles.hpp"
#include "zi/compliance/agenda.hpp"
#include "zi/compliance/trace.hpp"
#include "zi/io/report_tables.hpp"

namespace zi::capi {
namespace {

bool HasNul(const std::string& s) { return s.find('\0') != std::string::npos; }

// Borrowed strings are NUL-terminated: an accepted record with a NUL inside a text becomes
// a rejected row (never dropped), and NULs in messages are written as \u0000.
void Representable(EvidenceImport& imp) {
  std::vector<EvidenceRecord> kept;
  kept.reserve(imp.accepted.size());
  bool moved = false;
  for (EvidenceRecord& r : imp.accepted) {
    const char* field = HasNul(r.ref)         ? "ref"
                        : HasNul(r.satker)    ? "satker"
                        : HasNul(r.indicator) ? "indicator"
                                              : nullptr;
    if (!field) {
      kept.push_back(std::move(r));
      continue;
    }
    imp.rejected.push_back(
        RejectedRow{r.line, "baris " + std::to_string(r.line),
                    std::string(field) +
                        " memuat karakter NUL (\\u0000), yang tidak dapat dinyatakan oleh API C"});
    moved = true;
  }
  imp.accepted = std::move(kept);
  if (moved) {
    std::stable_sort(imp.rejected.begin(), imp.rejected.end(),
                     [](const RejectedRow& a, const RejectedRow& b) { return a.line < b.line; });
  }
  for (RejectedRow& row : imp.rejected) {
    row.where = WithoutNul(std::move(row.where));
    row.reason = WithoutNul(std::move(row.reason));
  }
  for (EvidenceNote& n : imp.notes) n.message = WithoutNul(std::move(n.message));
  for (OtherSatkerRows& o : imp.other_satker) o.satker = WithoutNul(std::move(o.satker));
}

zi_status ReadOptions(EvidenceReadOptions* o, const char* encoding, int32_t delimiter,
                      const char* date_order, const char* sheet, uint32_t flags) {
  if (encoding) {
    std::optional<TextEncoding> e = ParseTextEncoding(encoding);
    if (!e) {
      return Fail(
          ZI_EINVALID,
          std::string("encoding harus auto, utf-8, utf-16 atau cp1252, bukan '") + encoding + "'");
    }
    o->encoding = *e;
  }
  if (delimiter != 0 && delimiter != ',' && delimiter != ';' && delimiter != '\t') {
    return Fail(ZI_EINVALID, "delimiter harus 0 (dikenali otomatis), ',', ';' atau '\\t', bukan " +
                                 std::to_string(delimiter));
  }
  o->delimiter = static_cast<char>(delimiter);
  if (date_order) {
    std::optional<DateOrder> d = ParseDateOrder(date_order);
    if (!d) {
      return Fail(ZI_EINVALID,
                  std::string("date_order harus auto, day-first atau month-first, bukan '") +
                      date_order + "'");
    }
    o->date_order = *d;
  }
  if (sheet) o->sheet = sheet;
  if (flags & ~uint32_t{ZI_EVIDENCE_INFER_OCCURRENCE | ZI_EVIDENCE_SUMMARIZE_OTHER_SATKER |
                        ZI_EVIDENCE_ALL_THREADS}) {
    return Fail(ZI_EINVALID, "flags tidak dikenal: " + std::to_string(flags));
  }
  o->infer_occurrence = (flags & ZI_EVIDENCE_INFER_OCCURRENCE) != 0;
  o->summarize_other_satker = (flags & ZI_EVIDENCE_SUMMARIZE_OTHER_SATKER) != 0;
  o->threads = (flags & ZI_EVIDENCE_ALL_THREADS) != 0 ? 0 : 1;
  return ZI_OK;
}

zi_status GiveImport(zi_evidence** out, absl::StatusOr<EvidenceImport> imp, StatusContext context) {
  if (!imp.ok()) {
    const absl::string_view m = imp.status().message();
    return FromStatus(
        absl::Status(imp.status().code(), WithoutNul(std::string(m.data(), m.size()))), context);
  }
  Representable(*imp);
  *out = wrap(new EvidenceImport(*std::move(imp)));
  return ZI_OK;
}

// The bytes of `tables` in `format`, to *bytes_out.
zi_status GiveTables(char** bytes_out, size_t* len_out, const ReportTables& tables,
                     const char* format, const char* sheet) {
  const std::string f = format;
  absl::StatusOr<std::string> bytes;
  if (f == "csv") {
    bytes = ReportTablesCsv(tables, sheet ? std::string_view(sheet) : std::string_view());
  } else if (f == "xlsx") {
    if (sheet) return Fail(ZI_EINVALID, "sheet hanya untuk csv: xlsx memuat semua lembar");
    if (!len_out) return Fail(ZI_EINVALID, "len_out wajib untuk xlsx (byte-nya memuat NUL)");
    bytes = ReportTablesXlsx(tables);
  } else {
    return Fail(ZI_EINVALID, "format harus csv atau xlsx, bukan '" + f + "'");
  }
  if (!bytes.ok()) return FromStatus(bytes.status());
  return GiveString(bytes_out, len_out, *bytes);
}

// The checks every zi_tables_* function starts with.
zi_status Start(char** bytes_out, const char* format) {
  if (!bytes_out) return NullArgument("bytes_out");
  *bytes_out = nullptr;
  if (!format) return NullArgument("format");
  return ZI_OK;
}

zi_status AgendaOptionsFrom(const zi_agenda_options* opts, AgendaOptions* options) {
  if (!opts) return ZI_OK;
  if (zi_status s = CheckVersion(opts->version, ZI_AGENDA_OPTIONS_VERSION, "zi_agenda_options")) {
    return s;
  }
  if (opts->within_working_days < 0 || opts->within_working_days > 100000) {
    return Fail(ZI_EINVALID, "within_working_days harus 0..100000, tertulis " +
                                 std::to_string(opts->within_working_days));
  }
  if (opts->upcoming_limit < 0) {
    return Fail(ZI_EINVALID, "upcoming_limit tidak boleh negatif, tertulis " +
                                 std::to_string(opts->upcoming_limit));
  }
  options->within_working_days = opts->within_working_days;
  options->upcoming_limit = opts->upcoming_limit;
  return ZI_OK;
}

template <typename T>
const T* At(const std::vector<T>& v, size_t i) {
  return i < v.size() ? &v[i] : nullptr;
}

}  // namespace
}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

namespace {

// zi_tables_score and zi_tables_agenda: the report's agenda built as zi_agenda_json builds
// it, then turned into sheets by `tables`.
template <typename Tables>
zi_status AgendaTablesOut(char** bytes_out, size_t* len_out, const zi_report* report,
                          const zi_calendar* calendar, const zi_agenda_options* opts,
                          const char* format, const char* sheet, Tables tables) {
  return zi::capi::Guard([&]() -> zi_status {
    if (zi_status s = zi::capi::Start(bytes_out, format)) return s;
    if (!report) return zi::capi::NullArgument("report");
    zi::AgendaOptions options;
    if (zi_status s = zi::capi::AgendaOptionsFrom(opts, &options)) return s;
    const zi::capi::ReportHandle& h = *unwrap(report);
    const zi::Agenda agenda =
        zi::BuildAgenda(h.report, calendar ? *unwrap(calendar) : h.calendar, options);
    return zi::capi::GiveTables(bytes_out, len_out, tables(h.report, agenda), format, sheet);
  });
}

}  // namespace

extern "C" {

ZI_API zi_status zi_evidence_read_table(zi_evidence** out, const char* data, size_t size,
                                        const zi_evidence_scope* scope, const char* encoding,
                                        int32_t delimiter, const char* date_order,
                                        const char* sheet, uint32_t flags) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!data && size > 0) return zi::capi::NullArgument("data (bila size > 0)");
    if (!scope) return zi::capi::NullArgument("scope");
    zi::EvidenceReadOptions options;
    if (zi_status s =
            zi::capi::ReadOptions(&options, encoding, delimiter, date_order, sheet, flags)) {
      return s;
    }
    const std::string_view bytes = data ? std::string_view(data, size) : std::string_view();
    return zi::capi::GiveImport(out, zi::ReadEvidenceTableBytes(bytes, *unwrap(scope), options),
                                zi::capi::StatusContext::kGeneral);
  });
}

ZI_API zi_status zi_evidence_load_table_file(zi_evidence** out, const char* path,
                                             const zi_evidence_scope* scope, const char* encoding,
                                             int32_t delimiter, const char* date_order,
                                             const char* sheet, uint32_t flags) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!path) return zi::capi::NullArgument("path");
    if (!scope) return zi::capi::NullArgument("scope");
    zi::EvidenceReadOptions options;
    if (zi_status s =
            zi::capi::ReadOptions(&options, encoding, delimiter, date_order, sheet, flags)) {
      return s;
    }
    if (zi_status s = zi::capi::RefuseDirectory(path, "berkas bukti")) return s;
    return zi::capi::GiveImport(out, zi::LoadEvidenceFile(path, *unwrap(scope), options),
                                zi::capi::StatusContext::kFile);
  });
}

ZI_API zi_status zi_evidence_scope_add_window(zi_evidence_scope* scope, const char* satker,
                                              const char* indicator, int32_t index, zi_date start,
                                              zi_date end) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!scope) return zi::capi::NullArgument("scope");
    if (!satker) return zi::capi::NullArgument("satker");
    if (!indicator) return zi::capi::NullArgument("indicator");
    const std::optional<int> n = unwrap(scope)->Occurrences(satker, indicator);
    if (!n) {
      return zi::capi::Fail(ZI_ENOTFOUND, std::string("indikator '") + indicator + "' dari satker '" +
                                              satker + "' tidak ada dalam cakupan");
    }
    if (index < 1 || index > *n) {
      return zi::capi::Fail(
          ZI_ERANGE, "indeks " + std::to_string(index) + " di luar 1.." + std::to_string(*n));
    }
    if (!zi::capi::DateInRange(start.days)) return zi::capi::DateOutOfRange("start", start.days);
    if (!zi::capi::DateInRange(end.days)) return zi::capi::DateOutOfRange("end", end.days);
    unwrap(scope)->AddWindow(satker, indicator, index, zi::Date::FromDays(start.days),
                             zi::Date::FromDays(end.days));
    return ZI_OK;
  });
}

ZI_API size_t zi_evidence_note_count(const zi_evidence* e) noexcept {
  return e ? unwrap(e)->notes.size() : 0;
}
ZI_API int32_t zi_evidence_note_line(const zi_evidence* e, size_t i) noexcept {
  const zi::EvidenceNote* n = e ? zi::capi::At(unwrap(e)->notes, i) : nullptr;
  return n ? n->line : 0;
}
ZI_API const char* zi_evidence_note_where(const zi_evidence* e, size_t i) noexcept {
  const zi::EvidenceNote* n = e ? zi::capi::At(unwrap(e)->notes, i) : nullptr;
  return n ? n->where.c_str() : nullptr;
}
ZI_API const char* zi_evidence_note_message(const zi_evidence* e, size_t i) noexcept {
  const zi::EvidenceNote* n = e ? zi::capi::At(unwrap(e)->notes, i) : nullptr;
  return n ? n->message.c_str() : nullptr;
}
ZI_API size_t zi_evidence_other_satker_count(const zi_evidence* e) noexcept {
  return e ? unwrap(e)->other_satker.size() : 0;
}
ZI_API const char* zi_evidence_other_satker_code(const zi_evidence* e, size_t i) noexcept {
  const zi::OtherSatkerRows* o = e ? zi::capi::At(unwrap(e)->other_satker, i) : nullptr;
  return o ? o->satker.c_str() : nullptr;
}
ZI_API int32_t zi_evidence_other_satker_rows(const zi_evidence* e, size_t i) noexcept {
  const zi::OtherSatkerRows* o = e ? zi::capi::At(unwrap(e)->other_satker, i) : nullptr;
  return o ? o->rows : 0;
}
ZI_API size_t zi_evidence_unfilled_count(const zi_evidence* e) noexcept {
  return e ? unwrap(e)->unfilled.size() : 0;
}
ZI_API int32_t zi_evidence_unfilled_line(const zi_evidence* e, size_t i) noexcept {
  const int* l = e ? zi::capi::At(unwrap(e)->unfilled, i) : nullptr;
  return l ? *l : 0;
}

// ---- report tables ---------------------------------------------------------------------


ZI_API zi_status zi_tables_score(char** bytes_out, size_t* len_out, const zi_report* report,
                                 const zi_calendar* calendar, const zi_agenda_options* opts,
                                 const char* format, const char* sheet) noexcept {
  return AgendaTablesOut(bytes_out, len_out, report, calendar, opts, format, sheet,
                         [](const auto& r, const zi::Agenda& a) { return zi::ScoreReportTables(r, a); });
}

ZI_API zi_status zi_tables_agenda(char** bytes_out, size_t* len_out, const zi_report* report,
                                  const zi_calendar* calendar, const zi_agenda_options* opts,
                                  const char* format, const char* sheet) noexcept {
  return AgendaTablesOut(bytes_out, len_out, report, calendar, opts, format, sheet,
                         [](const auto& r, const zi::Agenda& a) { return zi::AgendaTables(r, a); });
}

ZI_API zi_status zi_tables_explain(char** bytes_out, size_t* len_out, const zi_report* report,
                                   const char* id, const char* format, const char* sheet) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (zi_status s = zi::capi::Start(bytes_out, format)) return s;
    if (!report) return zi::capi::NullArgument("report");
    if (!id) return zi::capi::NullArgument("id");
    absl::StatusOr<zi::Trace> trace = zi::Explain(unwrap(report)->report, id);
    if (!trace.ok()) return zi::capi::FromStatus(trace.status());
    return zi::capi::GiveTables(bytes_out, len_out, zi::TraceTables(unwrap(report)->report, *trace),
                                format, sheet);
  });
}

ZI_API zi_status zi_tables_portfolio(char** bytes_out, size_t* len_out,
                                     const zi_portfolio* portfolio,
                                     const zi_portfolio_scores* scores, double threshold,
                                     const char* format, const char* sheet) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (zi_status s = zi::capi::Start(bytes_out, format)) return s;
    if (!portfolio) return zi::capi::NullArgument("portfolio");
    if (!scores) return zi::capi::NullArgument("scores");
    const zi::CompiledPortfolio& p = unwrap(portfolio)->portfolio;
    const zi::PortfolioScores& sc = *unwrap(scores);
    if (sc.score.size() != p.plan_count() || sc.component_offset.size() != p.plan_count() + 1) {
      return zi::capi::Fail(ZI_EINVALID, "nilai ini bukan milik portofolio ini");
    }
    return zi::capi::GiveTables(bytes_out, len_out, zi::PortfolioTables(p, sc, threshold), format,
                                sheet);
  });
}

ZI_API zi_status zi_tables_evidence(char** bytes_out, size_t* len_out, const zi_evidence* evidence,
                                    const char* source, const char* format,
                                    const char* sheet) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (zi_status s = zi::capi::Start(bytes_out, format)) return s;
    if (!evidence) return zi::capi::NullArgument("evidence");
    return zi::capi::GiveTables(bytes_out, len_out,
                                zi::EvidenceImportTables(*unwrap(evidence), source ? source : ""),
                                format, sheet);
  });
}

ZI_API zi_status zi_tables_evidence_template(char** bytes_out, size_t* len_out, const zi_plan* plan,
                                             const zi_calendar* calendar,
                                             const char* format) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (zi_status s = zi::capi::Start(bytes_out, format)) return s;
    if (!plan) return zi::capi::NullArgument("plan");
    const zi::Plan& p = unwrap(plan)->plan;
    zi::Calendar cal;
    if (zi_status s = zi::capi::ResolveCalendar(calendar, p, &cal)) return s;
    return zi::capi::GiveTables(bytes_out, len_out,
                                zi::EvidenceTemplateTables(p, zi::ExpandOccurrences(p, cal)),
                                format, nullptr);
  });
}

ZI_API zi_status zi_tables_lke_score(char** bytes_out, size_t* len_out,
                                     const zi_lke_score_result* score, const char* format,
                                     const char* sheet) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (zi_status s = zi::capi::Start(bytes_out, format)) return s;
    if (!score) return zi::capi::NullArgument("score");
    return zi::capi::GiveTables(bytes_out, len_out, zi::LkeScoreTables(*unwrap(score)), format,
                                sheet);
  });
}

ZI_API zi_status zi_tables_lke_check(char** bytes_out, size_t* len_out,
                                     const zi_lke_check_result* result, const char* format,
                                     const char* sheet) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (zi_status s = zi::capi::Start(bytes_out, format)) return s;
    if (!result) return zi::capi::NullArgument("result");
    return zi::capi::GiveTables(bytes_out, len_out, zi::LkePredicateTables(*unwrap(result)), format,
                                sheet);
  });
}

ZI_API zi_status zi_tables_lke_whatif(char** bytes_out, size_t* len_out,
                                      const zi_lke_whatif_result* result, const char* format,
                                      const char* sheet) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (zi_status s = zi::capi::Start(bytes_out, format)) return s;
    if (!result) return zi::capi::NullArgument("result");
    return zi::capi::GiveTables(bytes_out, len_out, zi::LkeWhatIfTables(unwrap(result)->result),
                                format, sheet);
  });
}

ZI_API zi_status zi_tables_lke_suggestions(char** bytes_out, size_t* len_out,
                                           const zi_lke_suggestions* suggestions,
                                           const zi_lke_rubric* rubric, zi_date as_of,
                                           const char* satker, const char* format,
                                           const char* sheet) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (zi_status s = zi::capi::Start(bytes_out, format)) return s;
    if (!suggestions) return zi::capi::NullArgument("suggestions");
    if (!zi::capi::DateInRange(as_of.days)) return zi::capi::DateOutOfRange("as_of", as_of.days);
    return zi::capi::GiveTables(
        bytes_out, len_out,
        zi::LkeSuggestionTables(unwrap(suggestions)->items,
                                rubric ? &unwrap(rubric)->rubric : nullptr,
                                zi::Date::FromDays(as_of.days), satker ? satker : ""),
        format, sheet);
  });
}

}  // extern "C"
