#include "zi/io/plan_table.hpp"

#include <fstream>
#include <utility>
#include <vector>

#include "internal/strings.hpp"
#include "internal/text.hpp"
#include "zi/io/report_json.hpp"

namespace zi {
inline namespace v1 {
namespace {

using internal::Cat;

constexpr double kWidths[8] = {6, 22, 30, 42, 42, 32, 22, 20};

TableSheet EmptySheet() {
  TableSheet s;
  s.name = "Rencana Aksi";
  for (size_t c = 0; c < 8; ++c) {
    TableColumn col;
    col.title = std::string(kPlanTableColumns[c]);
    col.width = kWidths[c];
    col.wrap = c > 0;
    s.columns.push_back(std::move(col));
  }
  std::vector<TableValue> numbers;
  for (int c = 1; c <= 8; ++c) numbers.emplace_back(Cat("(", c, ")"));
  s.rows.push_back(std::move(numbers));
  return s;
}

std::string AsciiUpper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

// "1. text" when the parent has more than one child, else the text alone (the decree
// numbers kegiatan and indikator only where there are several).
std::string Numbered(size_t index, size_t count, const std::string& text) {
  if (count <= 1) return text;
  return Cat(index + 1, ". ", text);
}

// The annex heading, in the order the decree importer reads it: the satker after
// KEPUTUSAN (its name stops at the NOMOR line), the signing block, TENTANG last (its text
// runs to the end of the heading).
std::vector<std::string> Heading(const PlanData& p) {
  std::vector<std::string> lines;
  const bool numbered = !p.decree.number.empty();
  const std::string title = internal::CleanText(p.decree.title);
  // The title as written heads the sheet; the TENTANG line has it in capitals, as the
  // decree does, and the importer takes the title's case from the running text.
  if (numbered && !title.empty()) lines.push_back(title);
  lines.emplace_back("LAMPIRAN");
  const std::string keputusan = Cat("KEPUTUSAN ", AsciiUpper(internal::CleanText(p.satker.name)));
  if (numbered) {
    lines.push_back(keputusan);
    lines.push_back(Cat("NOMOR ", AsciiUpper(internal::CleanText(p.decree.number))));
  }
  if (!p.decree.place.empty()) {
    lines.push_back(Cat("Ditetapkan di ", internal::CleanText(p.decree.place)));
  }
  if (p.decree.date) {
    const Date d = *p.decree.date;
    lines.push_back(
        Cat("pada tanggal ", d.day(), " ", IndonesianMonthName(d.month()), " ", d.year()));
    // "Name, Role" as the plan stores it: the role line ends with ',' and the name follows.
    const std::string signed_by = internal::CleanText(p.decree.signed_by);
    const size_t comma = signed_by.find(", ");
    if (comma != std::string::npos && comma > 0 && comma + 2 < signed_by.size()) {
      lines.push_back(Cat(signed_by.substr(comma + 2), ","));
      lines.push_back(signed_by.substr(0, comma));
    }
  }
  if (numbered) {
    if (!title.empty()) lines.push_back(Cat("TENTANG ", AsciiUpper(title)));
  } else {
    // Without a number the KEPUTUSAN line goes last, where nothing follows it into the name.
    lines.push_back(keputusan);
  }
  return lines;
}

// Whether any kegiatan or indikator names a penanggung jawab.
bool AnyResponsible(const PlanData& p) {
  for (const Component& c : p.components) {
    for (const Aspect& a : c.aspects) {
      for (const Activity& k : a.activities) {
        if (!k.responsible.empty()) return true;
        for (const Indicator& i : k.indicators) {
          if (!i.responsible.empty()) return true;
        }
      }
    }
  }
  return false;
}

}  // namespace

std::string_view ToString(PlanTableFormat f) {
  switch (f) {
    case PlanTableFormat::kXlsx: return "xlsx";
    case PlanTableFormat::kCsv: return "csv";
  }
  return "xlsx";
}

std::optional<PlanTableFormat> ParsePlanTableFormat(std::string_view s) {
  const std::string l = internal::AsciiLower(s);
  if (l == "xlsx") return PlanTableFormat::kXlsx;
  if (l == "csv") return PlanTableFormat::kCsv;
  return std::nullopt;
}

std::optional<PlanTableFormat> PlanTableFormatForPath(std::string_view path) {
  const size_t dot = path.rfind('.');
  const size_t slash = path.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return std::nullopt;
  }
  return ParsePlanTableFormat(path.substr(dot + 1));
}

TableSheet PlanTableSheet(const Plan& plan, const PlanTableOptions& options) {
  TableSheet s = EmptySheet();
  const PlanData& p = plan.data();
  if (options.heading) s.title_lines = Heading(p);
  // A ninth column PENANGGUNG JAWAB when some node has one: each row the penanggung jawab
  // that acts on it (the indikator's own, else its kegiatan's), not merged.
  const bool responsible = AnyResponsible(p);
  const size_t width = responsible ? 9 : 8;
  if (responsible) {
    TableColumn col;
    col.title = std::string(kPlanTableResponsibleColumn);
    col.width = 24;
    col.wrap = true;
    s.columns.push_back(std::move(col));
    s.rows[0].emplace_back(std::string("(9)"));
  }
  // Data rows are counted from the "(1)".."(8)" row (row 0).
  auto add_row = [&s](std::vector<TableValue> row) {
    s.rows.push_back(std::move(row));
    return static_cast<int>(s.rows.size()) - 1;
  };
  auto merge = [&s](int column, int first, int last) {
    if (last > first) s.merges.push_back(TableMerge{first, column, last, column});
  };
  for (size_t ci = 0; ci < p.components.size(); ++ci) {
    const Component& c = p.components[ci];
    const int c_first = static_cast<int>(s.rows.size());
    std::vector<TableValue> row(width);
    row[0] = Cat(ci + 1, ".");
    row[1] = c.name;
    if (c.aspects.empty()) add_row(std::move(row));
    for (size_t ai = 0; ai < c.aspects.size(); ++ai) {
      const Aspect& a = c.aspects[ai];
      const int a_first = static_cast<int>(s.rows.size());
      row.resize(width);
      // Every aspek is numbered, even a komponen's only one (the decree's "1. <aspek>").
      row[2] = a.name.empty() ? Cat(ai + 1, ".") : Cat(ai + 1, ". ", a.name);
      if (a.activities.empty()) {
        add_row(std::move(row));
        row = std::vector<TableValue>(width);
      }
      for (size_t ki = 0; ki < a.activities.size(); ++ki) {
        const Activity& k = a.activities[ki];
        const int k_first = static_cast<int>(s.rows.size());
        row.resize(width);
        row[3] = Numbered(ki, a.activities.size(), k.text);
        if (k.indicators.empty()) {
          if (responsible) row[8] = k.responsible;
          add_row(std::move(row));
          row = std::vector<TableValue>(width);
        }
        for (size_t ii = 0; ii < k.indicators.size(); ++ii) {
          const Indicator& i = k.indicators[ii];
          row.resize(width);
          row[4] = Numbered(ii, k.indicators.size(), i.text);
          row[5] = i.evidence;
          row[6] = i.schedule;
          row[7] = i.target;
          if (responsible) row[8] = i.responsible.empty() ? k.responsible : i.responsible;
          add_row(std::move(row));
          row = std::vector<TableValue>(width);
        }
        merge(3, k_first, static_cast<int>(s.rows.size()) - 1);
      }
      merge(2, a_first, static_cast<int>(s.rows.size()) - 1);
    }
    merge(0, c_first, static_cast<int>(s.rows.size()) - 1);
    merge(1, c_first, static_cast<int>(s.rows.size()) - 1);
  }
  return s;
}

TableSheet PlanTemplateSheet(bool example_row) {
  TableSheet s = EmptySheet();
  if (example_row) {
    s.rows.push_back(std::vector<TableValue>{
        std::string("1."), std::string("Manajemen Perubahan"),
        std::string("1. Pembentukan Tim Kerja Pembangunan Zona Integritas"),
        std::string("Menetapkan Tim Kerja Pembangunan Zona Integritas"),
        std::string("Membentuk/menetapkan Tim Kerja Pembangunan Zona Integritas"),
        std::string("Keputusan tentang Tim Kerja Pembangunan Zona Integritas"),
        std::string("Januari"), std::string("1 (satu) Keputusan")});
  }
  return s;
}

absl::StatusOr<std::string> WritePlanTableBytes(const TableSheet& sheet, PlanTableFormat format) {
  if (format == PlanTableFormat::kXlsx) return WriteXlsx({sheet});
  CsvWriteOptions options;
  options.bom = true;
  options.title_lines = true;
  return WriteCsv(sheet, options);
}

absl::Status WritePlanTableFile(const TableSheet& sheet, PlanTableFormat format,
                                const std::string& path) {
  absl::StatusOr<std::string> bytes = WritePlanTableBytes(sheet, format);
  if (!bytes.ok()) return bytes.status();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return absl::NotFoundError(Cat(path, ": tidak dapat membuka berkas untuk ditulis"));
  out.write(bytes->data(), static_cast<std::streamsize>(bytes->size()));
  out.close();
  if (!out) return absl::DataLossError(Cat(path, ": gagal menulis berkas"));
  return absl::OkStatus();
}

}  // namespace v1
}  // namespace zi
