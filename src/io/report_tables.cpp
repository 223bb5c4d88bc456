#include "zi/io/report_tables.hpp"

#include <cmath>
#include <cstdint>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "zi/io/report_json.hpp"

namespace zi {
inline namespace v1 {
namespace {

using absl::StrCat;

TableColumn Text(std::string title, double width, bool wrap = false) {
  return TableColumn{std::move(title), width, ColumnFormat::kText, wrap};
}
TableColumn Int(std::string title, double width = 10) {
  return TableColumn{std::move(title), width, ColumnFormat::kInteger, false};
}
TableColumn Dec(std::string title, double width = 10) {
  return TableColumn{std::move(title), width, ColumnFormat::kDecimal2, false};
}
TableColumn Pct(std::string title, double width = 10) {
  return TableColumn{std::move(title), width, ColumnFormat::kPercent1, false};
}
TableColumn Day(std::string title, double width = 12) {
  return TableColumn{std::move(title), width, ColumnFormat::kDate, false};
}

TableValue V(std::string s) { return TableValue(std::move(s)); }
TableValue V(std::string_view s) { return TableValue(std::string(s)); }
TableValue V(const char* s) { return TableValue(std::string(s)); }
TableValue V(double x) { return std::isnan(x) ? TableValue() : TableValue(x); }
TableValue V(int x) { return TableValue(static_cast<int64_t>(x)); }
TableValue V(size_t x) { return TableValue(static_cast<int64_t>(x)); }
TableValue V(Date d) { return TableValue(d); }
TableValue V(const std::optional<double>& x) { return x ? V(*x) : TableValue(); }
TableValue V(bool b) { return TableValue(std::string(b ? "ya" : "tidak")); }

// A two-column sheet of labelled values.
struct Summary {
  TableSheet sheet;
  explicit Summary(std::string title) {
    sheet.name = "Ringkasan";
    sheet.title_lines.push_back(std::move(title));
    sheet.columns = {Text("Keterangan", 34), Text("Nilai", 60, true)};
  }
  Summary& Add(std::string label, TableValue value) {
    sheet.rows.push_back({V(std::move(label)), std::move(value)});
    return *this;
  }
};

void AddReportHeader(Summary& s, const ComplianceReport& report) {
  s.Add("Satker", V(report.plan.satker().name))
      .Add("Kode satker", V(report.plan.satker().code))
      .Add("Tahun", V(report.plan.year()))
      .Add("Per tanggal", V(report.as_of));
}

void AddAgendaCounts(Summary& s, const Agenda& a) {
  s.Add("Keluaran selesai", V(a.done))
      .Add("Keluaran selesai terlambat", V(a.done_late))
      .Add("Keluaran terlambat", V(a.overdue_count))
      .Add("Keluaran berjalan", V(a.open))
      .Add("Keluaran belum dimulai", V(a.not_started));
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

TableSheet OccurrenceSheet(const ComplianceReport& report) {
  TableSheet t;
  t.name = "Keluaran";
  t.columns = {Text("Indikator", 12),   Text("Uraian indikator", 50, true),
               Int("Periode", 8),       Day("Awal periode"),
               Day("Akhir periode"),    Day("Jatuh tempo"),
               Int("Target jumlah", 9), Int("Tepat waktu", 9),
               Int("Terlambat", 9),     Text("Status", 18),
               Text("Kode status", 14), Text("Dinilai", 8),
               Pct("Kredit", 9),        Int("Bukti dihitung", 9)};
  for (const ComponentScore& c : report.components) {
    for (const AspectScore& a : c.aspects) {
      for (const IndicatorScore& i : a.indicators) {
        for (const OccurrenceScore& o : i.occurrences) {
          t.rows.push_back({V(i.id), V(i.ref->indicator->text), V(o.occurrence.index),
                            V(o.occurrence.window_start), V(o.occurrence.window_end),
                            V(o.occurrence.due), V(o.occurrence.required), V(o.on_time), V(o.late),
                            V(Label(o.status)), V(ToString(o.status)), V(o.assessed), V(o.credit),
                            V(o.counted.size())});
        }
      }
    }
  }
  return t;
}

}  // namespace

const TableSheet* ReportTables::Find(std::string_view name) const {
  const std::string want = Lower(name);
  for (const TableSheet& s : sheets) {
    if (Lower(s.name) == want) return &s;
  }
  return nullptr;
}

std::string_view ToString(ReportFormat f) {
  switch (f) {
    case ReportFormat::kText: return "text";
    case ReportFormat::kJson: return "json";
    case ReportFormat::kCsv: return "csv";
    case ReportFormat::kXlsx: return "xlsx";
  }
  return "?";
}

std::optional<ReportFormat> ParseReportFormat(std::string_view s) {
  const std::string w = Lower(s);
  if (w == "text") return ReportFormat::kText;
  if (w == "json") return ReportFormat::kJson;
  if (w == "csv") return ReportFormat::kCsv;
  if (w == "xlsx") return ReportFormat::kXlsx;
  return std::nullopt;
}

std::optional<ReportFormat> ReportFormatForPath(std::string_view path) {
  const size_t dot = path.rfind('.');
  const size_t slash = path.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)) {
    return std::nullopt;
  }
  const std::string ext = Lower(path.substr(dot + 1));
  if (ext == "txt") return ReportFormat::kText;
  if (ext == "json") return ReportFormat::kJson;
  if (ext == "csv") return ReportFormat::kCsv;
  if (ext == "xlsx") return ReportFormat::kXlsx;
  return std::nullopt;
}

ReportTables ScoreReportTables(const ComplianceReport& report, const Agenda& agenda) {
  ReportTables out;
  Summary s("Laporan Kepatuhan Rencana Aksi Zona Integritas");
  AddReportHeader(s, report);
  s.Add("Nilai rencana aksi (0-100)", V(report.score))
      .Add("Kredit keterlambatan", V(report.policy.late_credit))
      .Add("Bukti berstatus diajukan ikut dihitung", V(report.policy.count_submitted))
      .Add("Catatan bukti", V(report.evidence.size()));
  AddAgendaCounts(s, agenda);
  out.sheets.push_back(std::move(s.sheet));

  TableSheet comp;
  comp.name = "Komponen";
  comp.columns = {Text("Tingkat", 10), Text("Kode", 8), Text("Komponen / aspek", 60, true),
                  Dec("Bobot", 8), Pct("Nilai", 9)};
  for (const ComponentScore& c : report.components) {
    comp.rows.push_back({V("komponen"), V(c.id), V(c.component->name), V(c.weight), V(c.score)});
    for (const AspectScore& a : c.aspects) {
      comp.rows.push_back({V("aspek"), V(a.id), V(a.aspect->name), V(a.weight), V(a.score)});
    }
  }
  out.sheets.push_back(std::move(comp));

  TableSheet ind;
  ind.name = "Indikator";
  ind.columns = {Text("Komponen", 10),
                 Text("Aspek", 8),
                 Text("Indikator", 12),
                 Text("Uraian indikator", 60, true),
                 Text("Bukti fisik", 40, true),
                 Text("Target waktu", 24, true),
                 Dec("Bobot", 8),
                 Pct("Nilai", 9),
                 Pct("Kemajuan", 10),
                 Int("Periode", 8)};
  for (const ComponentScore& c : report.components) {
    for (const AspectScore& a : c.aspects) {
      for (const IndicatorScore& i : a.indicators) {
        const Indicator& x = *i.ref->indicator;
        ind.rows.push_back({V(c.id), V(a.id), V(i.id), V(x.text), V(x.evidence), V(x.schedule),
                            V(i.weight), V(i.score), V(i.progress), V(i.occurrences.size())});
      }
    }
  }
  out.sheets.push_back(std::move(ind));
  out.sheets.push_back(OccurrenceSheet(report));
  out.primary = 2;
  return out;
}

ReportTables AgendaTables(const ComplianceReport& report, const Agenda& agenda) {
  ReportTables out;
  Summary s("Agenda Rencana Aksi Zona Integritas");
  AddReportHeader(s, report);
  AddAgendaCounts(s, agenda);
  out.sheets.push_back(std::move(s.sheet));
  TableSheet t;
  t.name = "Agenda";
  t.columns = {Text("Kelompok", 16),
               Text("Indikator", 12),
               Int("Periode", 8),
               Text("Uraian indikator", 60, true),
               Text("Bukti fisik", 40, true),
               Day("Jatuh tempo"),
               Int("Hari kerja lagi", 10),
               Int("Capaian", 9),
               Int("Target jumlah", 9),
               Text("Status", 18),
               Text("Penanggung jawab", 24, true)};
  const auto add = [&](std::string_view group, const std::vector<AgendaItem>& items) {
    for (const AgendaItem& it : items) {
      const Indicator& x = *it.indicator->ref->indicator;
      const OccurrenceScore& o = *it.occurrence;
      t.rows.push_back({V(group), V(x.id), V(o.occurrence.index), V(x.text), V(x.evidence),
                        V(o.occurrence.due), V(it.working_days), V(o.on_time + o.late),
                        V(o.occurrence.required), V(Label(o.status)),
                        V(it.indicator->ref->responsible())});
    }
  };
  add("terlambat", agenda.overdue);
  add("jatuh tempo", agenda.due_soon);
  add("berikutnya", agenda.upcoming);
  out.sheets.push_back(std::move(t));
  out.primary = 1;
  return out;
}

ReportTables TraceTables(const ComplianceReport& report, const Trace& trace) {
  ReportTables out;
  Summary s("Penjelasan Nilai");
  AddReportHeader(s, report);
  s.Add("Simpul", V(trace.id))
      .Add("Tingkat", V(trace.level))
      .Add("Nama", V(trace.label))
      .Add("Nilai (0-100)", V(trace.score))
      .Add("Rumus", V(trace.formula));
  if (trace.level == "indicator") s.Add("Kemajuan tahunan (0-1)", V(trace.progress));
  out.sheets.push_back(std::move(s.sheet));
  TableSheet terms;
  terms.name = "Rincian";
  terms.columns = {Text("Kode", 12), Text("Nama", 60, true), Dec("Bobot", 8), Dec("Nilai", 9)};
  for (const TraceTerm& t : trace.terms) {
    terms.rows.push_back({V(t.id), V(t.label), V(t.weight), V(t.score)});
  }
  out.sheets.push_back(std::move(terms));
  TableSheet occ;
  occ.name = "Keluaran";
  occ.columns = {Int("Periode", 8),      Day("Awal periode"),     Day("Akhir periode"),
                 Day("Jatuh tempo"),     Int("Target jumlah", 9), Int("Tepat waktu", 9),
                 Int("Terlambat", 9),    Text("Status", 18),      Dec("Kredit", 9),
                 Text("Rumus", 60, true)};
  TableSheet ev;
  ev.name = "Bukti";
  ev.columns = {Int("Periode", 8),           Int("Baris", 8),         Day("Tanggal"),
                Text("Status", 12),          Int("Jumlah", 8),        Text("Penggunaan", 22),
                Text("Kode penggunaan", 14), Text("Tautan", 50, true)};
  for (const OccurrenceTrace& o : trace.occurrences) {
    const Occurrence& oc = o.score.occurrence;
    occ.rows.push_back({V(oc.index), V(oc.window_start), V(oc.window_end), V(oc.due),
                        V(oc.required), V(o.score.on_time), V(o.score.late),
                        V(Label(o.score.status)), V(o.score.credit), V(o.formula)});
    for (const EvidenceTrace& e : o.evidence) {
      ev.rows.push_back({V(oc.index), V(e.record.line), V(e.record.date),
                         V(ToString(e.record.status)), V(e.record.count), V(Label(e.use)),
                         V(ToString(e.use)), V(e.record.ref)});
    }
  }
  const bool indicator = trace.level == "indicator";
  out.sheets.push_back(std::move(occ));
  out.sheets.push_back(std::move(ev));
  out.primary = indicator ? 2 : 1;
  return out;
}

ReportTables PortfolioTables(const CompiledPortfolio& portfolio, const PortfolioScores& scores,
                             double threshold) {
  ReportTables out;
  TableSheet rank;
  rank.name = "Peringkat";
  rank.title_lines = {"Peringkat Kepatuhan Rencana Aksi Zona Integritas",
                      StrCat("Per tanggal ", FormatIsoDate(scores.as_of))};
  rank.columns = {Int("No.", 6), Text("Kode", 12), Text("Satker", 48, true), Text("Induk", 12),
                  Dec("Nilai", 9)};
  // The component columns of the first plan (the portfolio's plans share the decree's
  // components; a plan with other components still shows its own, by position).
  size_t components = 0;
  for (size_t p = 0; p < portfolio.plan_count(); ++p) {
    components = std::max(components, portfolio.component_count(p));
  }
  for (size_t c = 0; c < components; ++c) {
    std::string title = StrCat("Komponen ", c + 1);
    if (portfolio.plan_count() > 0 && c < portfolio.component_count(0)) {
      title = StrCat("Komponen ", std::string(portfolio.component_id(0, c)));
    }
    rank.columns.push_back(Pct(title, 11));
  }
  for (int k = 0; k < 5; ++k) {
    rank.columns.push_back(Int(std::string(Label(static_cast<OccurrenceStatus>(k))), 10));
  }
  const size_t plans = std::min(portfolio.plan_count(), scores.score.size());
  size_t no = 0;
  for (uint32_t p : scores.ranking) {
    if (p >= plans) continue;
    const Satker& s = portfolio.satker(p);
    std::vector<TableValue> row = {V(++no), V(s.code), V(s.name), V(s.parent), V(scores.score[p])};
    const size_t first = scores.component_offset[p];
    const size_t count = scores.component_offset[p + 1] - first;
    for (size_t c = 0; c < components; ++c) {
      row.push_back(c < count ? V(scores.component_score[first + c]) : TableValue());
    }
    for (int k = 0; k < 5; ++k) row.push_back(V(scores.status_counts[p][static_cast<size_t>(k)]));
    rank.rows.push_back(std::move(row));
  }
  out.sheets.push_back(std::move(rank));
  TableSheet roll;
  roll.name = "Rekap per induk";
  roll.title_lines = {
      StrCat("Rekap per satker induk, ambang nilai ", FormatPlainNumber(threshold))};
  roll.columns = {Text("Induk", 12),         Int("Jumlah satker", 10), Int("Dinilai", 9),
                  Dec("Rata-rata", 10),      Dec("Terendah", 10),      Dec("Tertinggi", 10),
                  Int("Mencapai ambang", 12)};
  for (const RollUp& r : scores.rollups) {
    roll.rows.push_back(
        {V(r.parent), V(r.count), V(r.scored), V(r.mean), V(r.min), V(r.max), V(r.at_or_above)});
  }
  out.sheets.push_back(std::move(roll));
  return out;
}

ReportTables LkeSuggestionTables(std::span<const LkeSuggestion> suggestions, const Rubric* rubric,
                                 Date as_of, std::string_view satker) {
  ReportTables out;
  TableSheet t;
  t.name = "Saran";
  t.title_lines = {"Saran Jawaban LKE dari Pelaksanaan Rencana Aksi",
                   StrCat("Satker ", std::string(satker), ", per tanggal ", FormatIsoDate(as_of))};
  t.columns = {Text("Pertanyaan", 14), Text("Saran jawaban", 12), Text("Aturan", 24),
               Text("Alasan", 70, true), Text("Teks pertanyaan", 70, true)};
  for (const LkeSuggestion& s : suggestions) {
    const LkeQuestionRef* q = rubric ? rubric->FindQuestion(s.question) : nullptr;
    t.rows.push_back({V(s.question), V(LkeAnswerText(s.answer)), V(s.rule), V(s.reason),
                      q ? V(q->question->text) : V("")});
  }
  out.sheets.push_back(std::move(t));
  return out;
}

ReportTables LkeScoreTables(const LkeScore& s) {
  ReportTables out;
  Summary sum("Penilaian LKE Zona Integritas");
  sum.Add("Satker", V(s.satker))
      .Add("Tahun", V(s.year))
      .Add("Rubrik", V(StrCat(s.rubric, " revisi ", s.rubric_revision)))
      .Add("Lapisan jawaban", V(s.layer == LkeLayer::kUnit ? "unit" : "tpi"))
      .Add("Nilai pemenuhan", V(s.pemenuhan))
      .Add("Nilai reform", V(s.reform))
      .Add("Nilai pengungkit", V(s.pengungkit))
      .Add("Nilai hasil", V(s.hasil))
      .Add("Nilai total", V(s.total))
      .Add("Butir terjawab", V(s.answered))
      .Add("Butir dinilai", V(s.scored_items))
      .Add("Belum dijawab", V(absl::StrJoin(s.unanswered, ", ")));
  out.sheets.push_back(std::move(sum.sheet));
  TableSheet area;
  area.name = "Area";
  area.columns = {Text("Kode", 8),      Text("Area", 40, true), Dec("Bobot", 8),
                  Dec("Pemenuhan", 11), Dec("Reform", 9),       Dec("Nilai", 9),
                  Pct("Persen", 9),     Int("Terjawab", 9),     Int("Butir", 8)};
  TableSheet sub;
  sub.name = "Subarea";
  sub.columns = {Text("Area", 8),           Text("Bagian", 10), Text("Kode", 12),
                 Text("Subarea", 50, true), Dec("Bobot", 8),    Dec("Rata-rata", 10),
                 Dec("Nilai", 9),           Int("Terjawab", 9), Int("Butir", 8)};
  for (const LkeAreaScore& a : s.areas) {
    area.rows.push_back({V(a.code), V(a.name), V(a.weight), V(a.pemenuhan.score), V(a.reform.score),
                         V(a.score), V(a.fraction), V(a.answered), V(a.total)});
    for (LkeHalfKind h : {LkeHalfKind::kPemenuhan, LkeHalfKind::kReform}) {
      for (const LkeSubareaScore& ss : a.half(h).subareas) {
        sub.rows.push_back({V(a.code), V(h == LkeHalfKind::kPemenuhan ? "pemenuhan" : "reform"),
                            V(ss.id), V(ss.name), V(ss.weight), V(ss.mean), V(ss.score),
                            V(ss.answered), V(ss.total)});
      }
    }
  }
  out.sheets.push_back(std::move(area));
  out.sheets.push_back(std::move(sub));
  TableSheet hasil;
  hasil.name = "Hasil";
  hasil.columns = {Text("Kelompok", 12), Text("Kode", 12),    Text("Butir", 50, true),
                   Dec("Bobot", 8),      Text("Jawaban", 10), Dec("Nilai", 9)};
  for (const HasilGroupScore& g : s.hasil_groups) {
    for (const HasilItemScore& h : s.hasil_items) {
      if (h.group != g.id) continue;
      hasil.rows.push_back({V(g.id), V(h.id), V(h.name), V(h.weight),
                            h.answered ? V(h.answer) : TableValue(), V(h.score)});
    }
    hasil.rows.push_back({V(g.id), V(""), V(g.name), V(g.weight), TableValue(), V(g.score)});
  }
  out.sheets.push_back(std::move(hasil));
  out.primary = 1;
  return out;
}

ReportTables LkePredicateTables(const LkePredicateResult& p) {
  ReportTables out;
  Summary sum(StrCat("Pemeriksaan predikat ", p.predicate, " (", p.name, ")"));
  sum.Add("Satker", V(p.satker))
      .Add("Tahun", V(p.year))
      .Add("Predikat", V(p.predicate))
      .Add("Kesimpulan", V(p.pass ? "LULUS" : "TIDAK LULUS"))
      .Add("Kriteria tidak terpenuhi", V(p.failing.size()))
      .Add("Alasan", V(absl::StrJoin(p.reasons, "\n")));
  out.sheets.push_back(std::move(sum.sheet));
  TableSheet t;
  t.name = "Kriteria";
  t.columns = {Text("Kode", 20),   Text("Kriteria", 60, true), Dec("Nilai", 10), Dec("Ambang", 10),
               Dec("Selisih", 10), Text("Satuan", 10),         Text("Hasil", 12)};
  for (const LkeCriterionResult& r : p.criteria) {
    t.rows.push_back({V(r.id), V(r.label), V(r.value), V(r.threshold), V(r.margin),
                      V(r.is_prior      ? "ya/tidak"
                        : r.is_fraction ? "pecahan"
                                        : "poin"),
                      V(r.pass ? "LULUS" : "TIDAK LULUS")});
  }
  out.sheets.push_back(std::move(t));
  out.primary = 1;
  return out;
}

ReportTables LkeWhatIfTables(const LkeWhatIfResult& r) {
  ReportTables out;
  Summary sum(StrCat("Analisis what-if predikat ", r.predicate));
  double points = 0;
  for (const LkeWhatIfStep& s : r.steps) points += s.points;
  sum.Add("Satker", V(r.before.satker))
      .Add("Predikat", V(r.predicate))
      .Add("Sebelum", V(r.before.pass ? "LULUS" : "TIDAK LULUS"))
      .Add("Sesudah semua langkah", V(r.after.pass ? "LULUS" : "TIDAK LULUS"))
      .Add("Langkah", V(r.steps.size()))
      .Add("Tambahan nilai total", V(points))
      .Add("Tidak dapat dipenuhi", V(absl::StrJoin(r.reasons, "\n")))
      .Add("Belum diisi", V(absl::StrJoin(r.to_fill, ", ")))
      .Add("Dikunci (tidak diubah)", V(absl::StrJoin(r.locked, ", ")));
  out.sheets.push_back(std::move(sum.sheet));
  TableSheet steps;
  steps.name = "Langkah";
  steps.columns = {Int("No", 6),
                   Text("Pertanyaan", 14),
                   Text("Subarea", 12),
                   Text("Teks pertanyaan", 60, true),
                   Text("Dari", 10),
                   Text("Ke", 10),
                   Dec("Pengurangan kekurangan", 12),
                   Dec("Tambahan nilai", 10),
                   Text("Membantu", 40, true)};
  for (const LkeWhatIfStep& s : r.steps) {
    steps.rows.push_back({V(s.rank), V(s.question), V(s.subarea), V(s.text), V(s.from), V(s.to), V(s.gain),
                          V(s.points), V(absl::StrJoin(s.helps, ", "))});
  }
  out.sheets.push_back(std::move(steps));
  TableSheet changes;
  changes.name = "Perubahan";
  changes.columns = {Text("Pertanyaan", 14), Text("Teks pertanyaan", 60, true), Text("Dari", 10),
                     Text("Ke", 10), Int("Langkah", 8), Dec("Tambahan nilai", 10)};
  for (const LkeWhatIfChange& c : r.changes) {
    changes.rows.push_back({V(c.question), V(c.text), V(c.from), V(c.to), V(c.steps), V(c.points)});
  }
  out.sheets.push_back(std::move(changes));
  out.primary = 1;
  return out;
}

ReportTables EvidenceImportTables(const EvidenceImport& e, std::string_view source) {
  ReportTables out;
  Summary sum("Pemeriksaan Berkas Bukti");
  int other = 0;
  for (const OtherSatkerRows& o : e.other_satker) other += o.rows;
  sum.Add("Berkas", V(std::string(source)))
      .Add("Baris diterima", V(e.accepted.size()))
      .Add("Baris ditolak", V(e.rejected.size()))
      .Add("Periode disimpulkan dari tanggal", V(e.notes.size()))
      .Add("Baris satker lain", V(other))
      .Add("Baris templat belum diisi", V(e.unfilled.size()));
  out.sheets.push_back(std::move(sum.sheet));
  TableSheet acc;
  acc.name = "Diterima";
  acc.columns = {Int("Baris", 8),   Text("Satker", 12),      Text("Indikator", 12),
                 Int("Periode", 8), Day("Tanggal"),          Text("Status", 12),
                 Int("Jumlah", 8),  Text("Tautan", 50, true)};
  for (const EvidenceRecord& r : e.accepted) {
    acc.rows.push_back({V(r.line), V(r.satker), V(r.indicator), V(r.occurrence), V(r.date),
                        V(ToString(r.status)), V(r.count), V(r.ref)});
  }
  TableSheet rej;
  rej.name = "Ditolak";
  rej.columns = {Int("Baris", 8), Text("Letak", 14), Text("Alasan", 80, true)};
  for (const RejectedRow& r : e.rejected) rej.rows.push_back({V(r.line), V(r.where), V(r.reason)});
  TableSheet notes;
  notes.name = "Catatan";
  notes.columns = {Int("Baris", 8), Text("Letak", 14), Text("Catatan", 80, true)};
  for (const EvidenceNote& n : e.notes) notes.rows.push_back({V(n.line), V(n.where), V(n.message)});
  for (const OtherSatkerRows& o : e.other_satker) {
    notes.rows.push_back({V(o.first_line), V(o.first_where),
                          V(StrCat(o.rows, " baris bukti satker ", o.satker,
                                   " di luar cakupan dilewati (evidence_other_satker)"))});
  }
  out.sheets.push_back(std::move(acc));
  out.sheets.push_back(std::move(rej));
  out.sheets.push_back(std::move(notes));
  out.primary = 2;
  return out;
}

ReportTables EvidenceTemplateTables(const Plan& plan, const PlanOccurrences& occurrences) {
  ReportTables out;
  TableSheet t;
  t.name = "Bukti";
  t.columns = {Text("Kode satker", 12),
               Text("Indikator", 12),
               Text("Uraian indikator", 60, true),
               Text("Bukti fisik", 40, true),
               Int("Periode", 8),
               Day("Awal periode"),
               Day("Akhir periode"),
               Day("Jatuh tempo"),
               Int("Target jumlah", 9),
               Day("Tanggal"),
               Text("Status", 14),
               Int("Jumlah", 8),
               Text("Tautan", 50, true),
               Text("Penanggung jawab", 24, true)};  // informational, read past on import
  t.unlocked_columns = {9, 10, 11, 12};
  t.choice_lists = {TableChoiceList{10, {"terverifikasi", "diajukan", "ditolak"}}};
  const auto refs = plan.indicators();
  for (const Occurrence& o : occurrences.occurrences) {
    const IndicatorRef& ref = refs[o.indicator_index];
    const Indicator& x = *ref.indicator;
    t.rows.push_back({V(plan.satker().code), V(x.id), V(x.text), V(x.evidence), V(o.index),
                      V(o.window_start), V(o.window_end), V(o.due), V(o.required), TableValue(),
                      TableValue(), TableValue(), TableValue(), V(ref.responsible())});
  }
  out.sheets.push_back(std::move(t));
  return out;
}

absl::StatusOr<std::string> ReportTablesCsv(const ReportTables& tables, std::string_view sheet,
                                            const CsvWriteOptions& options) {
  const TableSheet* s = nullptr;
  if (sheet.empty()) {
    if (tables.primary < tables.sheets.size()) s = &tables.sheets[tables.primary];
  } else {
    s = tables.Find(sheet);
  }
  if (!s) {
    std::vector<std::string> names;
    for (const TableSheet& t : tables.sheets) names.push_back(t.name);
    return absl::NotFoundError(StrCat("tidak ada lembar '", std::string(sheet),
                                      "' dalam laporan ini (lembar yang ada: ", absl::StrJoin(names, ", "),
                                      ")"));
  }
  return WriteCsv(*s, options);
}

absl::StatusOr<std::string> ReportTablesXlsx(const ReportTables& tables) {
  return WriteXlsx(tables.sheets);
}

}  // namespace v1
}  // namespace zi
