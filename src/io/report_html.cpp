// HTML reports: the page skeleton, number and date formatting, and the satker report.
// The portfolio report is in report_html_portfolio.cpp.
#include "zi/io/report_html.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "internal/html_escape.hpp"
#include "internal/report_html_internal.hpp"
#include "internal/strings.hpp"
#include "zi/compliance/agenda.hpp"
#include "zi/version.hpp"

namespace zi {
inline namespace v1 {

std::string FormatIndonesianNumber(double x, int decimals) {
  if (!std::isfinite(x)) return "–";
  decimals = std::clamp(decimals, 0, 6);
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, x);
  std::string s = buf;
  const bool negative = !s.empty() && s[0] == '-';
  if (negative) s.erase(0, 1);
  const size_t dot = s.find('.');
  std::string whole = s.substr(0, dot);
  const std::string frac = dot == std::string::npos ? "" : s.substr(dot + 1);
  std::string grouped;
  for (size_t k = 0; k < whole.size(); ++k) {
    if (k > 0 && (whole.size() - k) % 3 == 0) grouped.push_back('.');
    grouped.push_back(whole[k]);
  }
  std::string out = negative && (grouped != "0" || frac.find_first_not_of('0') != std::string::npos)
                        ? "-"
                        : "";
  out += grouped;
  if (!frac.empty()) internal::Append(&out, ",", frac);
  return out;
}

namespace html_report {

using internal::AppendHtmlAttr;
using internal::AppendHtmlText;
using internal::Cat;
using internal::HtmlAttr;
using internal::HtmlText;

std::string DataNumber(double x) {
  if (!std::isfinite(x)) return "null";
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, x);
  return std::string(buf, r.ptr);
}

std::string DataNumber(const std::optional<double>& x) { return x ? DataNumber(*x) : "null"; }
// A komponen or aspek score (a fraction in the report) as the JSON reports write it: 0..100.
std::string DataPoints(const std::optional<double>& fraction) {
  return fraction ? DataNumber(100.0 * *fraction) : "null";
}

std::string Score(const std::optional<double>& x, double scale) {
  return x ? FormatIndonesianNumber(*x * scale, 2) : "–";
}

std::string LongDate(Date d) {
  static constexpr const char* kMonths[] = {"Januari", "Februari", "Maret",     "April",
                                            "Mei",     "Juni",     "Juli",      "Agustus",
                                            "September", "Oktober", "November", "Desember"};
  return Cat(d.day(), " ", kMonths[d.month() - 1], " ", d.year());
}

std::string_view ShortMonth(int m) {
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "Mei", "Jun",
                                            "Jul", "Agu", "Sep", "Okt", "Nov", "Des"};
  return kMonths[m - 1];
}

const char* StatusClass(OccurrenceStatus s) {
  switch (s) {
    case OccurrenceStatus::kDone: return "s-done";
    case OccurrenceStatus::kDoneLate: return "s-late";
    case OccurrenceStatus::kOpen: return "s-open";
    case OccurrenceStatus::kUpcoming: return "s-upcoming";
    case OccurrenceStatus::kOverdue: return "s-overdue";
  }
  return "s-upcoming";
}

namespace {

constexpr std::string_view kCss = R"css(
@page{size:A4;margin:14mm 12mm}
*{box-sizing:border-box}
body{font-family:"DejaVu Sans","Liberation Sans",Arial,sans-serif;color:#1f2328;margin:0;
  line-height:1.4;font-size:15px;background:#fff}
main{max-width:1100px;margin:0 auto;padding:16px}
h1{font-size:1.5em;margin:.2em 0}h2{font-size:1.2em;margin:1.4em 0 .5em;border-bottom:2px solid #d0d7de;
  padding-bottom:.2em}h3{font-size:1.05em;margin:1em 0 .4em}
.meta{display:grid;grid-template-columns:max-content 1fr;gap:2px 12px;margin:.5em 0}
.meta dt{font-weight:bold}.meta dd{margin:0}
.big{font-size:2.4em;font-weight:bold}
.verdict{display:inline-block;padding:2px 8px;border-radius:4px;font-weight:bold;border:1px solid}
.pass{color:#116329;background:#dafbe1;border-color:#116329}
.fail{color:#82071e;background:#ffebe9;border-color:#82071e}
.wrap{overflow-x:auto;-webkit-overflow-scrolling:touch}
table{border-collapse:collapse;width:100%;margin:.4em 0 1em;font-size:.92em}
caption{text-align:left;font-weight:bold;padding:.3em 0}
th,td{border:1px solid #d0d7de;padding:4px 6px;text-align:left;vertical-align:top}
thead th{background:#f6f8fa}
td.n,th.n{text-align:right;white-space:nowrap;font-variant-numeric:tabular-nums}
td.bar{width:38%;min-width:120px}
svg{max-width:100%;height:auto;display:block}
svg text{font-family:inherit}
.legend{display:flex;flex-wrap:wrap;gap:6px 16px;list-style:none;padding:0;margin:.3em 0}
.legend li{display:flex;align-items:center;gap:6px}
.sw{display:inline-block;width:14px;height:14px;border:1px solid #57606a}
.s-done{fill:#1a7f37;background:#1a7f37}
.s-late{fill:#9a6700;background:#9a6700}
.s-open{fill:#0969da;background:#0969da}
.s-upcoming{fill:#afb8c1;background:#afb8c1}
.s-overdue{fill:#cf222e;background:#cf222e}
.note{color:#57606a;font-size:.9em}
footer{margin-top:2em;color:#57606a;font-size:.85em}
@media (max-width:640px){body{font-size:14px}main{padding:8px}.big{font-size:1.8em}
  td.bar{min-width:80px}}
@media print{body{font-size:10.5pt}main{max-width:none;padding:0}h2{break-after:avoid}
  table,svg{break-inside:auto}tr{break-inside:avoid}.wrap{overflow:visible}}
)css";

}  // namespace

void BeginPage(std::string& out, std::string_view title, std::string_view kind) {
  out += "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n<meta charset=\"utf-8\">\n";
  out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
  // No request may leave the page: no script, no external resource at all.
  out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
         "style-src 'unsafe-inline'; img-src data:\">\n";
  out += "<meta name=\"generator\" content=\"libzi " ZI_CORE_VERSION_STRING "\">\n<title>";
  AppendHtmlText(out, title);
  out += "</title>\n<style>";
  out += kCss;
  out += "</style>\n</head>\n<body>\n<main data-report=\"";
  AppendHtmlAttr(out, kind);
  out += "\"";
}

void EndPage(std::string& out) {
  out += "<footer>Dibuat oleh libzi " ZI_CORE_VERSION_STRING
         ". Nilai dihitung menurut aturan yang sama dengan <code>zi score</code> dan "
         "<code>zi portfolio</code>; angka ditampilkan dengan dua desimal.</footer>\n";
  out += "</main>\n</body>\n</html>\n";
}

// A horizontal bar 0..1 with an optional threshold marker, as a small inline SVG.
void AppendBar(std::string& out, const std::optional<double>& fraction,
               std::optional<double> threshold, std::string_view label) {
  const double v = fraction ? std::clamp(*fraction, 0.0, 1.0) : 0.0;
  out += "<svg viewBox=\"0 0 200 16\" width=\"200\" height=\"16\" role=\"img\" aria-label=\"";
  AppendHtmlAttr(out, label);
  out += "\"><rect x=\"0\" y=\"2\" width=\"200\" height=\"12\" fill=\"#eaeef2\"/>";
  if (fraction) {
    const bool below = threshold && *fraction + 1e-12 < *threshold;
    internal::Append(&out, "<rect x=\"0\" y=\"2\" width=\"", DataNumber(std::round(v * 2000) / 10),
                     "\" height=\"12\" fill=\"", below ? "#cf222e" : "#1a7f37", "\"/>");
  }
  if (threshold) {
    const double t = std::clamp(*threshold, 0.0, 1.0) * 200;
    internal::Append(&out, "<line x1=\"", DataNumber(t), "\" x2=\"", DataNumber(t),
                     "\" y1=\"0\" y2=\"16\" stroke=\"#1f2328\" stroke-width=\"2\"/>");
  }
  out += "</svg>";
}

void AppendLegend(std::string& out, const std::array<int, 5>* counts) {
  out += "<ul class=\"legend\">";
  for (OccurrenceStatus s :
       {OccurrenceStatus::kDone, OccurrenceStatus::kDoneLate, OccurrenceStatus::kOpen,
        OccurrenceStatus::kUpcoming, OccurrenceStatus::kOverdue}) {
    internal::Append(&out, "<li><span class=\"sw ", StatusClass(s), "\" aria-hidden=\"true\"></span>",
                     Label(s));
    if (counts) {
      internal::Append(&out, ": <span data-legend-count=\"", ToString(s), "\">",
                       FormatIndonesianNumber((*counts)[static_cast<size_t>(s)], 0), "</span>");
    }
    out += "</li>";
  }
  out += "</ul>\n";
}

}  // namespace html_report

namespace {

using namespace html_report;
using internal::AppendHtmlAttr;
using internal::AppendHtmlText;
using internal::Append;
using internal::Cat;

void AppendGantt(std::string& out, const ComplianceReport& report) {
  const int year = report.plan.year();
  const Date first = Date::FromYmd(year, 1, 1);
  const Date last = Date::FromYmd(year, 12, 31);
  // The span shown: the plan year, widened to any window or due date outside it.
  Date lo = first, hi = last;
  for (const ComponentScore& c : report.components)
    for (const AspectScore& a : c.aspects)
      for (const IndicatorScore& i : a.indicators)
        for (const OccurrenceScore& o : i.occurrences) {
          lo = std::min(lo, o.occurrence.window_start);
          hi = std::max(hi, o.occurrence.due);
        }
  const double label_w = 90, chart_w = 900, row_h = 14, top = 34;
  const double span = static_cast<double>(hi - lo + 1);
  const auto x_of = [&](Date d) { return label_w + chart_w * static_cast<double>(d - lo) / span; };
  size_t rows = 0;
  for (const ComponentScore& c : report.components)
    for (const AspectScore& a : c.aspects) rows += a.indicators.size();
  const double height = top + row_h * static_cast<double>(rows) + 10;
  Append(&out, "<div class=\"wrap\"><svg id=\"gantt\" viewBox=\"0 0 ", label_w + chart_w + 10, " ",
         DataNumber(height), "\" width=\"", label_w + chart_w + 10, "\" role=\"img\" "
         "aria-labelledby=\"gantt-title\"><title id=\"gantt-title\">Linimasa ",
         rows, " indikator tahun ", year,
         ": setiap periode keluaran dari awal periode sampai tenggat, diwarnai menurut status; "
         "garis merah putus-putus = tanggal laporan</title>");
  // Month grid.
  for (int y = lo.year(); y <= hi.year(); ++y) {
    for (int m = 1; m <= 12; ++m) {
      const Date d = Date::FromYmd(y, m, 1);
      if (d < lo || d > hi) continue;
      const double x = x_of(d);
      Append(&out, "<line x1=\"", DataNumber(x), "\" x2=\"", DataNumber(x), "\" y1=\"20\" y2=\"",
             DataNumber(height - 8), "\" stroke=\"#d0d7de\"/><text x=\"", DataNumber(x + 3),
             "\" y=\"16\" font-size=\"11\" fill=\"#57606a\">", ShortMonth(m),
             y != year ? Cat(" ", y) : std::string(), "</text>");
    }
  }
  size_t row = 0;
  for (const ComponentScore& c : report.components) {
    for (const AspectScore& a : c.aspects) {
      for (const IndicatorScore& i : a.indicators) {
        const double y = top + row_h * static_cast<double>(row);
        Append(&out, "<g data-indicator=\"", HtmlAttr(i.id), "\"><text x=\"2\" y=\"",
               DataNumber(y + 10), "\" font-size=\"10\">", HtmlText(i.id), "</text>");
        for (const OccurrenceScore& o : i.occurrences) {
          const double x0 = x_of(o.occurrence.window_start);
          const double x1 = std::max(x0 + 2, x_of(o.occurrence.due.AddDays(1)));
          Append(&out, "<rect class=\"occ ", StatusClass(o.status), "\" data-status=\"",
                 ToString(o.status), "\" data-occurrence=\"", o.occurrence.index, "\" x=\"",
                 DataNumber(std::round(x0 * 10) / 10), "\" y=\"", DataNumber(y + 2),
                 "\" width=\"", DataNumber(std::round((x1 - x0) * 10) / 10),
                 "\" height=\"10\"><title>", HtmlText(i.id), " periode ", o.occurrence.index,
                 ": ", Label(o.status), ", ", FormatIsoDate(o.occurrence.window_start), " s.d. ",
                 FormatIsoDate(o.occurrence.due), "</title></rect>");
        }
        out += "</g>";
        ++row;
      }
    }
  }
  if (report.as_of >= lo && report.as_of <= hi) {
    const double x = x_of(report.as_of);
    Append(&out, "<line id=\"as-of-line\" x1=\"", DataNumber(x), "\" x2=\"", DataNumber(x),
           "\" y1=\"20\" y2=\"", DataNumber(height - 4),
           "\" stroke=\"#cf222e\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/><text x=\"",
           DataNumber(x + 3), "\" y=\"29\" font-size=\"10\" fill=\"#cf222e\">",
           LongDate(report.as_of), "</text>");
  }
  out += "</svg></div>\n";
}

void AppendAgendaTable(std::string& out, std::string_view id, std::string_view caption,
                       const std::vector<AgendaItem>& items) {
  Append(&out, "<div class=\"wrap\"><table id=\"", id, "\" data-count=\"", items.size(),
         "\"><caption>");
  AppendHtmlText(out, caption);
  Append(&out, " (", items.size(), ")</caption>");
  if (items.empty()) {
    out += "<tbody><tr><td>Tidak ada.</td></tr></tbody></table></div>\n";
    return;
  }
  // A Penanggung jawab column when some item has one (a plan without any keeps the table as
  // it was).
  bool responsible = false;
  for (const AgendaItem& it : items) responsible |= !it.indicator->ref->responsible().empty();
  out += "<thead><tr><th scope=\"col\">Indikator</th><th scope=\"col\">Periode</th>"
         "<th scope=\"col\">Tenggat</th><th scope=\"col\" class=\"n\">Hari kerja</th>"
         "<th scope=\"col\" class=\"n\">Capaian</th><th scope=\"col\">Bukti fisik</th>";
  if (responsible) out += "<th scope=\"col\">Penanggung jawab</th>";
  out += "</tr></thead><tbody>";
  for (const AgendaItem& it : items) {
    const Indicator& ind = *it.indicator->ref->indicator;
    const OccurrenceScore& o = *it.occurrence;
    Append(&out, "<tr data-indicator=\"", HtmlAttr(ind.id), "\" data-occurrence=\"",
           o.occurrence.index, "\"><td><b>", HtmlText(ind.id), "</b> ", HtmlText(ind.text),
           "</td><td class=\"n\">", o.occurrence.index, "</td><td>", LongDate(o.occurrence.due),
           "</td><td class=\"n\">");
    if (it.working_days < 0) {
      Append(&out, "lewat ", -it.working_days);
    } else if (it.working_days == 0) {
      out += "hari ini";
    } else {
      Append(&out, it.working_days, " lagi");
    }
    Append(&out, "</td><td class=\"n\">", o.on_time + o.late, " dari ", o.occurrence.required,
           "</td><td>", ind.evidence.empty() ? "–" : HtmlText(ind.evidence), "</td>");
    if (responsible) {
      const std::string& pj = it.indicator->ref->responsible();
      Append(&out, "<td>", pj.empty() ? "–" : HtmlText(pj), "</td>");
    }
    out += "</tr>";
  }
  out += "</tbody></table></div>\n";
}

void AppendLke(std::string& out, const LkeEvaluation& lke) {
  const LkeScore& s = lke.score;
  Append(&out, "<section id=\"lke\" data-lke-total=\"", DataNumber(s.total),
         "\"><h2>Lembar Kerja Evaluasi (LKE)</h2><p>Nilai total <b>",
         FormatIndonesianNumber(s.total), "</b> (pengungkit ", FormatIndonesianNumber(s.pengungkit),
         ", hasil ", FormatIndonesianNumber(s.hasil), "); ", s.answered, " dari ", s.scored_items,
         " butir terjawab.</p>");
  out += "<div class=\"wrap\"><table id=\"lke-areas\"><caption>Area pengungkit</caption><thead><tr>"
         "<th scope=\"col\">Area</th><th scope=\"col\" class=\"n\">Bobot</th>"
         "<th scope=\"col\" class=\"n\">Pemenuhan</th><th scope=\"col\" class=\"n\">Reform</th>"
         "<th scope=\"col\" class=\"n\">Nilai</th><th scope=\"col\" class=\"n\">Persen</th>"
         "<th scope=\"col\">Grafik</th></tr></thead><tbody>";
  for (const LkeAreaScore& a : s.areas) {
    Append(&out, "<tr data-area=\"", HtmlAttr(a.code), "\" data-area-score=\"", DataNumber(a.score),
           "\"><th scope=\"row\">", HtmlText(a.code), " ", HtmlText(a.name), "</th><td class=\"n\">",
           FormatIndonesianNumber(a.weight), "</td><td class=\"n\">",
           FormatIndonesianNumber(a.pemenuhan.score), "</td><td class=\"n\">",
           FormatIndonesianNumber(a.reform.score), "</td><td class=\"n\">",
           FormatIndonesianNumber(a.score), "</td><td class=\"n\">",
           FormatIndonesianNumber(a.fraction * 100), "%</td><td class=\"bar\">");
    AppendBar(out, a.fraction, std::nullopt, Cat(a.code, " ", FormatIndonesianNumber(a.fraction * 100), "%"));
    out += "</td></tr>";
  }
  out += "</tbody></table></div>\n";
  for (const LkePredicateResult& p : lke.predicates) {
    Append(&out, "<h3>Predikat ", HtmlText(p.name), " (", HtmlText(p.predicate), "): <span class=\"verdict ",
           p.pass ? "pass" : "fail", "\" data-predicate=\"", HtmlAttr(p.predicate),
           "\" data-pass=\"", p.pass ? "true" : "false", "\">",
           p.pass ? "memenuhi syarat" : "belum memenuhi syarat", "</span></h3>");
    Append(&out, "<div class=\"wrap\"><table data-predicate-table=\"", HtmlAttr(p.predicate),
           "\"><caption>Kriteria ", HtmlText(p.predicate),
           "</caption><thead><tr><th scope=\"col\">Kriteria</th><th scope=\"col\" class=\"n\">Nilai</th>"
           "<th scope=\"col\" class=\"n\">Batas</th><th scope=\"col\" class=\"n\">Selisih</th>"
           "<th scope=\"col\">Hasil</th></tr></thead><tbody>");
    for (const LkeCriterionResult& c : p.criteria) {
      const double k = c.is_fraction ? 100 : 1;
      const char* unit = c.is_fraction ? "%" : "";
      Append(&out, "<tr data-criterion=\"", HtmlAttr(c.id), "\" data-value=\"", DataNumber(c.value),
             "\" data-threshold=\"", DataNumber(c.threshold), "\" data-margin=\"",
             DataNumber(c.margin), "\"><td>", HtmlText(c.label), "</td>");
      if (c.is_prior) {
        Append(&out, "<td class=\"n\">", c.value >= 1 ? "ada" : "tidak ada",
               "</td><td class=\"n\">ada</td><td class=\"n\">–</td>");
      } else {
        Append(&out, "<td class=\"n\">", FormatIndonesianNumber(c.value * k), unit,
               "</td><td class=\"n\">", FormatIndonesianNumber(c.threshold * k), unit,
               "</td><td class=\"n\">", c.margin >= 0 ? "+" : "", FormatIndonesianNumber(c.margin * k),
               unit, "</td>");
      }
      Append(&out, "<td><span class=\"verdict ", c.pass ? "pass" : "fail", "\">",
             c.pass ? "memenuhi" : "tidak memenuhi", "</span></td></tr>");
    }
    out += "</tbody></table></div>\n";
  }
  out += "</section>\n";
}

}  // namespace

std::string WriteSatkerReportHtml(const ComplianceReport& report, const Calendar& calendar,
                                  const LkeEvaluation* lke, const ReportHtmlOptions& options) {
  const Plan& plan = report.plan;
  const Satker& s = plan.satker();
  AgendaOptions agenda_options;
  agenda_options.within_working_days = options.due_soon_working_days;
  agenda_options.upcoming_limit = 0;
  const Agenda agenda = BuildAgenda(report, calendar, agenda_options);
  std::array<int, 5> counts{};
  size_t total = 0;
  for (const ComponentScore& c : report.components)
    for (const AspectScore& a : c.aspects)
      for (const IndicatorScore& i : a.indicators)
        for (const OccurrenceScore& o : i.occurrences) {
          ++counts[static_cast<size_t>(o.status)];
          ++total;
        }

  std::string out;
  out.reserve(256 * 1024);
  BeginPage(out, Cat("Laporan Rencana Aksi ZI ", s.name, " per ", LongDate(report.as_of)),
            "satker");
  Append(&out, " data-satker=\"", HtmlAttr(s.code), "\" data-year=\"", plan.year(),
         "\" data-as-of=\"", FormatIsoDate(report.as_of), "\" data-plan-score=\"",
         DataNumber(report.score), "\" data-threshold=\"", DataNumber(options.threshold),
         "\" data-occurrences=\"", total, "\">\n");
  Append(&out, "<h1>Laporan Kepatuhan Rencana Aksi Zona Integritas</h1>\n<dl class=\"meta\">"
         "<dt>Satker</dt><dd>", HtmlText(s.name), " (", HtmlText(s.code), ")</dd><dt>Tahun</dt><dd>",
         plan.year(), "</dd>");
  const Decree& d = plan.data().decree;
  if (!d.number.empty() || !d.title.empty()) {
    out += "<dt>Keputusan</dt><dd>";
    if (!d.number.empty()) Append(&out, "Nomor ", HtmlText(d.number));
    if (d.date) Append(&out, ", tanggal ", LongDate(*d.date));
    if (!d.title.empty()) Append(&out, (d.number.empty() ? "" : ": "), HtmlText(d.title));
    out += "</dd>";
  }
  Append(&out, "<dt>Per tanggal</dt><dd><time datetime=\"", FormatIsoDate(report.as_of), "\">",
         LongDate(report.as_of), "</time></dd><dt>Kalender</dt><dd>", HtmlText(calendar.name()),
         "</dd><dt>Bukti</dt><dd>", report.evidence.size(), " catatan</dd></dl>\n");

  // Score against the threshold.
  const bool pass = report.score && *report.score + 1e-9 >= options.threshold;
  Append(&out, "<section id=\"nilai\"><h2>Nilai rencana aksi</h2><p><span class=\"big\" "
         "id=\"plan-score\" data-score=\"", DataNumber(report.score), "\">",
         Score(report.score, 1), "</span> dari 100 &nbsp; <span class=\"verdict ",
         pass ? "pass" : "fail", "\">", report.score ? (pass ? "mencapai" : "di bawah") : "belum dinilai",
         " ambang ", FormatIndonesianNumber(options.threshold), "</span></p>");
  AppendBar(out, report.score ? std::optional<double>(*report.score / 100) : std::nullopt,
            options.threshold / 100,
            Cat("Nilai ", Score(report.score, 1), " terhadap ambang ",
                FormatIndonesianNumber(options.threshold)));
  out += "<p class=\"note\">Batang hijau: mencapai ambang; merah: di bawah ambang; garis hitam: "
         "ambang.</p>\n";

  // Status counts.
  out += "<div class=\"wrap\"><table id=\"status-counts\"><caption>Keluaran menurut status"
         "</caption><thead><tr><th scope=\"col\">Status</th><th scope=\"col\" class=\"n\">Jumlah"
         "</th></tr></thead><tbody>";
  for (OccurrenceStatus st :
       {OccurrenceStatus::kDone, OccurrenceStatus::kDoneLate, OccurrenceStatus::kOpen,
        OccurrenceStatus::kUpcoming, OccurrenceStatus::kOverdue}) {
    Append(&out, "<tr><th scope=\"row\"><span class=\"sw ", StatusClass(st),
           "\" aria-hidden=\"true\"></span> ", Label(st), "</th><td class=\"n\" data-status-count=\"",
           ToString(st), "\">", counts[static_cast<size_t>(st)], "</td></tr>");
  }
  Append(&out, "<tr><th scope=\"row\">Jumlah</th><td class=\"n\">", total,
         "</td></tr></tbody></table></div></section>\n");

  // Komponen and aspek.
  out += "<section id=\"komponen\"><h2>Nilai per komponen dan aspek</h2><div class=\"wrap\">"
         "<table id=\"komponen-table\"><caption>Komponen (0–100; garis = ambang)</caption><thead>"
         "<tr><th scope=\"col\">Komponen</th><th scope=\"col\" class=\"n\">Bobot</th>"
         "<th scope=\"col\" class=\"n\">Nilai</th><th scope=\"col\">Grafik</th></tr></thead><tbody>";
  for (const ComponentScore& c : report.components) {
    Append(&out, "<tr data-komponen-id=\"", HtmlAttr(c.id), "\" data-komponen-score=\"",
           DataPoints(c.score), "\"><th scope=\"row\">", HtmlText(c.id), ". ",
           HtmlText(c.component->name), "</th><td class=\"n\">", FormatIndonesianNumber(c.weight),
           "</td><td class=\"n\">", Score(c.score, 100), "</td><td class=\"bar\">");
    AppendBar(out, c.score, options.threshold / 100, Cat(c.component->name, ": ", Score(c.score, 100)));
    out += "</td></tr>";
  }
  out += "</tbody></table></div>\n<div class=\"wrap\"><table id=\"aspek-table\"><caption>Aspek"
         "</caption><thead><tr><th scope=\"col\">Aspek</th><th scope=\"col\" class=\"n\">Bobot</th>"
         "<th scope=\"col\" class=\"n\">Nilai</th><th scope=\"col\">Grafik</th></tr></thead><tbody>";
  for (const ComponentScore& c : report.components) {
    Append(&out, "<tr><th scope=\"rowgroup\" colspan=\"4\">", HtmlText(c.id), ". ",
           HtmlText(c.component->name), "</th></tr>");
    for (const AspectScore& a : c.aspects) {
      Append(&out, "<tr data-aspek-id=\"", HtmlAttr(a.id), "\" data-aspek-score=\"",
             DataPoints(a.score), "\"><th scope=\"row\">", HtmlText(a.id), " ",
             HtmlText(a.aspect->name), "</th><td class=\"n\">", FormatIndonesianNumber(a.weight),
             "</td><td class=\"n\">", Score(a.score, 100), "</td><td class=\"bar\">");
      AppendBar(out, a.score, options.threshold / 100, Cat(a.aspect->name, ": ", Score(a.score, 100)));
      out += "</td></tr>";
    }
  }
  out += "</tbody></table></div></section>\n";

  // Timeline.
  Append(&out, "<section id=\"linimasa\"><h2>Linimasa keluaran ", plan.year(), "</h2>");
  AppendLegend(out, &counts);
  AppendGantt(out, report);
  out += "</section>\n";

  // Lists.
  out += "<section id=\"daftar\"><h2>Yang perlu ditindaklanjuti</h2>";
  AppendAgendaTable(out, "overdue", "Terlambat (lewat tenggat, belum selesai)", agenda.overdue);
  AppendAgendaTable(out, "due-soon",
                    Cat("Jatuh tempo dalam ", options.due_soon_working_days, " hari kerja"),
                    agenda.due_soon);
  out += "</section>\n";

  if (lke) AppendLke(out, *lke);
  EndPage(out);
  return out;
}

}  // namespace v1
}  // namespace zi
