// The rules every JSON input shares (src/internal/json_io.cpp): no object may repeat a key
// and no key or string may hold a karakter NUL. The per-format suites check them through
// each reader; this one checks the parser's edge cases and the calendar reader.
#include <gtest/gtest.h>

#include <string>

#include "internal/json_io.hpp"
#include "zi/io/calendar_json.hpp"

namespace zi {
namespace {

std::string ParseError(const std::string& text) {
  absl::StatusOr<internal::json::value> v = internal::ParseJson(text, "in.json");
  EXPECT_FALSE(v.ok()) << text;
  EXPECT_EQ(v.status().code(), absl::StatusCode::kInvalidArgument);
  return std::string(v.status().message());
}

TEST(JsonInputTest, AcceptsRepeatedKeysInDifferentObjects) {
  absl::StatusOr<internal::json::value> v = internal::ParseJson(
      R"({"a": {"a": 1, "b": {"a": 2}}, "b": [{"a": 1}, {"a": 2}], "c": "x\u0001y"})", "");
  ASSERT_TRUE(v.ok()) << v.status();
  EXPECT_EQ(v->at("b").at(1).at("a").as_int64(), 2);
}

TEST(JsonInputTest, DuplicateKeysAreComparedDecoded) {
  EXPECT_EQ(ParseError(R"({"a": 1, "\u0061": 2})"),
            "in.json: baris 1, kolom 10: /a: kunci 'a' muncul dua kali");
  EXPECT_EQ(ParseError(R"({"": 1, "": 2})"), "in.json: baris 1, kolom 9: /: kunci '' muncul dua kali");
  // The pointer escapes '/' and '~'; the column is that of the key's opening quote, past
  // escaped quotes inside it.
  EXPECT_EQ(ParseError(R"({"x": {"a/b~\"": 1, "a/b~\"": 2}})"),
            "in.json: baris 1, kolom 21: /x/a~1b~0\": kunci 'a/b~\"' muncul dua kali");
  EXPECT_EQ(ParseError("[1, [true, {\"k\": null,\n\"k\": 0}]]"),
            "in.json: baris 2, kolom 1: /1/1/k: kunci 'k' muncul dua kali");
  // The first problem in the text is the one reported.
  EXPECT_EQ(ParseError(R"({"a": 1, "a": 2, "b": })"),
            "in.json: baris 1, kolom 10: /a: kunci 'a' muncul dua kali");
  EXPECT_NE(ParseError(R"({"b": , "a": 1, "a": 2})").find("baris 1, kolom 7: JSON tidak sah"),
            std::string::npos);
}

TEST(JsonInputTest, NulCharactersAreRejectedInKeysAndStrings) {
  EXPECT_EQ(ParseError(R"("\u0000")"),
            "in.json: baris 1, kolom 1: /: karakter NUL (\\u0000) dalam teks");
  EXPECT_EQ(ParseError(R"([0, {"k": ["a", "long text\n\u0000 after an escape"]}])"),
            "in.json: baris 1, kolom 17: /1/k/1: karakter NUL (\\u0000) dalam teks");
  EXPECT_EQ(ParseError(R"({"a": {"\"\u0000": 1}})"),
            "in.json: baris 1, kolom 8: /a: karakter NUL (\\u0000) dalam kunci");
  // A raw NUL byte is not JSON at all.
  EXPECT_NE(ParseError(std::string("[\"a\0\"]", 6)).find("JSON tidak sah"), std::string::npos);
  // Other control characters, escaped, are text like any other.
  absl::StatusOr<internal::json::value> v = internal::ParseJson(R"(["\u0001", "\u001f"])", "");
  EXPECT_TRUE(v.ok()) << v.status();
}

constexpr char kCalendar[] =
    "{\"format\": \"zi.calendar/1\", \"name\": \"T-2030\",\n"
    " \"years\": [2030],\n"
    " \"holidays\": [{\"date\": \"2030-01-01\", \"kind\": \"libur_nasional\", \"name\": \"A\"}]}";

TEST(JsonInputTest, CalendarRejectsDuplicateKeysAndNulCharacters) {
  ASSERT_TRUE(ReadCalendarJson(kCalendar).ok()) << ReadCalendarJson(kCalendar).status();
  const auto message = [](const std::string& from, const std::string& to) {
    std::string text = kCalendar;
    const size_t at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    if (at != std::string::npos) text.replace(at, from.size(), to);
    absl::StatusOr<Calendar> cal = ReadCalendarJson(text, "cal.json");
    EXPECT_FALSE(cal.ok()) << text;
    EXPECT_EQ(cal.status().code(), absl::StatusCode::kInvalidArgument);
    return std::string(cal.status().message());
  };
  EXPECT_EQ(message("\"years\": [2030],", "\"years\": [2030], \"years\": [2031],"),
            "cal.json: baris 2, kolom 19: /years: kunci 'years' muncul dua kali");
  EXPECT_EQ(message("\"date\": \"2030-01-01\",",
                    "\"date\": \"2030-01-01\", \"date\": \"2030-01-02\","),
            "cal.json: baris 3, kolom 38: /holidays/0/date: kunci 'date' muncul dua kali");
  EXPECT_EQ(message("\"T-2030\"", "\"T\\u0000-2030\""),
            "cal.json: baris 1, kolom 37: /name: karakter NUL (\\u0000) dalam teks");
}

}  // namespace
}  // namespace zi
