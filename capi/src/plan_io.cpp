// MODULE: plan import, export and diff (the export, template and diff part): the plan as
// the decree table, the empty template, and the differences between two plans.
#include <optional>
#include <string>

#include "capi_internal.hpp"
#include "zi/io/plan_diff_json.hpp"
#include "zi/io/plan_table.hpp"
#include "zi/plan/plan_diff.hpp"

using zi::capi::unwrap;

namespace {

std::optional<zi::PlanTableFormat> TableFormat(int32_t format) {
  switch (format) {
    case ZI_PLAN_TABLE_XLSX: return zi::PlanTableFormat::kXlsx;
    case ZI_PLAN_TABLE_CSV: return zi::PlanTableFormat::kCsv;
    default: return std::nullopt;
  }
}

zi_status BadFormat(int32_t format) {
  return zi::capi::Fail(ZI_EINVALID, "format harus ZI_PLAN_TABLE_XLSX (0) atau ZI_PLAN_TABLE_CSV (1), bukan " +
                                         std::to_string(format));
}

zi_status BadFlags(int32_t flags, int32_t allowed) {
  return zi::capi::Fail(ZI_EINVALID, "flags tidak dikenal: " + std::to_string(flags & ~allowed));
}

zi_status GiveTable(char** data_out, size_t* len_out, const zi::TableSheet& sheet, zi::PlanTableFormat format) {
  absl::StatusOr<std::string> bytes = zi::WritePlanTableBytes(sheet, format);
  if (!bytes.ok()) return zi::capi::FromStatus(bytes.status());
  return zi::capi::GiveString(data_out, len_out, *bytes);
}

}  // namespace

extern "C" {

ZI_API zi_status zi_plan_export_table(char** data_out, size_t* len_out, const zi_plan* plan, int32_t format,
                                      int32_t flags) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!data_out) return zi::capi::NullArgument("data_out");
    *data_out = nullptr;
    if (!len_out) return zi::capi::NullArgument("len_out");
    *len_out = 0;
    if (!plan) return zi::capi::NullArgument("plan");
    const std::optional<zi::PlanTableFormat> f = TableFormat(format);
    if (!f) return BadFormat(format);
    if (flags & ~ZI_PLAN_TABLE_NO_HEADING) return BadFlags(flags, ZI_PLAN_TABLE_NO_HEADING);
    zi::PlanTableOptions options;
    options.heading = (flags & ZI_PLAN_TABLE_NO_HEADING) == 0;
    return GiveTable(data_out, len_out, zi::PlanTableSheet(unwrap(plan)->plan, options), *f);
  });
}

ZI_API zi_status zi_plan_export_table_file(const zi_plan* plan, const char* path, int32_t format,
                                           int32_t flags) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!plan) return zi::capi::NullArgument("plan");
    if (!path) return zi::capi::NullArgument("path");
    std::optional<zi::PlanTableFormat> f;
    if (format == -1) {
      f = zi::PlanTableFormatForPath(path);
      if (!f) {
        return zi::capi::Fail(ZI_EINVALID, std::string(path) +
                                               ": format tidak dapat ditentukan dari ekstensi berkas (.xlsx atau .csv)");
      }
    } else {
      f = TableFormat(format);
      if (!f) return BadFormat(format);
    }
    if (flags & ~ZI_PLAN_TABLE_NO_HEADING) return BadFlags(flags, ZI_PLAN_TABLE_NO_HEADING);
    zi::PlanTableOptions options;
    options.heading = (flags & ZI_PLAN_TABLE_NO_HEADING) == 0;
    const absl::Status st =
        zi::WritePlanTableFile(zi::PlanTableSheet(unwrap(plan)->plan, options), *f, path);
    return zi::capi::FromStatus(st, zi::capi::StatusContext::kFile);
  });
}

ZI_API zi_status zi_plan_template_table(char** data_out, size_t* len_out, int32_t format, int32_t flags) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!data_out) return zi::capi::NullArgument("data_out");
    *data_out = nullptr;
    if (!len_out) return zi::capi::NullArgument("len_out");
    *len_out = 0;
    const std::optional<zi::PlanTableFormat> f = TableFormat(format);
    if (!f) return BadFormat(format);
    if (flags & ~ZI_PLAN_TABLE_EXAMPLE_ROW) return BadFlags(flags, ZI_PLAN_TABLE_EXAMPLE_ROW);
    return GiveTable(data_out, len_out, zi::PlanTemplateSheet((flags & ZI_PLAN_TABLE_EXAMPLE_ROW) != 0), *f);
  });
}

ZI_API zi_status zi_plan_diff(char** out, size_t* len_out, size_t* count_out, const zi_plan* a, const zi_plan* b,
                              const char* name_a, const char* name_b, int32_t notes, int32_t flags) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (count_out) *count_out = 0;
    if (!a) return zi::capi::NullArgument("a");
    if (!b) return zi::capi::NullArgument("b");
    zi::PlanDiffOptions options;
    switch (notes) {
      case ZI_NOTES_IGNORE: options.notes = zi::NoteComparison::kIgnore; break;
      case ZI_NOTES_KINDS: options.notes = zi::NoteComparison::kKinds; break;
      case ZI_NOTES_FULL: options.notes = zi::NoteComparison::kFull; break;
      default:
        return zi::capi::Fail(ZI_EINVALID, "notes harus zi_note_comparison (0, 1, 2), bukan " +
                                               std::to_string(notes));
    }
    constexpr int32_t kAllowed = ZI_PLAN_DIFF_SOURCE_CELLS | ZI_PLAN_DIFF_TEXT;
    if (flags & ~kAllowed) return BadFlags(flags, kAllowed);
    options.source_cells = (flags & ZI_PLAN_DIFF_SOURCE_CELLS) != 0;
    const zi::PlanDiff diff = zi::DiffPlans(unwrap(a)->plan, unwrap(b)->plan, options);
    const std::string la = name_a ? name_a : "A";
    const std::string lb = name_b ? name_b : "B";
    if (count_out) *count_out = diff.changes.size();
    return zi::capi::GiveString(out, len_out,
                                (flags & ZI_PLAN_DIFF_TEXT) ? zi::FormatPlanDiff(diff, la, lb)
                                                            : zi::WritePlanDiffJson(diff, la, lb, options));
  });
}

}  // extern "C"
