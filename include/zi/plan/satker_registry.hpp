// The KPU satker tree: KPU RI, 38 KPU Provinsi and 514 KPU Kabupaten/Kota (553 in all,
// docs/satker.md, "The KPU tree"), with codes built from the BPS region codes ("KPU-72"
// for KPU Provinsi Sulawesi Tengah, "KPU-7271" for KPU Kota Palu) and each province's time zone.
// Used to size portfolios and to generate synthetic plans; names of kabupaten/kota are
// real for Sulawesi Tengah and numbered elsewhere.
#ifndef ZI_SATKER_REGISTRY_HPP
#define ZI_SATKER_REGISTRY_HPP

#include <span>
#include <string_view>
#include <vector>

#include "zi/plan/satker.hpp"

namespace zi {
inline namespace v1 {

// All 553 satker: KPU RI first, then each province followed by its kabupaten/kota.
std::span<const Satker> KpuSatker();
// KPU Provinsi Sulawesi Tengah and its 13 kabupaten/kota (14 satker).
std::vector<Satker> SultengSatker();

// The registry entry with this code ("KPU-7203"), case-insensitive; nullptr if none.
const Satker* FindSatkerByCode(std::string_view code);
// Entries whose name matches `name` as a decree writes it ("Komisi Pemilihan Umum Kabupaten
// Donggala", "KPU Kab. Donggala", "KPU PROVINSI SULAWESI TENGAH"): case, spacing and the usual
// abbreviations (KPU, Kab., Prov.) do not matter. Exact matches only when there are any; else
// every entry whose name holds all the words given, in registry order (docs/satker.md).
std::vector<const Satker*> FindSatkerByName(std::string_view name);
// What `zi satker find` looks up: a code (FindSatkerByCode), else a bare BPS number
// ("7203" for KPU-7203), else a name (FindSatkerByName).
std::vector<const Satker*> FindSatker(std::string_view query);

}  // namespace v1
}  // namespace zi

#endif  // ZI_SATKER_REGISTRY_HPP
