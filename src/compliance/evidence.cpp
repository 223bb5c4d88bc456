#include "zi/compliance/evidence.hpp"

#include <array>

#include "absl/container/flat_hash_map.h"
#include "internal/csv.hpp"
#include "zi/io/file.hpp"
#include "internal/json_io.hpp"
#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::Cat;
using internal::CsvReader;
using internal::CsvRecord;
using internal::IsBlank;
using internal::IsValidUtf8;
using internal::Trim;

// ---- scope ----------------------------------------------------------------------

absl::string_view Absl(std::string_view s) { return absl::string_view(s.data(), s.size()); }

}  // namespace

struct EvidenceScope::Impl {
  absl::flat_hash_map<std::string, absl::flat_hash_map<std::string, int>> satker;
  std::string default_satker;
};

EvidenceScope::EvidenceScope() : impl_(std::make_unique<Impl>()) {}
EvidenceScope::~EvidenceScope() = default;
EvidenceScope::EvidenceScope(EvidenceScope&&) noexcept = default;
EvidenceScope& EvidenceScope::operator=(EvidenceScope&&) noexcept = default;

void EvidenceScope::Add(std::string_view satker, std::string_view indicator, int occurrences) {
  impl_->satker[std::string(satker)][std::string(indicator)] = occurrences;
}

void EvidenceScope::set_default_satker(std::string_view satker) {
  impl_->default_satker = std::string(satker);
}

const std::string& EvidenceScope::default_satker() const { return impl_->default_satker; }

bool EvidenceScope::HasSatker(std::string_view satker) const {
  return impl_->satker.contains(Absl(satker));
}

std::optional<int> EvidenceScope::Occurrences(std::string_view satker,
                                              std::string_view indicator) const {
  auto s = impl_->satker.find(Absl(satker));
  if (s == impl_->satker.end()) return std::nullopt;
  auto i = s->second.find(Absl(indicator));
  if (i == s->second.end()) return std::nullopt;
  return i->second;
}

std::string_view ToString(EvidenceStatus s) {
  switch (s) {
    case EvidenceStatus::kVerified: return "verified";
    case EvidenceStatus::kSubmitted: return "submitted";
    case EvidenceStatus::kRejected: return "rejected";
  }
  return "?";
}

std::optional<EvidenceStatus> ParseEvidenceStatus(std::string_view s) {
  if (s == "verified") return EvidenceStatus::kVerified;
  if (s == "submitted") return EvidenceStatus::kSubmitted;
  if (s == "rejected") return EvidenceStatus::kRejected;
  return std::nullopt;
}

namespace {

// ---- row validation shared by CSV and JSON --------------------------------------

enum Column { kSatker, kIndicator, kOccurrence, kDate, kStatus, kCount, kRef, kColumns };
constexpr std::array<std::string_view, kColumns> kColumnNames = {
    "satker", "indicator", "occurrence", "date", "status", "count", "ref"};

struct RawRow {
  std::array<std::optional<std::string>, kColumns> field;
};

// Parses a positive decimal integer without sign; nullopt otherwise.
std::optional<long> ParseCount(std::string_view s) {
  if (s.empty() || s.size() > 9) return std::nullopt;
  long v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return std::nullopt;
    v = v * 10 + (c - '0');
  }
  return v;
}

// Validates one row against the scope; on success fills `out`, else returns the reason.
std::optional<std::string> Validate(const RawRow& row, const EvidenceScope& scope,
                                    EvidenceRecord& out) {
  for (const auto& f : row.field) {
    if (f && !IsValidUtf8(*f)) return std::string("not UTF-8 text (binary data?)");
  }
  const auto value = [&](Column c) -> std::string {
    return row.field[c] ? Trim(*row.field[c]) : std::string();
  };
  out.satker = value(kSatker);
  if (out.satker.empty()) {
    if (scope.default_satker().empty()) {
      return std::string("satker is empty and there is more than one satker to choose from");
    }
    out.satker = scope.default_satker();
  }
  if (!scope.HasSatker(out.satker)) return Cat("unknown satker '", out.satker, "'");
  out.indicator = value(kIndicator);
  if (out.indicator.empty()) return std::string("indicator is empty");
  const std::optional<int> n = scope.Occurrences(out.satker, out.indicator);
  if (!n) return Cat("unknown indicator '", out.indicator, "' for satker ", out.satker);

  const std::string date = value(kDate);
  if (date.empty()) return std::string("date is empty");
  absl::StatusOr<Date> d = ParseIsoDate(date);
  if (!d.ok()) return Cat("unreadable date: ", d.status().message());
  out.date = *d;

  const std::string occ = value(kOccurrence);
  if (*n == 0) {
    return Cat("indicator ", out.indicator, " has no occurrences (no target waktu)");
  }
  if (occ.empty()) {
    if (*n != 1) {
      return Cat("occurrence is empty but indicator ", out.indicator, " has ", *n,
                 " occurrences");
    }
    out.occurrence = 1;
  } else {
    const std::optional<long> o = ParseCount(occ);
    if (!o) return Cat("occurrence '", occ, "' is not a whole number");
    if (*o < 1 || *o > *n) {
      return Cat("occurrence ", occ, " is out of range: indicator ", out.indicator, " has ", *n,
                 *n == 1 ? " occurrence" : " occurrences");
    }
    out.occurrence = static_cast<int>(*o);
  }

  const std::string status = value(kStatus);
  if (status.empty()) {
    out.status = EvidenceStatus::kVerified;
  } else if (auto s = ParseEvidenceStatus(status)) {
    out.status = *s;
  } else {
    return Cat("unknown status '", status, "' (expected verified, submitted or rejected)");
  }

  const std::string count = value(kCount);
  if (count.empty()) {
    out.count = 1;
  } else {
    if (count[0] == '-' && count.size() > 1 && ParseCount(count.substr(1))) {
      return Cat("count ", count, " is below 1");
    }
    const std::optional<long> c = ParseCount(count);
    if (!c) return Cat("count '", count, "' is not a whole number");
    if (*c < 1) return Cat("count ", count, " is below 1");
    out.count = static_cast<int>(*c);
  }
  out.ref = row.field[kRef] ? *row.field[kRef] : std::string();
  return std::nullopt;
}

}  // namespace

absl::StatusOr<EvidenceImport> ReadEvidenceCsv(std::string_view text, const EvidenceScope& scope) {
  CsvReader reader(text);
  CsvRecord header;
  while (reader.Next(header) && IsBlank(header)) {
  }
  if (header.fields.empty() || IsBlank(header)) {
    return absl::InvalidArgumentError("line 1: no header row (expected columns such as "
                                      "indicator,date,occurrence,status,count,ref,satker)");
  }
  std::array<int, kColumns> index;
  index.fill(-1);
  for (size_t i = 0; i < header.fields.size(); ++i) {
    const std::string name = Trim(header.fields[i]);
    if (!IsValidUtf8(name)) {
      return absl::InvalidArgumentError(
          Cat("line ", header.line, ": the header is not UTF-8 text (binary data?)"));
    }
    int col = -1;
    for (int c = 0; c < kColumns; ++c) {
      if (name == kColumnNames[static_cast<size_t>(c)]) col = c;
    }
    if (col < 0) {
      return absl::InvalidArgumentError(
          Cat("line ", header.line, ": unknown column '", name,
              "' (known: satker, indicator, occurrence, date, status, count, ref)"));
    }
    if (index[static_cast<size_t>(col)] >= 0) {
      return absl::InvalidArgumentError(
          Cat("line ", header.line, ": column '", name, "' appears twice in the header"));
    }
    index[static_cast<size_t>(col)] = static_cast<int>(i);
  }
  for (Column required : {kIndicator, kDate}) {
    if (index[required] < 0) {
      return absl::InvalidArgumentError(Cat("line ", header.line, ": the header has no '",
                                            kColumnNames[required], "' column"));
    }
  }

  EvidenceImport result;
  CsvRecord rec;
  while (reader.Next(rec)) {
    if (IsBlank(rec)) continue;
    const auto reject = [&](std::string reason) {
      result.rejected.push_back(RejectedRow{rec.line, Cat("line ", rec.line), std::move(reason)});
    };
    if (rec.unterminated_quote) {
      reject("a quoted field is not closed before the end of the file");
      continue;
    }
    if (rec.fields.size() > header.fields.size()) {
      reject(Cat("too many fields: ", rec.fields.size(), ", the header has ",
                 header.fields.size()));
      continue;
    }
    if (rec.fields.size() < header.fields.size()) {
      reject(Cat("missing column '", Trim(header.fields[rec.fields.size()]), "' (",
                 rec.fields.size(), " fields, the header has ", header.fields.size(), ")"));
      continue;
    }
    RawRow row;
    for (int c = 0; c < kColumns; ++c) {
      if (index[static_cast<size_t>(c)] >= 0) {
        row.field[static_cast<size_t>(c)] = rec.fields[static_cast<size_t>(index[static_cast<size_t>(c)])];
      }
    }
    EvidenceRecord out;
    out.line = rec.line;
    if (auto why = Validate(row, scope, out)) {
      reject(std::move(*why));
    } else {
      result.accepted.push_back(std::move(out));
    }
  }
  return result;
}

absl::StatusOr<EvidenceImport> ReadEvidenceJson(std::string_view text,
                                                const EvidenceScope& scope) {
  namespace json = boost::json;
  absl::StatusOr<json::value> root = internal::ParseJson(text, "");
  if (!root.ok()) return root.status();
  const json::array* records = root->if_array();
  std::string base;
  if (!records) {
    const json::object* o = root->if_object();
    if (!o) return absl::InvalidArgumentError("/: expected an array of records or an object");
    for (const auto& kv : *o) {
      if (kv.key() != "format" && kv.key() != "records") {
        return absl::InvalidArgumentError(
            Cat(internal::JoinPointer("", std::string_view(kv.key().data(), kv.key().size())),
                ": unknown field"));
      }
    }
    const json::value* f = o->if_contains("format");
    if (f && !(f->is_string() && f->get_string() == "zi.evidence/1")) {
      return absl::InvalidArgumentError("/format: expected \"zi.evidence/1\"");
    }
    const json::value* r = o->if_contains("records");
    if (!r || !r->is_array()) return absl::InvalidArgumentError("/records: expected an array");
    records = &r->get_array();
    base = "/records";
  }
  EvidenceImport result;
  for (size_t i = 0; i < records->size(); ++i) {
    const std::string where = internal::JoinPointer(base, i);
    const int number = static_cast<int>(i) + 1;
    const auto reject = [&](std::string reason) {
      result.rejected.push_back(RejectedRow{number, where, std::move(reason)});
    };
    const json::object* o = (*records)[i].if_object();
    if (!o) {
      reject(Cat("expected an object, found ", internal::KindName((*records)[i])));
      continue;
    }
    RawRow row;
    std::optional<std::string> problem;
    for (const auto& kv : *o) {
      const std::string_view key(kv.key().data(), kv.key().size());
      int col = -1;
      for (int c = 0; c < kColumns; ++c) {
        if (key == kColumnNames[static_cast<size_t>(c)]) col = c;
      }
      if (col < 0) {
        problem = Cat("unknown field '", key, "'");
        break;
      }
      const json::value& v = kv.value();
      if (v.is_string()) {
        row.field[static_cast<size_t>(col)] = std::string(v.get_string());
      } else if ((col == kOccurrence || col == kCount) && (v.is_int64() || v.is_uint64())) {
        row.field[static_cast<size_t>(col)] =
            v.is_int64() ? std::to_string(v.get_int64()) : std::to_string(v.get_uint64());
      } else if (v.is_null()) {
        // null means "not given"
      } else {
        problem = Cat(key, ": expected ",
                      col == kOccurrence || col == kCount ? "an integer" : "a string", ", found ",
                      internal::KindName(v));
        break;
      }
    }
    if (problem) {
      reject(std::move(*problem));
      continue;
    }
    EvidenceRecord out;
    out.line = number;
    if (auto why = Validate(row, scope, out)) {
      reject(std::move(*why));
    } else {
      result.accepted.push_back(std::move(out));
    }
  }
  return result;
}

absl::StatusOr<EvidenceImport> LoadEvidenceFile(const std::string& path,
                                                const EvidenceScope& scope) {
  absl::StatusOr<std::string> text = ReadFileText(path, "evidence");
  if (!text.ok()) return text.status();
  const bool is_json = path.size() >= 5 && path.substr(path.size() - 5) == ".json";
  absl::StatusOr<EvidenceImport> r =
      is_json ? ReadEvidenceJson(*text, scope) : ReadEvidenceCsv(*text, scope);
  if (!r.ok()) return absl::Status(r.status().code(), Cat(path, ": ", r.status().message()));
  return r;
}


std::string WriteEvidenceCsv(const std::vector<EvidenceRecord>& records) {
  std::string out = "satker,indicator,occurrence,date,status,count,ref\n";
  for (const EvidenceRecord& r : records) {
    internal::AppendCsvField(out, r.satker);
    out.push_back(',');
    internal::AppendCsvField(out, r.indicator);
    internal::Append(&out, ",", r.occurrence, ",", FormatIsoDate(r.date), ",", ToString(r.status),
                     ",", r.count, ",");
    internal::AppendCsvField(out, r.ref);
    out.push_back('\n');
  }
  return out;
}

EvidenceScope MakeEvidenceScope(const Plan& plan, const PlanOccurrences& occurrences) {
  std::vector<int> count(plan.indicators().size(), 0);
  for (const Occurrence& o : occurrences.occurrences) ++count[o.indicator_index];
  EvidenceScope scope;
  for (size_t i = 0; i < count.size(); ++i) {
    scope.Add(plan.satker().code, plan.indicators()[i].indicator->id, count[i]);
  }
  scope.set_default_satker(plan.satker().code);
  return scope;
}

}  // namespace v1
}  // namespace zi
