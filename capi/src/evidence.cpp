// MODULE: evidence. zi_evidence is an EvidenceImport (accepted records and rejected
// rows); zi_evidence_scope is an EvidenceScope.
#include <algorithm>
#include <cstring>
#include <memory>

#include "compliance_internal.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/compliance/synthetic.hpp"

namespace zi::capi {

namespace {

enum class Format { kCsv, kJson };

bool HasNul(const std::string& s) { return s.find('\0') != std::string::npos; }

// Makes an import representable in C: borrowed strings are NUL-terminated, so an
// accepted record with a NUL inside a text becomes a rejected row (the import never drops
// a row silently), and NULs quoted in a rejection are written as \u0000.
void MakeRepresentable(EvidenceImport& imp, Format format, std::string_view text) {
  std::string json_base;
  if (format == Format::kJson) {
    const size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
    json_base = first != std::string_view::npos && text[first] == '[' ? "" : "/records";
  }
  bool moved = false;
  std::vector<EvidenceRecord> kept;
  kept.reserve(imp.accepted.size());
  for (EvidenceRecord& r : imp.accepted) {
    const char* field = HasNul(r.ref) ? "ref" : HasNul(r.satker) ? "satker" : HasNul(r.indicator) ? "indicator" : nullptr;
    if (!field) {
      kept.push_back(std::move(r));
      continue;
    }
    RejectedRow row;
    row.line = r.line;
    row.where = format == Format::kCsv ? "baris " + std::to_string(r.line)
                                       : json_base + "/" + std::to_string(r.line - 1);
    row.reason = std::string(field) + " memuat karakter NUL (\\u0000), yang tidak dapat dinyatakan oleh API C";
    imp.rejected.push_back(std::move(row));
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
}

zi_status GiveEvidence(zi_evidence** out, absl::StatusOr<EvidenceImport> imp, Format format,
                       std::string_view text, StatusContext context = StatusContext::kGeneral) {
  if (!imp.ok()) {
    // A file-level message may quote the input; keep it printable as a C string.
    absl::Status st = imp.status();
    const absl::string_view m = st.message();
    return FromStatus(absl::Status(st.code(), WithoutNul(std::string(m.data(), m.size()))), context);
  }
  MakeRepresentable(*imp, format, text);
  *out = wrap(new EvidenceImport(*std::move(imp)));
  return ZI_OK;
}

// zi_evidence_read_csv and zi_evidence_read_json.
zi_status ReadBuffer(zi_evidence** out, const char* data, size_t size, const zi_evidence_scope* scope,
                     Format format) {
  if (!out) return NullArgument("out");
  *out = nullptr;
  if (!data && size > 0) return NullArgument("data (bila size > 0)");
  if (!scope) return NullArgument("scope");
  const std::string_view text = data ? std::string_view(data, size) : std::string_view();
  const EvidenceScope& sc = *unwrap(scope);
  return GiveEvidence(out, format == Format::kJson ? ReadEvidenceJson(text, sc) : ReadEvidenceCsv(text, sc),
                      format, text);
}

zi_status IndexOutOfRange(size_t index, size_t count) {
  return Fail(ZI_ERANGE, "indeks " + std::to_string(index) + " di luar rentang (" +
                             std::to_string(count) + " catatan)");
}

}  // namespace
}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

extern "C" {

ZI_API const char* zi_evidence_status_str(int32_t status) noexcept {
  return zi::capi::CName<zi::EvidenceStatus>(status);
}

// ---- scope ---------------------------------------------------------------------------

ZI_API zi_status zi_evidence_scope_new(zi_evidence_scope** out) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = wrap(new zi::EvidenceScope());
    return ZI_OK;
  });
}

ZI_API zi_status zi_evidence_scope_for_plan(zi_evidence_scope** out, const zi_plan* plan,
                                            const zi_calendar* calendar) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!plan) return zi::capi::NullArgument("plan");
    const zi::Plan& p = unwrap(plan)->plan;
    zi::Calendar cal;
    if (zi_status s = zi::capi::ResolveCalendar(calendar, p, &cal)) return s;
    *out = wrap(new zi::EvidenceScope(zi::MakeEvidenceScope(p, zi::ExpandOccurrences(p, cal))));
    return ZI_OK;
  });
}

ZI_API void zi_evidence_scope_free(zi_evidence_scope* scope) noexcept { delete unwrap(scope); }

ZI_API zi_status zi_evidence_scope_add(zi_evidence_scope* scope, const char* satker, const char* indicator,
                                       int32_t occurrences) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!scope) return zi::capi::NullArgument("scope");
    if (!satker) return zi::capi::NullArgument("satker");
    if (!indicator) return zi::capi::NullArgument("indicator");
    if (!*satker) return zi::capi::Fail(ZI_EINVALID, "satker tidak boleh kosong");
    if (!*indicator) return zi::capi::Fail(ZI_EINVALID, "indicator tidak boleh kosong");
    if (occurrences < 0) {
      return zi::capi::Fail(ZI_EINVALID, "occurrences tidak boleh negatif (" + std::to_string(occurrences) + ")");
    }
    unwrap(scope)->Add(satker, indicator, occurrences);
    return ZI_OK;
  });
}

ZI_API zi_status zi_evidence_scope_set_default_satker(zi_evidence_scope* scope, const char* satker) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!scope) return zi::capi::NullArgument("scope");
    if (!satker) return zi::capi::NullArgument("satker");
    unwrap(scope)->set_default_satker(satker);
    return ZI_OK;
  });
}

ZI_API const char* zi_evidence_scope_default_satker(const zi_evidence_scope* scope) noexcept {
  return scope ? unwrap(scope)->default_satker().c_str() : nullptr;
}

ZI_API bool zi_evidence_scope_has_satker(const zi_evidence_scope* scope, const char* satker) noexcept {
  return scope && satker && unwrap(scope)->HasSatker(satker);
}

ZI_API zi_status zi_evidence_scope_occurrences(int32_t* out, const zi_evidence_scope* scope, const char* satker,
                                               const char* indicator) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    if (!scope) return zi::capi::NullArgument("scope");
    if (!satker) return zi::capi::NullArgument("satker");
    if (!indicator) return zi::capi::NullArgument("indicator");
    const std::optional<int> n = unwrap(scope)->Occurrences(satker, indicator);
    if (!n) {
      return zi::capi::Fail(ZI_ENOTFOUND, unwrap(scope)->HasSatker(satker)
                                              ? "indikator '" + std::string(indicator) + "' tidak dikenal untuk satker " + satker
                                              : "satker tidak dikenal: '" + std::string(satker) + "'");
    }
    *out = static_cast<int32_t>(*n);
    return ZI_OK;
  });
}

// ---- importing -----------------------------------------------------------------------

ZI_API zi_status zi_evidence_read_csv(zi_evidence** out, const char* data, size_t size,
                                      const zi_evidence_scope* scope) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    return zi::capi::ReadBuffer(out, data, size, scope, zi::capi::Format::kCsv);
  });
}

ZI_API zi_status zi_evidence_read_json(zi_evidence** out, const char* data, size_t size,
                                       const zi_evidence_scope* scope) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    return zi::capi::ReadBuffer(out, data, size, scope, zi::capi::Format::kJson);
  });
}

ZI_API zi_status zi_evidence_load_file(zi_evidence** out, const char* path, const zi_evidence_scope* scope) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!path) return zi::capi::NullArgument("path");
    if (!scope) return zi::capi::NullArgument("scope");
    if (zi_status s = zi::capi::RefuseDirectory(path, "berkas bukti")) return s;
    // zi::LoadEvidenceFile (".json" is JSON, anything else CSV), but keeping the text:
    // the JSON pointers of rows moved by MakeRepresentable depend on its shape.
    const std::string p(path);
    std::string text;
    if (zi_status s = zi::capi::ReadInputFile(path, "bukti", &text)) return s;
    const bool json = p.size() >= 5 && p.compare(p.size() - 5, 5, ".json") == 0;
    absl::StatusOr<zi::EvidenceImport> imp =
        json ? zi::ReadEvidenceJson(text, *unwrap(scope)) : zi::ReadEvidenceCsv(text, *unwrap(scope));
    if (!imp.ok()) {
      const absl::string_view m = imp.status().message();
      imp = absl::Status(imp.status().code(), p + ": " + std::string(m.data(), m.size()));
    }
    return zi::capi::GiveEvidence(out, std::move(imp), json ? zi::capi::Format::kJson : zi::capi::Format::kCsv,
                                  text);
  });
}

ZI_API void zi_evidence_free(zi_evidence* evidence) noexcept { delete unwrap(evidence); }

ZI_API zi_status zi_evidence_to_csv(char** csv_out, size_t* len_out, const zi_evidence* evidence) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!csv_out) return zi::capi::NullArgument("csv_out");
    *csv_out = nullptr;
    if (!evidence) return zi::capi::NullArgument("evidence");
    const std::string csv = zi::WriteEvidenceCsv(unwrap(evidence)->accepted);
    return zi::capi::GiveString(csv_out, len_out, csv);
  });
}

// ---- reading -------------------------------------------------------------------------

ZI_API size_t zi_evidence_count(const zi_evidence* e) noexcept { return e ? unwrap(e)->accepted.size() : 0; }

ZI_API zi_status zi_evidence_get(int32_t* occurrence_out, zi_date* date_out, int32_t* status_out,
                                 int32_t* count_out, int32_t* line_out, const zi_evidence* evidence,
                                 size_t index) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!evidence) return zi::capi::NullArgument("evidence");
    const std::vector<zi::EvidenceRecord>& records = unwrap(evidence)->accepted;
    if (index >= records.size()) return zi::capi::IndexOutOfRange(index, records.size());
    const zi::EvidenceRecord& r = records[index];
    if (occurrence_out) *occurrence_out = static_cast<int32_t>(r.occurrence);
    if (date_out) date_out->days = r.date.days();
    if (status_out) *status_out = zi::capi::ToC(r.status);
    if (count_out) *count_out = static_cast<int32_t>(r.count);
    if (line_out) *line_out = static_cast<int32_t>(r.line);
    return ZI_OK;
  });
}

ZI_API const char* zi_evidence_satker(const zi_evidence* e, size_t index) noexcept {
  return e && index < unwrap(e)->accepted.size() ? unwrap(e)->accepted[index].satker.c_str() : nullptr;
}
ZI_API const char* zi_evidence_indicator(const zi_evidence* e, size_t index) noexcept {
  return e && index < unwrap(e)->accepted.size() ? unwrap(e)->accepted[index].indicator.c_str() : nullptr;
}
ZI_API const char* zi_evidence_ref(const zi_evidence* e, size_t index) noexcept {
  return e && index < unwrap(e)->accepted.size() ? unwrap(e)->accepted[index].ref.c_str() : nullptr;
}

ZI_API size_t zi_evidence_rejected_count(const zi_evidence* e) noexcept { return e ? unwrap(e)->rejected.size() : 0; }
ZI_API int32_t zi_evidence_rejected_line(const zi_evidence* e, size_t index) noexcept {
  return e && index < unwrap(e)->rejected.size() ? static_cast<int32_t>(unwrap(e)->rejected[index].line) : 0;
}
ZI_API const char* zi_evidence_rejected_where(const zi_evidence* e, size_t index) noexcept {
  return e && index < unwrap(e)->rejected.size() ? unwrap(e)->rejected[index].where.c_str() : nullptr;
}
ZI_API const char* zi_evidence_rejected_reason(const zi_evidence* e, size_t index) noexcept {
  return e && index < unwrap(e)->rejected.size() ? unwrap(e)->rejected[index].reason.c_str() : nullptr;
}

// ---- synthetic -----------------------------------------------------------------------

ZI_API zi_status zi_evidence_synthetic(zi_evidence** out, const zi_plan* plan, const zi_calendar* calendar,
                                       uint64_t seed) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!plan) return zi::capi::NullArgument("plan");
    const zi::Plan& p = unwrap(plan)->plan;
    zi::Calendar cal;
    if (zi_status s = zi::capi::ResolveCalendar(calendar, p, &cal)) return s;
    auto imp = std::make_unique<zi::EvidenceImport>();
    imp->accepted = zi::SyntheticEvidence(p, zi::ExpandOccurrences(p, cal), seed);
    *out = wrap(imp.release());
    return ZI_OK;
  });
}

}  // extern "C"
