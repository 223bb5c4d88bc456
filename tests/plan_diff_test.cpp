#include "zi/plan/plan_diff.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "plan_io_test_util.hpp"
#include "zi/defaults.hpp"
#include "zi/io/plan_diff_json.hpp"

namespace zi {
namespace {

using testing::SmallPlanData;

// One line per change: "kind level id_a/id_b parent_a/parent_b field: before -> after".
std::vector<std::string> Lines(const PlanDiff& d) {
  std::vector<std::string> out;
  for (const PlanChange& c : d.changes) {
    std::string s = std::string(ToString(c.kind)) + " " + std::string(ToString(c.level)) + " " +
                    c.id_a + "/" + c.id_b;
    if (c.kind == PlanChangeKind::kMoved) s += " " + c.parent_a + "/" + c.parent_b;
    if (c.kind == PlanChangeKind::kChanged) s += " " + c.field + ": " + c.before + " -> " + c.after;
    out.push_back(s);
  }
  return out;
}

using Lines_ = std::vector<std::string>;

PlanDiff Diff(const PlanData& a, const PlanData& b, const PlanDiffOptions& o = {}) {
  return DiffPlans(Plan(a), Plan(b), o);
}

TEST(PlanDiffTest, IdenticalPlansGiveAnEmptyDiff) {
  const absl::StatusOr<Plan> plan = DefaultPlan();
  ASSERT_TRUE(plan.ok());
  for (NoteComparison n :
       {NoteComparison::kIgnore, NoteComparison::kKinds, NoteComparison::kFull}) {
    PlanDiffOptions o;
    o.notes = n;
    o.source_cells = true;
    const PlanDiff d = DiffPlans(*plan, *plan, o);
    EXPECT_TRUE(d.empty()) << ::testing::PrintToString(Lines(d));
  }
  const PlanDiff d = DiffPlans(*plan, *plan);
  EXPECT_EQ(FormatPlanDiff(d, "a.json", "b.json"),
            "Perbandingan rencana aksi: A = a.json, B = b.json\nTidak ada perbedaan.\n");
}

TEST(PlanDiffTest, MovedIndicator) {
  // 1.1.1.2 "Laporan tim" moves to kegiatan 1.1.2 (after "Notulen rapat"): it becomes
  // 1.1.2.2. Nothing else changes: 1.1.1.1 and 1.1.2.1 keep their ids.
  PlanData b = SmallPlanData();
  Activity& k1 = b.components[0].aspects[0].activities[0];
  b.components[0].aspects[0].activities[1].indicators.push_back(k1.indicators[1]);
  k1.indicators.pop_back();
  const PlanDiff d = Diff(SmallPlanData(), b);
  EXPECT_EQ(Lines(d), Lines_{"moved indicator 1.1.1.2/1.1.2.2 1.1.1/1.1.2"});
  EXPECT_EQ(d.changes[0].text, "Laporan tim");
  EXPECT_EQ(FormatPlanDiff(d, "A", "B"),
            "Perbandingan rencana aksi: A = A, B = B\n"
            "1 perbedaan: 0 dihapus, 0 ditambah, 1 dipindah, 0 diubah\n"
            "\n"
            "Dipindah:\n"
            "  indikator 1.1.1.2 -> 1.1.2.2 (kegiatan 1.1.1 -> 1.1.2): \"Laporan tim\"\n");
}

TEST(PlanDiffTest, ChangedScheduleWithJson) {
  PlanData b = SmallPlanData();
  b.components[0].aspects[0].activities[1].indicators[0].schedule = "Setiap Bulan";
  const PlanDiff d = Diff(SmallPlanData(), b);
  EXPECT_EQ(Lines(d),
            Lines_{"changed indicator 1.1.2.1/1.1.2.1 schedule: Per Triwulan -> Setiap Bulan"});
  EXPECT_EQ(FormatPlanDiff(d, "2026.json", "2027.json"),
            "Perbandingan rencana aksi: A = 2026.json, B = 2027.json\n"
            "1 perbedaan: 0 dihapus, 0 ditambah, 0 dipindah, 1 diubah\n"
            "\n"
            "Diubah:\n"
            "  indikator 1.1.2.1, target waktu: \"Per Triwulan\" -> \"Setiap Bulan\"\n");
  EXPECT_EQ(WritePlanDiffJson(d, "2026.json", "2027.json"),
            R"({
  "format": "zi.plan-diff/1",
  "a": "2026.json",
  "b": "2027.json",
  "equal": false,
  "options": {
    "notes": "kinds",
    "source_cells": false
  },
  "counts": {
    "total": 1,
    "removed": 0,
    "added": 0,
    "moved": 0,
    "changed": 1
  },
  "changes": [
    {
      "kind": "changed",
      "level": "indicator",
      "id_a": "1.1.2.1",
      "id_b": "1.1.2.1",
      "parent_a": null,
      "parent_b": null,
      "text": "Notulen rapat",
      "field": "schedule",
      "before": "Per Triwulan",
      "after": "Setiap Bulan"
    }
  ]
}
)");
}

TEST(PlanDiffTest, WeightAndMappings) {
  PlanData b = SmallPlanData();
  b.components[1].weight = 2.5;
  b.components[1].lke_area = "PW";
  b.components[0].aspects[1].lke_subarea = "P.MP.ii";
  b.components[0].aspects[0].activities[0].indicators[0].lke_questions = {"P.MP.i.a", "P.MP.i.b"};
  const PlanDiff d = Diff(SmallPlanData(), b);
  EXPECT_EQ(Lines(d), (Lines_{
                          "changed indicator 1.1.1.1/1.1.1.1 lke_questions:  -> P.MP.i.a, P.MP.i.b",
                          "changed aspect 1.2/1.2 lke_subarea:  -> P.MP.ii",
                          "changed component 2/2 weight: 7 -> 2.5",
                          "changed component 2/2 lke_area: TL -> PW",
                      }))
      << "in B's document order";
  const std::string text = FormatPlanDiff(d, "A", "B");
  EXPECT_NE(text.find("  komponen 2, bobot: 7 -> 2,5\n"), std::string::npos) << text;
  EXPECT_NE(text.find("  aspek 1.2, subarea LKE: (kosong) -> \"P.MP.ii\"\n"), std::string::npos)
      << text;
}

TEST(PlanDiffTest, InsertedIndicatorShiftsTheIdsAfterIt) {
  PlanData b = SmallPlanData();
  auto& inds = b.components[0].aspects[0].activities[0].indicators;
  inds.insert(inds.begin(), testing::MakeIndicator("Pakta integritas", "Pakta", "Januari 2026",
                                                   "1 (satu) Dokumen"));
  const PlanDiff d = Diff(SmallPlanData(), b);
  EXPECT_EQ(Lines(d), (Lines_{
                          "added indicator /1.1.1.1",
                          "moved indicator 1.1.1.1/1.1.1.2 1.1.1/1.1.1",
                          "moved indicator 1.1.1.2/1.1.1.3 1.1.1/1.1.1",
                      }));
  EXPECT_EQ(d.changes[0].parent_b, "1.1.1");
  EXPECT_EQ(d.changes[0].text, "Pakta integritas");
}

TEST(PlanDiffTest, RemovedKomponenListsItsNodes) {
  PlanData b = SmallPlanData();
  b.components.pop_back();
  const PlanDiff d = Diff(SmallPlanData(), b);
  EXPECT_EQ(Lines(d), (Lines_{"removed component 2/", "removed aspect 2.1/",
                              "removed activity 2.1.1/", "removed indicator 2.1.1.1/"}));
  EXPECT_EQ(d.Count(PlanChangeKind::kRemoved), 4u);
  const std::string text = FormatPlanDiff(d, "A", "B");
  EXPECT_NE(text.find("Dihapus (hanya di A):\n  komponen 2: \"Penataan Tata Laksana\"\n"
                      "  aspek 2.1: \"SOP\" (di komponen 2)\n"),
            std::string::npos)
      << text;
}

TEST(PlanDiffTest, SwappedKomponenAreMovedWithoutTheirDescendants) {
  PlanData b = SmallPlanData();
  std::swap(b.components[0], b.components[1]);
  const PlanDiff d = Diff(SmallPlanData(), b);
  EXPECT_EQ(Lines(d), (Lines_{"moved component 2/1 /", "moved component 1/2 /"}));
}

TEST(PlanDiffTest, ChangedTextUnderTheSameId) {
  PlanData b = SmallPlanData();
  b.components[0].aspects[0].activities[0].indicators[0].text = "SK tim kerja";
  // Spacing alone still matches the node (by its normalised text) but is a change of value.
  b.components[0].aspects[0].activities[0].text = "Menetapkan  tim";
  const PlanDiff d = Diff(SmallPlanData(), b);
  EXPECT_EQ(Lines(d),
            (Lines_{"changed activity 1.1.1/1.1.1 text: Menetapkan tim -> Menetapkan  tim",
                    "changed indicator 1.1.1.1/1.1.1.1 text: SK tim -> SK tim kerja"}));
}

TEST(PlanDiffTest, Metadata) {
  PlanData b = SmallPlanData();
  b.satker = Satker{"KPU-7205", "KPU Kabupaten Donggala", SatkerLevel::kKabkota, "KPU-72",
                    TimeZone::kWITA};
  b.year = 2027;
  b.decree.number = "3 Tahun 2027";
  b.decree.date.reset();
  b.calendar = "ID-2026";  // explicit; A's empty calendar means ID-2026 too
  const PlanDiff d = Diff(SmallPlanData(), b);
  EXPECT_EQ(Lines(d), (Lines_{
                          "changed plan / satker.code: KPU-72 -> KPU-7205",
                          "changed plan / satker.name: KPU Provinsi Sulawesi Tengah -> KPU "
                          "Kabupaten Donggala",
                          "changed plan / satker.level: provinsi -> kabkota",
                          "changed plan / satker.parent: KPU-RI -> KPU-72",
                          "changed plan / year: 2026 -> 2027",
                          "changed plan / decree.number: 6 Tahun 2026 -> 3 Tahun 2027",
                          "changed plan / decree.date: 2026-01-20 -> ",
                      }));
  const std::string text = FormatPlanDiff(d, "A", "B");
  EXPECT_NE(text.find("  rencana, tanggal keputusan: \"2026-01-20\" -> (kosong)\n"),
            std::string::npos)
      << text;
}

TEST(PlanDiffTest, NotesByOption) {
  PlanData a = SmallPlanData();
  a.components[0].aspects[0].activities[0].indicators[0].notes = {
      Note{"schedule", NoteKind::kInferred, "Chosen from the LKE."}};
  PlanData reworded = a;
  reworded.components[0].aspects[0].activities[0].indicators[0].notes[0].text = "Other words.";
  PlanData other_kind = a;
  other_kind.components[0].aspects[0].activities[0].indicators[0].notes[0].kind =
      NoteKind::kResolved;
  PlanDiffOptions ignore, kinds, full;
  ignore.notes = NoteComparison::kIgnore;
  full.notes = NoteComparison::kFull;
  // The default compares which notes there are, not their wording.
  EXPECT_TRUE(Diff(a, reworded).empty());
  EXPECT_EQ(Lines(Diff(a, reworded, full)),
            Lines_{"changed indicator 1.1.1.1/1.1.1.1 notes: schedule (inferred): Chosen from the "
                   "LKE. -> schedule (inferred): Other words."});
  EXPECT_EQ(Lines(Diff(a, other_kind, kinds)),
            Lines_{"changed indicator 1.1.1.1/1.1.1.1 notes: schedule (inferred) -> schedule "
                   "(resolved)"});
  EXPECT_TRUE(Diff(a, other_kind, ignore).empty());
  EXPECT_EQ(Lines(Diff(SmallPlanData(), a)),
            Lines_{"changed indicator 1.1.1.1/1.1.1.1 notes:  -> schedule (inferred)"});
  EXPECT_EQ(ParseNoteComparison("FULL"), NoteComparison::kFull);
  EXPECT_EQ(ParseNoteComparison("words"), std::nullopt);
}

TEST(PlanDiffTest, SourceCellsOnlyWhenAsked) {
  PlanData b = SmallPlanData();
  SourceCells cells;
  cells.target_capaian = "4 (empat)";
  b.components[0].aspects[0].activities[0].indicators[1].source = cells;
  EXPECT_TRUE(Diff(SmallPlanData(), b).empty());
  PlanDiffOptions o;
  o.source_cells = true;
  EXPECT_EQ(Lines(Diff(SmallPlanData(), b, o)),
            Lines_{"changed indicator 1.1.1.2/1.1.1.2 source:  -> target_capaian=4 (empat)"});
}

TEST(PlanDiffTest, IndicatorFieldsEach) {
  PlanData b = SmallPlanData();
  Indicator& i = b.components[1].aspects[0].activities[0].indicators[0];
  i.evidence = "SK SOP, daftar SOP";
  i.target = "2 (dua) Keputusan";
  i.rrule = "FREQ=MONTHLY";
  i.weight = 0.5;
  i.due_policy = DuePolicy{DueOffset::kWorkingDays, 5, 0, Convention::kFollowing};
  i.code = "SOP-1";
  const PlanDiff d = Diff(SmallPlanData(), b);
  EXPECT_EQ(Lines(d),
            (Lines_{
                "changed indicator 2.1.1.1/2.1.1.1 evidence: SK SOP -> SK SOP, daftar SOP",
                "changed indicator 2.1.1.1/2.1.1.1 target: 1 (satu) Keputusan -> 2 "
                "(dua) Keputusan",
                "changed indicator 2.1.1.1/2.1.1.1 rrule:  -> FREQ=MONTHLY",
                "changed indicator 2.1.1.1/2.1.1.1 weight: 1 -> 0.5",
                "changed indicator 2.1.1.1/2.1.1.1 due_policy:  -> working_days 5, "
                "following",
                "changed indicator 2.1.1.1/2.1.1.1 code:  -> SOP-1",
            }));
}

}  // namespace
}  // namespace zi
