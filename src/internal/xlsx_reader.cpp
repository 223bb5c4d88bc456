#include "internal/xlsx_reader.hpp"

#include <expat.h>
#include <minizip/unzip.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <functional>
#include <map>
#include <string>

#include "internal/strings.hpp"
#include "zi/base/date.hpp"

namespace zi::internal {

namespace {

constexpr int kMaxColumns = 16384;     // XFD
constexpr int kMaxRows = 1048576;      // Excel's last row
constexpr size_t kMaxEntries = 65536;  // ZIP entries looked at
constexpr char kNsSep = '\x01';        // expat namespace separator (never in a name)

// ---- ZIP from memory ---------------------------------------------------------------------

struct MemoryFile {
  std::string_view bytes;
  uint64_t pos = 0;
};

voidpf ZCALLBACK MemOpen(voidpf opaque, const void* /*filename*/, int /*mode*/) {
  static_cast<MemoryFile*>(opaque)->pos = 0;
  return opaque;
}
uLong ZCALLBACK MemRead(voidpf /*opaque*/, voidpf stream, void* buf, uLong size) {
  auto* f = static_cast<MemoryFile*>(stream);
  if (f->pos >= f->bytes.size()) return 0;
  const uint64_t n = std::min<uint64_t>(size, f->bytes.size() - f->pos);
  std::memcpy(buf, f->bytes.data() + f->pos, n);
  f->pos += n;
  return static_cast<uLong>(n);
}
uLong ZCALLBACK MemWrite(voidpf, voidpf, const void*, uLong) { return 0; }
ZPOS64_T ZCALLBACK MemTell(voidpf /*opaque*/, voidpf stream) {
  return static_cast<MemoryFile*>(stream)->pos;
}
long ZCALLBACK MemSeek(voidpf /*opaque*/, voidpf stream, ZPOS64_T offset, int origin) {
  auto* f = static_cast<MemoryFile*>(stream);
  uint64_t base = 0;
  switch (origin) {
    case ZLIB_FILEFUNC_SEEK_SET: base = 0; break;
    case ZLIB_FILEFUNC_SEEK_CUR: base = f->pos; break;
    case ZLIB_FILEFUNC_SEEK_END: base = f->bytes.size(); break;
    default: return -1;
  }
  // minizip passes offsets as unsigned; a "negative" one wraps around.
  const uint64_t target = base + offset;
  if (target > f->bytes.size()) return -1;
  f->pos = target;
  return 0;
}
int ZCALLBACK MemClose(voidpf, voidpf) { return 0; }
int ZCALLBACK MemError(voidpf, voidpf) { return 0; }

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

class Zip {
 public:
  Zip(std::string_view bytes, std::string src, uint64_t max_entry)
      : file_{bytes, 0}, src_(std::move(src)), max_entry_(max_entry) {}
  ~Zip() {
    if (zip_ != nullptr) unzClose(zip_);
  }
  Zip(const Zip&) = delete;
  Zip& operator=(const Zip&) = delete;

  absl::Status Open() {
    zlib_filefunc64_def def{};
    def.zopen64_file = MemOpen;
    def.zread_file = MemRead;
    def.zwrite_file = MemWrite;
    def.ztell64_file = MemTell;
    def.zseek64_file = MemSeek;
    def.zclose_file = MemClose;
    def.zerror_file = MemError;
    def.opaque = &file_;
    zip_ = unzOpen2_64("memory", &def);
    if (zip_ == nullptr) {
      return absl::InvalidArgumentError(
          Cat(src_, ": bukan berkas XLSX yang utuh (arsip ZIP rusak atau terpotong)"));
    }
    size_t n = 0;
    int r = unzGoToFirstFile(zip_);
    for (; r == UNZ_OK; r = unzGoToNextFile(zip_)) {
      if (++n > kMaxEntries) {
        return absl::ResourceExhaustedError(
            Cat(src_, ": arsip ZIP memuat lebih dari ", kMaxEntries, " berkas"));
      }
      unz_file_info64 info{};
      char name[1024];
      if (unzGetCurrentFileInfo64(zip_, &info, name, sizeof name, nullptr, 0, nullptr, 0) !=
          UNZ_OK) {
        return Corrupt();
      }
      if (info.size_filename >= sizeof name) continue;  // no part of ours has such a name
      unz64_file_pos pos{};
      if (unzGetFilePos64(zip_, &pos) != UNZ_OK) return Corrupt();
      const std::string entry(name, info.size_filename);
      entries_.emplace(entry, pos);
      lower_.emplace(Lower(entry), entry);
    }
    if (r != UNZ_END_OF_LIST_OF_FILE || entries_.empty()) return Corrupt();
    return absl::OkStatus();
  }

  // The stored name of `path` (case-insensitively, as Excel does), or empty.
  std::string Find(const std::string& path) const {
    if (entries_.count(path) != 0) return path;
    auto it = lower_.find(Lower(path));
    return it == lower_.end() ? std::string() : it->second;
  }

  // Streams the inflated bytes of entry `name` to `sink` (false stops), never more than
  // the limit, checked as the bytes come rather than trusted from the header.
  absl::Status Stream(const std::string& name,
                      const std::function<bool(const char*, size_t)>& sink) {
    auto it = entries_.find(name);
    if (it == entries_.end()) {
      return absl::InvalidArgumentError(Cat(src_, ": bagian '", name, "' tidak ada"));
    }
    if (unzGoToFilePos64(zip_, &it->second) != UNZ_OK) return Corrupt();
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip_, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK) {
      return Corrupt();
    }
    if ((info.flag & 1) != 0) {
      return absl::InvalidArgumentError(
          Cat(src_, ": berkas XLSX terenkripsi atau berkata sandi tidak dapat dibaca"));
    }
    if (info.uncompressed_size > max_entry_) return TooBig(name);
    if (unzOpenCurrentFile(zip_) != UNZ_OK) return Corrupt(name);
    std::string buf(64 * 1024, '\0');
    uint64_t total = 0;
    bool stopped = false;
    while (true) {
      const int n = unzReadCurrentFile(zip_, buf.data(), static_cast<unsigned>(buf.size()));
      if (n < 0) {
        unzCloseCurrentFile(zip_);
        return Corrupt(name);
      }
      if (n == 0) break;
      total += static_cast<uint64_t>(n);
      all_ += static_cast<uint64_t>(n);
      if (total > max_entry_) {
        unzCloseCurrentFile(zip_);
        return TooBig(name);
      }
      // Overlapping entries can make a small archive inflate to any size entry by entry:
      // the whole read is bounded too.
      const uint64_t budget = max_entry_ > UINT64_MAX / 4 ? UINT64_MAX : 4 * max_entry_;
      if (all_ > budget) {
        unzCloseCurrentFile(zip_);
        return absl::ResourceExhaustedError(Cat(src_, ": arsip ZIP mengembang lebih dari ", budget,
                                                " byte (batas 4 x max_uncompressed_bytes)"));
      }
      if (!sink(buf.data(), static_cast<size_t>(n))) {
        stopped = true;
        break;
      }
    }
    const int close = unzCloseCurrentFile(zip_);
    if (!stopped && close != UNZ_OK) return Corrupt(name);
    return absl::OkStatus();
  }

 private:
  absl::Status Corrupt(std::string_view part = {}) const {
    if (part.empty()) {
      return absl::InvalidArgumentError(
          Cat(src_, ": bukan berkas XLSX yang utuh (arsip ZIP rusak atau terpotong)"));
    }
    return absl::InvalidArgumentError(
        Cat(src_, ": bagian '", part, "' dari arsip ZIP rusak atau terpotong"));
  }
  absl::Status TooBig(std::string_view part) const {
    return absl::ResourceExhaustedError(
        Cat(src_, ": bagian '", part, "' lebih besar dari ", max_entry_,
            " byte setelah diekstrak (batas max_uncompressed_bytes)"));
  }

  MemoryFile file_;
  std::string src_;
  uint64_t max_entry_;
  uint64_t all_ = 0;  // bytes inflated by this read, over every entry
  unzFile zip_ = nullptr;
  std::map<std::string, unz64_file_pos> entries_;
  std::map<std::string, std::string> lower_;
};

// ---- XML streaming -----------------------------------------------------------------------

std::string_view LocalName(const char* name) {
  std::string_view n(name);
  const size_t sep = n.rfind(kNsSep);
  return sep == std::string_view::npos ? n : n.substr(sep + 1);
}

// Attribute `local` (namespace ignored) of an expat attribute list, or nullptr.
const char* Attr(const char** attrs, std::string_view local) {
  for (int i = 0; attrs[i] != nullptr; i += 2) {
    if (LocalName(attrs[i]) == local) return attrs[i + 1];
  }
  return nullptr;
}

class XmlHandler {
 public:
  virtual ~XmlHandler() = default;
  virtual void Start(std::string_view name, const char** attrs) = 0;
  virtual void End(std::string_view name) = 0;
  virtual void Text(const char* s, int len) = 0;
  // Set by a handler to stop the parse with this error.
  absl::Status error;
};

// Parses the part `name` of `zip` with `handler`, streaming. A DTD is refused (OOXML has
// none; it is how entity expansion attacks start).
absl::Status ParseXml(Zip& zip, const std::string& src, const std::string& name,
                      XmlHandler& handler) {
  XML_Parser p = XML_ParserCreateNS(nullptr, kNsSep);
  if (p == nullptr) return absl::ResourceExhaustedError("expat: memori habis");
  struct Ctx {
    XML_Parser parser;
    XmlHandler* h;
    bool doctype = false;
  } ctx{p, &handler};
  XML_SetUserData(p, &ctx);
  XML_SetElementHandler(
      p,
      [](void* u, const XML_Char* n, const XML_Char** a) {
        auto* c = static_cast<Ctx*>(u);
        c->h->Start(LocalName(n), a);
        if (!c->h->error.ok()) XML_StopParser(c->parser, XML_FALSE);
      },
      [](void* u, const XML_Char* n) {
        auto* c = static_cast<Ctx*>(u);
        c->h->End(LocalName(n));
        if (!c->h->error.ok()) XML_StopParser(c->parser, XML_FALSE);
      });
  XML_SetCharacterDataHandler(p, [](void* u, const XML_Char* s, int len) {
    auto* c = static_cast<Ctx*>(u);
    c->h->Text(s, len);
    if (!c->h->error.ok()) XML_StopParser(c->parser, XML_FALSE);
  });
  XML_SetStartDoctypeDeclHandler(
      p, [](void* u, const XML_Char*, const XML_Char*, const XML_Char*, int) {
        auto* c = static_cast<Ctx*>(u);
        c->doctype = true;
        XML_StopParser(c->parser, XML_FALSE);
      });
  bool xml_failed = false;
  absl::Status zs = zip.Stream(name, [&](const char* data, size_t n) {
    if (XML_Parse(p, data, static_cast<int>(n), XML_FALSE) != XML_STATUS_OK) {
      xml_failed = true;
      return false;
    }
    return true;
  });
  if (zs.ok() && !xml_failed && XML_Parse(p, "", 0, XML_TRUE) != XML_STATUS_OK) {
    xml_failed = true;
  }
  absl::Status result = zs;
  if (result.ok() && !handler.error.ok()) {
    result = handler.error;
  } else if (result.ok() && ctx.doctype) {
    result = absl::InvalidArgumentError(
        Cat(src, ": bagian '", name, "' memuat DTD (DOCTYPE), yang tidak dipakai XLSX"));
  } else if (result.ok() && xml_failed) {
    result = absl::InvalidArgumentError(
        Cat(src, ": bagian '", name, "' bukan XML yang sah (baris ",
            static_cast<uint64_t>(XML_GetCurrentLineNumber(p)), ", kolom ",
            static_cast<uint64_t>(XML_GetCurrentColumnNumber(p)) + 1, ": ",
            XML_ErrorString(XML_GetErrorCode(p)), ")"));
  }
  XML_ParserFree(p);
  return result;
}

// ---- small parsers -----------------------------------------------------------------------

bool ParseUint(std::string_view s, uint64_t& out) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

// "B3" (also "$B$3") to 0-based column and 1-based row; false when malformed. Column
// and row beyond Excel's grid are reported by the caller.
bool ParseCellRef(std::string_view ref, int64_t& col, int64_t& row) {
  size_t i = 0;
  if (i < ref.size() && ref[i] == '$') ++i;
  int64_t c = 0;
  size_t letters = 0;
  while (i < ref.size() && ((ref[i] >= 'A' && ref[i] <= 'Z') || (ref[i] >= 'a' && ref[i] <= 'z'))) {
    const char u = static_cast<char>(ref[i] & ~0x20);
    c = c * 26 + (u - 'A' + 1);
    ++i;
    if (++letters > 4) return false;
  }
  if (letters == 0) return false;
  if (i < ref.size() && ref[i] == '$') ++i;
  uint64_t r = 0;
  std::string_view digits = ref.substr(i);
  if (digits.size() > 8 || !ParseUint(digits, r) || r == 0) return false;
  col = c - 1;
  row = static_cast<int64_t>(r);
  return true;
}

// OOXML's _xHHHH_ escapes (ST_Xstring) decoded, and CRLF or CR made LF.
std::string CleanOoxmlText(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (c == '_' && i + 6 < s.size() && s[i + 1] == 'x' && s[i + 6] == '_') {
      uint32_t cp = 0;
      bool hex = true;
      for (size_t k = 2; k < 6; ++k) {
        const char h = s[i + k];
        cp <<= 4;
        if (h >= '0' && h <= '9') {
          cp |= static_cast<uint32_t>(h - '0');
        } else if (h >= 'a' && h <= 'f') {
          cp |= static_cast<uint32_t>(h - 'a' + 10);
        } else if (h >= 'A' && h <= 'F') {
          cp |= static_cast<uint32_t>(h - 'A' + 10);
        } else {
          hex = false;
        }
      }
      if (hex && cp != 0 && (cp < 0xD800 || cp > 0xDFFF)) {
        if (cp == '\r') {
          if (!(i + 7 < s.size() && s[i + 7] == '\n') && s.substr(i + 7, 7) != "_x000A_" &&
              s.substr(i + 7, 7) != "_x000a_") {
            out.push_back('\n');
          }
        } else if (cp < 0x80) {
          out.push_back(static_cast<char>(cp));
        } else if (cp < 0x800) {
          out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
          out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        } else {
          out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
          out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
          out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
        }
        i += 6;
        continue;
      }
    }
    if (c == '\r') {
      if (!(i + 1 < s.size() && s[i + 1] == '\n')) out.push_back('\n');
      continue;
    }
    out.push_back(c);
  }
  return out;
}

std::string ShortestNumber(double v) {
  char buf[64];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  return std::string(buf, r.ptr);
}

// A custom number format shows a date when, outside quoted text, escapes and [...]
// sections, it has a d or a y, or an m with no h or s (minutes) and no elapsed [h]/[m]/[s].
bool IsDateFormatCode(std::string_view code) {
  bool d = false, y = false, m = false, h = false, s = false, elapsed = false;
  for (size_t i = 0; i < code.size(); ++i) {
    const char c = code[i];
    if (c == '"') {
      const size_t close = code.find('"', i + 1);
      if (close == std::string_view::npos) break;
      i = close;
    } else if (c == '\\' || c == '_' || c == '*') {
      ++i;
    } else if (c == '[') {
      const size_t close = code.find(']', i + 1);
      if (close == std::string_view::npos) break;
      const std::string inner = Lower(code.substr(i + 1, close - i - 1));
      if (!inner.empty() && inner.find_first_not_of("hms") == std::string::npos) elapsed = true;
      i = close;
    } else {
      switch (c | 0x20) {
        case 'd': d = true; break;
        case 'y': y = true; break;
        case 'm': m = true; break;
        case 'h': h = true; break;
        case 's': s = true; break;
        default: break;
      }
    }
  }
  if (d || y) return true;
  return m && !h && !s && !elapsed;
}

bool IsBuiltinDateFormat(uint64_t id) { return (id >= 14 && id <= 22) || (id >= 45 && id <= 47); }

// "a/b/../c" to "a/c"; a leading '/' (a target from the package root) dropped.
std::string NormalizePartPath(std::string_view base_dir, std::string_view target) {
  std::string joined =
      target.substr(0, 1) == "/" ? std::string(target.substr(1)) : Cat(base_dir, target);
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= joined.size()) {
    size_t slash = joined.find('/', start);
    if (slash == std::string::npos) slash = joined.size();
    std::string seg = joined.substr(start, slash - start);
    if (seg == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!seg.empty() && seg != ".") {
      parts.push_back(std::move(seg));
    }
    start = slash + 1;
  }
  return Join(parts, "/");
}

std::string DirOf(std::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == std::string_view::npos ? std::string() : std::string(path.substr(0, slash + 1));
}

// ---- package parts -----------------------------------------------------------------------

struct Relationship {
  std::string type, target;
  bool external = false;
};

class RelsHandler : public XmlHandler {
 public:
  std::map<std::string, Relationship> rels;
  void Start(std::string_view name, const char** a) override {
    if (name != "Relationship") return;
    const char* id = Attr(a, "Id");
    const char* type = Attr(a, "Type");
    const char* target = Attr(a, "Target");
    const char* mode = Attr(a, "TargetMode");
    if (id == nullptr || target == nullptr) return;
    Relationship r{type ? type : "", target,
                   mode != nullptr && std::string_view(mode) == "External"};
    rels.emplace(id, std::move(r));
  }
  void End(std::string_view) override {}
  void Text(const char*, int) override {}
};

struct SheetEntry {
  std::string name, rel_id;
};

class WorkbookHandler : public XmlHandler {
 public:
  std::vector<SheetEntry> sheets;
  bool date1904 = false;
  void Start(std::string_view name, const char** a) override {
    if (name == "sheet") {
      const char* n = Attr(a, "name");
      const char* id = Attr(a, "id");  // r:id
      if (n != nullptr && id != nullptr && sheets.size() < kMaxEntries) sheets.push_back({n, id});
    } else if (name == "workbookPr") {
      const char* v = Attr(a, "date1904");
      date1904 = v != nullptr && (std::string_view(v) == "1" || std::string_view(v) == "true");
    }
  }
  void End(std::string_view) override {}
  void Text(const char*, int) override {}
};

struct SharedString {
  std::string text;
  bool too_long = false;
};

class SharedStringsHandler : public XmlHandler {
 public:
  SharedStringsHandler(const TableReadOptions& o, std::string src) : o_(o), src_(std::move(src)) {}
  std::vector<SharedString> strings;

  void Start(std::string_view name, const char**) override {
    if (name == "si") {
      in_si_ = true;
      cur_.clear();
      too_long_ = false;
    } else if (name == "rPh") {
      ++in_rph_;
    } else if (name == "t" && in_si_ && in_rph_ == 0) {
      in_t_ = true;
    }
  }
  void End(std::string_view name) override {
    if (name == "si" && in_si_) {
      in_si_ = false;
      if (strings.size() >= o_.max_cells) {
        error = absl::ResourceExhaustedError(
            Cat(src_, ": lebih dari ", o_.max_cells, " shared string (batas max_cells)"));
        return;
      }
      SharedString s;
      s.too_long = too_long_;
      if (!too_long_) s.text = CleanOoxmlText(cur_);
      strings.push_back(std::move(s));
      cur_.clear();
    } else if (name == "rPh") {
      if (in_rph_ > 0) --in_rph_;
    } else if (name == "t") {
      in_t_ = false;
    }
  }
  void Text(const char* s, int len) override {
    if (!in_t_ || too_long_) return;
    cur_.append(s, static_cast<size_t>(len));
    if (cur_.size() > o_.max_cell_bytes) {
      too_long_ = true;
      cur_.clear();
    }
  }

 private:
  const TableReadOptions& o_;
  std::string src_;
  std::string cur_;
  bool in_si_ = false, in_t_ = false, too_long_ = false;
  int in_rph_ = 0;
};

class StylesHandler : public XmlHandler {
 public:
  std::vector<bool> xf_is_date;  // by cellXfs index
  void Start(std::string_view name, const char** a) override {
    if (name == "numFmt") {
      const char* id = Attr(a, "numFmtId");
      const char* code = Attr(a, "formatCode");
      uint64_t v = 0;
      if (id != nullptr && code != nullptr && ParseUint(id, v)) {
        custom_[v] = IsDateFormatCode(code);
      }
    } else if (name == "cellXfs") {
      in_cell_xfs_ = true;
    } else if (name == "xf" && in_cell_xfs_) {
      const char* id = Attr(a, "numFmtId");
      uint64_t v = 0;
      if (id == nullptr || !ParseUint(id, v)) v = 0;
      if (xf_ids_.size() < (1u << 20)) xf_ids_.push_back(v);
    }
  }
  void End(std::string_view name) override {
    if (name == "cellXfs") in_cell_xfs_ = false;
  }
  void Text(const char*, int) override {}
  void Finish() {
    for (uint64_t id : xf_ids_) {
      auto it = custom_.find(id);
      xf_is_date.push_back(it != custom_.end() ? it->second : IsBuiltinDateFormat(id));
    }
  }

 private:
  std::map<uint64_t, bool> custom_;
  std::vector<uint64_t> xf_ids_;
  bool in_cell_xfs_ = false;
};

// ---- the worksheet -----------------------------------------------------------------------

class SheetHandler : public XmlHandler {
 public:
  SheetHandler(const TableReadOptions& o, Table& table, const std::vector<SharedString>& sst,
               const std::vector<bool>& xf_is_date, bool date1904, size_t& cells)
      : o_(o), t_(table), sst_(sst), xf_is_date_(xf_is_date), date1904_(date1904), cells_(cells) {}

  void Start(std::string_view name, const char** a) override {
    if (name == "sheetData") {
      in_data_ = true;
    } else if (!in_data_) {
      if (name == "mergeCell") {
        if (const char* ref = Attr(a, "ref")) merges_.emplace_back(ref);
      }
    } else if (name == "row") {
      int64_t r = row_ + 1;
      if (const char* rs = Attr(a, "r")) {
        uint64_t v = 0;
        if (!ParseUint(rs, v) || v == 0 || v > kMaxRows) {
          Fail(absl::InvalidArgumentError(
              Cat(Here(), ": nomor baris '", rs, "' tidak sah (1 sampai ", kMaxRows, ")")));
          return;
        }
        r = static_cast<int64_t>(v);
      }
      if (r > kMaxRows) {
        Fail(absl::InvalidArgumentError(Cat(Here(), ": lebih dari ", kMaxRows, " baris")));
        return;
      }
      row_ = r;
      col_ = -1;
    } else if (name == "c") {
      in_c_ = true;
      v_.clear();
      f_.clear();
      is_.clear();
      has_f_ = false;
      type_ = "n";
      style_ = 0;
      if (const char* tp = Attr(a, "t")) type_ = tp;
      if (const char* st = Attr(a, "s")) {
        uint64_t v = 0;
        style_ = ParseUint(st, v) && v < (1u << 30) ? static_cast<size_t>(v) : 0;
      }
      int64_t c = col_ + 1, r = row_ == 0 ? 1 : row_;
      if (const char* ref = Attr(a, "r")) {
        if (!ParseCellRef(ref, c, r)) {
          Fail(absl::InvalidArgumentError(Cat(Here(), ": alamat sel '", ref, "' tidak sah")));
          return;
        }
      }
      if (c >= kMaxColumns || r > kMaxRows) {
        Fail(absl::InvalidArgumentError(
            Cat(Here(), ": sel ", ColumnName(static_cast<int>(std::min<int64_t>(c, 1 << 20))), r,
                " di luar lembar (batas XFD", kMaxRows, ")")));
        return;
      }
      col_ = c;
      if (r != row_) row_ = r;
    } else if (in_c_) {
      if (name == "v") {
        in_v_ = true;
      } else if (name == "f") {
        in_f_ = true;
        has_f_ = true;
      } else if (name == "rPh") {
        ++in_rph_;
      } else if (name == "t" && in_rph_ == 0) {
        in_t_ = true;
      }
    }
  }

  void End(std::string_view name) override {
    if (name == "sheetData") {
      in_data_ = false;
    } else if (name == "c" && in_c_) {
      in_c_ = false;
      FinishCell();
    } else if (name == "v") {
      in_v_ = false;
    } else if (name == "f") {
      in_f_ = false;
    } else if (name == "t") {
      in_t_ = false;
    } else if (name == "rPh") {
      if (in_rph_ > 0) --in_rph_;
    }
  }

  void Text(const char* s, int len) override {
    std::string* target = in_v_ ? &v_ : in_f_ ? &f_ : in_t_ ? &is_ : nullptr;
    if (target == nullptr) return;
    target->append(s, static_cast<size_t>(len));
    if (target->size() > o_.max_cell_bytes) {
      Fail(absl::ResourceExhaustedError(Cat(CellWhere(), ": sel lebih besar dari ",
                                            o_.max_cell_bytes, " byte (batas max_cell_bytes)")));
    }
  }

  // Merged ranges marked, trailing empty cells trimmed.
  absl::Status Finish() {
    size_t max_cols = 0;
    for (const TableRow& r : t_.rows) max_cols = std::max(max_cols, r.cells.size());
    size_t visits = 0;
    for (const std::string& m : merges_) {
      const size_t colon = m.find(':');
      if (colon == std::string::npos) continue;
      int64_t c1, r1, c2, r2;
      if (!ParseCellRef(std::string_view(m).substr(0, colon), c1, r1) ||
          !ParseCellRef(std::string_view(m).substr(colon + 1), c2, r2)) {
        return absl::InvalidArgumentError(
            Cat(t_.source, ": lembar '", t_.sheet, "': rentang gabungan '", m, "' tidak sah"));
      }
      if (c1 > c2) std::swap(c1, c2);
      if (r1 > r2) std::swap(r1, r2);
      // Only the part within the cells read: nothing outside them is looked at.
      r2 = std::min<int64_t>(r2, static_cast<int64_t>(t_.rows.size()));
      c2 = std::min<int64_t>(c2, static_cast<int64_t>(max_cols) - 1);
      for (int64_t r = r1; r <= r2; ++r) {
        TableRow& row = t_.rows[static_cast<size_t>(r - 1)];
        for (int64_t c = c1; c <= c2; ++c) {
          if (r == r1 && c == c1) continue;
          if (++visits > o_.max_cells) {
            return absl::ResourceExhaustedError(Cat(t_.source, ": lembar '", t_.sheet,
                                                    "': sel gabungan lebih dari ", o_.max_cells,
                                                    " (batas max_cells)"));
          }
          if (!Grow(row, static_cast<size_t>(c) + 1)) return error;
          TableCell& cell = row.cells[static_cast<size_t>(c)];
          cell = TableCell{};
          cell.merged = true;
        }
      }
    }
    for (TableRow& r : t_.rows) {
      while (!r.cells.empty() && r.cells.back().empty() && !r.cells.back().merged &&
             r.cells.back().formula.empty()) {
        r.cells.pop_back();
      }
    }
    return absl::OkStatus();
  }

 private:
  void Fail(absl::Status s) {
    if (error.ok()) error = std::move(s);
  }
  std::string Here() const { return Cat(t_.source, ": lembar '", t_.sheet, "'"); }
  std::string CellWhere() const {
    return Cat(t_.source, ": ", t_.sheet, "!", ColumnName(static_cast<int>(col_)), row_);
  }

  bool Grow(TableRow& row, size_t n) {
    if (row.cells.size() >= n) return true;
    const size_t add = n - row.cells.size();
    if (cells_ + add > o_.max_cells) {
      Fail(absl::ResourceExhaustedError(
          Cat(Here(), ": lebih dari ", o_.max_cells, " sel (batas max_cells)")));
      return false;
    }
    cells_ += add;
    row.cells.resize(n);
    return true;
  }

  void FinishCell() {
    TableCell cell;
    if (has_f_) cell.formula = f_;
    const std::string_view type = type_;
    if (type == "s") {
      if (v_.empty()) return StoreIfAny(std::move(cell));
      uint64_t idx = 0;
      if (!ParseUint(v_, idx)) {
        return Fail(absl::InvalidArgumentError(
            Cat(CellWhere(), ": indeks shared string '", v_, "' tidak sah")));
      }
      if (idx >= sst_.size()) {
        return Fail(absl::InvalidArgumentError(Cat(CellWhere(), ": indeks shared string ", idx,
                                                   " di luar jangkauan (ada ", sst_.size(),
                                                   " shared string)")));
      }
      if (sst_[idx].too_long) {
        return Fail(
            absl::ResourceExhaustedError(Cat(CellWhere(), ": sel lebih besar dari ",
                                             o_.max_cell_bytes, " byte (batas max_cell_bytes)")));
      }
      cell.kind = CellKind::kText;
      cell.text = sst_[idx].text;
    } else if (type == "inlineStr") {
      cell.kind = CellKind::kText;
      cell.text = CleanOoxmlText(is_);
    } else if (type == "str") {
      cell.kind = CellKind::kText;
      cell.text = CleanOoxmlText(v_);
    } else if (type == "b") {
      if (v_.empty()) return StoreIfAny(std::move(cell));
      if (v_ == "1" || v_ == "true") {
        cell.number = 1;
        cell.text = "TRUE";
      } else if (v_ == "0" || v_ == "false") {
        cell.text = "FALSE";
      } else {
        return Fail(
            absl::InvalidArgumentError(Cat(CellWhere(), ": nilai boolean '", v_, "' tidak sah")));
      }
      cell.kind = CellKind::kBool;
    } else if (type == "e") {
      cell.kind = CellKind::kError;
      cell.text = v_;
    } else if (type == "d") {
      if (v_.empty()) return StoreIfAny(std::move(cell));
      absl::StatusOr<Date> d = ParseIsoDate(std::string_view(v_).substr(0, 10));
      if (!d.ok()) {
        return Fail(absl::InvalidArgumentError(Cat(CellWhere(), ": tanggal '", v_, "' tidak sah")));
      }
      cell.kind = CellKind::kNumber;
      cell.number = UnixDaysToExcelSerial(d->days());
      cell.text = ShortestNumber(cell.number);
      cell.date_format = true;
    } else if (type == "n") {
      if (v_.empty()) return StoreIfAny(std::move(cell));
      double x = 0;
      const char* b = v_.data();
      const char* e = b + v_.size();
      while (b < e && *b == ' ') ++b;
      while (e > b && e[-1] == ' ') --e;
      if (b < e && *b == '+') ++b;
      auto r = std::from_chars(b, e, x);
      if (r.ec != std::errc() || r.ptr != e || !std::isfinite(x)) {
        return Fail(absl::InvalidArgumentError(Cat(CellWhere(), ": angka '", v_, "' tidak sah")));
      }
      cell.kind = CellKind::kNumber;
      cell.date_format = style_ < xf_is_date_.size() && xf_is_date_[style_];
      if (cell.date_format && date1904_) x += 1462;  // to the 1900 system
      cell.number = x;
      cell.text = ShortestNumber(x);
    } else {
      return Fail(
          absl::InvalidArgumentError(Cat(CellWhere(), ": jenis sel '", type_, "' tidak dikenal")));
    }
    StoreIfAny(std::move(cell));
  }

  void StoreIfAny(TableCell cell) {
    if (cell.empty() && cell.formula.empty()) return;
    if (static_cast<size_t>(row_) > o_.max_rows) {
      return Fail(absl::ResourceExhaustedError(
          Cat(Here(), ": lebih dari ", o_.max_rows, " baris (batas max_rows)")));
    }
    const auto r = static_cast<size_t>(row_);
    if (t_.rows.size() < r) {
      const size_t from = t_.rows.size();
      t_.rows.resize(r);
      for (size_t i = from; i < r; ++i)
        t_.rows[i].line = t_.rows[i].last_line = static_cast<int>(i + 1);
    }
    TableRow& row = t_.rows[r - 1];
    if (!Grow(row, static_cast<size_t>(col_) + 1)) return;
    row.cells[static_cast<size_t>(col_)] = std::move(cell);
  }

  const TableReadOptions& o_;
  Table& t_;
  const std::vector<SharedString>& sst_;
  const std::vector<bool>& xf_is_date_;
  bool date1904_;
  size_t& cells_;
  std::vector<std::string> merges_;
  bool in_data_ = false, in_c_ = false, in_v_ = false, in_f_ = false, in_t_ = false;
  bool has_f_ = false;
  int in_rph_ = 0;
  int64_t row_ = 0, col_ = -1;
  std::string type_, v_, f_, is_;
  size_t style_ = 0;
};

struct WorkbookParts {
  std::string workbook;
  std::vector<std::pair<std::string, std::string>> sheets;  // name, part
  std::string shared_strings, styles;
  bool date1904 = false;
};

absl::StatusOr<WorkbookParts> ReadWorkbookParts(Zip& zip, const std::string& src) {
  WorkbookParts parts;
  // The workbook: from the package relationships, else where every writer puts it.
  if (std::string root = zip.Find("_rels/.rels"); !root.empty()) {
    RelsHandler rels;
    if (absl::Status s = ParseXml(zip, src, root, rels); !s.ok()) return s;
    for (const auto& [id, r] : rels.rels) {
      if (!r.external && r.type.size() >= 15 &&
          r.type.compare(r.type.size() - 15, 15, "/officeDocument") == 0) {
        parts.workbook = zip.Find(NormalizePartPath("", r.target));
        break;
      }
    }
  }
  if (parts.workbook.empty()) parts.workbook = zip.Find("xl/workbook.xml");
  if (parts.workbook.empty()) {
    return absl::InvalidArgumentError(
        Cat(src, ": bukan berkas XLSX: arsip ZIP tanpa workbook (xl/workbook.xml)"));
  }
  WorkbookHandler wb;
  if (absl::Status s = ParseXml(zip, src, parts.workbook, wb); !s.ok()) return s;
  parts.date1904 = wb.date1904;
  const std::string dir = DirOf(parts.workbook);
  const std::string rels_name =
      zip.Find(Cat(dir, "_rels/", parts.workbook.substr(dir.size()), ".rels"));
  RelsHandler rels;
  if (!rels_name.empty()) {
    if (absl::Status s = ParseXml(zip, src, rels_name, rels); !s.ok()) return s;
  }
  const auto ends_with = [](const std::string& s, std::string_view suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix.data(), suffix.size()) == 0;
  };
  for (const auto& [id, r] : rels.rels) {
    if (r.external) continue;
    if (ends_with(r.type, "/sharedStrings")) {
      parts.shared_strings = zip.Find(NormalizePartPath(dir, r.target));
    }
    if (ends_with(r.type, "/styles")) parts.styles = zip.Find(NormalizePartPath(dir, r.target));
  }
  if (parts.shared_strings.empty()) parts.shared_strings = zip.Find(dir + "sharedStrings.xml");
  if (parts.styles.empty()) parts.styles = zip.Find(dir + "styles.xml");
  for (const SheetEntry& e : wb.sheets) {
    auto it = rels.rels.find(e.rel_id);
    if (it == rels.rels.end() || it->second.external) continue;
    // Chart sheets and dialog sheets hold no cells.
    if (!ends_with(it->second.type, "/worksheet")) continue;
    std::string part = zip.Find(NormalizePartPath(dir, it->second.target));
    if (part.empty()) {
      return absl::InvalidArgumentError(Cat(src, ": lembar '", e.name, "' tidak ada di arsip (",
                                            NormalizePartPath(dir, it->second.target), ")"));
    }
    parts.sheets.emplace_back(e.name, std::move(part));
  }
  if (parts.sheets.empty()) {
    return absl::InvalidArgumentError(Cat(src, ": workbook tanpa lembar kerja"));
  }
  return parts;
}

}  // namespace

bool LooksLikeZip(std::string_view bytes) {
  if (bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4)) return true;
  // An empty archive is only its 22-byte end record (plus its comment): anything longer
  // that starts with these bytes is text that happens to.
  if (bytes.size() < 22 || bytes.substr(0, 4) != std::string_view("PK\x05\x06", 4)) return false;
  const size_t comment = static_cast<unsigned char>(bytes[20]) | static_cast<unsigned char>(bytes[21]) << 8;
  return bytes.size() == 22 + comment;
}

absl::StatusOr<std::vector<Table>> ReadXlsx(std::string_view bytes, std::string_view source,
                                            const TableReadOptions& options, bool all) {
  const std::string src = SourceName(source);
  Zip zip(bytes, src, options.max_uncompressed_bytes);
  if (absl::Status s = zip.Open(); !s.ok()) return s;
  absl::StatusOr<WorkbookParts> parts = ReadWorkbookParts(zip, src);
  if (!parts.ok()) return parts.status();

  std::vector<std::pair<std::string, std::string>> chosen;
  if (all || options.sheet.empty()) {
    if (all) {
      chosen = parts->sheets;
    } else {
      chosen.push_back(parts->sheets.front());
    }
  } else {
    for (const auto& s : parts->sheets) {
      if (s.first == options.sheet) chosen.push_back(s);
    }
    if (chosen.empty()) {
      for (const auto& s : parts->sheets) {
        if (Lower(s.first) == Lower(options.sheet)) chosen.push_back(s);
      }
    }
    if (chosen.empty()) {
      std::vector<std::string> names;
      for (const auto& s : parts->sheets) names.push_back(Cat("'", s.first, "'"));
      return absl::NotFoundError(Cat(src, ": lembar '", options.sheet,
                                     "' tidak ada; lembar yang ada: ", Join(names, ", ")));
    }
    chosen.resize(1);
  }

  SharedStringsHandler sst(options, src);
  if (!parts->shared_strings.empty()) {
    if (absl::Status s = ParseXml(zip, src, parts->shared_strings, sst); !s.ok()) return s;
  }
  StylesHandler styles;
  if (!parts->styles.empty()) {
    if (absl::Status s = ParseXml(zip, src, parts->styles, styles); !s.ok()) return s;
  }
  styles.Finish();

  std::vector<Table> out;
  size_t cells = 0;  // over every sheet read: max_cells bounds the whole result
  for (const auto& [name, part] : chosen) {
    Table t;
    t.source = src;
    t.sheet = name;
    t.from_xlsx = true;
    t.encoding = TextEncoding::kUtf8;
    SheetHandler h(options, t, sst.strings, styles.xf_is_date, parts->date1904, cells);
    if (absl::Status s = ParseXml(zip, src, part, h); !s.ok()) return s;
    if (absl::Status s = h.Finish(); !s.ok()) return s;
    out.push_back(std::move(t));
  }
  return out;
}

}  // namespace zi::internal
