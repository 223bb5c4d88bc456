// Helpers shared by the GoogleTest files: test data paths and the fixtures several suites
// load (the ID-2026 calendar, the default LKE rubric, the worked example's answers).
#ifndef ZI_TESTS_TEST_UTIL_HPP
#define ZI_TESTS_TEST_UTIL_HPP

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "zi/defaults.hpp"
#include "zi/deadline/calendar.hpp"
#include "zi/io/lke_answers_json.hpp"
#include "zi/lke/answers.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/plan/plan.hpp"

namespace zi::testing {

inline std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::string TestData(const std::string& relative) {
  return std::string(ZI_TEST_DATA_DIR) + "/" + relative;
}

// The outside reference material (ZI_REFERENCE_DIR, cmake/options.cmake): the seed decree
// and the regulation's LKE structure, for tests that compare the embedded data with them.
inline std::string ReferenceDir() { return ZI_REFERENCE_DIR; }

// The smallest clean plan: KPU Provinsi Sulawesi Tengah 2026, one komponen → aspek →
// kegiatan → indikator "Per Triwulan" with "4 (empat) Laporan". Tests change what they need.
inline PlanData OneIndicatorPlan() {
  PlanData p;
  p.satker = Satker{"KPU-72", "KPU Provinsi Sulawesi Tengah", SatkerLevel::kProvinsi, "KPU-RI",
                    TimeZone::kWITA};
  p.year = 2026;
  Indicator ind;
  ind.text = "Laporan triwulan";
  ind.evidence = "Laporan";
  ind.schedule = "Per Triwulan";
  ind.target = "4 (empat) Laporan";
  Activity act;
  act.text = "Menyusun laporan";
  act.indicators.push_back(ind);
  Aspect asp;
  asp.name = "Aspek";
  asp.activities.push_back(act);
  Component comp;
  comp.name = "Manajemen Perubahan";
  comp.aspects.push_back(asp);
  p.components.push_back(comp);
  return p;
}

// The embedded ID-2026 calendar, loaded once.
inline const Calendar& Id2026() {
  static const Calendar cal = *DefaultCalendar();
  return cal;
}

namespace lke {

// The embedded default rubric; a failure to load it fails the calling test.
inline Rubric Default() {
  absl::StatusOr<Rubric> r = DefaultRubric();
  EXPECT_TRUE(r.ok()) << r.status();
  return *r;
}

// tests/data/lke/worked-example.json: MP question by question, the other areas answered so
// that they come to exactly TL 5.60, SDM 7.10, AK 7.90, PW 10.20, PP 7.60 (see
// tests/data/lke/README.md).
inline LkeAnswerSet WorkedExample() {
  absl::StatusOr<LkeAnswerSet> a =
      LoadLkeAnswersFile(TestData("lke/worked-example.json"), Default());
  EXPECT_TRUE(a.ok()) << a.status();
  return *a;
}

}  // namespace lke
}  // namespace zi::testing

#endif  // ZI_TESTS_TEST_UTIL_HPP
