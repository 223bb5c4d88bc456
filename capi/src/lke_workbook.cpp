// MODULE: LKE workbook. The LKE worksheet as an XLSX workbook, read into an answer set and
// written from one (zi/io/lke_workbook.hpp).
#include <memory>

#include "lke_handles.hpp"
#include "zi/io/lke_workbook.hpp"

namespace zi::capi {
namespace {

absl::StatusOr<LkeWorkbookLayout> LayoutOf(const Rubric& rubric, const char* json, size_t len) {
  if (!json) return DefaultLkeWorkbookLayout(rubric);
  return ReadLkeWorkbookLayoutJson(std::string_view(json, len), rubric, "<layout>");
}

}  // namespace
}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

ZI_API zi_status zi_lke_workbook_import(zi_lke_answers** answers_out, char** report_out,
                                        size_t* report_len_out, size_t* error_count_out,
                                        const zi_lke_rubric* rubric, const char* data, size_t size,
                                        const char* layout_json, size_t layout_len,
                                        const char* source) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!answers_out) return zi::capi::NullArgument("answers_out");
    *answers_out = nullptr;
    if (!report_out) return zi::capi::NullArgument("report_out");
    *report_out = nullptr;
    if (error_count_out) *error_count_out = 0;
    if (!rubric) return zi::capi::NullArgument("rubric");
    if (!data && size > 0) return zi::capi::NullArgument("data");
    const zi::Rubric& r = unwrap(rubric)->rubric;
    absl::StatusOr<zi::LkeWorkbookLayout> layout = zi::capi::LayoutOf(r, layout_json, layout_len);
    if (!layout.ok()) return zi::capi::FromStatus(layout.status());
    zi::LkeWorkbookReadOptions options;
    if (source) options.source = source;
    absl::StatusOr<zi::LkeWorkbookImport> result =
        zi::ReadLkeWorkbook(std::string_view(data ? data : "", size), r, *layout, options);
    if (!result.ok()) return zi::capi::FromStatus(result.status());
    const std::string report = zi::WriteLkeWorkbookImportJson(*result, r);
    size_t errors = 0;
    for (const zi::Diagnostic& d : result->findings) errors += d.severity == zi::Severity::kError;
    auto handle = std::make_unique<zi::capi::AnswersHandle>(zi::capi::AnswersHandle{r, std::move(result->answers)});
    zi::capi::GiveString(report_out, report_len_out, report);
    *answers_out = wrap(handle.release());
    if (error_count_out) *error_count_out = errors;
    return ZI_OK;
  });
}

ZI_API zi_status zi_lke_workbook_export(char** xlsx_out, size_t* xlsx_len_out, char** report_out,
                                        size_t* report_len_out, const zi_lke_answers* answers,
                                        const char* layout_json, size_t layout_len,
                                        int32_t flags) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!xlsx_out) return zi::capi::NullArgument("xlsx_out");
    *xlsx_out = nullptr;
    if (!xlsx_len_out) return zi::capi::NullArgument("xlsx_len_out");
    *xlsx_len_out = 0;
    if (!report_out) return zi::capi::NullArgument("report_out");
    *report_out = nullptr;
    if (!answers) return zi::capi::NullArgument("answers");
    if (flags & ~static_cast<int32_t>(ZI_LKE_WORKBOOK_CORRECT_DEFECTS)) {
      return zi::capi::Fail(ZI_EINVALID, "flags: bit tidak dikenal (hanya ZI_LKE_WORKBOOK_CORRECT_DEFECTS)");
    }
    const zi::capi::AnswersHandle& h = *unwrap(answers);
    absl::StatusOr<zi::LkeWorkbookLayout> layout = zi::capi::LayoutOf(h.rubric, layout_json, layout_len);
    if (!layout.ok()) return zi::capi::FromStatus(layout.status());
    zi::LkeWorkbookWriteOptions options;
    options.correct_defects = (flags & ZI_LKE_WORKBOOK_CORRECT_DEFECTS) != 0;
    absl::StatusOr<zi::LkeWorkbookExport> result = zi::WriteLkeWorkbook(h.set, h.rubric, *layout, options);
    if (!result.ok()) return zi::capi::FromStatus(result.status());
    const std::string report = zi::WriteLkeWorkbookExportJson(*result);
    char* report_copy = zi::capi::DupString(report);
    zi::capi::GiveString(xlsx_out, xlsx_len_out, result->bytes);
    *report_out = report_copy;
    if (report_len_out) *report_len_out = report.size();
    return ZI_OK;
  });
}
