// LKE answers, JSON and CSV, against the embedded rubric (PermenPANRB 90/2021). The first
// byte picks the reader (even: JSON, odd: CSV). Never crashes; an accepted answer set is
// written in both formats and read back equal (parse -> write -> parse).
#include <cstdlib>

#include "fuzz_common.hpp"
#include "zi/defaults.hpp"
#include "zi/io/lke_answers_csv.hpp"
#include "zi/io/lke_answers_json.hpp"

namespace {
const zi::Rubric& TheRubric() {
  static const zi::Rubric rubric = [] {
    auto r = zi::DefaultRubric();
    if (!r.ok()) std::abort();
    return *std::move(r);
  }();
  return rubric;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1 || size > zi_fuzz::kMaxInput) return -1;
  const bool csv = (data[0] & 1) != 0;
  const auto text = zi_fuzz::Text(data + 1, size - 1);
  const auto& rubric = TheRubric();
  auto answers = csv ? zi::ReadLkeAnswersCsv(text, rubric) : zi::ReadLkeAnswersJson(text, rubric);
  if (!answers.ok()) return 0;
  auto from_json = zi::ReadLkeAnswersJson(zi::WriteLkeAnswersJson(*answers, rubric), rubric);
  zi_fuzz::Check(from_json.ok(), "answers written by WriteLkeAnswersJson are read back");
  zi_fuzz::Check(*from_json == *answers, "LKE answers JSON round trip gives the same answers");
  auto from_csv = zi::ReadLkeAnswersCsv(zi::WriteLkeAnswersCsv(*answers, rubric), rubric);
  zi_fuzz::Check(from_csv.ok(), "answers written by WriteLkeAnswersCsv are read back");
  zi_fuzz::Check(*from_csv == *answers, "LKE answers CSV round trip gives the same answers");
  return 0;
}
