// The table helpers of the zi CLI (src/cli/format.hpp): widths in display columns.
#include "format.hpp"

#include <gtest/gtest.h>

namespace zi::cli {
namespace {

TEST(DisplayWidth, CountsCodePointsNotBytes) {
  EXPECT_EQ(DisplayWidth(""), 0u);
  EXPECT_EQ(DisplayWidth("Nilai"), 5u);
  EXPECT_EQ(DisplayWidth("…"), 1u);  // 3 bytes
  EXPECT_EQ(DisplayWidth("–"), 1u);  // 3 bytes
  EXPECT_EQ(DisplayWidth("é"), 1u);  // 2 bytes
  EXPECT_EQ(DisplayWidth("Pelaksanaan Rencana Aksi Zona Integritas – triwulan I…"), 54u);
}

TEST(DisplayWidth, CombiningMarksTakeNoColumn) {
  EXPECT_EQ(DisplayWidth("e\xCC\x81"), 1u);  // e + U+0301
  EXPECT_EQ(DisplayWidth("Re\xCC\x81sume\xCC\x81"), 6u);
}

TEST(DisplayWidth, EastAsianWideTakesTwo) {
  EXPECT_EQ(DisplayWidth("日本"), 4u);
  EXPECT_EQ(DisplayWidth("ａ"), 2u);  // fullwidth a
}

TEST(DisplayWidth, InvalidBytesCountOneEach) {
  EXPECT_EQ(DisplayWidth("a\xFF"
                         "b"),
            3u);
  EXPECT_EQ(DisplayWidth("\xE2\x80"), 2u);  // a cut 3-byte sequence
}

TEST(Truncate, KeepsWhatFits) {
  EXPECT_EQ(Truncate("Kode", 4), "Kode");
  EXPECT_EQ(Truncate("Kode", 10), "Kode");
  EXPECT_EQ(Truncate("é–…", 3), "é–…");
}

TEST(Truncate, CutsWithEllipsisToTheWidth) {
  EXPECT_EQ(Truncate("Manajemen Perubahan", 10), "Manajemen…");
  EXPECT_EQ(DisplayWidth(Truncate("Manajemen Perubahan", 10)), 10u);
  // Never inside a character: "é" is two bytes.
  EXPECT_EQ(Truncate("ééééé", 3), "éé…");
  EXPECT_EQ(Truncate("Penegakan aturan – disiplin", 18), "Penegakan aturan …");
  // A wide character that does not fit is left out whole.
  EXPECT_EQ(Truncate("a日本", 3), "a…");
  // Combining marks stay with their letter.
  EXPECT_EQ(Truncate("e\xCC\x81"
                     "e\xCC\x81"
                     "e",
                     2),
            "e\xCC\x81…");
  EXPECT_EQ(Truncate("abc", 0), "");
}

TEST(Pad, FillsToDisplayColumns) {
  EXPECT_EQ(PadRight("–", 3), "–  ");
  EXPECT_EQ(PadLeft("–", 8), "       –");
  EXPECT_EQ(PadLeft("100,00", 8), "  100,00");
  EXPECT_EQ(PadRight("Induk", 3), "Induk");  // longer text is kept whole
  EXPECT_EQ(PadRight("日", 3), "日 ");
}

TEST(Cell, IsExactlyTheWidth) {
  for (const char* text : {"", "é", "Sistem Pemerintahan Berbasis Elektronik (SPBE)",
                           "3.5 Penegakan aturan disiplin/kode etik/kode perilaku pegawai",
                           "Capaian Kinerja Lebih Baik – dari pada Capaian…", "日本語のテキスト"}) {
    EXPECT_EQ(DisplayWidth(Cell(text, 12)), 12u) << text;
    EXPECT_EQ(DisplayWidth(Cell(text, 48)), 48u) << text;
  }
}

// The one number format of the human output: decimal comma, no trailing zeros.
TEST(Decimal, IndonesianDecimalComma) {
  EXPECT_EQ(Decimal(70.98), "70,98");
  EXPECT_EQ(Decimal(0.25, 4), "0,25");
  EXPECT_EQ(Decimal(60.9, 1), "60,9");
  EXPECT_EQ(Decimal(8), "8");
  EXPECT_EQ(Decimal(100.0), "100");
  EXPECT_EQ(Decimal(2.0 / 3.0), "0,67");  // rounded, not cut
  EXPECT_EQ(Decimal(0.125, 4), "0,125");
  EXPECT_EQ(Decimal(-0.001), "0");  // no "-0"
  EXPECT_EQ(Decimal(-1.5), "-1,5");
  EXPECT_EQ(Decimal(1234.5), "1234,5");  // no thousands separator
}

TEST(Decimal, FixedPlaces) {
  EXPECT_EQ(FixedDecimal(71.25, 2), "71,25");
  EXPECT_EQ(FixedDecimal(60.9, 2), "60,90");
  EXPECT_EQ(FixedDecimal(100, 2), "100,00");
  EXPECT_EQ(FixedDecimal(-0.004, 2), "0,00");
  EXPECT_EQ(FixedDecimal(5, 0), "5");
}

TEST(Decimal, CommasInFormulas) {
  EXPECT_EQ(DecimalCommas("100 × (8 × 0.8438 + 7 × 0.5) / (8 + 7) = 62.4"),
            "100 × (8 × 0,8438 + 7 × 0,5) / (8 + 7) = 62,4");
  EXPECT_EQ(DecimalCommas("1.2.1.1 bobot 0.25"), "1.2.1.1 bobot 0,25");  // ids keep their dots
  EXPECT_EQ(DecimalCommas("Selesai. 3 dari 4."), "Selesai. 3 dari 4.");
  EXPECT_EQ(DecimalCommas("R.PW.ii.r1 = 0.5"), "R.PW.ii.r1 = 0,5");
  EXPECT_EQ(DecimalCommas(""), "");
}

}  // namespace
}  // namespace zi::cli
