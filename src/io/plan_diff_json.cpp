#include "zi/io/plan_diff_json.hpp"

#include "internal/json_io.hpp"

namespace zi {
inline namespace v1 {
namespace {

namespace json = boost::json;

json::value OrNull(const std::string& s) {
  return s.empty() ? json::value(nullptr) : json::value(s);
}

}  // namespace

std::string WritePlanDiffJson(const PlanDiff& diff, std::string_view name_a,
                              std::string_view name_b, const PlanDiffOptions& options) {
  json::object root;
  root["format"] = "zi.plan-diff/1";
  root["a"] = name_a;
  root["b"] = name_b;
  root["equal"] = diff.empty();
  json::object opts;
  opts["notes"] = ToString(options.notes);
  opts["source_cells"] = options.source_cells;
  root["options"] = std::move(opts);
  json::object counts;
  counts["total"] = diff.changes.size();
  counts["removed"] = diff.Count(PlanChangeKind::kRemoved);
  counts["added"] = diff.Count(PlanChangeKind::kAdded);
  counts["moved"] = diff.Count(PlanChangeKind::kMoved);
  counts["changed"] = diff.Count(PlanChangeKind::kChanged);
  root["counts"] = std::move(counts);
  json::array changes;
  for (const PlanChange& c : diff.changes) {
    json::object o;
    o["kind"] = ToString(c.kind);
    o["level"] = ToString(c.level);
    o["id_a"] = OrNull(c.id_a);
    o["id_b"] = OrNull(c.id_b);
    o["parent_a"] = OrNull(c.parent_a);
    o["parent_b"] = OrNull(c.parent_b);
    o["text"] = OrNull(c.text);
    const bool changed = c.kind == PlanChangeKind::kChanged;
    o["field"] = changed ? json::value(c.field) : json::value(nullptr);
    o["before"] = changed ? json::value(c.before) : json::value(nullptr);
    o["after"] = changed ? json::value(c.after) : json::value(nullptr);
    changes.push_back(std::move(o));
  }
  root["changes"] = std::move(changes);
  return internal::WriteJson(root);
}

}  // namespace v1
}  // namespace zi
