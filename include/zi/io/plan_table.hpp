// The plan as the decree's annex table: the 8 columns NO, KOMPONEN PENGUNGKIT, ASPEK
// PEMENUHAN, KEGIATAN/AKSI, INDIKATOR, BUKTI FISIK, TARGET WAKTU PELAKSANAAN, TARGET
// CAPAIAN, one row per indicator, the komponen, aspek and kegiatan cells merged over their
// indicators, numbered as the decree numbers them ("1.", "1. <aspek>"). Above the header,
// the annex heading (the title, LAMPIRAN KEPUTUSAN <satker>, NOMOR, the signing, TENTANG) that the
// decree importer reads back (zi/io/decree_import.hpp), and the "(1)" ... "(8)" row below
// it. Also the empty template a satker fills in. Layout and rules: docs/plan-table.md.
#ifndef ZI_IO_PLAN_TABLE_HPP
#define ZI_IO_PLAN_TABLE_HPP

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "zi/io/table_writer.hpp"
#include "zi/plan/plan.hpp"

namespace zi {
inline namespace v1 {

enum class PlanTableFormat : uint8_t { kXlsx, kCsv };

std::string_view ToString(PlanTableFormat f);  // "xlsx" | "csv"
// "xlsx" or "csv", case-insensitive.
std::optional<PlanTableFormat> ParsePlanTableFormat(std::string_view s);
// From a file name's extension (".xlsx", ".csv", any case); nullopt for any other.
std::optional<PlanTableFormat> PlanTableFormatForPath(std::string_view path);

// The 8 column titles, in order.
inline constexpr std::string_view kPlanTableColumns[8] = {
    "NO",        "KOMPONEN PENGUNGKIT", "ASPEK PEMENUHAN",          "KEGIATAN/AKSI",
    "INDIKATOR", "BUKTI FISIK",         "TARGET WAKTU PELAKSANAAN", "TARGET CAPAIAN"};
// The optional ninth column, written by PlanTableSheet only when some kegiatan or indikator
// has a penanggung jawab (each row then names the one that acts on its indikator); the
// decree importer also accepts PJ, PIC or Pelaksana as its title.
inline constexpr std::string_view kPlanTableResponsibleColumn = "PENANGGUNG JAWAB";

struct PlanTableOptions {
  // The annex heading above the header (satker, decree number, signing, title). Without
  // it the importer needs the satker and year given (--satker, --year).
  bool heading = true;
};

// The plan as one sheet named "Rencana Aksi": heading lines, header, the "(1)".."(8)" row
// (data row 0), then one row per indicator (a kegiatan without indicators, an aspek
// without kegiatan or a komponen without aspek gets one row of its own, so that nothing is
// left out). Merges cover each komponen's NO and KOMPONEN cells, each aspek's cell and
// each kegiatan's cell over their rows.
TableSheet PlanTableSheet(const Plan& plan, const PlanTableOptions& options = {});

// The empty table: header and the "(1)".."(8)" row, plus, when `example_row`, one row filled
// in as a satker would (komponen "1." Manajemen Perubahan, its first aspek, a kegiatan, an
// indikator with its bukti fisik, "Januari" and "1 (satu) Keputusan"), to be overwritten.
TableSheet PlanTemplateSheet(bool example_row = false);

// A sheet as XLSX bytes (WriteXlsx) or CSV text (WriteCsv: comma, CRLF, UTF-8 with a BOM
// for Excel, the heading lines as one-cell rows).
absl::StatusOr<std::string> WritePlanTableBytes(const TableSheet& sheet, PlanTableFormat format);
// The same bytes to a file.
absl::Status WritePlanTableFile(const TableSheet& sheet, PlanTableFormat format,
                                const std::string& path);

}  // namespace v1
}  // namespace zi

#endif  // ZI_IO_PLAN_TABLE_HPP
