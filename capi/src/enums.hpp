// The enumerations of zi.h and the zi::core enums behind them. Nothing here is exported.
//
// Each C enumeration is mapped once, here: CEnum<E>::kEntries pairs every pinned C value
// with its C++ value, and ToC / FromC / CName read that table. The names that
// zi_*_str hands out are the core's own ToString, so the C API cannot spell a value
// differently from the JSON files, the CLI and the Python package. The few C
// enumerations without a core enum or without a core ToString keep their one name
// table below (kSourceColumnNames, ...). tests/capi/enum_names_test.cpp checks both.
#ifndef ZI_CAPI_ENUMS_HPP
#define ZI_CAPI_ENUMS_HPP

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include "zi/base/diagnostic.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/compliance/scoring.hpp"
#include "zi/deadline/calendar.hpp"
#include "zi/deadline/due_policy.hpp"
#include "zi/deadline/schedule.hpp"
#include "zi/lke/answers.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/lke/score.hpp"
#include "zi/plan/plan.hpp"
#include "zi/plan/satker.hpp"
#include "zi/zi.h"

namespace zi::capi {

template <typename E>
struct EnumEntry {
  int32_t c;
  E cxx;
};

// Specialised once per mapped enum; `kEntries` lists every C value.
template <typename E>
struct CEnum;

#define ZI_CAPI_ENUM(E, ...)                                \
  template <>                                               \
  struct CEnum<E> {                                         \
    static constexpr EnumEntry<E> kEntries[] = {__VA_ARGS__}; \
  }

ZI_CAPI_ENUM(Severity, {ZI_SEVERITY_ERROR, Severity::kError},
             {ZI_SEVERITY_WARNING, Severity::kWarning}, {ZI_SEVERITY_INFO, Severity::kInfo});
ZI_CAPI_ENUM(NoteKind, {ZI_NOTE_RESOLVED, NoteKind::kResolved},
             {ZI_NOTE_INFERRED, NoteKind::kInferred}, {ZI_NOTE_DEFECT, NoteKind::kDefect});
ZI_CAPI_ENUM(SatkerLevel, {ZI_SATKER_PUSAT, SatkerLevel::kPusat},
             {ZI_SATKER_PROVINSI, SatkerLevel::kProvinsi},
             {ZI_SATKER_KABKOTA, SatkerLevel::kKabkota});
ZI_CAPI_ENUM(TimeZone, {ZI_TIME_ZONE_WIB, TimeZone::kWIB}, {ZI_TIME_ZONE_WITA, TimeZone::kWITA},
             {ZI_TIME_ZONE_WIT, TimeZone::kWIT});
ZI_CAPI_ENUM(DueOffset, {ZI_DUE_OFFSET_NONE, DueOffset::kNone},
             {ZI_DUE_OFFSET_WORKING_DAYS, DueOffset::kWorkingDays},
             {ZI_DUE_OFFSET_CALENDAR_DAYS, DueOffset::kCalendarDays},
             {ZI_DUE_OFFSET_DAY_OF_NEXT_MONTH, DueOffset::kDayOfNextMonth});
ZI_CAPI_ENUM(Convention, {ZI_CONVENTION_FOLLOWING, Convention::kFollowing},
             {ZI_CONVENTION_MODIFIED_FOLLOWING, Convention::kModifiedFollowing},
             {ZI_CONVENTION_PRECEDING, Convention::kPreceding},
             {ZI_CONVENTION_UNADJUSTED, Convention::kUnadjusted});
ZI_CAPI_ENUM(CalendarStatus, {ZI_CALENDAR_STATUS_UNSPECIFIED, CalendarStatus::kUnspecified},
             {ZI_CALENDAR_STATUS_CONFIRMED, CalendarStatus::kConfirmed},
             {ZI_CALENDAR_STATUS_PROVISIONAL, CalendarStatus::kProvisional});
ZI_CAPI_ENUM(HolidayKind, {ZI_HOLIDAY_LIBUR_NASIONAL, HolidayKind::kLiburNasional},
             {ZI_HOLIDAY_CUTI_BERSAMA, HolidayKind::kCutiBersama},
             {ZI_HOLIDAY_LIBUR_DAERAH, HolidayKind::kLiburDaerah});
ZI_CAPI_ENUM(ScheduleFamily, {ZI_SCHEDULE_SINGLE_MONTH, ScheduleFamily::kSingleMonth},
             {ZI_SCHEDULE_MONTH_RANGE, ScheduleFamily::kMonthRange},
             {ZI_SCHEDULE_MONTH_LIST, ScheduleFamily::kMonthList},
             {ZI_SCHEDULE_RECURRING, ScheduleFamily::kRecurring},
             {ZI_SCHEDULE_NAMED_PERIODS, ScheduleFamily::kNamedPeriods},
             {ZI_SCHEDULE_RRULE, ScheduleFamily::kRrule});
ZI_CAPI_ENUM(OccurrenceStatus, {ZI_OCCURRENCE_DONE, OccurrenceStatus::kDone},
             {ZI_OCCURRENCE_DONE_LATE, OccurrenceStatus::kDoneLate},
             {ZI_OCCURRENCE_OPEN, OccurrenceStatus::kOpen},
             {ZI_OCCURRENCE_UPCOMING, OccurrenceStatus::kUpcoming},
             {ZI_OCCURRENCE_OVERDUE, OccurrenceStatus::kOverdue});
ZI_CAPI_ENUM(EvidenceStatus, {ZI_EVIDENCE_VERIFIED, EvidenceStatus::kVerified},
             {ZI_EVIDENCE_SUBMITTED, EvidenceStatus::kSubmitted},
             {ZI_EVIDENCE_REJECTED, EvidenceStatus::kRejected});
ZI_CAPI_ENUM(LkeHalfKind, {ZI_LKE_PEMENUHAN, LkeHalfKind::kPemenuhan},
             {ZI_LKE_REFORM, LkeHalfKind::kReform});
ZI_CAPI_ENUM(AnswerKind, {ZI_LKE_ANSWER_CHOICE, AnswerKind::kChoice},
             {ZI_LKE_ANSWER_COUNT, AnswerKind::kCount},
             {ZI_LKE_ANSWER_NUMBER, AnswerKind::kNumber});
ZI_CAPI_ENUM(LkeLayer, {ZI_LKE_LAYER_UNIT, LkeLayer::kUnit}, {ZI_LKE_LAYER_TPI, LkeLayer::kTpi});
// ZI_LKE_ZERO_DEFAULT ("default", the rubric's policy) has no C++ value: see ZeroPolicyName.
ZI_CAPI_ENUM(ZeroDenominatorPolicy,
             {ZI_LKE_ZERO_IS_ONE, ZeroDenominatorPolicy::kZeroOverZeroIsOne},
             {ZI_LKE_ZERO_IS_ZERO, ZeroDenominatorPolicy::kZeroOverZeroIsZero},
             {ZI_LKE_ZERO_IS_UNANSWERED, ZeroDenominatorPolicy::kZeroOverZeroIsUnanswered});
ZI_CAPI_ENUM(LkeItemKind, {ZI_LKE_ITEM_QUESTION, LkeItemKind::kQuestion},
             {ZI_LKE_ITEM_RATIO, LkeItemKind::kRatio});
ZI_CAPI_ENUM(RatioFormula, {ZI_LKE_FORMULA_RATIO, RatioFormula::kRatio},
             {ZI_LKE_FORMULA_REDUCTION, RatioFormula::kReduction});
// ZI_LKE_MEASURE_PRIOR is a criterion's is_prior flag, not a MeasureKind.
ZI_CAPI_ENUM(MeasureKind, {ZI_LKE_MEASURE_TOTAL, MeasureKind::kTotal},
             {ZI_LKE_MEASURE_PENGUNGKIT, MeasureKind::kPengungkit},
             {ZI_LKE_MEASURE_AREA_PERCENT, MeasureKind::kAreaPercent},
             {ZI_LKE_MEASURE_HASIL_GROUP, MeasureKind::kHasilGroup},
             {ZI_LKE_MEASURE_HASIL_ITEM, MeasureKind::kHasilItem});

#undef ZI_CAPI_ENUM

// The pinned C value of a C++ value; -1 for one without (a C++ value added without a C one).
template <typename E>
constexpr int32_t ToC(E value) noexcept {
  for (const EnumEntry<E>& e : CEnum<E>::kEntries) {
    if (e.cxx == value) return e.c;
  }
  return -1;
}

// The C++ value of a C value; nullopt for an unknown one.
template <typename E>
constexpr std::optional<E> FromC(int32_t value) noexcept {
  for (const EnumEntry<E>& e : CEnum<E>::kEntries) {
    if (e.c == value) return e.cxx;
  }
  return std::nullopt;
}

// zi_*_str: the core's ToString of the mapped value, NULL for an unknown C value. The core
// returns views of string literals, so data() is NUL-terminated and static.
template <typename E>
const char* CName(int32_t value) noexcept {
  const std::optional<E> e = FromC<E>(value);
  return e ? ToString(*e).data() : nullptr;
}

// ---- C enumerations whose names have no core ToString ----------------------------------

struct NamedValue {
  int32_t c;
  const char* name;
};

// The cells of a plan's source row; the keys of "source" in the plan JSON.
inline constexpr NamedValue kSourceColumnNames[] = {
    {ZI_SOURCE_NO, "no"},
    {ZI_SOURCE_KOMPONEN, "komponen"},
    {ZI_SOURCE_ASPEK, "aspek"},
    {ZI_SOURCE_KEGIATAN, "kegiatan"},
    {ZI_SOURCE_INDIKATOR, "indikator"},
    {ZI_SOURCE_BUKTI_FISIK, "bukti_fisik"},
    {ZI_SOURCE_TARGET_WAKTU, "target_waktu"},
    {ZI_SOURCE_TARGET_CAPAIAN, "target_capaian"}};
// A report's node levels; the "level" of a trace.
inline constexpr NamedValue kReportLevelNames[] = {{ZI_LEVEL_PLAN, "plan"},
                                                   {ZI_LEVEL_COMPONENT, "component"},
                                                   {ZI_LEVEL_ASPECT, "aspect"},
                                                   {ZI_LEVEL_INDICATOR, "indicator"}};
inline constexpr NamedValue kLkeFormatNames[] = {{ZI_LKE_FORMAT_JSON, "json"},
                                                 {ZI_LKE_FORMAT_CSV, "csv"}};
inline constexpr NamedValue kLkeItemKindNames[] = {{ZI_LKE_ITEM_QUESTION, "question"},
                                                   {ZI_LKE_ITEM_RATIO, "ratio"}};
// The "measure" of a criterion result in zi.lke score JSON.
inline constexpr NamedValue kLkeMeasureNames[] = {{ZI_LKE_MEASURE_TOTAL, "total"},
                                                  {ZI_LKE_MEASURE_PENGUNGKIT, "pengungkit"},
                                                  {ZI_LKE_MEASURE_AREA_PERCENT, "area_percent"},
                                                  {ZI_LKE_MEASURE_HASIL_GROUP, "hasil_group"},
                                                  {ZI_LKE_MEASURE_HASIL_ITEM, "hasil_item"},
                                                  {ZI_LKE_MEASURE_PRIOR, "prior"}};
inline constexpr const char* kLkeZeroDefaultName = "default";

template <size_t N>
constexpr const char* CName(const NamedValue (&table)[N], int32_t value) noexcept {
  for (const NamedValue& v : table) {
    if (v.c == value) return v.name;
  }
  return nullptr;
}

}  // namespace zi::capi

#endif  // ZI_CAPI_ENUMS_HPP
