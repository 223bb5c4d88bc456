#include "zi/plan/target.hpp"

#include <gtest/gtest.h>

namespace zi {
namespace {

struct Row {
  const char* phrase;
  int count;
  const char* unit;
};

TEST(TargetTest, ParsesTheDecreeForms) {
  const Row rows[] = {
      {"4 (empat) Laporan", 4, "Laporan"},
      {"1 (satu) Kegiatan", 1, "Kegiatan"},
      {"2 (dua) Laporan", 2, "Laporan"},
      {"2 Kegiatan", 2, "Kegiatan"},
      {"satu Dokumen", 1, "Dokumen"},
      {"12 (dua belas) Laporan", 12, "Laporan"},
      {"dua puluh tiga Laporan Bulanan", 23, "Laporan Bulanan"},
      {"11 (sebelas) Laporan", 11, "Laporan"},
      {"10 (sepuluh) Laporan", 10, "Laporan"},
      {"100 (seratus) Dokumen", 100, "Dokumen"},
      {"  4  ( Empat )   Laporan ", 4, "Laporan"},
      {"<i>2</i> (dua) Kegiatan", 2, "Kegiatan"},
      {"40 (empat puluh) Kegiatan", 40, "Kegiatan"},
      {"99 (sembilan puluh sembilan) Laporan", 99, "Laporan"},
      {"se-belas Laporan", 11, "Laporan"},
  };
  for (const Row& r : rows) {
    SCOPED_TRACE(r.phrase);
    auto t = ParseTarget(r.phrase);
    ASSERT_TRUE(t.ok()) << t.status();
    EXPECT_EQ(t->count, r.count);
    EXPECT_EQ(t->unit, r.unit);
  }
}

TEST(TargetTest, RemembersWhichFormsWereGiven) {
  auto both = ParseTarget("4 (empat) Laporan");
  ASSERT_TRUE(both.ok());
  EXPECT_TRUE(both->has_digits);
  EXPECT_TRUE(both->has_words);
  auto words = ParseTarget("empat Laporan");
  ASSERT_TRUE(words.ok());
  EXPECT_FALSE(words->has_digits);
  EXPECT_TRUE(words->has_words);
}

TEST(TargetTest, DigitsAndWordsMustAgree) {
  auto t = ParseTarget("4 (tiga) Laporan");
  ASSERT_FALSE(t.ok());
  EXPECT_NE(t.status().message().find("angkanya menyebut 4 tetapi kata bilangannya menyebut 3"), std::string::npos)
      << t.status();
}

TEST(TargetTest, ErrorsNameTheProblem) {
  struct Bad {
    const char* phrase;
    const char* fragment;
  };
  const Bad bad[] = {
      {"", "kosong"},
      {"   ", "kosong"},
      {"-", "'-' bukan angka maupun kata bilangan"},
      {"%", "'%' bukan angka maupun kata bilangan"},
      {"4 (empt) Laporan", "'empt' bukan kata bilangan Indonesia"},
      {"4 (empat)", "tidak ada satuan"},
      {"4", "tidak ada satuan"},
      {"0 Laporan", "paling sedikit 1"},
      {"4 (empat Laporan", "tanpa ')'"},
      {"9999999 Laporan", "terlalu besar"},
      {"4 (empat) 5 Laporan", "'5' tidak diharapkan"},
  };
  for (const Bad& b : bad) {
    SCOPED_TRACE(b.phrase);
    auto t = ParseTarget(b.phrase);
    ASSERT_FALSE(t.ok());
    EXPECT_EQ(t.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_NE(t.status().message().find(b.fragment), std::string::npos) << t.status();
  }
}

TEST(TargetTest, PercentagesAndBareUnitsCountOnePerOccurrence) {
  struct Case {
    const char* phrase;
    const char* unit;
    TargetBasis basis;
  };
  const Case cases[] = {
      {"100%", "%", TargetBasis::kPercentage},
      {"100 %", "%", TargetBasis::kPercentage},
      {"80 persen", "persen", TargetBasis::kPercentage},
      {"100 (seratus) Persen", "Persen", TargetBasis::kPercentage},
      {"seratus persen Dokumen", "persen Dokumen", TargetBasis::kPercentage},
      {"Dokumen", "Dokumen", TargetBasis::kCountMissing},
      {"Laporan Kegiatan", "Laporan Kegiatan", TargetBasis::kCountMissing},
      {"4 (empat) Laporan", "Laporan", TargetBasis::kCount},
      {"4 Persentase Laporan", "Persentase Laporan", TargetBasis::kCount},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.phrase);
    auto t = ParseTarget(c.phrase);
    ASSERT_TRUE(t.ok()) << t.status();
    EXPECT_EQ(t->basis, c.basis);
    EXPECT_EQ(t->count, c.basis == TargetBasis::kCount ? 4 : 1);
    EXPECT_EQ(t->unit, c.unit);
  }
}

TEST(NumberWordsTest, OneToHundred) {
  const char* units[] = {"satu", "dua", "tiga", "empat", "lima",
                         "enam", "tujuh", "delapan", "sembilan"};
  for (int i = 1; i <= 9; ++i) EXPECT_EQ(ParseNumberWords(units[i - 1]), i);
  EXPECT_EQ(ParseNumberWords("sepuluh"), 10);
  EXPECT_EQ(ParseNumberWords("se puluh"), 10);
  EXPECT_EQ(ParseNumberWords("sebelas"), 11);
  for (int i = 2; i <= 9; ++i) {
    EXPECT_EQ(ParseNumberWords(std::string(units[i - 1]) + " belas"), 10 + i);
    EXPECT_EQ(ParseNumberWords(std::string(units[i - 1]) + " puluh"), 10 * i);
    for (int u = 1; u <= 9; ++u) {
      EXPECT_EQ(ParseNumberWords(std::string(units[i - 1]) + " puluh " + units[u - 1]),
                10 * i + u);
    }
  }
  EXPECT_EQ(ParseNumberWords("seratus"), 100);
  EXPECT_EQ(ParseNumberWords("Seratus"), 100);
  EXPECT_EQ(ParseNumberWords("satu belas"), std::nullopt);
  EXPECT_EQ(ParseNumberWords("satu puluh"), std::nullopt);
  EXPECT_EQ(ParseNumberWords("nol"), std::nullopt);
  EXPECT_EQ(ParseNumberWords("seratus satu"), std::nullopt);
  EXPECT_EQ(ParseNumberWords(""), std::nullopt);
}

}  // namespace
}  // namespace zi
