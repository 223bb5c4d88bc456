// The penanggung jawab (person or unit responsible) of a kegiatan or an indikator (issue #16
// item 5): the model's inheritance rule, plan JSON, decree import (the PJ column), the plan
// table, the plan diff, and where people act: agenda, reminders, evidence template, ICS and
// the HTML report.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "internal/json_io.hpp"
#include "internal/strings.hpp"
#include "plan_io_test_util.hpp"
#include "test_util.hpp"
#include "zi/compliance/agenda.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/compliance/reminder.hpp"
#include "zi/compliance/scoring.hpp"
#include "zi/deadline/occurrence.hpp"
#include "zi/defaults.hpp"
#include "zi/io/decree_import.hpp"
#include "zi/io/ical.hpp"
#include "zi/io/plan_json.hpp"
#include "zi/io/plan_table.hpp"
#include "zi/io/report_html.hpp"
#include "zi/io/report_tables.hpp"
#include "zi/plan/plan_diff.hpp"

namespace zi {
namespace {

namespace json = boost::json;

// The kegiatan "Menetapkan tim" (1.1.1) names the Sekretaris; its second indikator
// (1.1.1.2) names someone else; "Rapat tim" (1.1.2) and the rest name no one.
constexpr const char* kSekretaris = "Sekretaris";
// Commas, semicolons, '&' and quotes: escaped by each output format. (No '<': the decree
// importer removes anything between '<' and '>' as markup, so it would not round-trip.)
constexpr const char* kOther = "Kasubbag Umum, Logistik; Keuangan & \"TU\"";

PlanData WithResponsible() {
  PlanData p = testing::SmallPlanData();
  Activity& menetapkan = p.components[0].aspects[0].activities[0];
  menetapkan.responsible = kSekretaris;
  menetapkan.indicators[1].responsible = kOther;
  return p;
}

// Every indicator id with the penanggung jawab who acts on it.
std::vector<std::pair<std::string, std::string>> Effective(const Plan& plan) {
  std::vector<std::pair<std::string, std::string>> out;
  for (const IndicatorRef& r : plan.indicators())
    out.emplace_back(r.indicator->id, r.responsible());
  return out;
}

using Pairs = std::vector<std::pair<std::string, std::string>>;

TEST(PenanggungJawabTest, AnIndicatorInheritsItsKegiatansWhenEmpty) {
  const Plan plan(WithResponsible());
  EXPECT_EQ(Effective(plan), (Pairs{{"1.1.1.1", kSekretaris},
                                    {"1.1.1.2", kOther},
                                    {"1.1.2.1", ""},
                                    {"1.2.1.1", ""},
                                    {"2.1.1.1", ""}}));
  // The stored values stay as written.
  EXPECT_EQ(plan.indicators()[0].indicator->responsible, "");
}

TEST(PenanggungJawabTest, PlanJsonReadsAndWritesItOnKegiatanAndIndikator) {
  const Plan plan(WithResponsible());
  const std::string text = WritePlanJson(plan);
  const absl::StatusOr<internal::json::value> v = internal::ParseJson(text, "");
  ASSERT_TRUE(v.ok());
  const json::value& act = v->at("components").at(0).at("aspects").at(0).at("activities").at(0);
  EXPECT_EQ(act.at("penanggung_jawab").as_string(), kSekretaris);
  EXPECT_FALSE(act.at("indicators").at(0).as_object().contains("penanggung_jawab"));
  EXPECT_EQ(act.at("indicators").at(1).at("penanggung_jawab").as_string(), kOther);
  // Left out when empty.
  const json::value& rapat = v->at("components").at(0).at("aspects").at(0).at("activities").at(1);
  EXPECT_FALSE(rapat.as_object().contains("penanggung_jawab"));
  const absl::StatusOr<Plan> back = ReadPlanJson(text);
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_EQ(*back, plan);
  EXPECT_EQ(WritePlanJson(*back), text);

  // A plan without any keeps its file exactly as before.
  const absl::StatusOr<Plan> embedded = DefaultPlan();
  ASSERT_TRUE(embedded.ok());
  EXPECT_EQ(WritePlanJson(*embedded).find("penanggung_jawab"), std::string::npos);
  EXPECT_EQ(WritePlanJson(*embedded), std::string(*EmbeddedData(kDefaultPlanName)));
}

TEST(PenanggungJawabTest, PlanJsonRefusesANonString) {
  std::string text = WritePlanJson(Plan(WithResponsible()));
  const std::string from = "\"penanggung_jawab\": \"Sekretaris\"";
  const size_t at = text.find(from);
  ASSERT_NE(at, std::string::npos);
  text.replace(at, from.size(), "\"penanggung_jawab\": 7");
  PlanReadOptions o;
  o.source_name = "rencana.json";
  const absl::StatusOr<Plan> p = ReadPlanJson(text, o);
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_NE(p.status().message().find(
                "rencana.json: /components/0/aspects/0/activities/0/penanggung_jawab"),
            std::string::npos)
      << p.status();
}

// ---- decree import ------------------------------------------------------------------

const Activity& ActivityByText(const Plan& plan, std::string_view text) {
  for (const Component& c : plan.components()) {
    for (const Aspect& a : c.aspects) {
      for (const Activity& k : a.activities) {
        if (k.text == text) return k;
      }
    }
  }
  ADD_FAILURE() << "no kegiatan " << text;
  static const Activity none;
  return none;
}

TEST(PenanggungJawabDecreeTest, ExcelCsvWithAPenanggungJawabColumn) {
  DecreeImportOptions o;
  o.encoding = TextEncoding::kCp1252;
  o.satker_code = "KPU-7205";
  o.year = 2027;
  const absl::StatusOr<DecreeImport> got =
      ImportDecreeFile(testing::TestData("decrees/kab-donggala-2027-pj.csv"), o);
  ASSERT_TRUE(got.ok()) << got.status();
  EXPECT_EQ(got->plan.satker().name, "KPU Kabupaten Donggala");
  for (const Diagnostic& d : got->report.unplaced) {
    EXPECT_NE(d.code, "decree_extra_cell") << d.where << ": " << d.message;
  }
  const Activity& tim = ActivityByText(got->plan, "Menetapkan Tim Kerja");
  EXPECT_EQ(tim.responsible, "Sekretaris KPU Kabupaten Donggala");
  ASSERT_EQ(tim.indicators.size(), 3u);
  EXPECT_EQ(tim.indicators[0].responsible, "");  // the kegiatan's row: inherits
  EXPECT_EQ(tim.indicators[1].responsible, "");  // an empty cell: inherits
  EXPECT_EQ(tim.indicators[2].responsible, "Kasubbag Teknis");
  // Windows-1252 0x96 is an en dash.
  const Activity& sos = ActivityByText(got->plan, "Sosialisasi");
  EXPECT_EQ(sos.responsible, "Kasubbag Umum \u2013 Logistik");
  ASSERT_EQ(sos.indicators.size(), 1u);
  EXPECT_EQ(sos.indicators[0].responsible, "");
  const Activity& rencana = ActivityByText(got->plan, "Menyusun rencana");
  EXPECT_EQ(rencana.responsible, "");
  EXPECT_EQ(rencana.indicators.at(0).responsible, "");
  // Who acts on each indikator, in order.
  std::vector<std::string> acts;
  for (const IndicatorRef& r : got->plan.indicators()) acts.push_back(r.responsible());
  EXPECT_EQ(acts, (std::vector<std::string>{"Sekretaris KPU Kabupaten Donggala",
                                            "Sekretaris KPU Kabupaten Donggala", "Kasubbag Teknis",
                                            "Kasubbag Umum \u2013 Logistik", ""}));
}

TEST(PenanggungJawabDecreeTest, HeaderNamesAreMatchedLikeTheOthers) {
  for (const char* title : {"PJ", "pic", "Pelaksana", "PENANGGUNG-JAWAB", "penanggung jawab"}) {
    const std::string csv = std::string(
                                "NO,KOMPONEN PENGUNGKIT,ASPEK PEMENUHAN,KEGIATAN/AKSI,INDIKATOR,"
                                "BUKTI FISIK,TARGET WAKTU PELAKSANAAN,TARGET CAPAIAN,") +
                            title +
                            "\r\n1.,Manajemen Perubahan,1. Tim,Menetapkan tim,SK tim,SK,Januari,"
                            "1 (satu) Keputusan,  Ketua   Tim \r\n";
    DecreeImportOptions o;
    o.satker_code = "KPU-72";
    o.year = 2026;
    const absl::StatusOr<DecreeImport> got = ImportDecree(csv, "t.csv", o);
    ASSERT_TRUE(got.ok()) << title << ": " << got.status();
    // Cleaned like the other cells (spaces collapsed and trimmed).
    EXPECT_EQ(got->plan.indicators()[0].activity->responsible, "Ketua Tim") << title;
  }
  // Another tenth column is still reported as outside the annex.
  const std::string csv =
      "NO,KOMPONEN PENGUNGKIT,ASPEK PEMENUHAN,KEGIATAN/AKSI,INDIKATOR,BUKTI FISIK,"
      "TARGET WAKTU PELAKSANAAN,TARGET CAPAIAN,PIC,Catatan\r\n"
      "1.,Manajemen Perubahan,1. Tim,Menetapkan tim,SK tim,SK,Januari,1 (satu) Keputusan,"
      "Ketua Tim,lihat SK\r\n";
  DecreeImportOptions o;
  o.satker_code = "KPU-72";
  o.year = 2026;
  const absl::StatusOr<DecreeImport> got = ImportDecree(csv, "t.csv", o);
  ASSERT_TRUE(got.ok()) << got.status();
  int extra = 0;
  for (const Diagnostic& d : got->report.unplaced) extra += d.code == "decree_extra_cell";
  EXPECT_EQ(extra, 1);
  EXPECT_EQ(got->plan.indicators()[0].responsible(), "Ketua Tim");
}

TEST(PenanggungJawabDecreeTest, TheSeedDecreeHasNone) {
  const absl::StatusOr<DecreeImport> got =
      ImportDecreeFile(testing::TestData("decrees/kpu-sulteng-2026.txt"));
  ASSERT_TRUE(got.ok()) << got.status();
  for (const IndicatorRef& r : got->plan.indicators()) {
    EXPECT_EQ(r.activity->responsible, "");
    EXPECT_EQ(r.indicator->responsible, "");
  }
}

// ---- plan table ---------------------------------------------------------------------

std::vector<std::string> Column(const TableSheet& s, size_t c) {
  std::vector<std::string> out;
  for (const std::vector<TableValue>& row : s.rows) {
    const std::string* t = c < row.size() ? std::get_if<std::string>(&row[c]) : nullptr;
    out.push_back(t ? *t : "");
  }
  return out;
}

TEST(PenanggungJawabTableTest, ExportAddsANinthColumnOnlyWhenSomeoneIsNamed) {
  const TableSheet s = PlanTableSheet(Plan(WithResponsible()));
  ASSERT_EQ(s.columns.size(), 9u);
  EXPECT_EQ(s.columns[8].title, "PENANGGUNG JAWAB");
  // "(9)", then each indikator row's penanggung jawab: the indikator's own, else its
  // kegiatan's.
  EXPECT_EQ(Column(s, 8), (std::vector<std::string>{"(9)", kSekretaris, kOther, "", "", ""}));
  for (const auto& row : s.rows) EXPECT_EQ(row.size(), 9u);
  // Not merged.
  for (const TableMerge& m : s.merges) EXPECT_NE(m.first_column, 8);
  EXPECT_EQ(PlanTableSheet(Plan(testing::SmallPlanData())).columns.size(), 8u);
}

TEST(PenanggungJawabTableTest, RoundTripThroughXlsxAndCsv) {
  const Plan plan(WithResponsible());
  for (PlanTableFormat f : {PlanTableFormat::kXlsx, PlanTableFormat::kCsv}) {
    const absl::StatusOr<std::string> bytes = WritePlanTableBytes(PlanTableSheet(plan), f);
    ASSERT_TRUE(bytes.ok()) << bytes.status();
    const absl::StatusOr<DecreeImport> back = ImportDecree(*bytes, "rencana");
    ASSERT_TRUE(back.ok()) << ToString(f) << ": " << back.status();
    EXPECT_EQ(Effective(back->plan), Effective(plan)) << ToString(f);
    // Stored exactly as in the plan: the kegiatan's on the kegiatan, the other one on
    // its indikator.
    const Activity& k = back->plan.components()[0].aspects[0].activities[0];
    EXPECT_EQ(k.responsible, kSekretaris) << ToString(f);
    EXPECT_EQ(k.indicators[0].responsible, "") << ToString(f);
    EXPECT_EQ(k.indicators[1].responsible, kOther) << ToString(f);
    PlanDiffOptions o;
    o.notes = NoteComparison::kIgnore;
    for (const PlanChange& c : DiffPlans(plan, back->plan, o).changes) {
      EXPECT_NE(c.field, "penanggung_jawab") << ToString(f) << ": " << c.id_b;
    }
  }
}

// ---- plan diff ----------------------------------------------------------------------

TEST(PenanggungJawabDiffTest, AChangedPenanggungJawabIsReported) {
  PlanData b = WithResponsible();
  b.components[0].aspects[0].activities[0].responsible = "Ketua";
  b.components[0].aspects[0].activities[0].indicators[1].responsible = "";
  b.components[1].aspects[0].activities[0].indicators[0].responsible = "Kasubbag Hukum";
  const PlanDiff d = DiffPlans(Plan(WithResponsible()), Plan(b));
  std::vector<std::string> got;
  for (const PlanChange& c : d.changes) {
    EXPECT_EQ(c.kind, PlanChangeKind::kChanged);
    EXPECT_EQ(c.field, "penanggung_jawab");
    got.push_back(
        internal::Cat(ToString(c.level), " ", c.id_b, ": '", c.before, "' -> '", c.after, "'"));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"activity 1.1.1: 'Sekretaris' -> 'Ketua'",
                                           std::string("indicator 1.1.1.2: '") + kOther + "' -> ''",
                                           "indicator 2.1.1.1: '' -> 'Kasubbag Hukum'"}));
  EXPECT_NE(FormatPlanDiff(d, "a.json", "b.json").find("penanggung jawab"), std::string::npos);
}

// ---- where people act ----------------------------------------------------------------

struct Scored {
  Plan plan{WithResponsible()};
  Calendar calendar = *DefaultCalendar();
  PlanOccurrences occurrences = ExpandOccurrences(plan, calendar);
  ComplianceReport report =
      ScorePlan(plan, occurrences, std::vector<EvidenceRecord>{}, Date::FromYmd(2026, 4, 15));
};

TEST(PenanggungJawabOutputTest, AgendaJsonAndTables) {
  const Scored s;
  const Agenda agenda = BuildAgenda(s.report, s.calendar);
  ASSERT_FALSE(agenda.overdue.empty());
  const absl::StatusOr<internal::json::value> v = internal::ParseJson(AgendaJson(agenda), "");
  ASSERT_TRUE(v.ok());
  int named = 0;
  for (const char* list : {"overdue", "due_soon", "upcoming"}) {
    for (const json::value& item : v->at(list).as_array()) {
      const std::string id(item.at("indicator").as_string());
      const std::string pj(item.at("penanggung_jawab").as_string());
      EXPECT_EQ(pj, id == "1.1.1.1" ? kSekretaris : id == "1.1.1.2" ? kOther : "") << id;
      named += !pj.empty();
    }
  }
  EXPECT_GT(named, 0);

  const ReportTables t = AgendaTables(s.report, agenda);
  const TableSheet& sheet = t.sheets[t.primary];
  ASSERT_EQ(sheet.columns.back().title, "Penanggung jawab");
  const size_t pj = sheet.columns.size() - 1;
  bool found = false;
  for (size_t r = 0; r < sheet.rows.size(); ++r) {
    const std::string* id = std::get_if<std::string>(&sheet.rows[r][1]);
    const std::string* who = std::get_if<std::string>(&sheet.rows[r][pj]);
    ASSERT_TRUE(id && who);
    if (*id == "1.1.1.2") {
      EXPECT_EQ(*who, kOther);
      found = true;
    }
  }
  EXPECT_TRUE(found);
  // In CSV the name with a comma is quoted.
  const absl::StatusOr<std::string> csv = ReportTablesCsv(t, "Agenda");
  ASSERT_TRUE(csv.ok()) << csv.status();
  EXPECT_NE(csv->find("\"Kasubbag Umum, Logistik; Keuangan & \"\"TU\"\"\""), std::string::npos)
      << *csv;
}

TEST(PenanggungJawabOutputTest, RemindersCarryIt) {
  const Scored s;
  // 1.1.1.2 "Per Triwulan": the first quarter is due 2026-03-31; H on that day.
  const absl::StatusOr<ReminderList> list =
      Reminders(s.plan, s.calendar, {}, Date::FromYmd(2026, 3, 31));
  ASSERT_TRUE(list.ok()) << list.status();
  bool seen = false;
  for (const Reminder& r : list->reminders) {
    EXPECT_EQ(r.responsible, r.indicator == "1.1.1.1"   ? kSekretaris
                             : r.indicator == "1.1.1.2" ? kOther
                                                        : "")
        << r.indicator;
    seen |= r.indicator == "1.1.1.2" && r.kind == ReminderKind::kDue;
  }
  EXPECT_TRUE(seen);
  const absl::StatusOr<internal::json::value> v = internal::ParseJson(ReminderListJson(*list), "");
  ASSERT_TRUE(v.ok());
  for (const json::value& r : v->at("reminders").as_array()) {
    EXPECT_TRUE(r.at("penanggung_jawab").is_string());
    if (r.at("indicator").as_string() == "1.1.1.2") {
      EXPECT_EQ(r.at("penanggung_jawab").as_string(), kOther);
    }
  }
}

TEST(PenanggungJawabOutputTest, EvidenceTemplateShowsItAndReadsBack) {
  const Scored s;
  const ReportTables t = EvidenceTemplateTables(s.plan, s.occurrences);
  const TableSheet& sheet = t.sheets[0];
  ASSERT_EQ(sheet.columns.back().title, "Penanggung jawab");
  const std::vector<std::string> who = Column(sheet, sheet.columns.size() - 1);
  const std::vector<std::string> ids = Column(sheet, 1);
  for (size_t r = 0; r < ids.size(); ++r) {
    EXPECT_EQ(who[r], ids[r] == "1.1.1.1"   ? kSekretaris
                      : ids[r] == "1.1.1.2" ? kOther
                                            : "")
        << ids[r];
  }
  // The template as a satker fills it in reads back: the column is informational.
  absl::StatusOr<std::string> csv = ReportTablesCsv(t);
  ASSERT_TRUE(csv.ok()) << csv.status();
  const EvidenceScope scope = MakeEvidenceScope(s.plan, s.occurrences);
  const absl::StatusOr<EvidenceImport> back = ReadEvidenceTableBytes(*csv, scope, {});
  ASSERT_TRUE(back.ok()) << back.status();
  EXPECT_TRUE(back->rejected.empty());
  EXPECT_TRUE(back->accepted.empty());
  EXPECT_EQ(back->unfilled.size(), s.occurrences.occurrences.size());
}

TEST(PenanggungJawabOutputTest, IcsNamesItEscaped) {
  const Scored s;
  const std::string ics = WriteIcal(s.plan, s.occurrences);
  EXPECT_NE(ics.find("X-ZI-PENANGGUNG-JAWAB:Kasubbag Umum\\, Logistik\\; Keuangan & \"TU\"\r\n"),
            std::string::npos);
  EXPECT_NE(ics.find("X-ZI-PENANGGUNG-JAWAB:Sekretaris\r\n"), std::string::npos);
  // In the DESCRIPTION, once the folded lines are joined (RFC 5545 3.1).
  std::string unfolded;
  for (size_t i = 0; i < ics.size(); ++i) {
    if (ics.compare(i, 3, "\r\n ") == 0) {
      i += 2;
      continue;
    }
    unfolded += ics[i];
  }
  EXPECT_NE(unfolded.find("\\nPenanggung jawab: Sekretaris\\nTarget waktu: "), std::string::npos);
  // One property per occurrence of the two named indikator.
  size_t n = 0;
  for (size_t at = ics.find("X-ZI-PENANGGUNG-JAWAB:"); at != std::string::npos;
       at = ics.find("X-ZI-PENANGGUNG-JAWAB:", at + 1)) {
    ++n;
  }
  size_t named = 0;
  for (const Occurrence& o : s.occurrences.occurrences) named += o.indicator_index <= 1;
  EXPECT_EQ(n, named);
  // A plan without any writes no such line.
  const Plan plain(testing::SmallPlanData());
  EXPECT_EQ(WriteIcal(plain, ExpandOccurrences(plain, s.calendar)).find("PENANGGUNG"),
            std::string::npos);
}

TEST(PenanggungJawabOutputTest, HtmlAgendaTablesHaveAColumnWhenSomeoneIsNamed) {
  const Scored s;
  const std::string html = WriteSatkerReportHtml(s.report, s.calendar);
  EXPECT_NE(html.find("<th scope=\"col\">Penanggung jawab</th>"), std::string::npos);
  EXPECT_NE(html.find("<td>Kasubbag Umum, Logistik; Keuangan &amp; \"TU\"</td>"),
            std::string::npos);
  // Markup in a name is shown as text.
  PlanData tagged = WithResponsible();
  tagged.components[0].aspects[0].activities[0].responsible = "<b>Sekretaris</b>";
  const Plan tp(tagged);
  const std::string th =
      WriteSatkerReportHtml(ScorePlan(tp, s.calendar, {}, Date::FromYmd(2026, 4, 15)), s.calendar);
  EXPECT_NE(th.find("<td>&lt;b&gt;Sekretaris&lt;/b&gt;</td>"), std::string::npos);
  EXPECT_EQ(th.find("<b>Sekretaris"), std::string::npos);
  const Plan plain(testing::SmallPlanData());
  const ComplianceReport r = ScorePlan(plain, s.calendar, {}, Date::FromYmd(2026, 4, 15));
  EXPECT_EQ(WriteSatkerReportHtml(r, s.calendar).find("Penanggung jawab"), std::string::npos);
}

}  // namespace
}  // namespace zi
