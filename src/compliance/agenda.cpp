#include "zi/compliance/agenda.hpp"

#include <algorithm>

#include "internal/json_io.hpp"

namespace zi {
inline namespace v1 {

Agenda BuildAgenda(const ComplianceReport& report, const Calendar& calendar,
                   const AgendaOptions& options) {
  Agenda agenda;
  agenda.as_of = report.as_of;
  for (const ComponentScore& c : report.components) {
    for (const AspectScore& a : c.aspects) {
      for (const IndicatorScore& i : a.indicators) {
        for (const OccurrenceScore& o : i.occurrences) {
          const int wd =
              calendar.WorkingDaysBetween(report.as_of, o.occurrence.due, false, true);
          const AgendaItem item{&i, &o, wd};
          switch (o.status) {
            case OccurrenceStatus::kDone: ++agenda.done; break;
            case OccurrenceStatus::kDoneLate: ++agenda.done_late; break;
            case OccurrenceStatus::kOverdue:
              ++agenda.overdue_count;
              agenda.overdue.push_back(item);
              break;
            case OccurrenceStatus::kOpen:
              ++agenda.open;
              (wd <= options.within_working_days ? agenda.due_soon : agenda.upcoming)
                  .push_back(item);
              break;
            case OccurrenceStatus::kUpcoming:
              ++agenda.not_started;
              if (wd <= options.within_working_days) {
                agenda.due_soon.push_back(item);  // a short window that starts and ends soon
              } else {
                agenda.upcoming.push_back(item);
              }
              break;
          }
        }
      }
    }
  }
  // Stable sorts keep plan order among equal due dates.
  const auto by_due = [](const AgendaItem& x, const AgendaItem& y) {
    return x.occurrence->occurrence.due < y.occurrence->occurrence.due;
  };
  std::stable_sort(agenda.overdue.begin(), agenda.overdue.end(), by_due);
  std::stable_sort(agenda.due_soon.begin(), agenda.due_soon.end(), by_due);
  std::stable_sort(agenda.upcoming.begin(), agenda.upcoming.end(), by_due);
  if (options.upcoming_limit >= 0 &&
      agenda.upcoming.size() > static_cast<size_t>(options.upcoming_limit)) {
    agenda.upcoming.resize(static_cast<size_t>(options.upcoming_limit));
  }
  return agenda;
}

namespace {

namespace json = boost::json;

json::array Items(const std::vector<AgendaItem>& items) {
  json::array out;
  for (const AgendaItem& it : items) {
    const Indicator& ind = *it.indicator->ref->indicator;
    const OccurrenceScore& o = *it.occurrence;
    json::object x;
    x["indicator"] = ind.id;
    x["occurrence"] = o.occurrence.index;
    x["text"] = ind.text;
    x["evidence"] = ind.evidence;
    x["penanggung_jawab"] = it.indicator->ref->responsible();
    x["window_start"] = FormatIsoDate(o.occurrence.window_start);
    x["window_end"] = FormatIsoDate(o.occurrence.window_end);
    x["due"] = FormatIsoDate(o.occurrence.due);
    x["working_days"] = it.working_days;
    x["required"] = o.occurrence.required;
    x["on_time"] = o.on_time;
    x["late"] = o.late;
    x["status"] = ToString(o.status);
    out.push_back(std::move(x));
  }
  return out;
}

}  // namespace

std::string AgendaJson(const Agenda& agenda) {
  json::object root;
  root["as_of"] = FormatIsoDate(agenda.as_of);
  json::object counts;
  counts["done"] = agenda.done;
  counts["done_late"] = agenda.done_late;
  counts["open"] = agenda.open;
  counts["upcoming"] = agenda.not_started;
  counts["overdue"] = agenda.overdue_count;
  root["counts"] = std::move(counts);
  root["overdue"] = Items(agenda.overdue);
  root["due_soon"] = Items(agenda.due_soon);
  root["upcoming"] = Items(agenda.upcoming);
  return internal::WriteJson(root);
}

}  // namespace v1
}  // namespace zi
