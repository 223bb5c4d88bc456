#include "zi/plan/plan.hpp"

#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {
namespace {

void FillId(std::string& id, const std::string& parent, size_t index) {
  if (id.empty()) {
    id = parent.empty() ? internal::Cat(index + 1) : internal::Cat(parent, ".", index + 1);
  }
}

}  // namespace

Plan::Plan(PlanData data) {
  auto impl = std::make_shared<Impl>();
  auto owned = std::make_unique<PlanData>(std::move(data));
  for (size_t c = 0; c < owned->components.size(); ++c) {
    Component& comp = owned->components[c];
    FillId(comp.id, "", c);
    for (size_t a = 0; a < comp.aspects.size(); ++a) {
      Aspect& asp = comp.aspects[a];
      FillId(asp.id, comp.id, a);
      for (size_t k = 0; k < asp.activities.size(); ++k) {
        Activity& act = asp.activities[k];
        FillId(act.id, asp.id, k);
        for (size_t i = 0; i < act.indicators.size(); ++i) {
          FillId(act.indicators[i].id, act.id, i);
        }
      }
    }
  }
  // Pointers into `owned` stay valid: the data never moves or changes again.
  for (const Component& comp : owned->components) {
    for (const Aspect& asp : comp.aspects) {
      ++impl->aspect_count;
      for (const Activity& act : asp.activities) {
        ++impl->activity_count;
        for (const Indicator& ind : act.indicators) {
          impl->indicators.push_back(IndicatorRef{&comp, &asp, &act, &ind});
        }
      }
    }
  }
  impl->data = std::move(owned);
  impl_ = std::move(impl);
}

std::string Plan::calendar_name() const {
  return data().calendar.empty() ? internal::Cat("ID-", data().year) : data().calendar;
}

const IndicatorRef* Plan::FindIndicator(std::string_view id) const {
  for (const IndicatorRef& ref : impl_->indicators) {
    if (ref.indicator->id == id) return &ref;
  }
  return nullptr;
}

const DuePolicy& Plan::EffectiveDuePolicy(const Indicator& indicator) const {
  return indicator.due_policy ? *indicator.due_policy : data().due_policy;
}

std::string_view ToString(NoteKind kind) {
  switch (kind) {
    case NoteKind::kResolved: return "resolved";
    case NoteKind::kInferred: return "inferred";
    case NoteKind::kDefect: return "defect";
  }
  return "?";
}

std::optional<NoteKind> ParseNoteKind(std::string_view s) {
  if (s == "resolved") return NoteKind::kResolved;
  if (s == "inferred") return NoteKind::kInferred;
  if (s == "defect") return NoteKind::kDefect;
  return std::nullopt;
}

}  // namespace v1
}  // namespace zi
