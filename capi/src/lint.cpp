// MODULE: lint. zi_plan_lint and the zi_diagnostics result handle.
#include <algorithm>
#include <memory>

#include "capi_internal.hpp"
#include "enums.hpp"
#include "zi/plan/lint.hpp"
#include "zi/io/report_json.hpp"

using zi::capi::unwrap;
using zi::capi::wrap;

extern "C" {

ZI_API const char* zi_severity_str(int32_t severity) noexcept {
  return zi::capi::CName<zi::Severity>(severity);
}

ZI_API zi_status zi_lint_options_init(zi_lint_options* opts, uint32_t version) noexcept {
  static const zi_lint_options kDefaults = ZI_LINT_OPTIONS_INIT;
  return zi::capi::InitVersioned(opts, version, kDefaults, "opts", "zi_lint_options");
}

ZI_API zi_status zi_plan_lint(zi_diagnostics** out, const zi_plan* plan, const zi_lint_options* opts) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!plan) return zi::capi::NullArgument("plan");
    bool structural_only = false;
    if (opts) {
      if (zi_status s = zi::capi::CheckVersion(opts->version, ZI_LINT_OPTIONS_VERSION, "zi_lint_options")) {
        return s;
      }
      structural_only = opts->structural_only;  // version 1
    }
    auto list = std::make_unique<zi::capi::DiagnosticList>();
    const zi::Plan& p = unwrap(plan)->plan;
    list->items = structural_only ? zi::ValidatePlan(p) : zi::LintPlan(p);
    *out = wrap(list.release());
    return ZI_OK;
  });
}

ZI_API void zi_diagnostics_free(zi_diagnostics* diagnostics) noexcept { delete unwrap(diagnostics); }

ZI_API size_t zi_diagnostics_count(const zi_diagnostics* diagnostics) noexcept {
  return diagnostics ? unwrap(diagnostics)->items.size() : 0;
}

ZI_API size_t zi_diagnostics_count_severity(const zi_diagnostics* diagnostics, int32_t severity) noexcept {
  if (!diagnostics) return 0;
  const auto& items = unwrap(diagnostics)->items;
  return static_cast<size_t>(std::count_if(items.begin(), items.end(), [&](const zi::Diagnostic& d) {
    return zi::capi::ToC(d.severity) == severity;
  }));
}

ZI_API const zi_diagnostic* zi_diagnostics_get(const zi_diagnostics* diagnostics, size_t index) noexcept {
  if (!diagnostics) return nullptr;
  const auto& items = unwrap(diagnostics)->items;
  return index < items.size() ? wrap(&items[index]) : nullptr;
}

ZI_API int32_t zi_diagnostic_severity(const zi_diagnostic* d) noexcept {
  return d ? zi::capi::ToC(unwrap(d)->severity) : -1;
}
ZI_API const char* zi_diagnostic_code(const zi_diagnostic* d) noexcept {
  return d ? unwrap(d)->code.c_str() : nullptr;
}
ZI_API const char* zi_diagnostic_where(const zi_diagnostic* d) noexcept {
  return d ? unwrap(d)->where.c_str() : nullptr;
}
ZI_API const char* zi_diagnostic_field(const zi_diagnostic* d) noexcept {
  return d ? unwrap(d)->field.c_str() : nullptr;
}
ZI_API const char* zi_diagnostic_message(const zi_diagnostic* d) noexcept {
  return d ? unwrap(d)->message.c_str() : nullptr;
}

ZI_API zi_status zi_plan_lint_json(char** json_out, size_t* len_out, const zi_plan* plan,
                                   const zi_diagnostics* diagnostics) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (!plan) return zi::capi::NullArgument("plan");
    if (!diagnostics) return zi::capi::NullArgument("diagnostics");
    return zi::capi::GiveString(json_out, len_out,
                                zi::WritePlanLintJson(unwrap(plan)->plan, unwrap(diagnostics)->items));
  });
}

}  // extern "C"
