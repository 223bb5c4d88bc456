// One spelling per enumeration. For every enumeration of zi.h with a zi_*_str function:
//
//  - each enumerator's documented name in zi.h (the quoted word of its comment,
//    `ZI_SEVERITY_ERROR = 0, /* "error": ... */`) is what zi_*_str returns for its value,
//    and zi_*_str returns NULL just past the last value and for -1;
//  - where a zi::core enum is behind it (capi/src/enums.hpp), zi_*_str of each C value is
//    the core's ToString of the mapped C++ value, and every C++ value the core can name
//    has a C value.
//
// The header's comments are read independently of the mapping, so a wrong pair in the
// mapping, a literal re-typed in a zi_*_str or a renamed core value all fail here; so does
// a new enumeration with a zi_*_str that this table does not list.
#include <gtest/gtest.h>

#include <cstring>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "enums.hpp"

namespace zi::capi {
namespace {

using StrFn = const char* (*)(int32_t);

// enum name -> (C value -> documented name), from zi.h.
std::map<std::string, std::map<int32_t, std::string>> HeaderEnums(
    std::set<std::string>* str_functions) {
  std::ifstream in(ZI_CAPI_HEADER_PATH);
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  std::map<std::string, std::map<int32_t, std::string>> enums;
  const std::regex block(R"(enum (zi_\w+) \{([^}]*)\})");
  const std::regex entry(R"(ZI_\w+ = (-?\d+),?\s*/\* "([^"]+)\")");
  for (std::sregex_iterator b(text.begin(), text.end(), block), end; b != end; ++b) {
    const std::string body = (*b)[2];
    auto& values = enums[(*b)[1]];
    for (std::sregex_iterator e(body.begin(), body.end(), entry); e != end; ++e) {
      values[std::stoi((*e)[1])] = (*e)[2];
    }
  }
  const std::regex str(R"(ZI_API const char \*(zi_\w+)_str\(int32_t \w+\))");
  for (std::sregex_iterator s(text.begin(), text.end(), str), end; s != end; ++s) {
    str_functions->insert((*s)[1]);
  }
  return enums;
}

struct Checked {
  const char* name;  // the C enumeration, "zi_severity"; its function is name + "_str"
  StrFn str;
  std::map<int32_t, std::string> core;  // C value -> core ToString; empty without a core enum
};

// The core's names by C value, and a failure for any C++ value without a C value. An enum's
// values are 0..n-1; past the last one the core's ToString says "?" (or, for a two-valued
// enum written as a conditional, repeats a name).
template <typename E>
std::map<int32_t, std::string> Core(const char* what) {
  std::map<int32_t, std::string> names;
  for (const EnumEntry<E>& e : CEnum<E>::kEntries) names[e.c] = std::string(ToString(e.cxx));
  std::set<std::string_view> seen;
  for (int i = 0; i < 64; ++i) {
    const E value = static_cast<E>(i);
    if (ToString(value) == "?" || !seen.insert(ToString(value)).second) break;
    EXPECT_NE(ToC(value), -1) << what << ": C++ value " << i << " (" << ToString(value)
                              << ") has no C value in capi/src/enums.hpp";
    EXPECT_EQ(FromC<E>(ToC(value)), value) << what << ": C++ value " << i;
  }
  return names;
}

std::vector<Checked> Table() {
  return {
      {"zi_severity", zi_severity_str, Core<Severity>("zi_severity")},
      {"zi_note_kind", zi_note_kind_str, Core<NoteKind>("zi_note_kind")},
      {"zi_satker_level", zi_satker_level_str, Core<SatkerLevel>("zi_satker_level")},
      {"zi_time_zone", zi_time_zone_str, Core<TimeZone>("zi_time_zone")},
      {"zi_due_offset", zi_due_offset_str, Core<DueOffset>("zi_due_offset")},
      {"zi_convention", zi_convention_str, Core<Convention>("zi_convention")},
      {"zi_source_column", zi_source_column_str, {}},
      {"zi_holiday_kind", zi_holiday_kind_str, Core<HolidayKind>("zi_holiday_kind")},
      {"zi_calendar_status", zi_calendar_status_str, Core<CalendarStatus>("zi_calendar_status")},
      {"zi_schedule_family", zi_schedule_family_str, Core<ScheduleFamily>("zi_schedule_family")},
      {"zi_occurrence_status", zi_occurrence_status_str,
       Core<OccurrenceStatus>("zi_occurrence_status")},
      {"zi_evidence_status", zi_evidence_status_str, Core<EvidenceStatus>("zi_evidence_status")},
      {"zi_report_level", zi_report_level_str, {}},
      {"zi_lke_half", zi_lke_half_str, Core<LkeHalfKind>("zi_lke_half")},
      {"zi_lke_answer_kind", zi_lke_answer_kind_str, Core<AnswerKind>("zi_lke_answer_kind")},
      {"zi_lke_layer", zi_lke_layer_str, Core<LkeLayer>("zi_lke_layer")},
      {"zi_lke_zero_policy", zi_lke_zero_policy_str,
       Core<ZeroDenominatorPolicy>("zi_lke_zero_policy")},
      {"zi_lke_format", zi_lke_format_str, {}},
      {"zi_lke_item_kind", zi_lke_item_kind_str, {}},
      {"zi_lke_formula", zi_lke_formula_str, Core<RatioFormula>("zi_lke_formula")},
      {"zi_lke_measure", zi_lke_measure_str, {}},
  };
}

std::string S(const char* s) { return s ? s : "(NULL)"; }

TEST(EnumSpellingTest, EveryStrFunctionIsChecked) {
  std::set<std::string> str_functions;
  HeaderEnums(&str_functions);
  std::set<std::string> checked;
  for (const Checked& c : Table()) checked.insert(c.name);
  EXPECT_EQ(str_functions, checked) << "add the new enumeration to Table()";
}

TEST(EnumSpellingTest, StrFunctionsSayWhatTheHeaderDocuments) {
  std::set<std::string> unused;
  const auto header = HeaderEnums(&unused);
  for (const Checked& c : Table()) {
    const auto it = header.find(c.name);
    ASSERT_NE(it, header.end()) << "enum " << c.name << " is not in zi.h";
    const std::map<int32_t, std::string>& documented = it->second;
    ASSERT_FALSE(documented.empty()) << "enum " << c.name << ": no documented names in zi.h";
    int32_t expected = 0;
    for (const auto& [value, name] : documented) {
      EXPECT_EQ(value, expected++) << c.name << ": values are not 0..n-1";
      EXPECT_EQ(S(c.str(value)), name) << c.name << "_str(" << value << ") against zi.h";
    }
    EXPECT_EQ(c.str(static_cast<int32_t>(documented.size())), nullptr) << c.name;
    EXPECT_EQ(c.str(-1), nullptr) << c.name;
  }
}

TEST(EnumSpellingTest, StrFunctionsSayWhatTheCoreSays) {
  for (const Checked& c : Table()) {
    for (const auto& [value, name] : c.core) {
      const char* got = c.str(value);
      EXPECT_EQ(S(got), name) << c.name << "_str(" << value << ") against the core's ToString";
      if (got) {
        EXPECT_EQ(std::strlen(got), name.size()) << c.name;
      }
    }
  }
}

}  // namespace
}  // namespace zi::capi
