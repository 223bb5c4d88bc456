#include "zi/plan/satker_registry.hpp"

#include <cstdio>

#include "internal/strings.hpp"

namespace zi {
inline namespace v1 {
namespace {

struct Province {
  int code;
  const char* name;
  TimeZone tz;
  int kabkota;  // number of kabupaten/kota (2023)
};

// BPS province codes, names, time zones and kabupaten/kota counts; 38 provinces, 514
// kabupaten/kota.
constexpr Province kProvinces[] = {
    {11, "Aceh", TimeZone::kWIB, 23},
    {12, "Sumatera Utara", TimeZone::kWIB, 33},
    {13, "Sumatera Barat", TimeZone::kWIB, 19},
    {14, "Riau", TimeZone::kWIB, 12},
    {15, "Jambi", TimeZone::kWIB, 11},
    {16, "Sumatera Selatan", TimeZone::kWIB, 17},
    {17, "Bengkulu", TimeZone::kWIB, 10},
    {18, "Lampung", TimeZone::kWIB, 15},
    {19, "Kepulauan Bangka Belitung", TimeZone::kWIB, 7},
    {21, "Kepulauan Riau", TimeZone::kWIB, 7},
    {31, "DKI Jakarta", TimeZone::kWIB, 6},
    {32, "Jawa Barat", TimeZone::kWIB, 27},
    {33, "Jawa Tengah", TimeZone::kWIB, 35},
    {34, "DI Yogyakarta", TimeZone::kWIB, 5},
    {35, "Jawa Timur", TimeZone::kWIB, 38},
    {36, "Banten", TimeZone::kWIB, 8},
    {51, "Bali", TimeZone::kWITA, 9},
    {52, "Nusa Tenggara Barat", TimeZone::kWITA, 10},
    {53, "Nusa Tenggara Timur", TimeZone::kWITA, 22},
    {61, "Kalimantan Barat", TimeZone::kWIB, 14},
    {62, "Kalimantan Tengah", TimeZone::kWIB, 14},
    {63, "Kalimantan Selatan", TimeZone::kWITA, 13},
    {64, "Kalimantan Timur", TimeZone::kWITA, 10},
    {65, "Kalimantan Utara", TimeZone::kWITA, 5},
    {71, "Sulawesi Utara", TimeZone::kWITA, 15},
    {72, "Sulawesi Tengah", TimeZone::kWITA, 13},
    {73, "Sulawesi Selatan", TimeZone::kWITA, 24},
    {74, "Sulawesi Tenggara", TimeZone::kWITA, 17},
    {75, "Gorontalo", TimeZone::kWITA, 6},
    {76, "Sulawesi Barat", TimeZone::kWITA, 6},
    {81, "Maluku", TimeZone::kWIT, 11},
    {82, "Maluku Utara", TimeZone::kWIT, 10},
    {91, "Papua", TimeZone::kWIT, 9},
    {92, "Papua Barat", TimeZone::kWIT, 7},
    {93, "Papua Selatan", TimeZone::kWIT, 4},
    {94, "Papua Tengah", TimeZone::kWIT, 8},
    {95, "Papua Pegunungan", TimeZone::kWIT, 8},
    {96, "Papua Barat Daya", TimeZone::kWIT, 6},
};

// Sulawesi Tengah's kabupaten/kota with their BPS codes.
struct KabKota {
  int code;
  const char* name;
};
constexpr KabKota kSulteng[] = {
    {7201, "KPU Kabupaten Banggai Kepulauan"}, {7202, "KPU Kabupaten Banggai"},
    {7203, "KPU Kabupaten Morowali"},          {7204, "KPU Kabupaten Poso"},
    {7205, "KPU Kabupaten Donggala"},          {7206, "KPU Kabupaten Toli-Toli"},
    {7207, "KPU Kabupaten Buol"},              {7208, "KPU Kabupaten Parigi Moutong"},
    {7209, "KPU Kabupaten Tojo Una-Una"},      {7210, "KPU Kabupaten Sigi"},
    {7211, "KPU Kabupaten Banggai Laut"},      {7212, "KPU Kabupaten Morowali Utara"},
    {7271, "KPU Kota Palu"},
};

std::vector<Satker> Build() {
  std::vector<Satker> out;
  out.push_back(Satker{"KPU-RI", "Komisi Pemilihan Umum Republik Indonesia", SatkerLevel::kPusat,
                       "", TimeZone::kWIB});
  for (const Province& p : kProvinces) {
    const std::string code = internal::Cat("KPU-", p.code);
    const char* prefix = p.code == 11 ? "KIP Aceh" : "KPU Provinsi ";
    out.push_back(Satker{code, p.code == 11 ? std::string(prefix) : internal::Cat(prefix, p.name),
                         SatkerLevel::kProvinsi, "KPU-RI", p.tz});
    for (int k = 1; k <= p.kabkota; ++k) {
      if (p.code == 72) {
        const KabKota& kk = kSulteng[k - 1];
        out.push_back(Satker{internal::Cat("KPU-", kk.code), kk.name, SatkerLevel::kKabkota, code,
                             p.tz});
        continue;
      }
      char num[16];
      std::snprintf(num, sizeof num, "%02d", k);
      out.push_back(Satker{internal::Cat("KPU-", p.code, num),
                           internal::Cat(p.code == 11 ? "KIP Kabupaten/Kota " : "KPU Kabupaten/Kota ",
                                         p.name, " ", num),
                           SatkerLevel::kKabkota, code, p.tz});
    }
  }
  return out;
}

}  // namespace

std::span<const Satker> KpuSatker() {
  static const std::vector<Satker> kAll = Build();
  return kAll;
}

std::vector<Satker> SultengSatker() {
  std::vector<Satker> out;
  for (const Satker& s : KpuSatker()) {
    if (s.code == "KPU-72" || s.parent == "KPU-72") out.push_back(s);
  }
  return out;
}

}  // namespace v1
}  // namespace zi
