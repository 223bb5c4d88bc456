// The embedded KPU Provinsi Sulawesi Tengah 2026 plan against the seed decree.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>
#include <set>

#include "test_util.hpp"
#include "zi/defaults.hpp"
#include "zi/plan/target.hpp"

namespace zi {
namespace {

const Plan& Sulteng() {
  static const Plan plan = *DefaultPlan();
  return plan;
}

TEST(EmbeddedPlanTest, Header) {
  ASSERT_TRUE(DefaultPlan().ok()) << DefaultPlan().status();
  const PlanData& p = Sulteng().data();
  EXPECT_EQ(p.satker.name, "KPU Provinsi Sulawesi Tengah");
  EXPECT_EQ(p.satker.level, SatkerLevel::kProvinsi);
  EXPECT_EQ(p.satker.time_zone, TimeZone::kWITA);
  EXPECT_EQ(p.year, 2026);
  EXPECT_EQ(p.decree.number, "6 Tahun 2026");
  EXPECT_EQ(p.decree.date, Date::FromYmd(2026, 1, 20));
  EXPECT_EQ(Sulteng().calendar_name(), "ID-2026");
  EXPECT_EQ(p.due_policy, DuePolicy{});
}

TEST(EmbeddedPlanTest, SixComponentsWithLkeAreaWeights) {
  const std::vector<std::pair<std::string, double>> expected = {
      {"Manajemen Perubahan", 8},
      {"Penataan Tata Laksana", 7},
      {"Penataan Sistem Manajemen SDM", 10},
      {"Penguatan Akuntabilitas Kinerja", 10},
      {"Penguatan Pengawasan", 15},
      {"Peningkatan Kualitas Pelayanan Publik", 10}};
  const auto& comps = Sulteng().components();
  ASSERT_EQ(comps.size(), expected.size());
  for (size_t i = 0; i < comps.size(); ++i) {
    EXPECT_EQ(comps[i].name, expected[i].first);
    EXPECT_EQ(comps[i].weight, expected[i].second);
    EXPECT_EQ(comps[i].id, std::to_string(i + 1));
  }
}

TEST(EmbeddedPlanTest, TwentyThreeAspectsMappedToPemenuhanSubareas) {
  const std::vector<std::tuple<std::string, std::string, double>> expected = {
      {"1.1", "P.MP.i", 0.5},    {"1.2", "P.MP.ii", 1},     {"1.3", "P.MP.iii", 1},
      {"1.4", "P.MP.iv", 1.5},   {"2.1", "P.TL.i", 1},      {"2.2", "P.TL.ii", 2},
      {"2.3", "P.TL.iii", 0.5},  {"3.1", "P.SDM.i", 0.25},  {"3.2", "P.SDM.ii", 0.5},
      {"3.3", "P.SDM.iii", 1.25}, {"3.4", "P.SDM.iv", 2},   {"3.5", "P.SDM.v", 0.75},
      {"3.6", "P.SDM.vi", 0.25}, {"4.1", "P.AK.i", 2.5},    {"4.2", "P.AK.ii", 2.5},
      {"5.1", "P.PW.i", 1.5},    {"5.2", "P.PW.ii", 1.5},   {"5.3", "P.PW.iii", 1.5},
      {"5.4", "P.PW.iv", 1.5},   {"5.5", "P.PW.v", 1.5},    {"6.1", "P.PP.i", 1},
      {"6.2", "P.PP.ii", 1},     {"6.3", "P.PP.iv", 1}};
  std::vector<std::tuple<std::string, std::string, double>> actual;
  for (const Component& c : Sulteng().components()) {
    for (const Aspect& a : c.aspects) actual.emplace_back(a.id, a.lke_subarea, a.weight);
  }
  EXPECT_EQ(actual, expected);
  EXPECT_EQ(Sulteng().aspect_count(), 23u);
}

TEST(EmbeddedPlanTest, SixtyFourIndicatorsPerComponent) {
  std::map<std::string, int> per_component;
  for (const IndicatorRef& r : Sulteng().indicators()) ++per_component[r.component->id];
  EXPECT_EQ(per_component, (std::map<std::string, int>{
                               {"1", 8}, {"2", 9}, {"3", 9}, {"4", 11}, {"5", 16}, {"6", 11}}));
  EXPECT_EQ(Sulteng().indicators().size(), 64u);
}

TEST(EmbeddedPlanTest, ScheduleAndTargetVocabularyOfTheDecree) {
  const std::set<std::string> schedules = {
      "Januari 2026",      "Februari 2026",          "Desember 2026",
      "Per Triwulan",      "Per Semester",           "Setiap Bulan",
      "Januari s.d. Februari 2026", "Januari s.d.Februari 2026", "Januari s.d. Maret 2026",
      "Januari s.d. Desember 2026", ""};
  std::map<std::string, int> targets;
  for (const IndicatorRef& r : Sulteng().indicators()) {
    EXPECT_TRUE(schedules.count(r.indicator->schedule)) << r.indicator->id << " "
                                                         << r.indicator->schedule;
    if (!r.indicator->target.empty()) {
      auto t = ParseTarget(r.indicator->target);
      ASSERT_TRUE(t.ok()) << r.indicator->id << ": " << t.status();
      ++targets[r.indicator->target];
    }
  }
  // Every target phrase of the decree is one of these.
  for (const auto& [phrase, n] : targets) {
    EXPECT_TRUE(phrase == "1 (satu) Laporan" || phrase == "1 (satu) Kegiatan" ||
                phrase == "2 (dua) Laporan" || phrase == "2 (dua) Kegiatan" ||
                phrase == "4 (empat) Laporan" || phrase == "4 (empat) Kegiatan")
        << phrase;
  }
}

TEST(EmbeddedPlanTest, DamagedRowsAreKeptAndMarked) {
  const Indicator* sakip = Sulteng().FindIndicator("2.2.1.1")->indicator;
  EXPECT_EQ(sakip->schedule, "Desember 2026");
  EXPECT_EQ(sakip->target, "");
  EXPECT_TRUE(sakip->source->target_capaian.has_value());
  const Indicator* survey = Sulteng().FindIndicator("6.3.1.1")->indicator;
  EXPECT_EQ(survey->schedule, "Per Semester");
  EXPECT_EQ(survey->target, "");
  const Indicator* smart = Sulteng().FindIndicator("4.2.3.4")->indicator;
  EXPECT_NE(smart->text.find("SMART"), std::string::npos);
  EXPECT_TRUE(smart->evidence.empty() && smart->schedule.empty() && smart->target.empty());
  const Indicator* monthly = Sulteng().FindIndicator("6.2.1.1")->indicator;
  EXPECT_EQ(monthly->schedule, "Setiap Bulan");
  EXPECT_EQ(monthly->target, "1 (satu) Laporan");
  EXPECT_NE(Sulteng().FindIndicator("1.2.1.1")->indicator->text.find("tahun 2025"),
            std::string::npos);
  // Every defect note names a field, and each damaged row has one.
  for (const char* id : {"2.2.1.1", "6.3.1.1", "4.2.3.4", "6.2.1.1", "1.2.1.1"}) {
    const Indicator* ind = Sulteng().FindIndicator(id)->indicator;
    bool has_defect = false;
    for (const Note& n : ind->notes) has_defect |= n.kind == NoteKind::kDefect;
    EXPECT_TRUE(has_defect) << id;
  }
  // Aspects that the decree mislabels or leaves unnamed say why.
  for (const Component& c : Sulteng().components()) {
    for (const Aspect& a : c.aspects) {
      if (a.id == "1.3" || a.id == "3.4" || a.id == "3.5" || a.id == "3.6" || a.id == "5.5" ||
          a.id == "6.3") {
        EXPECT_FALSE(a.notes.empty()) << a.id;
      }
    }
  }
}

// Collapses whitespace and removes <i>/<p> markup, as the plan's texts are stored.
std::string Clean(const std::string& s) {
  std::string out;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '<') {
      const size_t close = s.find('>', i);
      if (close != std::string::npos && close - i <= 4) {
        const std::string tag = s.substr(i, close - i + 1);
        if (tag == "<p>" || tag == "</p>") space = !out.empty();
        i = close;
        continue;
      }
    }
    if (std::isspace(static_cast<unsigned char>(s[i]))) {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(s[i]);
  }
  return out;
}

// The decree's own words are kept: every indicator text is in the seed, whole or as two
// fragments split by a page break.
TEST(EmbeddedPlanTest, IndicatorTextsAreTheDecreesWords) {
  namespace fs = std::filesystem;
  const fs::path seeds = fs::path(testing::ReferenceDir()) / "seeds";
  if (!fs::exists(seeds)) GTEST_SKIP() << "no seeds/ in ZI_REFERENCE_DIR";
  std::string seed;
  for (const auto& e : fs::directory_iterator(seeds)) seed += testing::ReadFile(e.path());
  seed = Clean(seed);
  auto in_seed = [&](const std::string& text) {
    if (seed.find(text) != std::string::npos) return true;
    for (size_t k = 1; k + 1 < text.size(); ++k) {
      if (text[k] != ' ') continue;
      if (seed.find(text.substr(0, k)) != std::string::npos &&
          seed.find(text.substr(k + 1)) != std::string::npos) {
        return true;
      }
    }
    return false;
  };
  for (const IndicatorRef& r : Sulteng().indicators()) {
    const std::string& t = r.indicator->text;
    if (r.indicator->id == "3.6.1.1") continue;  // two numbered items of one cell
    EXPECT_TRUE(in_seed(t)) << r.indicator->id << ": " << t;
    if (!r.indicator->evidence.empty()) {
      EXPECT_TRUE(in_seed(r.indicator->evidence)) << r.indicator->id << ": "
                                                  << r.indicator->evidence;
    }
  }
}

}  // namespace
}  // namespace zi
