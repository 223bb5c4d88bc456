#include "zi/base/date.hpp"

#include <gtest/gtest.h>

namespace zi {
namespace {

TEST(DateTest, EpochAndKnownDays) {
  EXPECT_EQ(Date::FromYmd(1970, 1, 1).days(), 0);
  EXPECT_EQ(Date::FromYmd(2026, 1, 1).days(), 20454);
  EXPECT_EQ(Date::FromYmd(2000, 2, 29).days(), 11016);
  EXPECT_EQ(Date::FromYmd(1969, 12, 31).days(), -1);
}

TEST(DateTest, RoundTripsEveryDayOf2024To2028) {
  for (int32_t d = Date::FromYmd(2024, 1, 1).days(); d <= Date::FromYmd(2028, 12, 31).days();
       ++d) {
    const Date date = Date::FromDays(d);
    EXPECT_EQ(Date::FromYmd(date.year(), date.month(), date.day()), date);
  }
}

TEST(DateTest, IsoWeekday) {
  EXPECT_EQ(Date::FromYmd(2026, 1, 1).iso_weekday(), 4);    // Thursday
  EXPECT_EQ(Date::FromYmd(2026, 1, 31).iso_weekday(), 6);   // Saturday
  EXPECT_EQ(Date::FromYmd(2026, 2, 2).iso_weekday(), 1);    // Monday
  EXPECT_EQ(Date::FromYmd(1969, 12, 28).iso_weekday(), 7);  // Sunday, before the epoch
}

TEST(DateTest, ParseAndFormat) {
  auto d = ParseIsoDate("2026-03-31");
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(*d, Date::FromYmd(2026, 3, 31));
  EXPECT_EQ(FormatIsoDate(*d), "2026-03-31");
  EXPECT_FALSE(ParseIsoDate("2026-02-29").ok());  // not a leap year
  EXPECT_FALSE(ParseIsoDate("2026-3-31").ok());
  EXPECT_FALSE(ParseIsoDate("31/03/2026").ok());
  EXPECT_FALSE(ParseIsoDate("").ok());
  EXPECT_TRUE(ParseIsoDate("2028-02-29").ok());
}

}  // namespace
}  // namespace zi
