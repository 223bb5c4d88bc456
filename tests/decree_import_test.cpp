// Decree import (docs/decree-import.md): the seed decree's text gives the embedded plan;
// hand-made variants give their expected plans; bad tables give clear errors.
#include "zi/io/decree_import.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "test_util.hpp"
#include "zi/defaults.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/io/plan_table.hpp"
#include "zi/io/table.hpp"
#include "zi/plan/satker_registry.hpp"

namespace zi {
namespace {

using ::zi::testing::ReadFile;
using ::zi::testing::TestData;

std::string Q(const std::string& s) { return absl::StrCat("\"", s, "\""); }

template <typename T>
std::string Join(const std::vector<T>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); ++i) out += (i ? "," : "") + v[i];
  return out + "]";
}

std::string NoteKey(const std::vector<Note>& notes) {
  std::vector<std::string> keys;
  for (const Note& n : notes) keys.push_back(n.field + ":" + std::string(ToString(n.kind)));
  std::sort(keys.begin(), keys.end());
  return Join(keys);
}

// Every difference between two plans, one line each: "1.2.1.1 schedule: "A" vs "B"".
// Notes are compared by their (field, kind) only, in `note_diffs` (wording may differ).
void ComparePlans(const Plan& got, const Plan& want, std::vector<std::string>* diffs,
                  std::vector<std::string>* note_diffs) {
  const PlanData& g = got.data();
  const PlanData& w = want.data();
  auto field = [&](const std::string& where, const std::string& name, const std::string& a,
                   const std::string& b) {
    if (a != b) diffs->push_back(absl::StrCat(where, " ", name, ": ", Q(a), " vs ", Q(b)));
  };
  auto num = [&](const std::string& where, const std::string& name, double a, double b) {
    if (a != b) diffs->push_back(absl::StrCat(where, " ", name, ": ", a, " vs ", b));
  };
  auto notes = [&](const std::string& where, const std::vector<Note>& a,
                   const std::vector<Note>& b) {
    if (NoteKey(a) != NoteKey(b))
      note_diffs->push_back(absl::StrCat(where, " notes: ", NoteKey(a), " vs ", NoteKey(b)));
  };
  field("plan", "satker.code", g.satker.code, w.satker.code);
  field("plan", "satker.name", g.satker.name, w.satker.name);
  field("plan", "satker.parent", g.satker.parent, w.satker.parent);
  field("plan", "satker.level", std::string(ToString(g.satker.level)),
        std::string(ToString(w.satker.level)));
  field("plan", "satker.time_zone", std::string(ToString(g.satker.time_zone)),
        std::string(ToString(w.satker.time_zone)));
  num("plan", "year", g.year, w.year);
  field("plan", "decree.number", g.decree.number, w.decree.number);
  field("plan", "decree.date", g.decree.date ? FormatIsoDate(*g.decree.date) : "",
        w.decree.date ? FormatIsoDate(*w.decree.date) : "");
  field("plan", "decree.title", g.decree.title, w.decree.title);
  field("plan", "decree.place", g.decree.place, w.decree.place);
  field("plan", "decree.signed_by", g.decree.signed_by, w.decree.signed_by);
  field("plan", "calendar", got.calendar_name(), want.calendar_name());
  notes("plan", g.notes, w.notes);
  if (g.components.size() != w.components.size())
    diffs->push_back(
        absl::StrCat("plan components: ", g.components.size(), " vs ", w.components.size()));
  for (size_t ci = 0; ci < std::min(g.components.size(), w.components.size()); ++ci) {
    const Component& gc = g.components[ci];
    const Component& wc = w.components[ci];
    const std::string cw = absl::StrCat("component ", wc.id);
    field(cw, "id", gc.id, wc.id);
    field(cw, "code", gc.code, wc.code);
    field(cw, "name", gc.name, wc.name);
    num(cw, "weight", gc.weight, wc.weight);
    field(cw, "lke_area", gc.lke_area, wc.lke_area);
    notes(cw, gc.notes, wc.notes);
    if (gc.aspects.size() != wc.aspects.size())
      diffs->push_back(
          absl::StrCat(cw, " aspects: ", gc.aspects.size(), " vs ", wc.aspects.size()));
    for (size_t ai = 0; ai < std::min(gc.aspects.size(), wc.aspects.size()); ++ai) {
      const Aspect& ga = gc.aspects[ai];
      const Aspect& wa = wc.aspects[ai];
      const std::string aw = absl::StrCat("aspect ", wa.id);
      field(aw, "id", ga.id, wa.id);
      field(aw, "code", ga.code, wa.code);
      field(aw, "name", ga.name, wa.name);
      num(aw, "weight", ga.weight, wa.weight);
      field(aw, "lke_subarea", ga.lke_subarea, wa.lke_subarea);
      notes(aw, ga.notes, wa.notes);
      if (ga.activities.size() != wa.activities.size())
        diffs->push_back(
            absl::StrCat(aw, " activities: ", ga.activities.size(), " vs ", wa.activities.size()));
      for (size_t ki = 0; ki < std::min(ga.activities.size(), wa.activities.size()); ++ki) {
        const Activity& gk = ga.activities[ki];
        const Activity& wk = wa.activities[ki];
        const std::string kw = absl::StrCat("activity ", wk.id);
        field(kw, "id", gk.id, wk.id);
        field(kw, "code", gk.code, wk.code);
        field(kw, "text", gk.text, wk.text);
        notes(kw, gk.notes, wk.notes);
        if (gk.indicators.size() != wk.indicators.size())
          diffs->push_back(absl::StrCat(kw, " indicators: ", gk.indicators.size(), " vs ",
                                        wk.indicators.size()));
        for (size_t ii = 0; ii < std::min(gk.indicators.size(), wk.indicators.size()); ++ii) {
          const Indicator& gi = gk.indicators[ii];
          const Indicator& wi = wk.indicators[ii];
          const std::string iw = absl::StrCat("indicator ", wi.id);
          field(iw, "id", gi.id, wi.id);
          field(iw, "code", gi.code, wi.code);
          field(iw, "text", gi.text, wi.text);
          field(iw, "evidence", gi.evidence, wi.evidence);
          field(iw, "schedule", gi.schedule, wi.schedule);
          field(iw, "target", gi.target, wi.target);
          field(iw, "rrule", gi.rrule.value_or(""), wi.rrule.value_or(""));
          num(iw, "weight", gi.weight, wi.weight);
          field(iw, "lke_questions", Join(gi.lke_questions), Join(wi.lke_questions));
          field(iw, "due_policy", gi.due_policy ? "set" : "", wi.due_policy ? "set" : "");
          const SourceCells& gs = *gi.source;
          const SourceCells& ws = *wi.source;
          auto src = [&](const char* name, const std::optional<std::string>& a,
                         const std::optional<std::string>& b) {
            field(iw, absl::StrCat("source.", name), a.value_or("(none)"), b.value_or("(none)"));
          };
          src("no", gs.no, ws.no);
          src("komponen", gs.komponen, ws.komponen);
          src("aspek", gs.aspek, ws.aspek);
          src("kegiatan", gs.kegiatan, ws.kegiatan);
          src("indikator", gs.indikator, ws.indikator);
          src("bukti_fisik", gs.bukti_fisik, ws.bukti_fisik);
          src("target_waktu", gs.target_waktu, ws.target_waktu);
          src("target_capaian", gs.target_capaian, ws.target_capaian);
          notes(iw, gi.notes, wi.notes);
        }
      }
    }
  }
}

std::string SeedPath() { return TestData("decrees/kpu-sulteng-2026.txt"); }

void PrintAll(const char* title, const std::vector<std::string>& lines) {
  if (lines.empty()) return;
  std::printf("%s (%zu):\n", title, lines.size());
  for (const std::string& l : lines) std::printf("  %s\n", l.c_str());
}

// THE acceptance test: the seed decree's text gives the embedded default plan.
TEST(DecreeImportTest, SeedTextGivesTheEmbeddedPlan) {
  absl::StatusOr<DecreeImport> got = ImportDecreeFile(SeedPath());
  ASSERT_TRUE(got.ok()) << got.status();
  absl::StatusOr<Plan> want = DefaultPlan();
  ASSERT_TRUE(want.ok()) << want.status();
  std::vector<std::string> diffs, note_diffs;
  ComparePlans(got->plan, *want, &diffs, &note_diffs);
  PrintAll("differences", diffs);
  PrintAll("note differences (field:kind)", note_diffs);
  EXPECT_EQ(diffs, std::vector<std::string>{});
  // Notes are compared by field and kind only; these differ from the embedded plan's
  // hand-written ones (docs/decree-import.md, "Compared with the embedded plan").
  const std::vector<std::string> kNoteDiffs = {
      "indicator 1.3.1.2 notes: [] vs [text:resolved]",
      "aspect 3.4 notes: [id:resolved,name:resolved] vs [name:resolved]",
      "aspect 3.5 notes: [id:resolved,name:resolved] vs [id:resolved]",
      "indicator 4.2.3.3 notes: [] vs [evidence:resolved]",
      "activity 5.2.2 notes: [text:resolved] vs []",
      "aspect 6.3 notes: [id:resolved,name:resolved] vs [name:resolved]",
  };
  EXPECT_EQ(note_diffs, kNoteDiffs);
  EXPECT_EQ(got->report.format, DecreeFormat::kText);
  EXPECT_EQ(got->report.rows_read, 79u) << "data rows of the annex";
  // The signature block after the annex is reported, not silently dropped.
  ASSERT_FALSE(got->report.unplaced.empty());
  for (const Diagnostic& d : got->report.unplaced) {
    EXPECT_EQ(d.code, "decree_text_outside_table") << d.where << " " << d.message;
    EXPECT_EQ(d.severity, Severity::kInfo);
  }
  // The lint reports the decree's own defects, as for the embedded plan.
  std::vector<std::string> lint;
  for (const Diagnostic& d : got->report.lint) lint.push_back(d.where + " " + d.code);
  EXPECT_EQ(lint, (std::vector<std::string>{"1.2.1.1 text_year_mismatch", "2.2.1.1 target_missing",
                                            "4.2.3.4 indicator_cells_missing",
                                            "6.2.1.1 target_per_occurrence_assumed",
                                            "6.3.1.1 target_missing"}));
  // Every note of the plan is in the report.
  size_t notes = got->plan.data().notes.size();
  for (const IndicatorRef& r : got->plan.indicators()) notes += r.indicator->notes.size();
  for (const Component& c : got->plan.components()) {
    notes += c.notes.size();
    for (const Aspect& a : c.aspects) {
      notes += a.notes.size();
      for (const Activity& k : a.activities) notes += k.notes.size();
    }
  }
  EXPECT_EQ(got->report.notes.size(), notes);
  // Note texts are Indonesian, as every text a user reads (docs/decree-import.md).
  ASSERT_EQ(got->plan.data().notes.size(), 1u);
  EXPECT_EQ(got->plan.data().notes[0].text,
            "Diimpor dari lampiran keputusan dan dicocokkan dengan sub-area pemenuhan LKE "
            "(docs/decree-import.md): 6 komponen, 23 aspek, 64 indikator. PP-iii dan PP-v tidak "
            "memiliki aspek dalam keputusan.");
  for (const IndicatorRef& r : got->plan.indicators()) {
    if (r.indicator->id != "4.2.3.4") continue;
    std::vector<std::string> texts;
    for (const Note& n : r.indicator->notes) texts.push_back(n.field + ": " + n.text);
    EXPECT_EQ(texts, (std::vector<std::string>{
                         "evidence: Sel bukti fisik kosong dalam keputusan; tidak disimpulkan.",
                         "schedule: Sel target waktu kosong dalam keputusan; tidak disimpulkan.",
                         "target: Sel target capaian kosong dalam keputusan; tidak disimpulkan."}));
  }
}

// The imported plan survives its own JSON format unchanged.
TEST(DecreeImportTest, SeedPlanRoundTripsThroughJson) {
  absl::StatusOr<DecreeImport> got = ImportDecreeFile(SeedPath());
  ASSERT_TRUE(got.ok()) << got.status();
  absl::StatusOr<Plan> back = ReadPlanJson(WritePlanJson(got->plan));
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(*back, got->plan);
}

// The embedded plan with every text changed the way the Donggala 2027 variant was made.
Plan DonggalaExpected() {
  PlanData d = DefaultPlan()->data();
  auto fix = [](std::string& s) {
    auto rep = [&s](const std::string& a, const std::string& b) {
      for (size_t p = 0; (p = s.find(a, p)) != std::string::npos; p += b.size())
        s.replace(p, a.size(), b);
    };
    rep("Provinsi Sulawesi Tengah", "Kabupaten Donggala");
    rep("2026", "2027");
    rep("2025", "2026");
  };
  d.satker = *FindSatkerByCode("KPU-7205");
  d.year = 2027;
  d.calendar = "ID-2027";
  d.decree.number = "14 Tahun 2027";
  d.decree.date = Date::FromYmd(2027, 1, 20);
  d.decree.place = "Donggala";
  d.decree.signed_by = "Moh. Arifin, Ketua KPU Kabupaten Donggala";
  fix(d.decree.title);
  for (Component& c : d.components)
    for (Aspect& a : c.aspects) {
      fix(a.name);
      for (Activity& k : a.activities) {
        fix(k.text);
        for (Indicator& i : k.indicators) {
          fix(i.text);
          fix(i.evidence);
          fix(i.schedule);
          fix(i.target);
          if (!i.source.empty()) {
            SourceCells src = *i.source;
            for (std::optional<std::string>* f : {&src.kegiatan, &src.indikator, &src.bukti_fisik,
                                                  &src.target_waktu, &src.target_capaian})
              if (*f) fix(**f);
            i.source = src;
          }
        }
      }
    }
  return Plan(std::move(d));
}

// Another satker (a KPU Kabupaten in Sulawesi Tengah) and another year (2027).
TEST(DecreeImportTest, AnotherSatkerAndYear) {
  absl::StatusOr<DecreeImport> got = ImportDecreeFile(TestData("decrees/kpu-donggala-2027.txt"));
  ASSERT_TRUE(got.ok()) << got.status();
  std::vector<std::string> diffs, note_diffs;
  ComparePlans(got->plan, DonggalaExpected(), &diffs, &note_diffs);
  PrintAll("differences", diffs);
  EXPECT_EQ(diffs, std::vector<std::string>{});
  EXPECT_EQ(got->plan.calendar_name(), "ID-2027");
}

// --satker and --year override what the decree says.
TEST(DecreeImportTest, SatkerAndYearOptionsOverride) {
  DecreeImportOptions o;
  o.satker_code = "kpu-7271";
  o.year = 2027;
  absl::StatusOr<DecreeImport> got = ImportDecreeFile(SeedPath(), o);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->plan.satker().code, "KPU-7271");
  EXPECT_EQ(got->plan.year(), 2027);
  EXPECT_EQ(got->plan.calendar_name(), "ID-2027");
  o.satker_code = "KPU-9999";
  absl::StatusOr<DecreeImport> bad = ImportDecreeFile(SeedPath(), o);
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.status().message().find("KPU-9999"), std::string::npos) << bad.status();
}

// A small hand-made decree: a row broken across a page break, a fused <p> row, a lost
// target, roman aspect numbers, "s.d." without a space, "100%" and a bare "Dokumen".
TEST(DecreeImportTest, HandMadeDecreeWithPageBreaksFusedRowAndLostTarget) {
  absl::StatusOr<DecreeImport> got = ImportDecreeFile(TestData("decrees/kpu-palu-2026-small.txt"));
  ASSERT_TRUE(got.ok()) << got.status();
  const Plan& p = got->plan;
  EXPECT_EQ(p.satker().code, "KPU-7271");
  EXPECT_EQ(p.year(), 2026);
  EXPECT_EQ(p.data().decree.number, "3 Tahun 2026");
  ASSERT_TRUE(p.data().decree.date.has_value());
  EXPECT_EQ(FormatIsoDate(*p.data().decree.date), "2026-02-05");
  EXPECT_EQ(p.data().decree.place, "Palu");
  EXPECT_EQ(p.data().decree.signed_by, "Agusalim, Ketua KPU Kota Palu");
  EXPECT_EQ(p.data().decree.title,
            "Rencana Aksi Pembangunan Zona Integritas di Lingkungan Komisi Pemilihan Umum Kota "
            "Palu Tahun 2026");
  ASSERT_EQ(p.components().size(), 2u);
  const Component& mp = p.components()[0];
  EXPECT_EQ(mp.lke_area, "MP");
  EXPECT_EQ(mp.weight, 8);
  ASSERT_EQ(mp.aspects.size(), 2u);
  EXPECT_EQ(mp.aspects[0].name, "Pembentukan Tim Kerja");
  EXPECT_EQ(mp.aspects[0].lke_subarea, "P.MP.i");
  EXPECT_EQ(mp.aspects[0].weight, 0.5);
  // The continuation row after the page break joins the indicator above it.
  EXPECT_EQ(mp.aspects[0].activities[0].indicators[0].text,
            "Tim kerja ditetapkan dengan keputusan ketua");
  const Aspect& rencana = mp.aspects[1];
  EXPECT_EQ(rencana.lke_subarea, "P.MP.ii");
  ASSERT_EQ(rencana.activities.size(), 3u);
  // The fused row: its first <p> group ends the kegiatan above, the second starts a row.
  EXPECT_EQ(rencana.activities[0].text, "Menyusun rencana aksi dan sosialisasi");
  EXPECT_EQ(rencana.activities[0].indicators[0].schedule, "Januari s.d.Februari 2026");
  EXPECT_EQ(rencana.activities[1].text, "Melaksanakan monitoring");
  EXPECT_EQ(rencana.activities[1].id, "1.2.2");
  EXPECT_EQ(rencana.activities[1].indicators[0].text, "Laporan monitoring disusun");
  EXPECT_EQ(rencana.activities[1].indicators[0].target, "4 (empat) Laporan");
  // The lost target: kept empty with a defect note, reported by the lint.
  const Indicator& lost = rencana.activities[2].indicators[0];
  EXPECT_EQ(lost.id, "1.2.3.1");
  EXPECT_EQ(lost.target, "");
  ASSERT_EQ(lost.notes.size(), 1u);
  EXPECT_EQ(lost.notes[0].field, "target");
  EXPECT_EQ(lost.notes[0].kind, NoteKind::kDefect);
  const Component& tl = p.components()[1];
  EXPECT_EQ(tl.lke_area, "TL");
  ASSERT_EQ(tl.aspects.size(), 1u);
  EXPECT_EQ(tl.aspects[0].lke_subarea, "P.TL.i");
  EXPECT_EQ(tl.aspects[0].activities[0].indicators[0].target, "100%");
  EXPECT_EQ(tl.aspects[0].activities[1].indicators[0].target, "Dokumen");
  std::vector<std::string> lint;
  for (const Diagnostic& d : got->report.lint) lint.push_back(d.where + " " + d.code);
  EXPECT_NE(std::find(lint.begin(), lint.end(), "1.2.3.1 target_missing"), lint.end());
  EXPECT_NE(std::find(lint.begin(), lint.end(), "2.1.1.1 target_percentage"), lint.end());
  EXPECT_NE(std::find(lint.begin(), lint.end(), "2.1.2.1 target_count_missing"), lint.end());
}

// The embedded plan written as the decree table (XLSX and CSV, zi/io/plan_table.hpp) and
// imported again gives the same plan.
void ExpectTableRoundTrip(PlanTableFormat format) {
  const Plan want = *DefaultPlan();
  absl::StatusOr<std::string> bytes = WritePlanTableBytes(PlanTableSheet(want), format);
  ASSERT_TRUE(bytes.ok()) << bytes.status();
  absl::StatusOr<DecreeImport> got =
      ImportDecree(*bytes, format == PlanTableFormat::kXlsx ? "plan.xlsx" : "plan.csv");
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->report.format,
            format == PlanTableFormat::kXlsx ? DecreeFormat::kXlsx : DecreeFormat::kCsv);
  std::vector<std::string> diffs, note_diffs;
  ComparePlans(got->plan, want, &diffs, &note_diffs);
  PrintAll("differences", diffs);
  // A table has no place for the decree's original cells of the two shifted rows.
  const std::vector<std::string> kNoSource = {
      "indicator 2.2.1.1 source.kegiatan: \"(none)\" vs \"2. Sistem Pemerintahan Berbasis "
      "Elektronik (SPBE)\"",
      "indicator 2.2.1.1 source.indikator: \"(none)\" vs \"1. Penggunaan Teknologi Informasi dalam "
      "sistem pengukuran kinerja satuan kerja\"",
      "indicator 2.2.1.1 source.bukti_fisik: \"(none)\" vs \"Satuan kerja memiliki sistem "
      "pengukuran kinerja (e-performance/e-sakip) yang menggunakan teknologi informasi dan juga "
      "melakukan inovasi\"",
      "indicator 2.2.1.1 source.target_waktu: \"(none)\" vs \"Laporan/Dokumentasi penggunaan "
      "e-performance/e-sakip\"",
      "indicator 2.2.1.1 source.target_capaian: \"(none)\" vs \"Desember 2026\"",
      "indicator 6.3.1.1 source.kegiatan: \"(none)\" vs \"5. Penilaian Kepuasan terhadap "
      "Pelayanan\"",
      "indicator 6.3.1.1 source.indikator: \"(none)\" vs \"1. Melaksanakan survei kepuasan "
      "pelayanan\"",
      "indicator 6.3.1.1 source.bukti_fisik: \"(none)\" vs \"Tersedianya survei kepuasan pelayanan "
      "yang dapat diisi oleh stakeholder dan/atau masyarakat\"",
      "indicator 6.3.1.1 source.target_waktu: \"(none)\" vs \"Laporan\"",
      "indicator 6.3.1.1 source.target_capaian: \"(none)\" vs \"Per Semester\"",
  };
  EXPECT_EQ(diffs, kNoSource);
}
TEST(DecreeImportTest, XlsxExportOfTheEmbeddedPlanImportsBack) {
  ExpectTableRoundTrip(PlanTableFormat::kXlsx);
}
TEST(DecreeImportTest, CsvExportOfTheEmbeddedPlanImportsBack) {
  ExpectTableRoundTrip(PlanTableFormat::kCsv);
}

// An in-memory table: header found by its names in any case and spacing, blank cells =
// same as above, repeated header rows skipped, multi-line cells joined.
TEST(DecreeImportTest, InMemoryTableWithFillDownAndRepeatedHeader) {
  Table t;
  t.source = "t.csv";
  auto row = [&t](std::vector<std::string> cells) {
    TableRow r;
    r.line = static_cast<int>(t.rows.size()) + 1;
    r.last_line = r.line;
    for (std::string& c : cells) {
      TableCell cell;
      cell.kind = c.empty() ? CellKind::kEmpty : CellKind::kText;
      cell.text = std::move(c);
      r.cells.push_back(std::move(cell));
    }
    t.rows.push_back(std::move(r));
  };
  row({"Rencana Aksi"});
  row({"no", "Komponen  Pengungkit", "aspek pemenuhan", "Kegiatan / Aksi", "INDIKATOR",
       "bukti fisik", "Target Waktu Pelaksanaan", "target capaian"});
  row({"1.", "Manajemen Perubahan", "1. Penyusunan Tim Kerja", "1. Membentuk tim", "Tim\nterbentuk",
       "SK", "Januari 2026", "1 (satu) Laporan"});
  row({"", "", "", "", "Tim bekerja", "Laporan", "Per Triwulan", "4 (empat) Laporan"});
  row({"NO", "KOMPONEN PENGUNGKIT", "ASPEK PEMENUHAN", "KEGIATAN/AKSI", "INDIKATOR", "BUKTI FISIK",
       "TARGET WAKTU PELAKSANAAN", "TARGET CAPAIAN"});
  row({"", "", "", "2. Evaluasi tim", "Tim dievaluasi", "Laporan", "Per Semester",
       "2 (dua) Laporan", "catatan"});
  DecreeImportOptions o;
  o.satker_code = "KPU-7205";
  o.year = 2026;
  absl::StatusOr<DecreeImport> got = ImportDecreeTable(t, o);
  ASSERT_TRUE(got.ok()) << got.status();
  const Aspect& a = got->plan.components()[0].aspects[0];
  EXPECT_EQ(a.lke_subarea, "P.MP.i");
  ASSERT_EQ(a.activities.size(), 2u);
  ASSERT_EQ(a.activities[0].indicators.size(), 2u);
  // A multi-line cell is one text; its line break reads as a space.
  EXPECT_EQ(a.activities[0].indicators[0].text, "Tim terbentuk");
  EXPECT_EQ(a.activities[0].indicators[1].schedule, "Per Triwulan");
  EXPECT_EQ(a.activities[1].text, "Evaluasi tim");
  // The cell beyond the eight columns is reported with its address.
  ASSERT_EQ(got->report.unplaced.size(), 1u);
  EXPECT_EQ(got->report.unplaced[0].code, "decree_extra_cell");
  EXPECT_EQ(got->report.unplaced[0].where, "t.csv:6");
}

absl::Status ImportError(std::string_view bytes, DecreeImportOptions o = {}) {
  absl::StatusOr<DecreeImport> got = ImportDecree(bytes, "bad.csv", o);
  return got.ok() ? absl::OkStatus() : got.status();
}

TEST(DecreeImportTest, BadTablesGiveClearErrors) {
  absl::Status s = ImportError("a,b,c\n1,2,3\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("baris judul kolom"), std::string::npos) << s;
  s = ImportError("");
  EXPECT_FALSE(s.ok()) << "masukan kosong";
  s = ImportError(std::string("NO\tINDIKATOR\x00\x01\x02", 14));
  EXPECT_FALSE(s.ok()) << "binary";
  s = ImportError("KOMPONEN,ASPEK,KEGIATAN,INDIKATOR,BUKTI FISIK\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("TARGET WAKTU PELAKSANAAN"), std::string::npos) << s;
  s = ImportError(
      "NO,KOMPONEN,ASPEK,KEGIATAN,INDIKATOR,BUKTI FISIK,TARGET WAKTU,TARGET CAPAIAN\n"
      "1.,Manajemen \xff\xfe Perubahan,a,b,c,d,Januari 2026,1 Laporan\n");
  EXPECT_FALSE(s.ok()) << "invalid UTF-8";
  // A header but no satker: the error says how to give one.
  s = ImportError(
      "NO,KOMPONEN,ASPEK,KEGIATAN,INDIKATOR,BUKTI FISIK,TARGET WAKTU,TARGET CAPAIAN\n"
      "1.,Manajemen Perubahan,a,b,c,d,Januari 2026,1 Laporan\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("--satker"), std::string::npos) << s;
  // A year outside the plan format's range.
  DecreeImportOptions y;
  y.satker_code = "KPU-72";
  y.year = 3747;
  s = ImportError(
      "NO,KOMPONEN,ASPEK,KEGIATAN,INDIKATOR,BUKTI FISIK,TARGET WAKTU,TARGET CAPAIAN\n"
      "1.,Manajemen Perubahan,a,b,c,d,Januari 2026,1 Laporan\n",
      y);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("2000..2100"), std::string::npos) << s;
  // A name that matches several satker lists them.
  s = ImportError(
      "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN\nNOMOR 1 TAHUN 2026\n"
      "NO\tKOMPONEN\tASPEK\tKEGIATAN\tINDIKATOR\tBUKTI FISIK\tTARGET WAKTU\tTARGET CAPAIAN\n"
      "1.\tManajemen Perubahan\ta\tb\tc\td\tJanuari 2026\t1 Laporan\n");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.message().find("KPU-"), std::string::npos) << s;
}

TEST(DecreeImportTest, LargeTablesAndCellsStayBounded) {
  DecreeImportOptions o;
  o.satker_code = "KPU-72";
  o.year = 2026;
  std::string csv =
      "NO,KOMPONEN,ASPEK,KEGIATAN,INDIKATOR,BUKTI FISIK,TARGET WAKTU,TARGET CAPAIAN\n";
  csv += "1.,Manajemen Perubahan,1. Penyusunan Tim Kerja,1. Kegiatan,";
  csv += std::string(1u << 20, 'x');
  csv += ",Laporan,Januari 2026,1 (satu) Laporan\n";
  for (int i = 0; i < 100000; ++i) {
    csv += absl::StrCat(",,,,Indikator ", i, ",Laporan,Per Triwulan,4 (empat) Laporan\n");
  }
  absl::StatusOr<DecreeImport> got = ImportDecree(csv, "big.csv", o);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->plan.indicators().size(), 100001u);
  EXPECT_EQ(got->plan.indicators()[0].indicator->text.size(), 1u << 20);
}

// The seed in the reference folder is the same text as the copy under tests/data.
TEST(DecreeImportTest, SeedCopyMatchesTheReference) {
  const std::string ref = ::zi::testing::ReferenceDir() + "/seeds/000_3b75690f38770ba5.txt";
  if (!std::filesystem::exists(ref)) GTEST_SKIP() << "no reference seed at " << ref;
  EXPECT_EQ(ReadFile(ref), ReadFile(SeedPath()));
}

}  // namespace
}  // namespace zi
