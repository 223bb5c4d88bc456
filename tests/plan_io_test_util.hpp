// A small hand-made plan shared by the plan table and plan diff tests: two komponen, three
// aspek, four kegiatan, five indikator, laid out so that every numbering and merge rule of
// the decree table shows (docs/plan-table.md) and ids come from positions.
#ifndef ZI_TESTS_PLAN_IO_TEST_UTIL_HPP
#define ZI_TESTS_PLAN_IO_TEST_UTIL_HPP

#include <string>

#include "zi/plan/plan.hpp"

namespace zi::testing {

inline Indicator MakeIndicator(std::string text, std::string evidence, std::string schedule,
                               std::string target) {
  Indicator i;
  i.text = std::move(text);
  i.evidence = std::move(evidence);
  i.schedule = std::move(schedule);
  i.target = std::move(target);
  return i;
}

// 1 Manajemen Perubahan
//   1.1 Tim                     1.1.1 Menetapkan tim    1.1.1.1 SK tim, 1.1.1.2 Laporan tim
//                               1.1.2 Rapat tim         1.1.2.1 Notulen rapat
//   1.2 Rencana                 1.2.1 Menyusun rencana  1.2.1.1 Dokumen rencana
// 2 Penataan Tata Laksana
//   2.1 SOP                     2.1.1 Menyusun SOP      2.1.1.1 SOP ditetapkan
// Ids are left empty: Plan fills them in from the positions.
inline PlanData SmallPlanData() {
  PlanData p;
  p.satker = Satker{"KPU-72", "KPU Provinsi Sulawesi Tengah", SatkerLevel::kProvinsi, "KPU-RI",
                    TimeZone::kWITA};
  p.year = 2026;
  p.decree.number = "6 Tahun 2026";
  p.decree.date = Date::FromYmd(2026, 1, 20);
  p.decree.place = "Palu";
  p.decree.signed_by = "Darmiati, Ketua KPU Provinsi Sulawesi Tengah";
  p.decree.title = "Rencana Aksi Zona Integritas Tahun 2026";
  Component mp;
  mp.name = "Manajemen Perubahan";
  mp.weight = 8;
  mp.lke_area = "MP";
  Aspect tim;
  tim.name = "Tim";
  tim.weight = 1;
  Activity menetapkan;
  menetapkan.text = "Menetapkan tim";
  menetapkan.indicators.push_back(
      MakeIndicator("SK tim", "SK Tim", "Januari 2026", "1 (satu) Keputusan"));
  menetapkan.indicators.push_back(
      MakeIndicator("Laporan tim", "Laporan", "Per Triwulan", "4 (empat) Laporan"));
  Activity rapat;
  rapat.text = "Rapat tim";
  rapat.indicators.push_back(
      MakeIndicator("Notulen rapat", "Notulen, daftar hadir", "Per Triwulan", "4 (empat) Notulen"));
  tim.activities = {menetapkan, rapat};
  Aspect rencana;
  rencana.name = "Rencana";
  Activity menyusun;
  menyusun.text = "Menyusun rencana";
  menyusun.indicators.push_back(
      MakeIndicator("Dokumen rencana", "Dokumen", "Februari 2026", "1 (satu) Dokumen"));
  rencana.activities = {menyusun};
  mp.aspects = {tim, rencana};
  Component tl;
  tl.name = "Penataan Tata Laksana";
  tl.weight = 7;
  tl.lke_area = "TL";
  Aspect sop;
  sop.name = "SOP";
  Activity sop_k;
  sop_k.text = "Menyusun SOP";
  sop_k.indicators.push_back(
      MakeIndicator("SOP ditetapkan", "SK SOP", "Maret 2026", "1 (satu) Keputusan"));
  sop.activities = {sop_k};
  tl.aspects = {sop};
  p.components = {mp, tl};
  return p;
}

}  // namespace zi::testing

#endif  // ZI_TESTS_PLAN_IO_TEST_UTIL_HPP
