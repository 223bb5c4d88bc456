// The portfolio HTML report: ranking, per-parent chart, score distribution, satker below
// the threshold (docs/report.md).
#include <algorithm>
#include <cmath>
#include <map>

#include "internal/html_escape.hpp"
#include "internal/report_html_internal.hpp"
#include "internal/strings.hpp"
#include "zi/io/report_html.hpp"

namespace zi {
inline namespace v1 {
namespace {

using namespace html_report;
using internal::Append;
using internal::AppendHtmlText;
using internal::Cat;
using internal::HtmlAttr;
using internal::HtmlText;

// Ten bins of width 10; a score of exactly 100 goes into the last.
int Bin(double score) { return std::clamp(static_cast<int>(std::floor(score / 10)), 0, 9); }

void AppendHistogram(std::string& out, const std::array<int, 10>& bins, int unscored,
                     double threshold) {
  const int peak = std::max(1, *std::max_element(bins.begin(), bins.end()));
  const double w = 60, h = 200, left = 40, top = 20;
  Append(&out, "<svg id=\"histogram\" viewBox=\"0 0 ", left + 10 * w + 10, " ", top + h + 40,
         "\" width=\"", left + 10 * w + 10, "\" role=\"img\" aria-labelledby=\"hist-title\">"
         "<title id=\"hist-title\">Sebaran nilai satker dalam sepuluh kelas selebar 10 poin</title>");
  for (int b = 0; b < 10; ++b) {
    const double bh = h * bins[static_cast<size_t>(b)] / peak;
    const double x = left + b * w;
    const bool below = (b + 1) * 10 <= threshold;
    Append(&out, "<g data-bin-lo=\"", b * 10, "\" data-bin-count=\"", bins[static_cast<size_t>(b)],
           "\"><rect x=\"", DataNumber(x + 4), "\" y=\"", DataNumber(top + h - bh), "\" width=\"",
           DataNumber(w - 8), "\" height=\"", DataNumber(bh), "\" fill=\"",
           below ? "#cf222e" : "#0969da", "\"><title>", b * 10, "–", b == 9 ? 100 : b * 10 + 10,
           ": ", bins[static_cast<size_t>(b)], " satker</title></rect><text x=\"",
           DataNumber(x + w / 2), "\" y=\"", DataNumber(top + h - bh - 4),
           "\" font-size=\"12\" text-anchor=\"middle\">", bins[static_cast<size_t>(b)],
           "</text><text x=\"", DataNumber(x + w / 2), "\" y=\"", DataNumber(top + h + 16),
           "\" font-size=\"11\" text-anchor=\"middle\">", b * 10, "–", b == 9 ? 100 : b * 10 + 10,
           "</text></g>");
  }
  const double tx = left + 10 * w * std::clamp(threshold, 0.0, 100.0) / 100;
  Append(&out, "<line x1=\"", DataNumber(tx), "\" x2=\"", DataNumber(tx), "\" y1=\"", top - 10,
         "\" y2=\"", top + h, "\" stroke=\"#1f2328\" stroke-width=\"2\" stroke-dasharray=\"5 3\"/>"
         "<text x=\"", DataNumber(tx + 4), "\" y=\"", top - 2, "\" font-size=\"11\">ambang ",
         FormatIndonesianNumber(threshold), "</text><line x1=\"", left, "\" x2=\"",
         left + 10 * w, "\" y1=\"", top + h, "\" y2=\"", top + h,
         "\" stroke=\"#57606a\"/><text x=\"", left, "\" y=\"", top + h + 34,
         "\" font-size=\"11\" fill=\"#57606a\">Tanpa nilai: ", unscored, " satker</text></svg>\n");
}

}  // namespace

std::string WritePortfolioReportHtml(const CompiledPortfolio& portfolio,
                                     const PortfolioScores& scores,
                                     const ReportHtmlOptions& options) {
  const size_t n = std::min(portfolio.plan_count(), scores.score.size());
  std::map<std::string, std::string, std::less<>> names;
  for (size_t p = 0; p < n; ++p) names[portfolio.satker(p).code] = portfolio.satker(p).name;
  std::array<int, 10> bins{};
  int unscored = 0;
  std::vector<uint32_t> below;
  double sum = 0;
  int scored = 0;
  for (uint32_t p : scores.ranking) {
    if (p >= n) continue;
    if (!scores.score[p]) {
      ++unscored;
      continue;
    }
    const double v = *scores.score[p];
    ++bins[static_cast<size_t>(Bin(v))];
    sum += v;
    ++scored;
    if (v < options.threshold) below.push_back(p);
  }
  std::array<int, 5> counts{};
  for (size_t p = 0; p < n && p < scores.status_counts.size(); ++p)
    for (size_t k = 0; k < 5; ++k) counts[k] += scores.status_counts[p][k];

  std::string out;
  out.reserve(n * 700 + 64 * 1024);
  BeginPage(out, Cat("Peringkat Rencana Aksi ZI per ", LongDate(scores.as_of)), "portfolio");
  Append(&out, " data-as-of=\"", FormatIsoDate(scores.as_of), "\" data-satker-count=\"", n,
         "\" data-threshold=\"", DataNumber(options.threshold), "\" data-below-count=\"",
         below.size(), "\">\n");
  Append(&out, "<h1>Peringkat Kepatuhan Rencana Aksi Zona Integritas</h1>\n<dl class=\"meta\">"
         "<dt>Per tanggal</dt><dd><time datetime=\"", FormatIsoDate(scores.as_of), "\">",
         LongDate(scores.as_of), "</time></dd><dt>Satker</dt><dd>", n, " (", scored,
         " bernilai)</dd><dt>Keluaran</dt><dd>", FormatIndonesianNumber(
             static_cast<double>(portfolio.occurrence_count()), 0),
         "</dd><dt>Rata-rata nilai</dt><dd id=\"mean-score\">",
         scored ? FormatIndonesianNumber(sum / scored) : "–", "</dd><dt>Ambang</dt><dd>",
         FormatIndonesianNumber(options.threshold), " (", below.size(),
         " satker di bawahnya)</dd></dl>\n");
  out += "<h2>Keluaran menurut status</h2>";
  AppendLegend(out, &counts);

  // Distribution.
  out += "<section id=\"sebaran\"><h2>Sebaran nilai</h2><div class=\"wrap\">";
  AppendHistogram(out, bins, unscored, options.threshold);
  out += "</div><p class=\"note\">Kelas merah seluruhnya di bawah ambang. Setiap kelas mencakup "
         "batas bawahnya; nilai 100 masuk kelas 90–100.</p></section>\n";

  // Per parent.
  out += "<section id=\"induk\"><h2>Rekap per satker induk (provinsi)</h2><div class=\"wrap\">"
         "<table id=\"rollup-table\"><caption>Rata-rata nilai satker di bawah setiap induk "
         "(garis = ambang)</caption><thead><tr><th scope=\"col\">Induk</th>"
         "<th scope=\"col\" class=\"n\">Satker</th><th scope=\"col\" class=\"n\">Rata-rata</th>"
         "<th scope=\"col\" class=\"n\">Min</th><th scope=\"col\" class=\"n\">Maks</th>"
         "<th scope=\"col\" class=\"n\">&ge; ambang</th><th scope=\"col\">Grafik</th></tr></thead>"
         "<tbody>";
  for (const RollUp& r : scores.rollups) {
    const auto it = names.find(r.parent);
    const std::string label =
        r.parent.empty() ? "(tanpa induk)"
                         : (it == names.end() ? r.parent : Cat(r.parent, " ", it->second));
    Append(&out, "<tr data-parent=\"", HtmlAttr(r.parent), "\" data-parent-mean=\"",
           DataNumber(r.mean), "\" data-parent-count=\"", r.count, "\"><th scope=\"row\">",
           HtmlText(label), "</th><td class=\"n\">", r.count, "</td><td class=\"n\">",
           Score(r.mean, 1), "</td><td class=\"n\">", Score(r.min, 1), "</td><td class=\"n\">",
           Score(r.max, 1), "</td><td class=\"n\">", r.at_or_above, "</td><td class=\"bar\">");
    AppendBar(out, r.mean ? std::optional<double>(*r.mean / 100) : std::nullopt,
              options.threshold / 100, Cat(label, ": ", Score(r.mean, 1)));
    out += "</td></tr>";
  }
  out += "</tbody></table></div></section>\n";

  // Below the threshold.
  Append(&out, "<section id=\"bawah\"><h2>Satker di bawah ambang ",
         FormatIndonesianNumber(options.threshold), "</h2>");
  if (below.empty()) {
    out += "<p>Tidak ada.</p>";
  } else {
    Append(&out, "<p>", below.size(), " satker, dari nilai terendah:</p><div class=\"wrap\">"
           "<table id=\"below-table\"><caption>Di bawah ambang</caption><thead><tr>"
           "<th scope=\"col\">Kode</th><th scope=\"col\">Satker</th><th scope=\"col\" class=\"n\">"
           "Nilai</th><th scope=\"col\" class=\"n\">Terlambat</th></tr></thead><tbody>");
    for (auto it = below.rbegin(); it != below.rend(); ++it) {
      const uint32_t p = *it;
      Append(&out, "<tr data-below=\"", HtmlAttr(portfolio.satker(p).code), "\"><td>",
             HtmlText(portfolio.satker(p).code), "</td><td>", HtmlText(portfolio.satker(p).name),
             "</td><td class=\"n\">", Score(scores.score[p], 1), "</td><td class=\"n\">",
             scores.status_counts[p][static_cast<size_t>(OccurrenceStatus::kOverdue)],
             "</td></tr>");
    }
    out += "</tbody></table></div>";
  }
  out += "</section>\n";

  // Ranking.
  const size_t rows = options.ranking_rows > 0
                          ? std::min(scores.ranking.size(), static_cast<size_t>(options.ranking_rows))
                          : scores.ranking.size();
  Append(&out, "<section id=\"peringkat\"><h2>Peringkat</h2><div class=\"wrap\">"
         "<table id=\"ranking-table\"><caption>Peringkat ", rows, " dari ", scores.ranking.size(),
         " satker (nilai tertinggi dahulu; sama nilai: menurut kode)</caption><thead><tr>"
         "<th scope=\"col\" class=\"n\">No.</th><th scope=\"col\">Kode</th><th scope=\"col\">"
         "Satker</th><th scope=\"col\">Induk</th><th scope=\"col\" class=\"n\">Nilai</th>"
         "<th scope=\"col\" class=\"n\">Selesai</th><th scope=\"col\" class=\"n\">Terlambat</th>"
         "</tr></thead><tbody>");
  for (size_t k = 0; k < rows; ++k) {
    const uint32_t p = scores.ranking[k];
    if (p >= n) continue;
    const Satker& s = portfolio.satker(p);
    const StatusCounts& c = scores.status_counts[p];
    const bool is_below = scores.score[p] && *scores.score[p] < options.threshold;
    Append(&out, "<tr data-rank=\"", k + 1, "\" data-satker=\"", HtmlAttr(s.code),
           "\" data-score=\"", DataNumber(scores.score[p]), "\"><td class=\"n\">", k + 1,
           "</td><td>", HtmlText(s.code), "</td><td>", HtmlText(s.name), "</td><td>",
           HtmlText(s.parent), "</td><td class=\"n\">", Score(scores.score[p], 1),
           is_below ? " <span class=\"verdict fail\">di bawah</span>" : "", "</td><td class=\"n\">",
           c[static_cast<size_t>(OccurrenceStatus::kDone)] +
               c[static_cast<size_t>(OccurrenceStatus::kDoneLate)],
           "</td><td class=\"n\">", c[static_cast<size_t>(OccurrenceStatus::kOverdue)],
           "</td></tr>");
  }
  out += "</tbody></table></div></section>\n";
  EndPage(out);
  return out;
}

}  // namespace v1
}  // namespace zi
