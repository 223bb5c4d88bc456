// Satker registry entries as JSON (format "zi.satker-list/1", docs/satker.md), as
// `zi satker list --json` and `zi satker find --json` print them and the C API and Python
// return them: two-space indentation, a trailing newline.
#ifndef ZI_IO_SATKER_JSON_HPP
#define ZI_IO_SATKER_JSON_HPP

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "zi/plan/satker.hpp"

namespace zi {
inline namespace v1 {

// {"format": "zi.satker-list/1", "query": <query or null>, "count": n, "satker": [{"code",
// "name", "level", "parent" (null for KPU RI), "time_zone"}, ...]} in the order given.
std::string WriteSatkerListJson(std::span<const Satker* const> satker,
                                std::optional<std::string_view> query = std::nullopt);

}  // namespace v1
}  // namespace zi

#endif  // ZI_IO_SATKER_JSON_HPP
