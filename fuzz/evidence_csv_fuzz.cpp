// Evidence CSV (ReadEvidenceCsv against the default plan's scope): never crashes; every
// accepted record has a line and a count >= 1; every rejected row says where and why; the
// accepted records written by WriteEvidenceCsv are read back as the same records.
#include "evidence_scope.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > zi_fuzz::kMaxInput) return -1;
  const auto& scope = zi_fuzz::DefaultScope();
  auto read = zi::ReadEvidenceCsv(zi_fuzz::Text(data, size), scope);
  if (!read.ok()) return 0;
  for (const auto& r : read->accepted) {
    zi_fuzz::Check(r.line >= 1, "an accepted evidence row has its line");
    zi_fuzz::Check(r.count >= 1, "an accepted evidence row counts at least 1");
  }
  for (const auto& r : read->rejected) {
    zi_fuzz::Check(!r.where.empty() && !r.reason.empty(), "a rejected row says where and why");
  }
  if (read->accepted.empty()) return 0;
  auto again = zi::ReadEvidenceCsv(zi::WriteEvidenceCsv(read->accepted), scope);
  zi_fuzz::Check(again.ok(), "evidence written by WriteEvidenceCsv is read back");
  zi_fuzz::Check(again->rejected.empty(), "evidence written by WriteEvidenceCsv is all accepted");
  zi_fuzz::Check(again->accepted.size() == read->accepted.size(),
                 "evidence CSV round trip keeps every record");
  for (size_t i = 0; i < again->accepted.size(); ++i) {
    auto a = again->accepted[i];
    auto b = read->accepted[i];
    a.line = b.line = 0;  // lines are where each was read, not part of the record
    zi_fuzz::Check(a == b, "evidence CSV round trip gives the same records");
  }
  return 0;
}
