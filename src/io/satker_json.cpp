#include "zi/io/satker_json.hpp"

#include "internal/json_io.hpp"

namespace zi {
inline namespace v1 {

std::string WriteSatkerListJson(std::span<const Satker* const> satker,
                                std::optional<std::string_view> query) {
  namespace json = boost::json;
  json::object root;
  root["format"] = "zi.satker-list/1";
  root["query"] = query ? json::value(*query) : json::value(nullptr);
  root["count"] = satker.size();
  json::array list;
  for (const Satker* s : satker) {
    json::object o;
    o["code"] = s->code;
    o["name"] = s->name;
    o["level"] = ToString(s->level);
    o["parent"] = s->parent.empty() ? json::value(nullptr) : json::value(s->parent);
    o["time_zone"] = ToString(s->time_zone);
    list.push_back(std::move(o));
  }
  root["satker"] = std::move(list);
  return internal::WriteJson(root);
}

}  // namespace v1
}  // namespace zi
