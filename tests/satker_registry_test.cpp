#include "zi/plan/satker_registry.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "test_util.hpp"
#include "zi/defaults.hpp"
#include "zi/plan/lint.hpp"

namespace zi {
namespace {

std::vector<std::string> Codes(const std::vector<const Satker*>& found) {
  std::vector<std::string> out;
  for (const Satker* s : found) out.push_back(s->code);
  return out;
}

using Strings = std::vector<std::string>;

TEST(SatkerRegistryTest, FindByCode) {
  const Satker* morowali = FindSatkerByCode("KPU-7203");
  ASSERT_NE(morowali, nullptr);
  EXPECT_EQ(morowali->name, "KPU Kabupaten Morowali");
  EXPECT_EQ(morowali->parent, "KPU-72");
  EXPECT_EQ(morowali->level, SatkerLevel::kKabkota);
  // Case and surrounding spaces do not matter; the result is the registry's own entry.
  EXPECT_EQ(FindSatkerByCode("  kpu-7203\n"), morowali);
  EXPECT_EQ(FindSatkerByCode("Kpu-Ri")->name, "Komisi Pemilihan Umum Republik Indonesia");
  EXPECT_EQ(FindSatkerByCode("KPU-72")->name, "KPU Provinsi Sulawesi Tengah");
  EXPECT_EQ(FindSatkerByCode("KPU-9606")->parent, "KPU-96");  // last Papua Barat Daya entry
  EXPECT_EQ(FindSatkerByCode("KPU-9607"), nullptr);
  EXPECT_EQ(FindSatkerByCode("KPU-72 03"), nullptr);
  EXPECT_EQ(FindSatkerByCode("7203"), nullptr);
  EXPECT_EQ(FindSatkerByCode(""), nullptr);
  EXPECT_EQ(FindSatkerByCode("KPU-7205")->name, "KPU Kabupaten Donggala");
}

TEST(SatkerRegistryTest, FindByNameAsDecreesWriteIt) {
  // The seed decree's heading, the long form, abbreviations, upper case, odd spacing.
  for (const char* name :
       {"KPU Provinsi Sulawesi Tengah", "Komisi Pemilihan Umum Provinsi Sulawesi Tengah",
        "KOMISI PEMILIHAN UMUM\nPROVINSI SULAWESI TENGAH", "KPU Prov. Sulawesi Tengah",
        "kpu   propinsi  sulawesi-tengah", "Sekretariat KPU Provinsi Sulawesi Tengah",
        "KPU\xC2\xA0Provinsi Sulawesi Tengah"}) {
    EXPECT_EQ(Codes(FindSatkerByName(name)), Strings{"KPU-72"}) << name;
  }
  for (const char* name : {"Komisi Pemilihan Umum Kabupaten Donggala", "KPU Kab. Donggala",
                           "KPU KABUPATEN DONGGALA", "kpu kab donggala"}) {
    EXPECT_EQ(Codes(FindSatkerByName(name)), Strings{"KPU-7205"}) << name;
  }
  // "Toli-Toli" is also written "Tolitoli" and "Toli Toli".
  for (const char* name : {"KPU Kabupaten Toli-Toli", "KPU Kab. Tolitoli", "Toli Toli"}) {
    EXPECT_EQ(Codes(FindSatkerByName(name)), Strings{"KPU-7206"}) << name;
  }
  EXPECT_EQ(Codes(FindSatkerByName("KPU RI")), Strings{"KPU-RI"});
  EXPECT_EQ(Codes(FindSatkerByName("Sekretariat Jenderal Komisi Pemilihan Umum")),
            Strings{"KPU-RI"});
  EXPECT_EQ(Codes(FindSatkerByName("Komisi Pemilihan Umum Republik Indonesia")), Strings{"KPU-RI"});
}

TEST(SatkerRegistryTest, KotaAndKabupatenStayDistinct) {
  EXPECT_EQ(Codes(FindSatkerByName("KPU Kota Palu")), Strings{"KPU-7271"});
  EXPECT_EQ(Codes(FindSatkerByName("Komisi Pemilihan Umum Kota Palu")), Strings{"KPU-7271"});
  // No Kabupaten Palu: neither an exact nor a partial match.
  EXPECT_TRUE(FindSatkerByName("KPU Kabupaten Palu").empty());
  EXPECT_TRUE(FindSatkerByName("Kab. Palu").empty());
  EXPECT_EQ(Codes(FindSatkerByName("Palu")), Strings{"KPU-7271"});
  // "Kota" is not an abbreviation of anything and not dropped.
  EXPECT_TRUE(FindSatkerByName("KPU Kota Donggala").empty());
}

TEST(SatkerRegistryTest, ExactMatchWinsOverPartial) {
  // "Banggai" is a word of Banggai Kepulauan, Banggai and Banggai Laut; the exact name
  // picks one.
  EXPECT_EQ(Codes(FindSatkerByName("KPU Kabupaten Banggai")), Strings{"KPU-7202"});
  EXPECT_EQ(Codes(FindSatkerByName("KPU Kab. Banggai Kep.")), Strings{"KPU-7201"});
  // Without an exact match, every entry holding all the words, in registry order.
  EXPECT_EQ(Codes(FindSatkerByName("Banggai")), (Strings{"KPU-7201", "KPU-7202", "KPU-7211"}));
  EXPECT_EQ(Codes(FindSatkerByName("kabupaten morowali")), (Strings{"KPU-7203", "KPU-7212"}));
  EXPECT_EQ(Codes(FindSatkerByName("KPU Morowali Utara")), Strings{"KPU-7212"});
}

TEST(SatkerRegistryTest, ProvincesAndAceh) {
  EXPECT_EQ(Codes(FindSatkerByName("KPU Provinsi DKI Jakarta")), Strings{"KPU-31"});
  EXPECT_EQ(Codes(FindSatkerByName("KPU Provinsi Daerah Khusus Ibukota Jakarta")),
            Strings{"KPU-31"});
  EXPECT_EQ(Codes(FindSatkerByName("KPU Provinsi Daerah Istimewa Yogyakarta")), Strings{"KPU-34"});
  EXPECT_EQ(Codes(FindSatkerByName("KPU Provinsi D.I. Yogyakarta")), Strings{"KPU-34"});
  EXPECT_EQ(Codes(FindSatkerByName("KPU Prov. Kep. Riau")), Strings{"KPU-21"});
  // Riau alone: the province is an exact match, Kepulauan Riau is not.
  EXPECT_EQ(Codes(FindSatkerByName("KPU Provinsi Riau")), Strings{"KPU-14"});
  // Aceh's body is the KIP; "KPU Aceh" and "KPU Provinsi Aceh" name it too.
  for (const char* name : {"KIP Aceh", "Komisi Independen Pemilihan Aceh", "KPU Aceh",
                           "KPU Provinsi Aceh", "KIP Provinsi Aceh"}) {
    EXPECT_EQ(Codes(FindSatkerByName(name)), Strings{"KPU-11"}) << name;
  }
  EXPECT_EQ(Codes(FindSatkerByName("KIP Kabupaten/Kota Aceh 05")), Strings{"KPU-1105"});
  EXPECT_EQ(Codes(FindSatkerByName("KPU Kab/Kota Aceh 05")), Strings{"KPU-1105"});
  // The four Papua provinces of 2022 and Papua itself: exact names are unambiguous.
  EXPECT_EQ(Codes(FindSatkerByName("KPU Provinsi Papua")), Strings{"KPU-91"});
  EXPECT_EQ(Codes(FindSatkerByName("KPU Provinsi Papua Barat")), Strings{"KPU-92"});
  EXPECT_EQ(Codes(FindSatkerByName("KPU Provinsi Papua Barat Daya")), Strings{"KPU-96"});
}

TEST(SatkerRegistryTest, FindTakesACodeABpsNumberOrAName) {
  EXPECT_EQ(Codes(FindSatker("kpu-7203")), Strings{"KPU-7203"});
  EXPECT_EQ(Codes(FindSatker(" 7203 ")), Strings{"KPU-7203"});
  EXPECT_EQ(Codes(FindSatker("72")), Strings{"KPU-72"});
  EXPECT_EQ(Codes(FindSatker("KPU Kab. Donggala")), Strings{"KPU-7205"});
  EXPECT_TRUE(FindSatker("9999").empty());
  EXPECT_TRUE(FindSatker("").empty());
}

TEST(SatkerRegistryTest, NoMatch) {
  EXPECT_TRUE(FindSatkerByName("").empty());
  EXPECT_TRUE(FindSatkerByName(" .,;- ").empty());
  EXPECT_TRUE(FindSatkerByName("Bawaslu Provinsi Sulawesi Tengah").empty());
  EXPECT_TRUE(FindSatkerByName("KPU Kabupaten Atlantis").empty());
  // Bytes that are not UTF-8 neither crash nor match.
  EXPECT_TRUE(FindSatkerByName(std::string("\xFF\xFE\x00KPU", 6)).empty());
}

TEST(SatkerRegistryTest, EveryRegistryNameFindsItselfAlone) {
  // Exact names are unique after normalisation, so a name copied from the registry (in any
  // case) finds exactly that satker.
  for (const Satker& s : KpuSatker()) {
    std::string upper = s.name;
    for (char& c : upper) {
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    }
    ASSERT_EQ(Codes(FindSatkerByName(s.name)), Strings{s.code}) << s.name;
    ASSERT_EQ(Codes(FindSatkerByName(upper)), Strings{s.code}) << upper;
    ASSERT_EQ(FindSatkerByCode(s.code), &s);
  }
}

// ---- lint: satker_registry_mismatch ---------------------------------------------------

std::vector<Diagnostic> RegistryFindings(const Satker& satker) {
  PlanData p = testing::OneIndicatorPlan();
  p.satker = satker;
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : LintPlan(Plan(std::move(p)))) {
    if (d.code == "satker_registry_mismatch") out.push_back(d);
  }
  return out;
}

TEST(SatkerRegistryLintTest, AgreeingSatkerIsClean) {
  EXPECT_TRUE(RegistryFindings(*FindSatkerByCode("KPU-72")).empty());
  // The decree's long form of the registry name.
  EXPECT_TRUE(RegistryFindings(Satker{"KPU-7205", "Komisi Pemilihan Umum Kabupaten Donggala",
                                      SatkerLevel::kKabkota, "KPU-72", TimeZone::kWITA})
                  .empty());
  // A code the registry does not know, with a name it does not know either (another
  // agency, a synthetic satker).
  EXPECT_TRUE(RegistryFindings(Satker{"SYN-000554", "Satker sintetis 554", SatkerLevel::kKabkota,
                                      "KPU-11", TimeZone::kWIB})
                  .empty());
  const absl::StatusOr<Plan> embedded = DefaultPlan();
  ASSERT_TRUE(embedded.ok());
  for (const Diagnostic& d : LintPlan(*embedded)) EXPECT_NE(d.code, "satker_registry_mismatch");
}

TEST(SatkerRegistryLintTest, CodeAndNameDisagree) {
  // KPU-7203 is Morowali, not Donggala (issue #16).
  const std::vector<Diagnostic> ds = RegistryFindings(Satker{
      "KPU-7203", "KPU Kabupaten Donggala", SatkerLevel::kKabkota, "KPU-72", TimeZone::kWITA});
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].severity, Severity::kWarning);
  EXPECT_EQ(ds[0].where, "satker");
  EXPECT_EQ(ds[0].field, "name");
  EXPECT_EQ(ds[0].message,
            "kode satker KPU-7203 dalam daftar satker KPU adalah KPU Kabupaten Morowali, tetapi "
            "nama satker tertulis 'KPU Kabupaten Donggala' (KPU-7205)");
}

TEST(SatkerRegistryLintTest, LevelAndParentDisagree) {
  const std::vector<Diagnostic> ds = RegistryFindings(Satker{
      "KPU-7205", "KPU Kabupaten Donggala", SatkerLevel::kProvinsi, "KPU-RI", TimeZone::kWITA});
  ASSERT_EQ(ds.size(), 2u);
  EXPECT_EQ(ds[0].field, "level");
  EXPECT_EQ(ds[0].message,
            "tingkat satker KPU-7205 dalam daftar satker KPU adalah kabkota, tertulis provinsi");
  EXPECT_EQ(ds[1].field, "parent");
  EXPECT_EQ(ds[1].message,
            "induk satker KPU-7205 dalam daftar satker KPU adalah KPU-72, tertulis KPU-RI");
}

TEST(SatkerRegistryLintTest, UnknownCodeForAKnownName) {
  const std::vector<Diagnostic> ds = RegistryFindings(
      Satker{"DGL", "KPU Kab. Donggala", SatkerLevel::kKabkota, "KPU-72", TimeZone::kWITA});
  ASSERT_EQ(ds.size(), 1u);
  EXPECT_EQ(ds[0].field, "code");
  EXPECT_EQ(ds[0].message,
            "kode satker 'DGL' tidak ada dalam daftar satker KPU, padahal 'KPU Kab. Donggala' "
            "adalah KPU-7205");
  // ValidatePlan (structure only) does not look at the registry.
  PlanData p = testing::OneIndicatorPlan();
  p.satker.code = "KPU-7203";
  for (const Diagnostic& d : ValidatePlan(Plan(std::move(p)))) {
    EXPECT_NE(d.code, "satker_registry_mismatch");
  }
}

}  // namespace
}  // namespace zi
