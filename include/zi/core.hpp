// Everything in zi::core in one include, for programs that would rather not pick headers.
// Each header below also stands alone (the build compiles every one of them by itself), so
// including only what you use keeps rebuilds short. The areas follow the data flow of
// docs/architecture.md: base → plan → deadline → compliance → lke, with io/ for formats.
#ifndef ZI_CORE_HPP
#define ZI_CORE_HPP

#include "zi/base/date.hpp"
#include "zi/base/diagnostic.hpp"
#include "zi/plan/lint.hpp"
#include "zi/plan/plan.hpp"
#include "zi/plan/satker.hpp"
#include "zi/plan/satker_registry.hpp"
#include "zi/plan/target.hpp"
#include "zi/deadline/calendar.hpp"
#include "zi/deadline/due_date.hpp"
#include "zi/deadline/due_policy.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/deadline/schedule.hpp"
#include "zi/compliance/agenda.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/compliance/portfolio.hpp"
#include "zi/compliance/scoring.hpp"
#include "zi/compliance/synthetic.hpp"
#include "zi/compliance/trace.hpp"
#include "zi/lke/answers.hpp"
#include "zi/lke/batch.hpp"
#include "zi/lke/plan_execution.hpp"
#include "zi/lke/predicate.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/lke/score.hpp"
#include "zi/lke/suggest.hpp"
#include "zi/lke/whatif.hpp"
#include "zi/io/calendar_json.hpp"
#include "zi/io/file.hpp"
#include "zi/io/ical.hpp"
#include "zi/io/lke_answers_csv.hpp"
#include "zi/io/lke_answers_json.hpp"
#include "zi/io/lke_json.hpp"
#include "zi/io/lke_rubric_json.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/io/report_json.hpp"
#include "zi/defaults.hpp"
#include "zi/version.hpp"

#endif  // ZI_CORE_HPP
