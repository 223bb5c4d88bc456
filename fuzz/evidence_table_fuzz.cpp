// Evidence as a table (ReadEvidenceTableBytes against the default plan's scope: CSV/TSV in
// any encoding, Indonesian or English headers, day/month dates, or an XLSX workbook). The
// first byte picks the encoding, the delimiter, the date order, occurrence inference and the
// other-satker summary; the rest is the file. Never crashes; every accepted record has a
// line, an occurrence and a count >= 1; every rejected row says where and why; every
// other-satker summary names its satker and counts at least one row; the accepted records
// written by WriteEvidenceCsv are read back by the same reader as the same records. A text
// table, which is read from the text reader's cells directly, gives the same import, or the
// same error, as the Table that ReadTable makes of the same bytes (ReadEvidenceTable).
#include <cstddef>
#include <cstdint>

#include "evidence_scope.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > zi_fuzz::kMaxInput) return -1;
  const uint8_t mode = data[0];
  const auto& scope = zi_fuzz::DefaultScope();
  zi::EvidenceReadOptions o;
  static constexpr zi::TextEncoding kEnc[] = {zi::TextEncoding::kAuto, zi::TextEncoding::kUtf8,
                                              zi::TextEncoding::kUtf16, zi::TextEncoding::kCp1252};
  o.encoding = kEnc[mode & 3];
  static constexpr char kDelim[] = {0, ',', ';', '\t'};
  o.delimiter = kDelim[(mode >> 2) & 3];
  static constexpr zi::DateOrder kOrder[] = {zi::DateOrder::kAuto, zi::DateOrder::kDayFirst,
                                             zi::DateOrder::kMonthFirst, zi::DateOrder::kAuto};
  o.date_order = kOrder[(mode >> 4) & 3];
  o.infer_occurrence = (mode & 0x40) != 0;
  o.summarize_other_satker = (mode & 0x80) != 0;
  const std::string_view bytes = zi_fuzz::Text(data + 1, size - 1);
  auto read = zi::ReadEvidenceTableBytes(bytes, scope, o);
  {
    zi::TableReadOptions t;
    t.encoding = o.encoding;
    t.delimiter = o.delimiter;
    auto table = zi::ReadTable(bytes, "<input>", t);
    auto via_table = table.ok() ? zi::ReadEvidenceTable(*table, scope, o)
                                : absl::StatusOr<zi::EvidenceImport>(table.status());
    zi_fuzz::Check(read.ok() == via_table.ok(), "the two table forms agree on failing");
    if (!read.ok()) {
      zi_fuzz::Check(read.status() == via_table.status(), "the two table forms fail alike");
    } else {
      zi_fuzz::Check(read->accepted == via_table->accepted && read->rejected == via_table->rejected &&
                         read->notes == via_table->notes &&
                         read->other_satker == via_table->other_satker &&
                         read->unfilled == via_table->unfilled,
                     "the two table forms give the same import");
    }
  }
  if (!read.ok()) {
    zi_fuzz::Check(!read.status().message().empty(), "a refused evidence table says why");
    return 0;
  }
  for (const auto& r : read->accepted) {
    zi_fuzz::Check(r.line >= 1, "an accepted evidence row has its line");
    zi_fuzz::Check(r.occurrence >= 1, "an accepted evidence row has an occurrence");
    zi_fuzz::Check(r.count >= 1, "an accepted evidence row counts at least 1");
  }
  for (const auto& r : read->rejected) {
    zi_fuzz::Check(!r.where.empty() && !r.reason.empty(), "a rejected row says where and why");
  }
  for (const auto& other : read->other_satker) {
    zi_fuzz::Check(!other.satker.empty() && other.rows >= 1 && !other.first_where.empty(),
                   "an other-satker summary names its satker, its rows and where");
  }
  if (read->accepted.empty()) return 0;
  zi::EvidenceReadOptions back;
  back.encoding = zi::TextEncoding::kUtf8;
  back.delimiter = ',';
  auto again = zi::ReadEvidenceTableBytes(zi::WriteEvidenceCsv(read->accepted), scope, back);
  zi_fuzz::Check(again.ok(), "evidence written by WriteEvidenceCsv is read back");
  zi_fuzz::Check(again->rejected.empty(), "evidence written by WriteEvidenceCsv is all accepted");
  zi_fuzz::Check(again->accepted.size() == read->accepted.size(),
                 "evidence table round trip keeps every record");
  for (size_t i = 0; i < again->accepted.size(); ++i) {
    auto a = again->accepted[i];
    auto b = read->accepted[i];
    a.line = b.line = 0;  // lines are where each was read, not part of the record
    zi_fuzz::Check(a == b, "evidence table round trip gives the same records");
  }
  return 0;
}
