// MODULE: plan batch. Many plans read at once on the library's threads (zi_plan_load_files,
// zi_plan_load_buffers), each entry what loading its input alone gives.
#include <memory>
#include <string>
#include <vector>

#include "capi_internal.hpp"
#include "zi/io/plan_json.hpp"

namespace zi::capi {

struct PlanBatch {
  struct Entry {
    zi_status status = ZI_OK;
    std::string message;                // "" for an entry that loaded
    std::unique_ptr<PlanHandle> plan;   // null once taken, or for a failed entry
  };
  std::vector<Entry> entries;
};
ZI_DEFINE_CONVERSIONS(PlanBatch, zi_plan_batch)

namespace {

// Entry i from its loader's result, with the status and message a single load would give
// (AdoptPlan sets this thread's message, which is copied into the entry).
void Fill(PlanBatch::Entry& e, absl::StatusOr<Plan> plan, StatusContext context,
          std::string_view source) {
  e.status = AdoptPlan(std::move(plan), context, source, &e.plan);
  if (e.status != ZI_OK) e.message = zi_last_error_message();
}

// The entry a zi_* call that failed before loading leaves: its status and message.
void FillFailure(PlanBatch::Entry& e, zi_status status) {
  e.status = status;
  e.message = zi_last_error_message();
}

}  // namespace
}  // namespace zi::capi

using zi::capi::unwrap;
using zi::capi::wrap;

extern "C" {

ZI_API zi_status zi_plan_load_files(zi_plan_batch** out, const char* const* paths, size_t count,
                                    const zi_plan_load_options* opts, int32_t threads) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!paths && count > 0) return zi::capi::NullArgument("paths (bila count > 0)");
    for (size_t i = 0; i < count; ++i) {
      if (!paths[i]) return zi::capi::NullArgument("paths[" + std::to_string(i) + "]");
    }
    zi::PlanReadOptions read;
    if (zi_status s = zi::capi::ReadThreads(threads, "zi_plan_load_files")) return s;
    if (zi_status s = zi::capi::ReadLoadOptions(opts, &read)) return s;
    auto batch = std::make_unique<zi::capi::PlanBatch>();
    batch->entries.resize(count);
    // A directory is refused before reading, as zi_plan_load_file does; the rest are read
    // together.
    std::vector<std::string> files;
    std::vector<size_t> file_entry;
    for (size_t i = 0; i < count; ++i) {
      if (zi_status s = zi::capi::RefuseDirectory(paths[i], "berkas rencana aksi")) {
        zi::capi::FillFailure(batch->entries[i], s);
        continue;
      }
      files.emplace_back(paths[i]);
      file_entry.push_back(i);
    }
    std::vector<absl::StatusOr<zi::Plan>> plans = zi::LoadPlanFiles(files, read, threads);
    for (size_t k = 0; k < plans.size(); ++k) {
      zi::capi::Fill(batch->entries[file_entry[k]], std::move(plans[k]),
                     zi::capi::StatusContext::kFile, files[k]);
    }
    *out = wrap(batch.release());
    return ZI_OK;
  });
}

ZI_API zi_status zi_plan_load_buffers(zi_plan_batch** out, const char* const* texts,
                                      const size_t* sizes, const char* const* names, size_t count,
                                      const zi_plan_load_options* opts, int32_t threads) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!texts && count > 0) return zi::capi::NullArgument("texts (bila count > 0)");
    if (!sizes && count > 0) return zi::capi::NullArgument("sizes (bila count > 0)");
    zi::PlanReadOptions read;
    if (zi_status s = zi::capi::ReadThreads(threads, "zi_plan_load_buffers")) return s;
    if (zi_status s = zi::capi::ReadLoadOptions(opts, &read)) return s;
    std::vector<zi::PlanText> inputs(count);
    for (size_t i = 0; i < count; ++i) {
      if (!texts[i] && sizes[i] > 0) {
        return zi::capi::NullArgument("texts[" + std::to_string(i) + "] (bila sizes[" +
                                      std::to_string(i) + "] > 0)");
      }
      inputs[i].json = texts[i] ? std::string_view(texts[i], sizes[i]) : std::string_view();
      if (names && names[i]) inputs[i].source_name = names[i];
    }
    std::vector<absl::StatusOr<zi::Plan>> plans = zi::ReadPlanJsons(inputs, read, threads);
    auto batch = std::make_unique<zi::capi::PlanBatch>();
    batch->entries.resize(count);
    for (size_t i = 0; i < count; ++i) {
      zi::capi::Fill(batch->entries[i], std::move(plans[i]), zi::capi::StatusContext::kGeneral,
                     inputs[i].source_name);
    }
    *out = wrap(batch.release());
    return ZI_OK;
  });
}

ZI_API void zi_plan_batch_free(zi_plan_batch* batch) noexcept { delete unwrap(batch); }

ZI_API size_t zi_plan_batch_count(const zi_plan_batch* batch) noexcept {
  return batch ? unwrap(batch)->entries.size() : 0;
}

ZI_API zi_status zi_plan_batch_status(const zi_plan_batch* batch, size_t index) noexcept {
  if (!batch) return ZI_EINVALID;
  const auto& entries = unwrap(batch)->entries;
  return index < entries.size() ? entries[index].status : ZI_ERANGE;
}

ZI_API const char* zi_plan_batch_message(const zi_plan_batch* batch, size_t index) noexcept {
  if (!batch) return nullptr;
  const auto& entries = unwrap(batch)->entries;
  return index < entries.size() ? entries[index].message.c_str() : nullptr;
}

ZI_API zi_status zi_plan_batch_take(zi_plan** out, zi_plan_batch* batch, size_t index) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!out) return zi::capi::NullArgument("out");
    *out = nullptr;
    if (!batch) return zi::capi::NullArgument("batch");
    auto& entries = unwrap(batch)->entries;
    if (index >= entries.size()) {
      return zi::capi::Fail(ZI_ERANGE, "entri " + std::to_string(index) + " di luar rentang: batch memiliki " +
                                           std::to_string(entries.size()) + " entri");
    }
    auto& e = entries[index];
    if (e.status != ZI_OK) return zi::capi::Fail(ZI_ENOTFOUND, e.message);
    if (!e.plan) {
      return zi::capi::Fail(ZI_ENOTFOUND, "entri " + std::to_string(index) + " sudah diambil");
    }
    *out = wrap(e.plan.release());
    return ZI_OK;
  });
}

}  // extern "C"
