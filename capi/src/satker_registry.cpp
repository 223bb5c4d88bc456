// MODULE: satker registry. Looking a KPU satker up by code or by name, and listing them.
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "capi_internal.hpp"
#include "zi/io/satker_json.hpp"
#include "zi/plan/satker_registry.hpp"

using zi::capi::wrap;

extern "C" {

ZI_API const zi_satker* zi_satker_find_code(const char* code) noexcept {
  if (!code) return nullptr;
  return wrap(zi::FindSatkerByCode(code));
}

ZI_API zi_status zi_satker_find_name(size_t* count_out, const zi_satker** out, size_t capacity,
                                     const char* name) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!count_out) return zi::capi::NullArgument("count_out");
    *count_out = 0;
    if (!out && capacity > 0) return zi::capi::NullArgument("out");
    if (!name) return zi::capi::NullArgument("name");
    const std::vector<const zi::Satker*> found = zi::FindSatkerByName(name);
    for (size_t i = 0; i < found.size() && i < capacity; ++i) out[i] = wrap(found[i]);
    *count_out = found.size();
    return ZI_OK;
  });
}

ZI_API zi_status zi_satker_find_json(char** json_out, size_t* len_out, size_t* count_out,
                                     const char* query) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    if (count_out) *count_out = 0;
    if (!query) return zi::capi::NullArgument("query");
    const std::vector<const zi::Satker*> found = zi::FindSatker(query);
    if (count_out) *count_out = found.size();
    return zi::capi::GiveString(json_out, len_out, zi::WriteSatkerListJson(found, query));
  });
}

ZI_API zi_status zi_satker_list_json(char** json_out, size_t* len_out, int32_t level,
                                     const char* parent) noexcept {
  return zi::capi::Guard([&]() -> zi_status {
    if (!json_out) return zi::capi::NullArgument("json_out");
    *json_out = nullptr;
    std::optional<zi::SatkerLevel> want;
    switch (level) {
      case -1: break;
      case ZI_SATKER_PUSAT: want = zi::SatkerLevel::kPusat; break;
      case ZI_SATKER_PROVINSI: want = zi::SatkerLevel::kProvinsi; break;
      case ZI_SATKER_KABKOTA: want = zi::SatkerLevel::kKabkota; break;
      default:
        return zi::capi::Fail(ZI_EINVALID, "level harus -1 atau zi_satker_level (0, 1, 2), bukan " +
                                               std::to_string(level));
    }
    std::string parent_code;
    if (parent && *parent) {
      const zi::Satker* p = zi::FindSatkerByCode(parent);
      if (!p) {
        return zi::capi::Fail(ZI_ENOTFOUND,
                              std::string("parent '") + parent + "' bukan kode satker KPU");
      }
      parent_code = p->code;
    }
    std::vector<const zi::Satker*> list;
    for (const zi::Satker& s : zi::KpuSatker()) {
      if (want && s.level != *want) continue;
      if (!parent_code.empty() && s.parent != parent_code) continue;
      list.push_back(&s);
    }
    return zi::capi::GiveString(json_out, len_out, zi::WriteSatkerListJson(list));
  });
}

}  // extern "C"
