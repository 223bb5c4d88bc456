// C ABI: plan import from the decree's annex (zi.h, MODULE: plan import, export and diff).
#include <memory>
#include <string>

#include "capi_internal.hpp"
#include "zi/io/decree_import.hpp"
#include "zi/io/file.hpp"
#include "zi/zi.h"

namespace zi::capi {
namespace {

zi_status ReadImportOptions(const char* format, const char* encoding, const char* sheet,
                            const char* satker_code, int32_t year, DecreeImportOptions* o) {
  if (format && *format) {
    std::optional<DecreeFormat> f = ParseDecreeFormat(format);
    if (!f) {
      return Fail(ZI_EINVALID,
                  std::string("format \"") + format + "\" bukan salah satu dari auto, text, csv, xlsx");
    }
    o->format = *f;
  }
  if (encoding && *encoding) {
    std::optional<TextEncoding> e = ParseTextEncoding(encoding);
    if (!e) {
      return Fail(ZI_EINVALID, std::string("encoding \"") + encoding +
                                   "\" bukan salah satu dari auto, utf-8, utf-16, cp1252");
    }
    o->encoding = *e;
  }
  if (year < 0 || year > 9999) {
    return Fail(ZI_EINVALID, "tahun " + std::to_string(year) + " bukan 0 atau 1..9999");
  }
  o->year = year;
  if (sheet) o->sheet = sheet;
  if (satker_code) o->satker_code = satker_code;
  return ZI_OK;
}

zi_status GiveImport(zi_plan** out, char** report_json, size_t* report_len,
                     absl::StatusOr<DecreeImport> result, StatusContext context) {
  if (!result.ok()) return FromStatus(result.status(), context);
  std::string json;
  if (report_json) json = DecreeImportReportJson(*result);
  auto handle = std::make_unique<PlanHandle>(std::move(result->plan));
  if (report_json) GiveString(report_json, report_len, json);
  *out = wrap(handle.release());
  return ZI_OK;
}

}  // namespace
}  // namespace zi::capi

ZI_API zi_status zi_plan_import_buffer(zi_plan** out, char** report_json, size_t* report_len,
                                       const char* data, size_t size, const char* source,
                                       const char* format, const char* encoding, const char* sheet,
                                       const char* satker_code, int32_t year) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (report_json) *report_json = nullptr;
    if (report_len) *report_len = 0;
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!data && size > 0) return zi::capi::NullArgument("data (bila size > 0)");
    zi::DecreeImportOptions o;
    if (zi_status s = zi::capi::ReadImportOptions(format, encoding, sheet, satker_code, year, &o))
      return s;
    const std::string_view bytes = data ? std::string_view(data, size) : std::string_view();
    return zi::capi::GiveImport(out, report_json, report_len,
                                zi::ImportDecree(bytes, source ? source : "<input>", o),
                                zi::capi::StatusContext::kGeneral);
  });
}

ZI_API zi_status zi_plan_import_file(zi_plan** out, char** report_json, size_t* report_len,
                                     const char* path, const char* format, const char* encoding,
                                     const char* sheet, const char* satker_code,
                                     int32_t year) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (report_json) *report_json = nullptr;
    if (report_len) *report_len = 0;
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!path) return zi::capi::NullArgument("path");
    zi::DecreeImportOptions o;
    if (zi_status s = zi::capi::ReadImportOptions(format, encoding, sheet, satker_code, year, &o))
      return s;
    if (zi_status s = zi::capi::RefuseDirectory(path, "berkas keputusan")) return s;
    std::string bytes;
    if (zi_status s = zi::capi::ReadInputFile(path, "keputusan", &bytes)) return s;
    return zi::capi::GiveImport(out, report_json, report_len, zi::ImportDecree(bytes, path, o),
                                zi::capi::StatusContext::kGeneral);
  });
}
