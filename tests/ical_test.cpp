#include "zi/io/ical.hpp"

#include <gtest/gtest.h>

#include <set>

#include "zi/io/calendar_json.hpp"
#include "zi/defaults.hpp"

namespace zi {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    const size_t end = text.find("\r\n", start);
    if (end == std::string::npos) {
      lines.push_back(text.substr(start) + "<no CRLF>");
      break;
    }
    lines.push_back(text.substr(start, end - start));
    start = end + 2;
  }
  return lines;
}

// Joins folded lines back (RFC 5545 §3.1).
std::vector<std::string> Unfold(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  for (const std::string& l : lines) {
    if (!l.empty() && l[0] == ' ' && !out.empty()) {
      out.back() += l.substr(1);
    } else {
      out.push_back(l);
    }
  }
  return out;
}

class IcalTest : public ::testing::Test {
 protected:
  Plan plan_ = *DefaultPlan();
  Calendar calendar_ = *DefaultCalendar();
  PlanOccurrences occurrences_ = ExpandOccurrences(plan_, calendar_);
};

TEST_F(IcalTest, OneTodoPerOccurrenceWithStableUids) {
  const std::string ics = WriteIcal(plan_, occurrences_);
  const std::vector<std::string> lines = Unfold(Lines(ics));
  size_t todos = 0;
  std::set<std::string> uids;
  for (const std::string& l : lines) {
    todos += l == "BEGIN:VTODO";
    if (l.rfind("UID:", 0) == 0) uids.insert(l);
  }
  EXPECT_EQ(todos, occurrences_.occurrences.size());
  EXPECT_EQ(todos, 118u);
  EXPECT_EQ(uids.size(), todos);
  EXPECT_TRUE(uids.count("UID:KPU-72-2026-1.3.1.1-4@zi.kpu.go.id"));
  EXPECT_EQ(ics, WriteIcal(plan_, ExpandOccurrences(plan_, calendar_)));  // deterministic
}

TEST_F(IcalTest, LinesAreFoldedCrlfAndAtMost75Octets) {
  const std::string ics = WriteIcal(plan_, occurrences_);
  for (const std::string& l : Lines(ics)) {
    EXPECT_LE(l.size(), 75u) << l;
    EXPECT_EQ(l.find('\n'), std::string::npos);
    EXPECT_EQ(l.find("<no CRLF>"), std::string::npos);
    // A fold never splits a UTF-8 character: no line starts with a continuation byte.
    if (l.size() > 1 && l[0] == ' ') {
      EXPECT_NE(static_cast<unsigned char>(l[1]) & 0xC0, 0x80) << l;
    }
  }
}

TEST_F(IcalTest, DueDatesTimeZoneAndEscaping) {
  const std::vector<std::string> lines = Unfold(Lines(WriteIcal(plan_, occurrences_)));
  const auto has = [&](const std::string& s) {
    return std::find(lines.begin(), lines.end(), s) != lines.end();
  };
  EXPECT_TRUE(has("TZID:Asia/Makassar"));
  EXPECT_TRUE(has("TZOFFSETTO:+0800"));
  // Januari 2026 is due Mon 2 Feb; Triwulan I Tue 31 Mar; Semester II Thu 31 Dec.
  EXPECT_TRUE(has("DUE;TZID=Asia/Makassar:20260202T235900"));
  EXPECT_TRUE(has("DUE;TZID=Asia/Makassar:20260331T235900"));
  EXPECT_TRUE(has("DUE;TZID=Asia/Makassar:20261231T235900"));
  EXPECT_TRUE(has("DTSTAMP:20260120T000000Z"));
  bool escaped_comma = false;
  for (const std::string& l : lines) {
    if (l.rfind("DESCRIPTION:Indikator 1.4.1.1", 0) == 0) {
      escaped_comma = l.find("Rapat Pleno\\, Rapat\\, Upacara") != std::string::npos;
      EXPECT_NE(l.find("\\nBukti fisik: "), std::string::npos);
    }
  }
  EXPECT_TRUE(escaped_comma);
}

TEST_F(IcalTest, StatusFromAReport) {
  std::vector<EvidenceRecord> ev = {{"KPU-72", "1.1.1.1", 1, Date::FromYmd(2026, 1, 20),
                                     EvidenceStatus::kVerified, 1, "", 2},
                                    {"KPU-72", "1.3.1.1", 2, Date::FromYmd(2026, 5, 2),
                                     EvidenceStatus::kVerified, 1, "", 3}};
  const ComplianceReport r = ScorePlan(plan_, occurrences_, ev, Date::FromYmd(2026, 5, 4));
  const std::vector<std::string> lines = Unfold(Lines(WriteIcal(r)));
  std::map<std::string, std::string> status_by_uid;
  std::string uid;
  for (const std::string& l : lines) {
    if (l.rfind("UID:", 0) == 0) uid = l.substr(4);
    if (l.rfind("STATUS:", 0) == 0) status_by_uid[uid] = l.substr(7);
  }
  EXPECT_EQ(status_by_uid["KPU-72-2026-1.1.1.1-1@zi.kpu.go.id"], "COMPLETED");
  EXPECT_EQ(status_by_uid["KPU-72-2026-1.3.1.1-2@zi.kpu.go.id"], "COMPLETED");
  EXPECT_EQ(status_by_uid["KPU-72-2026-1.3.1.1-1@zi.kpu.go.id"], "NEEDS-ACTION");
  EXPECT_EQ(status_by_uid.size(), 118u);
}

}  // namespace
}  // namespace zi
