#include "zi/compliance/synthetic.hpp"

#include <gtest/gtest.h>

#include <map>
#include <set>

#include "zi/defaults.hpp"
#include "zi/plan/lint.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/plan/satker_registry.hpp"

namespace zi {
namespace {

TEST(SatkerRegistryTest, FiveHundredFiftyThreeKpuSatker) {
  const auto all = KpuSatker();
  ASSERT_EQ(all.size(), 553u);
  std::map<SatkerLevel, int> levels;
  std::set<std::string> codes;
  for (const Satker& s : all) {
    ++levels[s.level];
    EXPECT_TRUE(codes.insert(s.code).second) << s.code;
  }
  EXPECT_EQ(levels[SatkerLevel::kPusat], 1);
  EXPECT_EQ(levels[SatkerLevel::kProvinsi], 38);
  EXPECT_EQ(levels[SatkerLevel::kKabkota], 514);
  for (const Satker& s : all) {
    if (s.level != SatkerLevel::kPusat) {
      EXPECT_TRUE(codes.count(s.parent)) << s.code;
    }
  }
}

TEST(SatkerRegistryTest, SulawesiTengahHasFourteenSatker) {
  const std::vector<Satker> st = SultengSatker();
  ASSERT_EQ(st.size(), 14u);
  EXPECT_EQ(st[0].code, "KPU-72");
  EXPECT_EQ(st[0].name, "KPU Provinsi Sulawesi Tengah");
  EXPECT_EQ(st[0].time_zone, TimeZone::kWITA);
  EXPECT_EQ(st[13].code, "KPU-7271");
  EXPECT_EQ(st[13].name, "KPU Kota Palu");
}

TEST(SyntheticTest, DeterministicAndVaried) {
  const Plan base = *DefaultPlan();
  const std::vector<Plan> a = SyntheticPortfolio(base, 30, 42);
  const std::vector<Plan> b = SyntheticPortfolio(base, 30, 42);
  ASSERT_EQ(a.size(), 30u);
  std::set<size_t> sizes;
  std::set<std::string> schedules_of_first;
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(WritePlanJson(a[i]), WritePlanJson(b[i]));
    sizes.insert(a[i].indicators().size());
    EXPECT_EQ(a[i].satker(), KpuSatker()[i]);
    EXPECT_FALSE(HasErrors(LintPlan(a[i]))) << a[i].satker().code;
  }
  EXPECT_GT(sizes.size(), 5u) << "plans should differ in size";
  EXPECT_NE(WritePlanJson(a[3]), WritePlanJson(SyntheticPortfolio(base, 4, 43)[3]));
}

TEST(SyntheticTest, BeyondTheKpuSatkerCodesAreSynthetic) {
  const std::vector<Plan> p = SyntheticPortfolio(*DefaultPlan(), 556, 1);
  EXPECT_EQ(p[552].satker().code, KpuSatker()[552].code);
  EXPECT_EQ(p[553].satker().code, "SYN-000554");
  EXPECT_EQ(p[553].satker().level, SatkerLevel::kKabkota);
  EXPECT_FALSE(p[555].satker().parent.empty());
}

}  // namespace
}  // namespace zi
