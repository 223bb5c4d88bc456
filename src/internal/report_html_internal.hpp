// Shared pieces of the HTML report writers (src/io/report_html*.cpp).
#ifndef ZI_INTERNAL_REPORT_HTML_INTERNAL_HPP
#define ZI_INTERNAL_REPORT_HTML_INTERNAL_HPP

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include "zi/base/date.hpp"
#include "zi/compliance/scoring.hpp"

namespace zi {
inline namespace v1 {
namespace html_report {

// Shortest round-trip form for data-* attributes ("null" for none or non-finite).
std::string DataNumber(double x);
std::string DataNumber(const std::optional<double>& x);
// x × scale in the Indonesian format with two decimals, "–" for none.
std::string Score(const std::optional<double>& x, double scale);
std::string LongDate(Date d);  // "1 Juli 2026"
std::string_view ShortMonth(int month);
const char* StatusClass(OccurrenceStatus s);

// <!DOCTYPE html> ... <main data-report="kind" (left open for more attributes).
void BeginPage(std::string& out, std::string_view title, std::string_view kind);
void EndPage(std::string& out);
// A 0..1 bar (green, or red below the threshold) with the threshold line, as inline SVG.
void AppendBar(std::string& out, const std::optional<double>& fraction,
               std::optional<double> threshold, std::string_view label);
void AppendLegend(std::string& out, const std::array<int, 5>* counts);

}  // namespace html_report
}  // namespace v1
}  // namespace zi

#endif  // ZI_INTERNAL_REPORT_HTML_INTERNAL_HPP
