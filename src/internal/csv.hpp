// Internal: reading CSV files of people's making (evidence, LKE answers): RFC 4180
// quoting with commas, quotes and newlines inside fields, CRLF or LF, and the line where
// each record starts, so that every rejected row can be named.
#ifndef ZI_SRC_CSV_HPP
#define ZI_SRC_CSV_HPP

#include <string>
#include <string_view>
#include <vector>

namespace zi::internal {

struct CsvRecord {
  int line = 0;  // the record's first line, 1-based
  std::vector<std::string> fields;
  bool unterminated_quote = false;  // the file ended inside a quoted field
};

class CsvReader {
 public:
  // `text` must outlive the reader; a UTF-8 BOM is skipped.
  explicit CsvReader(std::string_view text);
  // The next record; false at the end of the text.
  bool Next(CsvRecord& rec);

 private:
  std::string_view s_;
  size_t pos_ = 0;
  int line_ = 1;
};

// Spaces, tabs and a stray CR removed from both ends: a view into `s`, or a copy.
std::string_view TrimView(std::string_view s);
std::string Trim(std::string_view s);
// Well-formed UTF-8 without NUL bytes.
bool IsValidUtf8(std::string_view s);
// Every field empty after trimming.
bool IsBlank(const CsvRecord& r);
// A field as a CSV writer must write it: quoted when it holds a comma, quote, newline or
// edge spaces, or starts with '#' (a comment line in the LKE answer CSV).
void AppendCsvField(std::string& out, std::string_view field);

}  // namespace zi::internal

#endif  // ZI_SRC_CSV_HPP
