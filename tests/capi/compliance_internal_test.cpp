// Unit tests of the internals of the deadline, evidence, scoring and portfolio modules of
// the C ABI (capi/src/compliance_internal.hpp): the enum mappings against zi::core's
// spellings, the date range, the NUL escaping of messages and the array capacity check.
#include <gtest/gtest.h>

#include <string>

#include "compliance_internal.hpp"
#include "zi/compliance/agenda.hpp"
#include "zi/deadline/calendar.hpp"
#include "zi/deadline/schedule.hpp"
#include "zi/compliance/scoring.hpp"
#include "zi/compliance/trace.hpp"

namespace zi::capi {
namespace {

std::string S(const char* s) { return s ? s : "(NULL)"; }

TEST(ComplianceEnumsTest, NamesAgreeWithTheCore) {
  for (OccurrenceStatus s : {OccurrenceStatus::kDone, OccurrenceStatus::kDoneLate, OccurrenceStatus::kOpen,
                             OccurrenceStatus::kUpcoming, OccurrenceStatus::kOverdue}) {
    EXPECT_EQ(S(zi_occurrence_status_str(ToC(s))), ToString(s));
    EXPECT_EQ(S(zi_occurrence_status_label(ToC(s))), Label(s));
    // Portfolio status counts are indexed by the C++ enumerator: the C values must agree.
    EXPECT_EQ(ToC(s), static_cast<int32_t>(s));
  }
  for (EvidenceStatus s : {EvidenceStatus::kVerified, EvidenceStatus::kSubmitted, EvidenceStatus::kRejected}) {
    EXPECT_EQ(S(zi_evidence_status_str(ToC(s))), ToString(s));
  }
  for (ScheduleFamily f : {ScheduleFamily::kSingleMonth, ScheduleFamily::kMonthRange, ScheduleFamily::kMonthList,
                           ScheduleFamily::kRecurring, ScheduleFamily::kNamedPeriods, ScheduleFamily::kRrule}) {
    ScheduleHandle h;
    h.schedule.family = f;
    EXPECT_EQ(S(zi_schedule_family_str(zi_schedule_family(wrap(&h)))), ToString(f));
  }
  for (HolidayKind k : {HolidayKind::kLiburNasional, HolidayKind::kCutiBersama, HolidayKind::kLiburDaerah}) {
    Holiday h;
    h.kind = k;
    EXPECT_EQ(S(zi_holiday_kind_str(zi_holiday_kind(wrap(&h)))), ToString(k));
  }
}

TEST(ComplianceEnumsTest, FromC) {
  EXPECT_EQ(FromC<Convention>(ZI_CONVENTION_FOLLOWING), Convention::kFollowing);
  EXPECT_EQ(FromC<Convention>(ZI_CONVENTION_MODIFIED_FOLLOWING), Convention::kModifiedFollowing);
  EXPECT_EQ(FromC<Convention>(ZI_CONVENTION_PRECEDING), Convention::kPreceding);
  EXPECT_EQ(FromC<Convention>(ZI_CONVENTION_UNADJUSTED), Convention::kUnadjusted);
  EXPECT_EQ(FromC<Convention>(4), std::nullopt);
  EXPECT_EQ(FromC<Convention>(-1), std::nullopt);
  EXPECT_EQ(FromC<DueOffset>(ZI_DUE_OFFSET_NONE), DueOffset::kNone);
  EXPECT_EQ(FromC<DueOffset>(ZI_DUE_OFFSET_WORKING_DAYS), DueOffset::kWorkingDays);
  EXPECT_EQ(FromC<DueOffset>(ZI_DUE_OFFSET_CALENDAR_DAYS), DueOffset::kCalendarDays);
  EXPECT_EQ(FromC<DueOffset>(ZI_DUE_OFFSET_DAY_OF_NEXT_MONTH), DueOffset::kDayOfNextMonth);
  EXPECT_EQ(FromC<DueOffset>(4), std::nullopt);
}

TEST(ComplianceHelpersTest, DatesCapacityAndNul) {
  EXPECT_TRUE(DateInRange(ZI_DATE_MIN_DAYS));
  EXPECT_TRUE(DateInRange(ZI_DATE_MAX_DAYS));
  EXPECT_FALSE(DateInRange(ZI_DATE_MIN_DAYS - 1));
  EXPECT_FALSE(DateInRange(ZI_DATE_MAX_DAYS + 1));
  EXPECT_EQ(DateOutOfRange("as_of", 3000000), ZI_ERANGE);
  EXPECT_EQ(S(zi_last_error_message()),
            "as_of: tanggal 3000000 (hari sejak 1970-01-01) di luar 0001-01-01..9999-12-31");
  EXPECT_EQ(CheckCapacity(3, 3, "x"), ZI_OK);
  EXPECT_EQ(CheckCapacity(2, 3, "values_out"), ZI_ERANGE);
  EXPECT_EQ(S(zi_last_error_message()), "values_out: array berisi 2 nilai, padahal diperlukan 3");
  EXPECT_EQ(WithoutNul(std::string("a\0b", 3)), "a\\u0000b");
  EXPECT_EQ(WithoutNul("plain"), "plain");
  std::vector<Diagnostic> d(1);
  d[0].message = std::string("x\0y", 3);
  d[0].where = std::string("\0", 1);
  d = CleanDiagnostics(std::move(d));
  EXPECT_EQ(d[0].message, "x\\u0000y");
  EXPECT_EQ(d[0].where, "\\u0000");
}

}  // namespace
}  // namespace zi::capi
