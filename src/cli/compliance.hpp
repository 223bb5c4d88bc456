// Shared inputs of the compliance commands (score, agenda, explain): plan, calendar,
// evidence, as-of date and scoring policy, read from the command line.
#ifndef ZI_CLI_COMPLIANCE_HPP
#define ZI_CLI_COMPLIANCE_HPP

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "args.hpp"
#include "zi/compliance/evidence.hpp"
#include "zi/compliance/scoring.hpp"
#include "zi/deadline/calendar.hpp"
#include "zi/deadline/occurrence.hpp"

namespace zi::cli {

struct ComplianceInputs {
  Plan plan{PlanData{}};
  Calendar calendar;
  PlanOccurrences occurrences;
  EvidenceImport evidence;
  Date as_of;
  ScoringPolicy policy;
};

// The options every compliance command takes (not the output ones: WithOutputOptions).
ArgSpec ComplianceSpec();
// --encoding, --delimiter, --date-order (case-insensitive enums), --evidence-sheet and
// --infer-occurrence: how an evidence file is read.
ArgSpec WithEvidenceReadOptions(ArgSpec spec);
std::vector<std::string> EncodingAliases();  // utf8, latin1, ...: accepted, not listed
// "--as-of YYYY-MM-DD wajib ...": the message of a command run without its date.
inline constexpr char kAsOfRequired[] =
    "--as-of YYYY-MM-DD wajib diberikan (mesin penilai tidak pernah membaca jam)";

// Reads --plan, --calendar, --cuti-bersama-working, --as-of (required), --evidence,
// --allow-rejects, --late-credit, --count-submitted. Rejected evidence rows are printed
// to `err`; unless --allow-rejects they make this fail. On failure returns nullopt and
// sets *exit_code.
std::optional<ComplianceInputs> ReadComplianceInputs(const Args& args, std::ostream& err,
                                                     int* exit_code);

// --encoding, --delimiter, --date-order, --evidence-sheet, --infer-occurrence.
// InvalidArgument (a usage error) for a bad value.
absl::StatusOr<EvidenceReadOptions> EvidenceOptionsArg(const Args& args);
// Rejected rows, notes (inferred occurrences), rows of satker outside the scope (one line
// per satker) and unfilled template rows, to `err`.
void PrintEvidenceRemarks(std::ostream& err, const std::string& path,
                          const EvidenceImport& evidence);

// "1 Juli 2026" and "Rabu, 1 Juli 2026".
std::string LongDate(Date d);
std::string LongDateWithDay(Date d);
// A 0..1 score as a 0..100 number with a decimal comma ("71,25"), or "–" for null.
std::string Percent(const std::optional<double>& x);

}  // namespace zi::cli

#endif  // ZI_CLI_COMPLIANCE_HPP
