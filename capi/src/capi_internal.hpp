// Internals shared by the capi/src/*.cpp files. Nothing here is exported.
//
// Every extern "C" entry point that can fail is written as
//
//   zi_status zi_x_y(...) noexcept {
//     return zi::capi::Guard([&]() -> zi_status { ... });
//   }
//
// Guard clears the thread's error message, runs the body and turns any exception into a
// status (std::bad_alloc -> ZI_ENOMEM, any other exception -> ZI_EINTERNAL), so nothing
// unwinds into C. The functions are noexcept as well: a path that escapes the guard
// terminates instead of unwinding through a C frame.
#ifndef ZI_CAPI_INTERNAL_HPP
#define ZI_CAPI_INTERNAL_HPP

#include <cstdint>
#include <cstring>
#include <exception>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "zi/base/diagnostic.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/plan/plan.hpp"
#include "zi/zi.h"

namespace zi::capi {

// ---- handles -----------------------------------------------------------------------

// What a zi_plan points to. Plan::calendar_name() returns a new string each time, so the
// handle keeps one to lend out.
struct PlanHandle {
  explicit PlanHandle(Plan p);
  // The plan's IndicatorRef for one of its indicators; nullptr for a foreign one.
  const IndicatorRef* Find(const Indicator* indicator) const;

  Plan plan;
  std::string calendar;
  std::unordered_map<const Indicator*, size_t> positions;  // index in plan.indicators()
};

// What a zi_diagnostics points to: owned copies, independent of the plan.
struct DiagnosticList {
  std::vector<Diagnostic> items;
};

// One mapping per C handle type (LLVM's DEFINE_SIMPLE_CONVERSION_FUNCTIONS): the C types
// are incomplete, so the casts below are the only way between the two worlds.
#define ZI_DEFINE_CONVERSIONS(CxxType, CType)                                        \
  inline CType* wrap(CxxType* p) noexcept { return reinterpret_cast<CType*>(p); }    \
  inline const CType* wrap(const CxxType* p) noexcept {                              \
    return reinterpret_cast<const CType*>(p);                                        \
  }                                                                                  \
  inline CxxType* unwrap(CType* p) noexcept { return reinterpret_cast<CxxType*>(p); } \
  inline const CxxType* unwrap(const CType* p) noexcept {                            \
    return reinterpret_cast<const CxxType*>(p);                                      \
  }

ZI_DEFINE_CONVERSIONS(PlanHandle, zi_plan)
ZI_DEFINE_CONVERSIONS(Component, zi_component)
ZI_DEFINE_CONVERSIONS(Aspect, zi_aspect)
ZI_DEFINE_CONVERSIONS(Activity, zi_activity)
ZI_DEFINE_CONVERSIONS(Indicator, zi_indicator)
ZI_DEFINE_CONVERSIONS(Note, zi_note)
ZI_DEFINE_CONVERSIONS(SourceCells, zi_source)
ZI_DEFINE_CONVERSIONS(Satker, zi_satker)
ZI_DEFINE_CONVERSIONS(Decree, zi_decree)
ZI_DEFINE_CONVERSIONS(DuePolicy, zi_due_policy)
ZI_DEFINE_CONVERSIONS(DiagnosticList, zi_diagnostics)
ZI_DEFINE_CONVERSIONS(Diagnostic, zi_diagnostic)

// ---- errors ------------------------------------------------------------------------

// The calling thread's message. Never throw: on allocation failure a static text is kept.
void ClearError() noexcept;
void SetError(std::string_view message) noexcept;

// Records the message and returns the status, for `return Fail(ZI_EINVALID, "...")`.
inline zi_status Fail(zi_status status, std::string_view message) noexcept {
  SetError(message);
  return status;
}

// Where an absl::Status came from, for the few codes whose meaning depends on it.
enum class StatusContext {
  kGeneral,
  kFile,  // NotFound means "cannot open the file": ZI_EIO
};

// The one table from absl::StatusCode to zi_status.
zi_status StatusCodeToZi(absl::StatusCode code, StatusContext context = StatusContext::kGeneral) noexcept;

// ZI_OK for an OK status; otherwise records the message and returns the mapped code.
zi_status FromStatus(const absl::Status& status,
                     StatusContext context = StatusContext::kGeneral) noexcept;

// Checks a versioned option struct's version: 0 < version <= max, else ZI_EVERSION.
zi_status CheckVersion(uint32_t version, uint32_t max, std::string_view struct_name) noexcept;

template <typename F>
zi_status Guard(F&& body) noexcept {
  ClearError();
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return Fail(ZI_ENOMEM, "memori habis");
  } catch (const std::exception& e) {
    std::string message;
    try {
      message = std::string("galat internal: ") + e.what();
    } catch (...) {
      return Fail(ZI_EINTERNAL, "galat internal");
    }
    return Fail(ZI_EINTERNAL, message);
  } catch (...) {
    return Fail(ZI_EINTERNAL, "galat internal: pengecualian tidak dikenal");
  }
}

// A NULL-checked argument: `if (!p) return NullArgument("out");`.
zi_status NullArgument(std::string_view name) noexcept;

// The body of every zi_*_init: NULL check, version check against the struct's current
// version (defaults.version, from its *_INIT), then the defaults stamped with the version
// the caller asked for, so that an older caller's struct keeps its own version number.
template <typename T>
zi_status InitVersioned(T* out, uint32_t version, const T& defaults, std::string_view argument,
                        std::string_view struct_name) noexcept {
  return Guard([&]() -> zi_status {
    if (!out) return NullArgument(argument);
    if (zi_status s = CheckVersion(version, defaults.version, struct_name)) return s;
    *out = defaults;
    out->version = version;
    return ZI_OK;
  });
}

// InitVersioned for a struct that grew at version 2: a version-1 struct (a caller built
// against an older zi.h) ends at v1_size bytes, so only those are written.
template <typename T>
zi_status InitVersionedGrown(T* out, uint32_t version, const T& defaults, size_t v1_size,
                             std::string_view argument, std::string_view struct_name) noexcept {
  return Guard([&]() -> zi_status {
    if (!out) return NullArgument(argument);
    if (zi_status s = CheckVersion(version, defaults.version, struct_name)) return s;
    std::memcpy(out, &defaults, version == 1 ? v1_size : sizeof defaults);
    out->version = version;
    return ZI_OK;
  });
}

// Copies text into a malloc'ed, NUL-terminated buffer that zi_free releases. Throws
// std::bad_alloc.
char* DupString(std::string_view text);

// ---- options ---------------------------------------------------------------------------

// A zi_plan_load_options (NULL: the defaults) into *read; ZI_EVERSION for a bad version.
// Defined in plan.cpp.
zi_status ReadLoadOptions(const zi_plan_load_options* opts, PlanReadOptions* read);
// ZI_EINVALID "<what>.threads harus 0..1024, tertulis N" unless 0 <= threads <= 1024.
// Defined in portfolio.cpp.
zi_status ReadThreads(int32_t threads, std::string_view what);

// ---- files ---------------------------------------------------------------------------

// A loaded plan as a handle, or why not: the status and the thread's message are those
// zi_plan_load_file / zi_plan_load_buffer give (the C API refuses a NUL inside a text).
// Defined in plan.cpp.
zi_status AdoptPlan(absl::StatusOr<Plan> plan, StatusContext context, std::string_view source,
                    std::unique_ptr<PlanHandle>* handle);


// ZI_EIO "<path>: is a directory, not a plan file" for a directory (a stream would open it
// and read nothing), else ZI_OK. `a_what_file` is "a plan file", "an evidence file", ...
zi_status RefuseDirectory(const char* path, std::string_view a_what_file);

// The bytes of a file, for the loaders that must see the text itself (the rubric's NUL
// check, evidence's JSON pointers). It is the core's reader, so the failures are those of
// zi::Load*File: ZI_EIO "<path>: cannot open <what> file" or "<path>: read error".
zi_status ReadInputFile(const char* path, std::string_view what, std::string* text);

// ---- strings ---------------------------------------------------------------------------

// The one way an owned string goes out: `*out` a DupString copy, `*len_out` (if not NULL)
// its length without the NUL. Returns ZI_OK; throws std::bad_alloc (inside a Guard).
inline zi_status GiveString(char** out, size_t* len_out, std::string_view text) {
  *out = DupString(text);
  if (len_out) *len_out = text.size();
  return ZI_OK;
}

}  // namespace zi::capi

#endif  // ZI_CAPI_INTERNAL_HPP
