// Unit tests of the C ABI's internals (capi/src/capi_internal.hpp), linked statically
// from the same objects as libzi_c: the exception guard, the absl::Status table, the
// option-version check, and the agreement between the pinned C enum names and zi::core.
#include <gtest/gtest.h>

#include <cstdlib>
#include <new>
#include <stdexcept>
#include <string>

#include "capi_internal.hpp"
#include "zi/base/diagnostic.hpp"
#include "zi/deadline/due_policy.hpp"
#include "zi/plan/plan.hpp"
#include "zi/plan/satker.hpp"

namespace zi::capi {
namespace {

// A C string for comparisons: a NULL must fail the test, not crash it.
std::string S(const char* s) { return s ? s : "(NULL)"; }

TEST(GuardTest, ReturnsTheBodysStatusAndClearsTheMessage) {
  SetError("stale");
  EXPECT_EQ(Guard([] { return ZI_OK; }), ZI_OK);
  EXPECT_STREQ(zi_last_error_message(), "");
  EXPECT_EQ(Guard([] { return Fail(ZI_ERANGE, "index 9 of 3"); }), ZI_ERANGE);
  EXPECT_STREQ(zi_last_error_message(), "index 9 of 3");
}

TEST(GuardTest, BadAllocIsENOMEM) {
  EXPECT_EQ(Guard([]() -> zi_status { throw std::bad_alloc(); }), ZI_ENOMEM);
  EXPECT_STREQ(zi_last_error_message(), "memori habis");
}

TEST(GuardTest, StdExceptionIsEINTERNALWithItsMessage) {
  EXPECT_EQ(Guard([]() -> zi_status { throw std::runtime_error("boom"); }), ZI_EINTERNAL);
  EXPECT_STREQ(zi_last_error_message(), "galat internal: boom");
  EXPECT_EQ(Guard([]() -> zi_status { throw std::out_of_range("vector::at"); }), ZI_EINTERNAL);
  EXPECT_STREQ(zi_last_error_message(), "galat internal: vector::at");
}

TEST(GuardTest, AnythingElseIsEINTERNAL) {
  EXPECT_EQ(Guard([]() -> zi_status { throw 42; }), ZI_EINTERNAL);
  EXPECT_STREQ(zi_last_error_message(), "galat internal: pengecualian tidak dikenal");
}

TEST(GuardTest, IsNoexcept) {
  EXPECT_TRUE(noexcept(Guard([] { return ZI_OK; })));
}

TEST(StatusTableTest, EveryAbslCodeMapsToAnError) {
  using C = absl::StatusCode;
  EXPECT_EQ(StatusCodeToZi(C::kOk), ZI_OK);
  EXPECT_EQ(StatusCodeToZi(C::kInvalidArgument), ZI_EINVALID);
  EXPECT_EQ(StatusCodeToZi(C::kFailedPrecondition), ZI_EINVALID);
  EXPECT_EQ(StatusCodeToZi(C::kAlreadyExists), ZI_EINVALID);
  EXPECT_EQ(StatusCodeToZi(C::kNotFound), ZI_ENOTFOUND);
  EXPECT_EQ(StatusCodeToZi(C::kOutOfRange), ZI_ERANGE);
  EXPECT_EQ(StatusCodeToZi(C::kResourceExhausted), ZI_ENOMEM);
  EXPECT_EQ(StatusCodeToZi(C::kDataLoss), ZI_EIO);
  EXPECT_EQ(StatusCodeToZi(C::kPermissionDenied), ZI_EIO);
  EXPECT_EQ(StatusCodeToZi(C::kUnavailable), ZI_EIO);
  EXPECT_EQ(StatusCodeToZi(C::kCancelled), ZI_EUSER);
  for (C c : {C::kUnknown, C::kDeadlineExceeded, C::kAborted, C::kUnimplemented, C::kInternal,
              C::kUnauthenticated}) {
    EXPECT_EQ(StatusCodeToZi(c), ZI_EINTERNAL) << absl::StatusCodeToString(c);
  }
  EXPECT_EQ(StatusCodeToZi(static_cast<C>(999)), ZI_EINTERNAL);
}

TEST(StatusTableTest, NotFoundOfAFileIsEIO) {
  EXPECT_EQ(StatusCodeToZi(absl::StatusCode::kNotFound, StatusContext::kFile), ZI_EIO);
  EXPECT_EQ(StatusCodeToZi(absl::StatusCode::kInvalidArgument, StatusContext::kFile), ZI_EINVALID);
}

TEST(StatusTableTest, FromStatusRecordsTheMessage) {
  ClearError();
  EXPECT_EQ(FromStatus(absl::OkStatus()), ZI_OK);
  EXPECT_STREQ(zi_last_error_message(), "");
  EXPECT_EQ(FromStatus(absl::InvalidArgumentError("plan.json: baris 3, kolom 7: bad")), ZI_EINVALID);
  EXPECT_STREQ(zi_last_error_message(), "plan.json: baris 3, kolom 7: bad");
  EXPECT_EQ(FromStatus(absl::NotFoundError("x.json: cannot open plan file"), StatusContext::kFile), ZI_EIO);
  EXPECT_EQ(FromStatus(absl::InternalError("bug")), ZI_EINTERNAL);
}

TEST(CheckVersionTest, AcceptsOneToMax) {
  EXPECT_EQ(CheckVersion(1, 1, "s"), ZI_OK);
  EXPECT_EQ(CheckVersion(2, 3, "s"), ZI_OK);
  EXPECT_EQ(CheckVersion(0, 1, "s"), ZI_EVERSION);
  EXPECT_STREQ(zi_last_error_message(), "s: versi 0 tidak didukung (pustaka ini mengenal 1..1)");
  EXPECT_EQ(CheckVersion(4, 3, "s"), ZI_EVERSION);
}

TEST(HelpersTest, NullArgumentAndDupString) {
  EXPECT_EQ(NullArgument("out"), ZI_EINVALID);
  EXPECT_STREQ(zi_last_error_message(), "out tidak boleh NULL");
  char* s = DupString(std::string_view("ab\0c", 4));
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(std::string(s, 4), std::string("ab\0c", 4));
  EXPECT_EQ(s[4], '\0');
  zi_free(s);
  char* empty = DupString("");
  ASSERT_NE(empty, nullptr);
  EXPECT_STREQ(empty, "");
  zi_free(empty);
}

TEST(ConversionsTest, WrapAndUnwrapRoundTrip) {
  Note note{"target", NoteKind::kDefect, "why"};
  const zi_note* c = wrap(&note);
  EXPECT_EQ(unwrap(c), &note);
  EXPECT_STREQ(zi_note_field(c), "target");
  EXPECT_EQ(zi_note_kind(c), ZI_NOTE_DEFECT);
}

// The C names are spelt out in capi/src (so that they are NUL-terminated static text);
// they must stay equal to zi::core's spelling, which is also the JSON format's.
TEST(EnumNamesTest, AgreeWithTheCore) {
  EXPECT_EQ(ToString(Severity::kError), S(zi_severity_str(ZI_SEVERITY_ERROR)));
  EXPECT_EQ(ToString(Severity::kWarning), S(zi_severity_str(ZI_SEVERITY_WARNING)));
  EXPECT_EQ(ToString(Severity::kInfo), S(zi_severity_str(ZI_SEVERITY_INFO)));
  EXPECT_EQ(ToString(NoteKind::kResolved), S(zi_note_kind_str(ZI_NOTE_RESOLVED)));
  EXPECT_EQ(ToString(NoteKind::kInferred), S(zi_note_kind_str(ZI_NOTE_INFERRED)));
  EXPECT_EQ(ToString(NoteKind::kDefect), S(zi_note_kind_str(ZI_NOTE_DEFECT)));
  EXPECT_EQ(ToString(SatkerLevel::kPusat), S(zi_satker_level_str(ZI_SATKER_PUSAT)));
  EXPECT_EQ(ToString(SatkerLevel::kProvinsi), S(zi_satker_level_str(ZI_SATKER_PROVINSI)));
  EXPECT_EQ(ToString(SatkerLevel::kKabkota), S(zi_satker_level_str(ZI_SATKER_KABKOTA)));
  EXPECT_EQ(ToString(TimeZone::kWIB), S(zi_time_zone_str(ZI_TIME_ZONE_WIB)));
  EXPECT_EQ(ToString(TimeZone::kWITA), S(zi_time_zone_str(ZI_TIME_ZONE_WITA)));
  EXPECT_EQ(ToString(TimeZone::kWIT), S(zi_time_zone_str(ZI_TIME_ZONE_WIT)));
  EXPECT_EQ(ToString(DueOffset::kNone), S(zi_due_offset_str(ZI_DUE_OFFSET_NONE)));
  EXPECT_EQ(ToString(DueOffset::kWorkingDays), S(zi_due_offset_str(ZI_DUE_OFFSET_WORKING_DAYS)));
  EXPECT_EQ(ToString(DueOffset::kCalendarDays), S(zi_due_offset_str(ZI_DUE_OFFSET_CALENDAR_DAYS)));
  EXPECT_EQ(ToString(DueOffset::kDayOfNextMonth), S(zi_due_offset_str(ZI_DUE_OFFSET_DAY_OF_NEXT_MONTH)));
  EXPECT_EQ(ToString(Convention::kFollowing), S(zi_convention_str(ZI_CONVENTION_FOLLOWING)));
  EXPECT_EQ(ToString(Convention::kModifiedFollowing), S(zi_convention_str(ZI_CONVENTION_MODIFIED_FOLLOWING)));
  EXPECT_EQ(ToString(Convention::kPreceding), S(zi_convention_str(ZI_CONVENTION_PRECEDING)));
  EXPECT_EQ(ToString(Convention::kUnadjusted), S(zi_convention_str(ZI_CONVENTION_UNADJUSTED)));
}

// The getters map each C++ enumerator to its pinned C value (not by static_cast).
TEST(EnumNamesTest, GettersUseThePinnedValues) {
  for (DueOffset o : {DueOffset::kNone, DueOffset::kWorkingDays, DueOffset::kCalendarDays,
                      DueOffset::kDayOfNextMonth}) {
    for (Convention c : {Convention::kFollowing, Convention::kModifiedFollowing,
                         Convention::kPreceding, Convention::kUnadjusted}) {
      DuePolicy p;
      p.offset = o;
      p.convention = c;
      EXPECT_EQ(S(zi_due_offset_str(zi_due_policy_offset(wrap(&p)))), ToString(o));
      EXPECT_EQ(S(zi_convention_str(zi_due_policy_convention(wrap(&p)))), ToString(c));
    }
  }
  for (SatkerLevel l : {SatkerLevel::kPusat, SatkerLevel::kProvinsi, SatkerLevel::kKabkota}) {
    for (TimeZone tz : {TimeZone::kWIB, TimeZone::kWITA, TimeZone::kWIT}) {
      Satker s;
      s.level = l;
      s.time_zone = tz;
      EXPECT_EQ(S(zi_satker_level_str(zi_satker_level(wrap(&s)))), ToString(l));
      EXPECT_EQ(S(zi_time_zone_str(zi_satker_time_zone(wrap(&s)))), ToString(tz));
    }
  }
  for (Severity sev : {Severity::kError, Severity::kWarning, Severity::kInfo}) {
    Diagnostic d;
    d.severity = sev;
    EXPECT_EQ(S(zi_severity_str(zi_diagnostic_severity(wrap(&d)))), ToString(sev));
  }
}

}  // namespace
}  // namespace zi::capi
