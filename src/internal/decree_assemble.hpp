// Internal: the decree annex's rows (from the PDF converter's text or from a table) assembled
// into the plan tree, resolved against the LKE rubric. The rules are in docs/decree-import.md.
#ifndef ZI_SRC_DECREE_ASSEMBLE_HPP
#define ZI_SRC_DECREE_ASSEMBLE_HPP

#include <array>
#include <string>
#include <vector>

#include "zi/base/diagnostic.hpp"
#include "zi/lke/rubric.hpp"
#include "zi/plan/plan.hpp"

namespace zi::internal {

// The eight columns of the annex, in the decree's order.
inline constexpr int kDecreeColumns = 8;
enum DecreeColumn : int {
  kColNo = 0,
  kColKomponen,
  kColAspek,
  kColKegiatan,
  kColIndikator,
  kColBuktiFisik,
  kColTargetWaktu,
  kColTargetCapaian,
};

// One physical row of the annex, cells as read (markup still in place).
struct DecreeRawRow {
  std::string where;        // "decree.txt:57" or "Sheet1!12"
  bool page_first = false;  // the first row after a repeated header (a page break)
  std::array<std::string, kDecreeColumns> cells;
  // The optional PENANGGUNG JAWAB (PJ, PIC, Pelaksana) cell of tables; not one of the eight.
  std::string responsible;
};

struct DecreeAssembly {
  std::vector<Component> components;
  std::vector<Note> plan_notes;
  std::vector<Diagnostic> unplaced;
  size_t rows_joined = 0;
};

// `year` is the plan year (schedule phrases are recognised with it).
DecreeAssembly AssembleDecree(const std::vector<DecreeRawRow>& rows, const Rubric& rubric,
                              int year);

}  // namespace zi::internal

#endif  // ZI_SRC_DECREE_ASSEMBLE_HPP
