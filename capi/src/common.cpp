// MODULE: errors and memory. The thread-local error slot, the status table and zi_free.
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "capi_internal.hpp"
#include "zi/io/file.hpp"

namespace zi::capi {
namespace {

struct ErrorSlot {
  std::string message;
  // Set instead of `message` when recording the message itself ran out of memory.
  const char* fallback = nullptr;
};

thread_local ErrorSlot t_error;

}  // namespace

void ClearError() noexcept {
  t_error.message.clear();  // keeps the capacity; never throws
  t_error.fallback = nullptr;
}

void SetError(std::string_view message) noexcept {
  try {
    t_error.message.assign(message);
    t_error.fallback = nullptr;
  } catch (...) {
    t_error.message.clear();
    t_error.fallback = "memori habis (saat mencatat pesan galat)";
  }
}

// The one table between absl::StatusCode and zi_status (like DuckDB's ErrorTypeToC).
// zi::core reports bad input as InvalidArgument, an unopenable file as NotFound (which
// is ZI_EIO in StatusContext::kFile), and bugs as Internal.
zi_status StatusCodeToZi(absl::StatusCode code, StatusContext context) noexcept {
  switch (code) {
    case absl::StatusCode::kOk: return ZI_OK;
    case absl::StatusCode::kInvalidArgument: return ZI_EINVALID;
    case absl::StatusCode::kFailedPrecondition: return ZI_EINVALID;
    case absl::StatusCode::kAlreadyExists: return ZI_EINVALID;
    case absl::StatusCode::kNotFound:
      return context == StatusContext::kFile ? ZI_EIO : ZI_ENOTFOUND;
    case absl::StatusCode::kOutOfRange: return ZI_ERANGE;
    case absl::StatusCode::kResourceExhausted: return ZI_ENOMEM;
    case absl::StatusCode::kDataLoss: return ZI_EIO;
    case absl::StatusCode::kPermissionDenied: return ZI_EIO;
    case absl::StatusCode::kUnavailable: return ZI_EIO;
    case absl::StatusCode::kCancelled: return ZI_EUSER;
    case absl::StatusCode::kUnknown: return ZI_EINTERNAL;
    case absl::StatusCode::kDeadlineExceeded: return ZI_EINTERNAL;
    case absl::StatusCode::kAborted: return ZI_EINTERNAL;
    case absl::StatusCode::kUnimplemented: return ZI_EINTERNAL;
    case absl::StatusCode::kInternal: return ZI_EINTERNAL;
    case absl::StatusCode::kUnauthenticated: return ZI_EINTERNAL;
    default: return ZI_EINTERNAL;
  }
}

zi_status FromStatus(const absl::Status& status, StatusContext context) noexcept {
  if (status.ok()) return ZI_OK;
  zi_status code = StatusCodeToZi(status.code(), context);
  if (code == ZI_OK) code = ZI_EINTERNAL;  // an error must never look like success
  const absl::string_view message = status.message();  // not std::string_view on Debian 12
  return Fail(code, std::string_view(message.data(), message.size()));
}

zi_status CheckVersion(uint32_t version, uint32_t max, std::string_view struct_name) noexcept {
  if (version == 0 || version > max) {
    try {
      return Fail(ZI_EVERSION, std::string(struct_name) + ": versi " +
                                   std::to_string(version) + " tidak didukung (pustaka ini mengenal 1.." +
                                   std::to_string(max) + ")");
    } catch (...) {
      return Fail(ZI_EVERSION, "versi struct opsi tidak didukung");
    }
  }
  return ZI_OK;
}

zi_status NullArgument(std::string_view name) noexcept {
  try {
    return Fail(ZI_EINVALID, std::string(name) + " tidak boleh NULL");
  } catch (...) {
    return Fail(ZI_EINVALID, "argumen wajib bernilai NULL");
  }
}

char* DupString(std::string_view text) {
  char* p = static_cast<char*>(std::malloc(text.size() + 1));
  if (!p) throw std::bad_alloc();
  if (!text.empty()) std::memcpy(p, text.data(), text.size());
  p[text.size()] = '\0';
  return p;
}

zi_status RefuseDirectory(const char* path, std::string_view a_what_file) {
  std::error_code ec;
  if (!std::filesystem::is_directory(path, ec)) return ZI_OK;
  return Fail(ZI_EIO, std::string(path) + ": adalah direktori, bukan " + std::string(a_what_file));
}

zi_status ReadInputFile(const char* path, std::string_view what, std::string* text) {
  absl::StatusOr<std::string> bytes = ReadFileText(path, what);
  if (!bytes.ok()) return FromStatus(bytes.status(), StatusContext::kFile);
  *text = *std::move(bytes);
  return ZI_OK;
}

}  // namespace zi::capi

extern "C" {

ZI_API const char* zi_status_str(zi_status status) noexcept {
  switch (status) {
    case ZI_OK: return "ok";
    case ZI_EINVALID: return "argumen atau masukan tidak sah";
    case ZI_ENOTFOUND: return "tidak ditemukan";
    case ZI_ERANGE: return "di luar rentang";
    case ZI_ENOMEM: return "memori habis";
    case ZI_EVERSION: return "versi struct opsi tidak didukung";
    case ZI_EIO: return "galat masukan/keluaran";
    case ZI_EINTERNAL: return "galat internal";
    case ZI_EUSER: return "dihentikan oleh callback pengguna";
    default: return "status tidak dikenal";
  }
}

ZI_API const char* zi_last_error_message(void) noexcept {
  const auto& slot = zi::capi::t_error;
  return slot.fallback ? slot.fallback : slot.message.c_str();
}

ZI_API void zi_free(void* ptr) noexcept { std::free(ptr); }

}  // extern "C"
