/*
 * zi.h: the stable C ABI of libzi (libzi_c.so, CMake target zi::capi, pkg-config zi_c).
 *
 * libzi models a KPU satker's Zona Integritas action plan (Rencana Aksi): the tree
 * komponen -> aspek -> kegiatan -> indikator, its lint, and its JSON form (zi.plan/1);
 * its deadlines (working-day calendars, schedules, due dates, occurrences); evidence of
 * what was delivered; and compliance scores as of a date, for one plan or a portfolio.
 * This header is the whole contract: anything not declared here is not public API.
 * docs/c-api.md explains the conventions; the short version:
 *
 *  - Names are zi_<module>_<verb>; macros and constants are ZI_*.
 *  - Output parameters come first. One output is called `out`, several are `x_out`.
 *  - Every fallible function returns a zi_status (ZI_OK = 0, errors < 0, values pinned
 *    forever). Check the return code; then zi_last_error_message() says why, in the
 *    calling thread. Do not use the message to detect errors.
 *  - Objects created through a `**out` parameter are owned by the caller and freed with
 *    the matching zi_<type>_free(), which accepts NULL. On failure *out is set to NULL
 *    and there is nothing to free.
 *  - Pointers returned by getters are borrowed: they live as long as the object they
 *    came from (for a plan's components, strings, ...: as long as the zi_plan).
 *  - Owned strings (char *) are released with zi_free(), never with free().
 *  - Text is UTF-8. Borrowed strings are NUL-terminated and never contain a NUL
 *    character (the loaders reject "\u0000" in a plan), so strlen() is their length.
 *  - Enumerations: values cross the ABI as int32_t; the enums only name them. Values
 *    are pinned and never renumbered (no _COUNT/_LAST sentinels; new values may be
 *    added). Each enum sits in its module; a zi_<enum>_str function, where there is
 *    one, returns static text (the spelling of the JSON formats and of libzi's C++
 *    API) or NULL for a value outside the list. Getters of an enum return -1 for a
 *    NULL object.
 *  - Dates are zi_date: days since 1970-01-01 (proleptic Gregorian, no time zone).
 *
 * The header is plain C99, includes only <stdint.h>, <stddef.h> and <stdbool.h>, and
 * every function is declared on one line starting with ZI_API. Defining ZI_CDEF before
 * including it (or running `cc -E -P -DZI_CDEF zi.h`) removes the attributes and the
 * system includes, which leaves text that FFI declaration parsers (cffi's cdef) accept.
 *
 * Modules, in this order:
 *   export macros, version, errors and memory, date, plan, lint, calendar, schedule,
 *   due date, occurrences, evidence, scoring, synthetic data, portfolio, ical, lke.
 *
 * Each function's comment carries @ownership, @thread-safety, @since and @stability.
 */
#ifndef ZI_H
#define ZI_H

#ifndef ZI_CDEF
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#endif

/* ==================================================================================
 * MODULE: export macros
 * ================================================================================== */

#if defined(ZI_CDEF)
#define ZI_API
#define ZI_DEPRECATED(msg)
#else
#if defined(_WIN32) || defined(__CYGWIN__)
#if defined(ZI_BUILDING)
#define ZI_API __declspec(dllexport)
#else
#define ZI_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) && __GNUC__ >= 4
#define ZI_API __attribute__((visibility("default")))
#else
#define ZI_API
#endif
#if defined(ZI_DISABLE_DEPRECATION_WARNINGS)
#define ZI_DEPRECATED(msg)
#elif defined(__GNUC__)
#define ZI_DEPRECATED(msg) __attribute__((deprecated(msg)))
#elif defined(_MSC_VER)
#define ZI_DEPRECATED(msg) __declspec(deprecated(msg))
#else
#define ZI_DEPRECATED(msg)
#endif
#endif

/* ZI_NOEXCEPT: no function ever lets a C++ exception escape; C++ callers are told so. */
#if defined(__cplusplus) && !defined(ZI_CDEF)
#define ZI_BEGIN_DECL extern "C" {
#define ZI_END_DECL }
#if __cplusplus >= 201103L
#define ZI_NOEXCEPT noexcept
#else
#define ZI_NOEXCEPT
#endif
#else
#define ZI_BEGIN_DECL
#define ZI_END_DECL
#define ZI_NOEXCEPT
#endif

/* Experimental declarations, when there are any, are only visible with
 * #define ZI_EXPERIMENTAL_API and are not covered by the ABI promise. */

ZI_BEGIN_DECL

/* ==================================================================================
 * MODULE: version
 *
 * Three levels. The header's ZI_VERSION_* is the API version this header describes;
 * zi_version_number() is the version of the library actually loaded; ZI_ABI_VERSION
 * (also zi_abi_version()) is the shared library's SOVERSION and changes only on an ABI
 * break. An embedder should check at startup that the loaded library's ABI version
 * equals ZI_ABI_VERSION and that zi_version_number() >= ZI_VERSION_NUMBER (a newer
 * minor only adds functions).
 * ================================================================================== */

#define ZI_VERSION_MAJOR 0
#define ZI_VERSION_MINOR 5
#define ZI_VERSION_PATCH 0
#define ZI_VERSION_NUMBER (ZI_VERSION_MAJOR * 10000 + ZI_VERSION_MINOR * 100 + ZI_VERSION_PATCH)
#define ZI_VERSION_STRING "0.5.0"
#define ZI_ABI_VERSION 0

/**
 * The loaded library's version as MAJOR*10000 + MINOR*100 + PATCH (0.1.0 -> 100).
 * This is the sentinel that bindings call first after loading the library.
 * @ownership none. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API uint32_t zi_version_number(void) ZI_NOEXCEPT;

/**
 * The loaded library's version as text, "MAJOR.MINOR.PATCH".
 * @ownership static storage; never free it. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API const char *zi_version_string(void) ZI_NOEXCEPT;

/**
 * The loaded library's ABI version (its SOVERSION; ZI_ABI_VERSION of the header it was
 * built from).
 * @ownership none. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API uint32_t zi_abi_version(void) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: errors and memory
 * ================================================================================== */

/** The return type of every fallible function: ZI_OK or one of the negative codes. */
typedef int32_t zi_status;

/** Status codes. The numbers are part of the ABI and are never renumbered. */
enum zi_status_code {
  ZI_OK = 0,          /* success */
  ZI_EINVALID = -1,   /* bad argument (NULL, malformed) or bad input data (JSON, plan) */
  ZI_ENOTFOUND = -2,  /* the thing asked for does not exist */
  ZI_ERANGE = -3,     /* an index or a value is out of range */
  ZI_ENOMEM = -4,     /* out of memory */
  ZI_EVERSION = -5,   /* an option struct's version is 0 or newer than this library */
  ZI_EIO = -6,        /* a file cannot be opened, read or written */
  ZI_EINTERNAL = -7,  /* a bug in libzi; the message says what happened */
  ZI_EUSER = -8       /* a user callback asked to stop (zi_plan_source_fn) */
};

/**
 * A short static description of a status code, in Indonesian ("ok", "argumen atau masukan
 * tidak sah", ...); "status tidak dikenal" for a value that is not a zi_status_code.
 * @ownership static storage; never free it. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API const char *zi_status_str(zi_status status) ZI_NOEXCEPT;

/**
 * The detail of the last error in the calling thread: every function that returns a
 * zi_status resets it on entry and sets it when it fails, so after a success it is "".
 * Never NULL. Check the status, not this message, to detect errors.
 * @ownership owned by the library; valid until the calling thread's next call of a
 * function that returns a zi_status. @thread-safety thread-local: each thread has its
 * own message.
 * @since 0.1 @stability stable
 */
ZI_API const char *zi_last_error_message(void) ZI_NOEXCEPT;

/**
 * Releases a string or buffer that a zi_ function returned as owned (char **).
 * zi_free(NULL) does nothing.
 * @ownership takes ownership of ptr. @thread-safety any thread; ptr must not be in use.
 * @since 0.1 @stability stable
 */
ZI_API void zi_free(void *ptr) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: date
 * ================================================================================== */

/** A civil date: days since 1970-01-01 (negative before), proleptic Gregorian. */
typedef struct zi_date {
  int32_t days;
} zi_date;

/** The dates the helpers accept: 0001-01-01 .. 9999-12-31. */
#define ZI_DATE_MIN_DAYS (-719162)
#define ZI_DATE_MAX_DAYS 2932896
/** Buffer size for zi_date_format_iso: "YYYY-MM-DD" and the terminating NUL. */
#define ZI_DATE_ISO_SIZE 11

/**
 * Makes a date from year, month (1..12) and day (1..31).
 * @return ZI_OK; ZI_EINVALID if out is NULL or the date does not exist (2026-02-29,
 * month 13, year 0 or above 9999).
 * @ownership writes *out. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API zi_status zi_date_from_ymd(zi_date *out, int32_t year, int32_t month, int32_t day) ZI_NOEXCEPT;

/**
 * Splits a date into year, month (1..12) and day (1..31). Any of the outputs may be
 * NULL when not wanted.
 * @return ZI_OK; ZI_ERANGE if date.days is outside ZI_DATE_MIN_DAYS..ZI_DATE_MAX_DAYS
 * (the outputs are then left untouched).
 * @ownership writes the non-NULL outputs. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API zi_status zi_date_to_ymd(int32_t *year_out, int32_t *month_out, int32_t *day_out, zi_date date) ZI_NOEXCEPT;

/**
 * Parses exactly "YYYY-MM-DD" (zero-padded, a real calendar date) from the len bytes
 * at text; no NUL terminator is needed.
 * @return ZI_OK; ZI_EINVALID if out or text is NULL or the text is not such a date.
 * @ownership reads text, writes *out. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API zi_status zi_date_parse_iso(zi_date *out, const char *text, size_t len) ZI_NOEXCEPT;

/**
 * Formats a date as "YYYY-MM-DD" into a caller buffer, like snprintf: writes at most
 * size bytes including the terminating NUL (nothing when size is 0) and sets *len_out
 * (if not NULL) to the full length without the NUL, which is 10. The output was
 * truncated when *len_out >= size. ZI_DATE_ISO_SIZE is always enough.
 * @return ZI_OK; ZI_EINVALID if buf is NULL while size > 0; ZI_ERANGE if the date is
 * outside ZI_DATE_MIN_DAYS..ZI_DATE_MAX_DAYS.
 * @ownership writes buf and *len_out. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API zi_status zi_date_format_iso(char *buf, size_t size, size_t *len_out, zi_date date) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: plan
 *
 * A zi_plan is one satker's Rencana Aksi for one year. It is immutable: every function
 * that takes a `const zi_plan *` (or one of its children) may be called from any number
 * of threads at once. Only zi_plan_free must not run concurrently with other uses of
 * the same plan.
 *
 * The children (zi_component, zi_aspect, zi_activity, zi_indicator, zi_note,
 * zi_source, zi_satker, zi_decree, zi_due_policy) and every string read from them are
 * borrowed from the plan: they stay valid, and unchanged, until zi_plan_free(plan).
 * They are never freed on their own. Child getters return NULL for an index out of
 * range or a NULL parent; string getters return NULL for a NULL object and "" for an
 * empty field; counts return 0 and weights 0.0 for a NULL object.
 * ================================================================================== */

/* ---- enumerations (pinned values; see "Enumerations" at the top) -------------------- */

/** Why a value differs from, or is missing in, the decree. */
enum zi_note_kind {
  ZI_NOTE_RESOLVED = 0,  /* "resolved": moved or joined from damaged cells */
  ZI_NOTE_INFERRED = 1,  /* "inferred": absent in the decree, chosen from the LKE */
  ZI_NOTE_DEFECT = 2     /* "defect": kept as written but known to be wrong */
};

/** Level of a satker (work unit). */
enum zi_satker_level {
  ZI_SATKER_PUSAT = 0,     /* "pusat": KPU RI */
  ZI_SATKER_PROVINSI = 1,  /* "provinsi" */
  ZI_SATKER_KABKOTA = 2    /* "kabkota": kabupaten/kota */
};

/** Indonesian time zones. */
enum zi_time_zone {
  ZI_TIME_ZONE_WIB = 0,   /* "WIB", UTC+7 */
  ZI_TIME_ZONE_WITA = 1,  /* "WITA", UTC+8 */
  ZI_TIME_ZONE_WIT = 2    /* "WIT", UTC+9 */
};

/** How a due date follows from the end of an occurrence's window. */
enum zi_due_offset {
  ZI_DUE_OFFSET_NONE = 0,              /* "none": due = window end */
  ZI_DUE_OFFSET_WORKING_DAYS = 1,      /* "working_days": the n-th working day after */
  ZI_DUE_OFFSET_CALENDAR_DAYS = 2,     /* "calendar_days": window end + n days */
  ZI_DUE_OFFSET_DAY_OF_NEXT_MONTH = 3  /* "day_of_next_month": that day of next month */
};

/** Business-day conventions. */
enum zi_convention {
  ZI_CONVENTION_FOLLOWING = 0,           /* "following" */
  ZI_CONVENTION_MODIFIED_FOLLOWING = 1,  /* "modified_following" */
  ZI_CONVENTION_PRECEDING = 2,           /* "preceding" */
  ZI_CONVENTION_UNADJUSTED = 3           /* "unadjusted" */
};

/** The decree's columns kept for a damaged row (see zi_source_cell). */
enum zi_source_column {
  ZI_SOURCE_NO = 0,             /* "no" */
  ZI_SOURCE_KOMPONEN = 1,       /* "komponen" */
  ZI_SOURCE_ASPEK = 2,          /* "aspek" */
  ZI_SOURCE_KEGIATAN = 3,       /* "kegiatan" */
  ZI_SOURCE_INDIKATOR = 4,      /* "indikator" */
  ZI_SOURCE_BUKTI_FISIK = 5,    /* "bukti_fisik" */
  ZI_SOURCE_TARGET_WAKTU = 6,   /* "target_waktu" */
  ZI_SOURCE_TARGET_CAPAIAN = 7  /* "target_capaian" */
};

/**
 * Static names of the plan's enumeration values, e.g. zi_time_zone_str(ZI_TIME_ZONE_WITA)
 * is "WITA"; NULL for an unknown value.
 * @ownership static storage; never free it. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API const char *zi_note_kind_str(int32_t kind) ZI_NOEXCEPT;
/** @see zi_note_kind_str. @since 0.1 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_satker_level_str(int32_t level) ZI_NOEXCEPT;
/** @see zi_note_kind_str. @since 0.1 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_time_zone_str(int32_t time_zone) ZI_NOEXCEPT;
/** @see zi_note_kind_str. @since 0.1 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_due_offset_str(int32_t offset) ZI_NOEXCEPT;
/** @see zi_note_kind_str. @since 0.1 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_convention_str(int32_t convention) ZI_NOEXCEPT;
/** @see zi_note_kind_str. @since 0.1 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_source_column_str(int32_t column) ZI_NOEXCEPT;

typedef struct zi_plan zi_plan;
typedef struct zi_component zi_component;
typedef struct zi_aspect zi_aspect;
typedef struct zi_activity zi_activity;
typedef struct zi_indicator zi_indicator;
typedef struct zi_note zi_note;
typedef struct zi_source zi_source;
typedef struct zi_satker zi_satker;
typedef struct zi_decree zi_decree;
typedef struct zi_due_policy zi_due_policy;

/** Options for zi_plan_load_file / zi_plan_load_buffer. Fields are only ever appended. */
typedef struct zi_plan_load_options {
  uint32_t version; /* ZI_PLAN_LOAD_OPTIONS_VERSION */
  bool validate;    /* reject a structurally invalid plan (duplicate ids, empty texts,
                       bad weights, ...) with ZI_EINVALID; false loads it anyway so that
                       zi_plan_lint can report every problem. Default true. */
} zi_plan_load_options;

#define ZI_PLAN_LOAD_OPTIONS_VERSION 1
#define ZI_PLAN_LOAD_OPTIONS_INIT { ZI_PLAN_LOAD_OPTIONS_VERSION, true }

/**
 * Sets *opts to the defaults of the given struct version (for FFI callers that cannot
 * use ZI_PLAN_LOAD_OPTIONS_INIT). Pass ZI_PLAN_LOAD_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or newer than
 * this library knows (opts is then untouched).
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API zi_status zi_plan_load_options_init(zi_plan_load_options *opts, uint32_t version) ZI_NOEXCEPT;

/**
 * Loads a plan from a zi.plan/1 JSON file. opts may be NULL for the defaults.
 * @return ZI_OK; ZI_EINVALID if out or path is NULL, or the file is not a valid plan
 * (the message names the file and says where: line/column or JSON pointer);
 * ZI_EIO if the file cannot be opened or read; ZI_EVERSION for a bad opts->version.
 * @ownership on success *out is a new plan owned by the caller: free it with
 * zi_plan_free. On failure *out is NULL and there is nothing to free.
 * @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API zi_status zi_plan_load_file(zi_plan **out, const char *path, const zi_plan_load_options *opts) ZI_NOEXCEPT;

/**
 * Loads a plan from the size bytes of zi.plan/1 JSON at data (no NUL terminator
 * needed). opts may be NULL for the defaults.
 * @return ZI_OK; ZI_EINVALID if out is NULL, data is NULL while size > 0, or the bytes
 * are not a valid plan; ZI_EVERSION for a bad opts->version.
 * @ownership data is only read during the call. On success *out is a new plan owned by
 * the caller (zi_plan_free); on failure *out is NULL. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API zi_status zi_plan_load_buffer(zi_plan **out, const char *data, size_t size, const zi_plan_load_options *opts) ZI_NOEXCEPT;

/**
 * Many plans read at once, on several threads (zi_plan_load_files, zi_plan_load_buffers):
 * one entry per input, in input order, each holding either a plan or the status and
 * message that loading that input alone would have given.
 */
typedef struct zi_plan_batch zi_plan_batch;

/**
 * Loads count zi.plan/1 files on up to threads threads (0: every hardware thread, 1..1024
 * otherwise; the calling thread is one of them). Entry i is what zi_plan_load_file gives
 * for paths[i] alone, whatever the thread count: a file that fails does not stop the others.
 * opts may be NULL for the defaults.
 * @return ZI_OK when the batch was made, even if some entries failed (see
 * zi_plan_batch_status); ZI_EINVALID if out is NULL, paths is NULL while count > 0, a path
 * is NULL or threads is out of range; ZI_EVERSION for a bad opts->version.
 * @ownership paths are only read during the call. On success *out is owned by the caller
 * (zi_plan_batch_free); on failure NULL. @thread-safety any thread.
 * @since 0.4 @stability stable
 */
ZI_API zi_status zi_plan_load_files(zi_plan_batch **out, const char *const *paths, size_t count, const zi_plan_load_options *opts, int32_t threads) ZI_NOEXCEPT;

/**
 * As zi_plan_load_files for count JSON texts in memory: texts[i] has sizes[i] bytes (no NUL
 * terminator needed); names (may be NULL, or entries NULL) gives the name entry i's messages
 * start with, as a file name would ("a.json: baris 3, kolom 5: ..."). Entry i is what
 * zi_plan_load_buffer gives for that text alone, its message prefixed with names[i].
 * @return as zi_plan_load_files; ZI_EINVALID also if texts or sizes is NULL while count > 0,
 * or a text is NULL while its size > 0.
 * @ownership texts, sizes and names are only read during the call. On success *out is owned
 * by the caller (zi_plan_batch_free); on failure NULL. @thread-safety any thread.
 * @since 0.4 @stability stable
 */
ZI_API zi_status zi_plan_load_buffers(zi_plan_batch **out, const char *const *texts, const size_t *sizes, const char *const *names, size_t count, const zi_plan_load_options *opts, int32_t threads) ZI_NOEXCEPT;

/** Frees a batch and every plan still in it; NULL does nothing. Plans taken with zi_plan_batch_take are the caller's and stay. @ownership takes ownership of batch. @thread-safety no other thread may be using batch. @since 0.4 @stability stable */
ZI_API void zi_plan_batch_free(zi_plan_batch *batch) ZI_NOEXCEPT;

/** Number of entries (the count given); 0 if batch is NULL. @ownership none. @thread-safety any thread. @since 0.4 @stability stable */
ZI_API size_t zi_plan_batch_count(const zi_plan_batch *batch) ZI_NOEXCEPT;

/** Entry index's status: ZI_OK if it holds (or held, before zi_plan_batch_take) a plan, else the error of loading that input alone; ZI_EINVALID if batch is NULL, ZI_ERANGE if index is out of range. Never sets the thread's message. @ownership none. @thread-safety any thread. @since 0.4 @stability stable */
ZI_API zi_status zi_plan_batch_status(const zi_plan_batch *batch, size_t index) ZI_NOEXCEPT;

/** Entry index's error message ("" for an entry that loaded); NULL if batch is NULL or index is out of range. @ownership borrowed from batch. @thread-safety any thread. @since 0.4 @stability stable */
ZI_API const char *zi_plan_batch_message(const zi_plan_batch *batch, size_t index) ZI_NOEXCEPT;

/**
 * Moves entry index's plan out of the batch: *out becomes the caller's (zi_plan_free) and
 * the entry keeps only its status.
 * @return ZI_OK; ZI_EINVALID if out or batch is NULL; ZI_ERANGE if index is out of range;
 * ZI_ENOTFOUND if the entry failed to load (the message is the entry's) or was taken already.
 * @ownership on success *out is owned by the caller; on failure NULL.
 * @thread-safety no other thread may be using batch.
 * @since 0.4 @stability stable
 */
ZI_API zi_status zi_plan_batch_take(zi_plan **out, zi_plan_batch *batch, size_t index) ZI_NOEXCEPT;

/**
 * The plan compiled into the library: KPU Provinsi Sulawesi Tengah 2026 (Keputusan
 * Nomor 6 Tahun 2026). Each call returns a new handle; they share one parsed copy.
 * @return ZI_OK; ZI_EINVALID if out is NULL.
 * @ownership on success *out is owned by the caller (zi_plan_free); on failure NULL.
 * @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API zi_status zi_plan_default(zi_plan **out) ZI_NOEXCEPT;

/**
 * Frees a plan and, with it, every child pointer and string borrowed from it.
 * zi_plan_free(NULL) does nothing. Freeing the same plan twice is undefined.
 * @ownership takes ownership of plan. @thread-safety no other thread may be using plan.
 * @since 0.1 @stability stable
 */
ZI_API void zi_plan_free(zi_plan *plan) ZI_NOEXCEPT;

/**
 * Writes the plan as canonical zi.plan/1 JSON (documented field order, two-space
 * indentation, trailing newline; loading it gives the same plan).
 * @return ZI_OK; ZI_EINVALID if json_out or plan is NULL.
 * @ownership on success *json_out is a NUL-terminated UTF-8 string owned by the caller,
 * freed with zi_free, and *len_out (if not NULL) its length without the NUL. On failure
 * *json_out is NULL. @thread-safety any thread (plan is only read).
 * @since 0.1 @stability stable
 */
ZI_API zi_status zi_plan_to_json(char **json_out, size_t *len_out, const zi_plan *plan) ZI_NOEXCEPT;

/**
 * A summary of the plan as JSON, the same text as `zi plan show --json`: satker, year, the
 * numbers of komponen, aspek and kegiatan, and every indikator with its komponen, aspek,
 * kegiatan, bukti fisik, target waktu and target capaian.
 * @return ZI_OK; ZI_EINVALID if json_out or plan is NULL.
 * @ownership on success *json_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *json_out is NULL. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_plan_summary_json(char **json_out, size_t *len_out, const zi_plan *plan) ZI_NOEXCEPT;

/** The plan year (2026), or 0 if plan is NULL. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API int32_t zi_plan_year(const zi_plan *plan) ZI_NOEXCEPT;

/** The working-day calendar's name: the file's "calendar", or "ID-<year>" when absent. @ownership borrowed from plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_plan_calendar(const zi_plan *plan) ZI_NOEXCEPT;

/** The satker that owns the plan. @ownership borrowed from plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_satker *zi_plan_satker(const zi_plan *plan) ZI_NOEXCEPT;

/** The decree that set the plan (its fields may be empty). @ownership borrowed from plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_decree *zi_plan_decree(const zi_plan *plan) ZI_NOEXCEPT;

/** The plan's default due policy. @ownership borrowed from plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_due_policy *zi_plan_due_policy(const zi_plan *plan) ZI_NOEXCEPT;

/** Number of plan-level notes. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_plan_note_count(const zi_plan *plan) ZI_NOEXCEPT;

/** Plan-level note index (0-based), NULL when out of range. @ownership borrowed from plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_note *zi_plan_note(const zi_plan *plan, size_t index) ZI_NOEXCEPT;

/** Number of components (komponen pengungkit). @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_plan_component_count(const zi_plan *plan) ZI_NOEXCEPT;

/** Component index (0-based, document order), NULL when out of range. @ownership borrowed from plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_component *zi_plan_component(const zi_plan *plan, size_t index) ZI_NOEXCEPT;

/** Number of aspects in the whole plan. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_plan_aspect_count(const zi_plan *plan) ZI_NOEXCEPT;

/** Number of activities in the whole plan. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_plan_activity_count(const zi_plan *plan) ZI_NOEXCEPT;

/** Number of indicators in the whole plan. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_plan_indicator_count(const zi_plan *plan) ZI_NOEXCEPT;

/** Indicator index of the whole plan (0-based, document order), NULL when out of range. @ownership borrowed from plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_indicator *zi_plan_indicator(const zi_plan *plan, size_t index) ZI_NOEXCEPT;

/** The indicator with that id ("1.2.1.1"; the first one on duplicates), NULL when none or an argument is NULL. @ownership borrowed from plan; id is only read. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_indicator *zi_plan_find_indicator(const zi_plan *plan, const char *id) ZI_NOEXCEPT;

/**
 * The component, aspect and activity that contain an indicator of this plan. Each
 * output may be NULL when not wanted.
 * @return ZI_OK; ZI_EINVALID if plan or indicator is NULL; ZI_ENOTFOUND if indicator
 * does not belong to plan (the outputs are then set to NULL).
 * @ownership the outputs are borrowed from plan. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API zi_status zi_plan_indicator_parents(const zi_component **component_out, const zi_aspect **aspect_out, const zi_activity **activity_out, const zi_plan *plan, const zi_indicator *indicator) ZI_NOEXCEPT;

/** The due policy that applies to an indicator of this plan: its own, else the plan default. NULL if an argument is NULL or the indicator belongs to another plan. @ownership borrowed from plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_due_policy *zi_plan_effective_due_policy(const zi_plan *plan, const zi_indicator *indicator) ZI_NOEXCEPT;

/** The penanggung jawab (person or unit responsible) who acts on an indicator of this plan: its own (zi_indicator_responsible), else its kegiatan's (zi_activity_responsible); "" when neither has one. NULL if an argument is NULL or the indicator belongs to another plan. @ownership borrowed from plan. @thread-safety any thread. @since 0.3 @stability stable */
ZI_API const char *zi_plan_effective_responsible(const zi_plan *plan, const zi_indicator *indicator) ZI_NOEXCEPT;

/* ---- satker ------------------------------------------------------------------------- */

/** Stable code, e.g. "KPU-72". @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_satker_code(const zi_satker *satker) ZI_NOEXCEPT;
/** Name, e.g. "KPU Provinsi Sulawesi Tengah". @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_satker_name(const zi_satker *satker) ZI_NOEXCEPT;
/** Level (enum zi_satker_level): ZI_SATKER_PUSAT/PROVINSI/KABKOTA; -1 if satker is NULL. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API int32_t zi_satker_level(const zi_satker *satker) ZI_NOEXCEPT;
/** Code of the parent satker ("" for KPU RI). @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_satker_parent(const zi_satker *satker) ZI_NOEXCEPT;
/** Time zone (enum zi_time_zone): ZI_TIME_ZONE_WIB/WITA/WIT; -1 if satker is NULL. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API int32_t zi_satker_time_zone(const zi_satker *satker) ZI_NOEXCEPT;

/* ---- decree ------------------------------------------------------------------------- */

/** Decree number, e.g. "6 Tahun 2026" ("" when unknown). @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_decree_number(const zi_decree *decree) ZI_NOEXCEPT;
/** Decree title. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_decree_title(const zi_decree *decree) ZI_NOEXCEPT;
/** Place of signing. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_decree_place(const zi_decree *decree) ZI_NOEXCEPT;
/** Who signed it. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_decree_signed_by(const zi_decree *decree) ZI_NOEXCEPT;

/**
 * The decree's date.
 * @return ZI_OK; ZI_EINVALID if out or decree is NULL; ZI_ENOTFOUND if the plan gives
 * no date (*out is then untouched).
 * @ownership writes *out. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API zi_status zi_decree_date(zi_date *out, const zi_decree *decree) ZI_NOEXCEPT;

/* ---- due policy --------------------------------------------------------------------- */

/** Offset kind (enum zi_due_offset): ZI_DUE_OFFSET_*; -1 if policy is NULL. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API int32_t zi_due_policy_offset(const zi_due_policy *policy) ZI_NOEXCEPT;
/** Number of days with WORKING_DAYS / CALENDAR_DAYS (0 otherwise or if NULL). @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API int32_t zi_due_policy_n(const zi_due_policy *policy) ZI_NOEXCEPT;
/** Day of the month with DAY_OF_NEXT_MONTH (1..31; 0 otherwise or if NULL). @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API int32_t zi_due_policy_day(const zi_due_policy *policy) ZI_NOEXCEPT;
/** Business-day convention (enum zi_convention): ZI_CONVENTION_*; -1 if policy is NULL. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API int32_t zi_due_policy_convention(const zi_due_policy *policy) ZI_NOEXCEPT;

/* ---- notes and source cells --------------------------------------------------------- */

/** The field the note is about, e.g. "target". @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_note_field(const zi_note *note) ZI_NOEXCEPT;
/** Kind (enum zi_note_kind): ZI_NOTE_RESOLVED/INFERRED/DEFECT; -1 if note is NULL. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API int32_t zi_note_kind(const zi_note *note) ZI_NOEXCEPT;
/** Why. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_note_text(const zi_note *note) ZI_NOEXCEPT;

/** One of the decree's raw cells (column: enum zi_source_column) as the converted annex has it; NULL when that cell is absent, the column unknown or source NULL. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_source_cell(const zi_source *source, int32_t column) ZI_NOEXCEPT;

/* ---- component (komponen pengungkit) ------------------------------------------------ */

/** Dotted id, e.g. "1". @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_component_id(const zi_component *component) ZI_NOEXCEPT;
/** Optional short code ("" when none). @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_component_code(const zi_component *component) ZI_NOEXCEPT;
/** Name, e.g. "Manajemen Perubahan". @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_component_name(const zi_component *component) ZI_NOEXCEPT;
/** Weight in the plan score. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API double zi_component_weight(const zi_component *component) ZI_NOEXCEPT;
/** LKE area code (MP, TL, SDM, AK, PW, PP; "" when unmapped). @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_component_lke_area(const zi_component *component) ZI_NOEXCEPT;
/** Number of aspects. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_component_aspect_count(const zi_component *component) ZI_NOEXCEPT;
/** Aspect index (0-based), NULL when out of range. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_aspect *zi_component_aspect(const zi_component *component, size_t index) ZI_NOEXCEPT;
/** Number of notes. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_component_note_count(const zi_component *component) ZI_NOEXCEPT;
/** Note index, NULL when out of range. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_note *zi_component_note(const zi_component *component, size_t index) ZI_NOEXCEPT;
/** The decree's raw cells for this row, NULL when the plan keeps none. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_source *zi_component_source(const zi_component *component) ZI_NOEXCEPT;

/* ---- aspect (aspek pemenuhan) ------------------------------------------------------- */

/** Dotted id, e.g. "1.2". @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_aspect_id(const zi_aspect *aspect) ZI_NOEXCEPT;
/** Optional short code. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_aspect_code(const zi_aspect *aspect) ZI_NOEXCEPT;
/** Name. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_aspect_name(const zi_aspect *aspect) ZI_NOEXCEPT;
/** Weight in the component score. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API double zi_aspect_weight(const zi_aspect *aspect) ZI_NOEXCEPT;
/** LKE sub-area id, e.g. "P.MP.ii" ("" when unmapped). @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_aspect_lke_subarea(const zi_aspect *aspect) ZI_NOEXCEPT;
/** Number of activities. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_aspect_activity_count(const zi_aspect *aspect) ZI_NOEXCEPT;
/** Activity index, NULL when out of range. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_activity *zi_aspect_activity(const zi_aspect *aspect, size_t index) ZI_NOEXCEPT;
/** Number of notes. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_aspect_note_count(const zi_aspect *aspect) ZI_NOEXCEPT;
/** Note index, NULL when out of range. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_note *zi_aspect_note(const zi_aspect *aspect, size_t index) ZI_NOEXCEPT;
/** Raw decree cells, NULL when none. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_source *zi_aspect_source(const zi_aspect *aspect) ZI_NOEXCEPT;

/* ---- activity (kegiatan/aksi) ------------------------------------------------------- */

/** Dotted id, e.g. "1.2.1". @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_activity_id(const zi_activity *activity) ZI_NOEXCEPT;
/** Optional short code. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_activity_code(const zi_activity *activity) ZI_NOEXCEPT;
/** The kegiatan text. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_activity_text(const zi_activity *activity) ZI_NOEXCEPT;
/** Number of indicators. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_activity_indicator_count(const zi_activity *activity) ZI_NOEXCEPT;
/** Indicator index, NULL when out of range. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_indicator *zi_activity_indicator(const zi_activity *activity, size_t index) ZI_NOEXCEPT;
/** Number of notes. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_activity_note_count(const zi_activity *activity) ZI_NOEXCEPT;
/** Note index, NULL when out of range. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_note *zi_activity_note(const zi_activity *activity, size_t index) ZI_NOEXCEPT;
/** Raw decree cells, NULL when none. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_source *zi_activity_source(const zi_activity *activity) ZI_NOEXCEPT;
/** The kegiatan's penanggung jawab (person or unit responsible), "" when none. @ownership borrowed from the plan. @thread-safety any thread. @since 0.3 @stability stable */
ZI_API const char *zi_activity_responsible(const zi_activity *activity) ZI_NOEXCEPT;

/* ---- indicator (indikator) ---------------------------------------------------------- */

/** Dotted id, e.g. "1.2.1.1". @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_indicator_id(const zi_indicator *indicator) ZI_NOEXCEPT;
/** Optional short code. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_indicator_code(const zi_indicator *indicator) ZI_NOEXCEPT;
/** The indikator text. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_indicator_text(const zi_indicator *indicator) ZI_NOEXCEPT;
/** Bukti fisik (evidence), "" when missing. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_indicator_evidence(const zi_indicator *indicator) ZI_NOEXCEPT;
/** Target waktu (schedule phrase) as written, e.g. "Per Triwulan". @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_indicator_schedule(const zi_indicator *indicator) ZI_NOEXCEPT;
/** Target capaian as written, e.g. "4 (empat) Laporan". @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_indicator_target(const zi_indicator *indicator) ZI_NOEXCEPT;
/** Explicit RFC 5545 RRULE, NULL when the plan gives none. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_indicator_rrule(const zi_indicator *indicator) ZI_NOEXCEPT;
/** Weight in the aspect score. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API double zi_indicator_weight(const zi_indicator *indicator) ZI_NOEXCEPT;
/** The indicator's own due policy, NULL when it uses the plan default (see zi_plan_effective_due_policy). @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_due_policy *zi_indicator_due_policy(const zi_indicator *indicator) ZI_NOEXCEPT;
/** Number of LKE question ids. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_indicator_lke_question_count(const zi_indicator *indicator) ZI_NOEXCEPT;
/** LKE question id index, e.g. "P.MP.iii.a"; NULL when out of range. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_indicator_lke_question(const zi_indicator *indicator, size_t index) ZI_NOEXCEPT;
/** Number of notes. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_indicator_note_count(const zi_indicator *indicator) ZI_NOEXCEPT;
/** Note index, NULL when out of range. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_note *zi_indicator_note(const zi_indicator *indicator, size_t index) ZI_NOEXCEPT;
/** Raw decree cells, NULL when none. @ownership borrowed from the plan. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_source *zi_indicator_source(const zi_indicator *indicator) ZI_NOEXCEPT;
/** The indicator's own penanggung jawab as stored, "" when it inherits its kegiatan's (see zi_plan_effective_responsible). @ownership borrowed from the plan. @thread-safety any thread. @since 0.3 @stability stable */
ZI_API const char *zi_indicator_responsible(const zi_indicator *indicator) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: lint
 *
 * zi_plan_lint returns a zi_diagnostics: a result handle that owns copies of its
 * diagnostics, so it may outlive the plan. It is immutable; any thread may read it.
 * ================================================================================== */

/* ---- enumerations (pinned values; see "Enumerations" at the top) -------------------- */

/** Severity of a lint diagnostic. */
enum zi_severity {
  ZI_SEVERITY_ERROR = 0,    /* "error": the plan is not usable */
  ZI_SEVERITY_WARNING = 1,  /* "warning": a data-quality problem */
  ZI_SEVERITY_INFO = 2      /* "info" */
};

/**
 * The static name of a severity, e.g. zi_severity_str(ZI_SEVERITY_ERROR) is "error"; NULL
 * for an unknown value.
 * @ownership static storage; never free it. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API const char *zi_severity_str(int32_t severity) ZI_NOEXCEPT;

typedef struct zi_diagnostics zi_diagnostics;
typedef struct zi_diagnostic zi_diagnostic;

/** Options for zi_plan_lint. Fields are only ever appended. */
typedef struct zi_lint_options {
  uint32_t version;     /* ZI_LINT_OPTIONS_VERSION */
  bool structural_only; /* only the structural errors (what validation rejects), not the
                           data-quality checks. Default false. */
} zi_lint_options;

#define ZI_LINT_OPTIONS_VERSION 1
#define ZI_LINT_OPTIONS_INIT { ZI_LINT_OPTIONS_VERSION, false }

/**
 * Sets *opts to the defaults of the given struct version. Pass ZI_LINT_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API zi_status zi_lint_options_init(zi_lint_options *opts, uint32_t version) ZI_NOEXCEPT;

/**
 * Checks a plan and reports every problem in document order (docs/diagnostics.md lists
 * the codes). To lint a file that validation would reject, load it with
 * zi_plan_load_options.validate = false. opts may be NULL for the defaults.
 * @return ZI_OK (also when problems are found); ZI_EINVALID if out or plan is NULL;
 * ZI_EVERSION for a bad opts->version.
 * @ownership on success *out is owned by the caller: free it with zi_diagnostics_free.
 * On failure *out is NULL. @thread-safety any thread (plan is only read).
 * @since 0.1 @stability stable
 */
ZI_API zi_status zi_plan_lint(zi_diagnostics **out, const zi_plan *plan, const zi_lint_options *opts) ZI_NOEXCEPT;

/**
 * A lint result as JSON, the same text as `zi plan lint --json` when diagnostics are
 * zi_plan_lint's with the default options: satker, year, the numbers of errors and
 * warnings, and the diagnostics.
 * @return ZI_OK; ZI_EINVALID if json_out, plan or diagnostics is NULL.
 * @ownership on success *json_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *json_out is NULL. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_plan_lint_json(char **json_out, size_t *len_out, const zi_plan *plan, const zi_diagnostics *diagnostics) ZI_NOEXCEPT;

/**
 * Frees a lint result and every diagnostic and string borrowed from it.
 * zi_diagnostics_free(NULL) does nothing. Freeing twice is undefined.
 * @ownership takes ownership. @thread-safety no other thread may be using it.
 * @since 0.1 @stability stable
 */
ZI_API void zi_diagnostics_free(zi_diagnostics *diagnostics) ZI_NOEXCEPT;

/** Number of diagnostics (0 if NULL). @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_diagnostics_count(const zi_diagnostics *diagnostics) ZI_NOEXCEPT;

/** Number of diagnostics of one severity (0 if NULL). @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API size_t zi_diagnostics_count_severity(const zi_diagnostics *diagnostics, int32_t severity) ZI_NOEXCEPT;

/** Diagnostic index (0-based), NULL when out of range. @ownership borrowed from diagnostics. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const zi_diagnostic *zi_diagnostics_get(const zi_diagnostics *diagnostics, size_t index) ZI_NOEXCEPT;

/** Severity (enum zi_severity): ZI_SEVERITY_ERROR/WARNING/INFO; -1 if diagnostic is NULL. @ownership none. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API int32_t zi_diagnostic_severity(const zi_diagnostic *diagnostic) ZI_NOEXCEPT;
/** Stable snake_case code, e.g. "target_missing". @ownership borrowed from the zi_diagnostics. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_diagnostic_code(const zi_diagnostic *diagnostic) ZI_NOEXCEPT;
/** The node: an id such as "1.2.1.1", or "plan", "satker". @ownership borrowed from the zi_diagnostics. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_diagnostic_where(const zi_diagnostic *diagnostic) ZI_NOEXCEPT;
/** The field within the node, e.g. "target" ("" when the whole node). @ownership borrowed from the zi_diagnostics. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_diagnostic_field(const zi_diagnostic *diagnostic) ZI_NOEXCEPT;
/** Text for people (may change between versions; match on the code). @ownership borrowed from the zi_diagnostics. @thread-safety any thread. @since 0.1 @stability stable */
ZI_API const char *zi_diagnostic_message(const zi_diagnostic *diagnostic) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: calendar
 *
 * A zi_calendar is a working-day calendar (docs/calendar-format.md): a day is a working
 * day unless it is a Saturday, a Sunday, or a holiday of the calendar. Calendars are
 * immutable values: any number of threads may use one at once; only zi_calendar_free
 * must not run concurrently with other uses. A calendar does not depend on the plan or
 * file it was made from. Holidays (zi_holiday) and strings read from a calendar are
 * borrowed from it and live until zi_calendar_free.
 *
 * A calendar only knows the holidays of the years it covers (zi_calendar_covers). For
 * any other year it knows the weekends only; every computation that needed such a year
 * says so through its `bool *uncovered_out` parameter (the calendar_year_not_covered
 * warning of docs/diagnostics.md), which may be NULL when the caller does not care.
 * ================================================================================== */

typedef struct zi_calendar zi_calendar;
typedef struct zi_holiday zi_holiday;

/** Kinds of holidays. */
enum zi_holiday_kind {
  ZI_HOLIDAY_LIBUR_NASIONAL = 0,  /* "libur_nasional": national holiday */
  ZI_HOLIDAY_CUTI_BERSAMA = 1,    /* "cuti_bersama": collective leave (a working day only by option) */
  ZI_HOLIDAY_LIBUR_DAERAH = 2     /* "libur_daerah": regional holiday (see zi_holiday_region) */
};

/** Whether a calendar's dates are those of a published decree or a forecast. */
enum zi_calendar_status {
  ZI_CALENDAR_STATUS_UNSPECIFIED = 0,  /* "unspecified": the calendar file does not say */
  ZI_CALENDAR_STATUS_CONFIRMED = 1,    /* "confirmed": the dates of the published decree (SKB, Perda) */
  ZI_CALENDAR_STATUS_PROVISIONAL = 2   /* "provisional": a forecast, to be replaced when the decree appears */
};

/** Options of a calendar. Fields are only ever appended. */
typedef struct zi_calendar_options {
  uint32_t version;                  /* ZI_CALENDAR_OPTIONS_VERSION */
  bool cuti_bersama_is_working_day;  /* cuti bersama count as working days. Default false
                                        (offices are closed; docs/calendar-format.md). */
} zi_calendar_options;

#define ZI_CALENDAR_OPTIONS_VERSION 1
#define ZI_CALENDAR_OPTIONS_INIT { ZI_CALENDAR_OPTIONS_VERSION, false }

/**
 * Sets *opts to the defaults of the given struct version. Pass ZI_CALENDAR_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_calendar_options_init(zi_calendar_options *opts, uint32_t version) ZI_NOEXCEPT;

/** @see zi_severity_str: "libur_nasional", "cuti_bersama", "libur_daerah"; NULL for an unknown value. @ownership static. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_holiday_kind_str(int32_t kind) ZI_NOEXCEPT;
/** @see zi_severity_str: "unspecified", "confirmed", "provisional"; NULL for an unknown value. @ownership static. @thread-safety any thread. @since 0.3 @stability stable */
ZI_API const char *zi_calendar_status_str(int32_t status) ZI_NOEXCEPT;

/**
 * The default calendar compiled into the library, ID-2026 (SKB 3 Menteri 2026).
 * opts may be NULL for the defaults.
 * @return ZI_OK; ZI_EINVALID if out is NULL; ZI_EVERSION for a bad opts->version.
 * @ownership on success *out is owned by the caller: free it with zi_calendar_free. On
 * failure *out is NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_calendar_default(zi_calendar **out, const zi_calendar_options *opts) ZI_NOEXCEPT;

/**
 * A calendar compiled into the library, by name ("ID-2026"; see zi_calendar_embedded_name).
 * @return ZI_OK; ZI_EINVALID if out or name is NULL; ZI_ENOTFOUND for an unknown name (the
 * message lists the known ones); ZI_EVERSION for a bad opts->version.
 * @ownership on success *out is owned by the caller (zi_calendar_free); on failure NULL.
 * @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_calendar_embedded(zi_calendar **out, const char *name, const zi_calendar_options *opts) ZI_NOEXCEPT;

/** Number of calendars compiled into the library. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_calendar_embedded_count(void) ZI_NOEXCEPT;

/** Name of an embedded calendar (sorted; 0-based), NULL when out of range. @ownership static storage. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_calendar_embedded_name(size_t index) ZI_NOEXCEPT;

/**
 * The calendar a plan names (zi_plan_calendar: "ID-<year>" unless the plan names
 * another), among the embedded calendars.
 * @return ZI_OK; ZI_EINVALID if out or plan is NULL; ZI_ENOTFOUND when no embedded
 * calendar has that name; ZI_EVERSION for a bad opts->version.
 * @ownership on success *out is owned by the caller (zi_calendar_free); on failure NULL.
 * It does not depend on the plan. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_calendar_for_plan(zi_calendar **out, const zi_plan *plan, const zi_calendar_options *opts) ZI_NOEXCEPT;

/**
 * Loads a calendar from a zi.calendar/1 JSON file. opts may be NULL for the defaults.
 * @return ZI_OK; ZI_EINVALID if out or path is NULL or the file is not a valid calendar
 * (the message names the file and the place: line/column or JSON pointer); ZI_EIO if
 * the file cannot be read; ZI_EVERSION for a bad opts->version.
 * @ownership on success *out is owned by the caller (zi_calendar_free); on failure NULL.
 * @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_calendar_load_file(zi_calendar **out, const char *path, const zi_calendar_options *opts) ZI_NOEXCEPT;

/**
 * Loads a calendar from the size bytes of zi.calendar/1 JSON at data (no NUL needed).
 * @return ZI_OK; ZI_EINVALID if out is NULL, data is NULL while size > 0, or the bytes are
 * not a valid calendar; ZI_EVERSION for a bad opts->version.
 * @ownership data is only read during the call. On success *out is owned by the caller
 * (zi_calendar_free); on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_calendar_load_buffer(zi_calendar **out, const char *data, size_t size, const zi_calendar_options *opts) ZI_NOEXCEPT;

/**
 * A calendar named "weekends-only" without holidays that covers no year: every
 * computation on it reports its years as uncovered.
 * @return ZI_OK; ZI_EINVALID if out is NULL.
 * @ownership on success *out is owned by the caller (zi_calendar_free); on failure NULL.
 * @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_calendar_weekends_only(zi_calendar **out) ZI_NOEXCEPT;

/**
 * The same holidays with other options (cheap: the holiday data is shared).
 * @return ZI_OK; ZI_EINVALID if out, calendar or opts is NULL; ZI_EVERSION for a bad
 * opts->version.
 * @ownership on success *out is a new calendar owned by the caller (zi_calendar_free),
 * independent of calendar; on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_calendar_with_options(zi_calendar **out, const zi_calendar *calendar, const zi_calendar_options *opts) ZI_NOEXCEPT;

/**
 * Frees a calendar and every holiday and string borrowed from it.
 * zi_calendar_free(NULL) does nothing. Freeing twice is undefined.
 * @ownership takes ownership. @thread-safety no other thread may be using it.
 * @since 0.2 @stability stable
 */
ZI_API void zi_calendar_free(zi_calendar *calendar) ZI_NOEXCEPT;

/**
 * Writes the calendar as canonical zi.calendar/1 JSON (the options are not stored).
 * @return ZI_OK; ZI_EINVALID if json_out or calendar is NULL.
 * @ownership on success *json_out is owned by the caller and freed with zi_free; *len_out
 * (if not NULL) is its length. On failure *json_out is NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_calendar_to_json(char **json_out, size_t *len_out, const zi_calendar *calendar) ZI_NOEXCEPT;

/**
 * One year of the calendar as JSON, the same text as `zi calendar show --json`: the
 * calendar's name, whether it covers the year and counts cuti bersama as working days, the
 * year's holidays, the working days of each month and of the year, and the
 * calendar_year_not_covered warning for a year it does not cover.
 * @return ZI_OK; ZI_EINVALID if json_out or calendar is NULL; ZI_ERANGE if year is outside
 * 1..9999.
 * @ownership on success *json_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *json_out is NULL. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_calendar_year_json(char **json_out, size_t *len_out, const zi_calendar *calendar, int32_t year) ZI_NOEXCEPT;

/** The calendar's name, e.g. "ID-2026". @ownership borrowed from calendar. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_calendar_name(const zi_calendar *calendar) ZI_NOEXCEPT;
/** Free description ("" when none). @ownership borrowed from calendar. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_calendar_description(const zi_calendar *calendar) ZI_NOEXCEPT;
/** The legal basis (SKB, Keppres, Perda; "" when none). @ownership borrowed from calendar. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_calendar_source(const zi_calendar *calendar) ZI_NOEXCEPT;
/** Whether its dates are confirmed or provisional (enum zi_calendar_status; the file's "status"); -1 if calendar is NULL. Every built-in calendar says which. @ownership none. @thread-safety any thread. @since 0.3 @stability stable */
ZI_API int32_t zi_calendar_status(const zi_calendar *calendar) ZI_NOEXCEPT;
/** Whether cuti bersama are working days in this calendar (its options); false if NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API bool zi_calendar_cuti_bersama_is_working_day(const zi_calendar *calendar) ZI_NOEXCEPT;
/** Number of covered years. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_calendar_year_count(const zi_calendar *calendar) ZI_NOEXCEPT;
/** Covered year index (ascending), 0 when out of range. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_calendar_year(const zi_calendar *calendar, size_t index) ZI_NOEXCEPT;
/** Whether the holiday list of `year` is complete; false if NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API bool zi_calendar_covers(const zi_calendar *calendar, int32_t year) ZI_NOEXCEPT;
/** Number of holidays (whatever the options). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_calendar_holiday_count(const zi_calendar *calendar) ZI_NOEXCEPT;
/** Holiday index (0-based, by date), NULL when out of range. @ownership borrowed from calendar. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_holiday *zi_calendar_holiday(const zi_calendar *calendar, size_t index) ZI_NOEXCEPT;
/** The holiday on a date (whatever the options), NULL when none. @ownership borrowed from calendar. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_holiday *zi_calendar_find_holiday(const zi_calendar *calendar, zi_date date) ZI_NOEXCEPT;
/** Whether the date is a holiday that closes offices under the calendar's options (a weekend holiday is still a holiday); false if NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API bool zi_calendar_is_holiday(const zi_calendar *calendar, zi_date date) ZI_NOEXCEPT;
/** Whether the date is a Saturday or a Sunday. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API bool zi_calendar_is_weekend(zi_date date) ZI_NOEXCEPT;

/**
 * The holiday's date.
 * @return ZI_OK; ZI_EINVALID if out or holiday is NULL.
 * @ownership writes *out. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_holiday_date(zi_date *out, const zi_holiday *holiday) ZI_NOEXCEPT;
/** Kind (enum zi_holiday_kind); -1 if holiday is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_holiday_kind(const zi_holiday *holiday) ZI_NOEXCEPT;
/** Region of a libur_daerah:<region> ("" when none). @ownership borrowed from the calendar. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_holiday_region(const zi_holiday *holiday) ZI_NOEXCEPT;
/** The occasion in Indonesian. @ownership borrowed from the calendar. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_holiday_name(const zi_holiday *holiday) ZI_NOEXCEPT;

/**
 * Whether a date is a working day: not a weekend and not a holiday under the options.
 * *uncovered_out (if not NULL) is set to whether the date's year is not covered (only
 * weekends were known there).
 * @return ZI_OK; ZI_EINVALID if out or calendar is NULL; ZI_ERANGE for a date outside
 * ZI_DATE_MIN_DAYS..ZI_DATE_MAX_DAYS.
 * @ownership writes the outputs. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_calendar_is_working_day(bool *out, bool *uncovered_out, const zi_calendar *calendar, zi_date date) ZI_NOEXCEPT;

/**
 * Moves a date to a working day by a business-day convention (enum zi_convention):
 * following, modified_following, preceding or unadjusted.
 * @return ZI_OK; ZI_EINVALID if out or calendar is NULL or the convention is unknown;
 * ZI_ERANGE for a date (or result) outside ZI_DATE_MIN_DAYS..ZI_DATE_MAX_DAYS.
 * @ownership writes *out and *uncovered_out (if not NULL: whether a year the calendar
 * does not cover was needed). @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_calendar_adjust(zi_date *out, bool *uncovered_out, const zi_calendar *calendar, zi_date date, int32_t convention) ZI_NOEXCEPT;

/**
 * The n-th working day after date (n > 0) or before it (n < 0); date itself is never
 * counted and need not be a working day; n = 0 gives date unchanged.
 * @return ZI_OK; ZI_EINVALID if out or calendar is NULL; ZI_ERANGE if |n| > 1000000 or
 * the date or result is outside ZI_DATE_MIN_DAYS..ZI_DATE_MAX_DAYS.
 * @ownership writes *out and *uncovered_out (if not NULL). @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_calendar_advance(zi_date *out, bool *uncovered_out, const zi_calendar *calendar, zi_date date, int32_t n) ZI_NOEXCEPT;

/**
 * The number of working days between from and to (QuantLib's businessDaysBetween): for
 * from < to the working days of [from, to) with include_first = true and include_last =
 * false; include_first = false drops from, include_last = true adds to. For from > to,
 * minus the count between to and from with the flags swapped; for from == to, 1 if both
 * flags are set and the day is a working day, else 0. Every year between the two dates
 * is checked against the coverage.
 * @return ZI_OK; ZI_EINVALID if out or calendar is NULL; ZI_ERANGE for a date outside
 * ZI_DATE_MIN_DAYS..ZI_DATE_MAX_DAYS.
 * @ownership writes *out and *uncovered_out (if not NULL). @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_calendar_working_days_between(int32_t *out, bool *uncovered_out, const zi_calendar *calendar, zi_date from, zi_date to, bool include_first, bool include_last) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: schedule
 *
 * A zi_schedule is a parsed "target waktu" phrase or RRULE (docs/schedules.md): its
 * family, its occurrence windows in the plan year, the years written in it, an
 * equivalent RRULE and warnings. It is an immutable result handle that owns copies of
 * everything; any thread may read it. Its diagnostics (zi_diagnostics, see MODULE: lint)
 * and strings are borrowed from it and live until zi_schedule_free.
 * ================================================================================== */

typedef struct zi_schedule zi_schedule;

/** Families of schedules. */
enum zi_schedule_family {
  ZI_SCHEDULE_SINGLE_MONTH = 0,   /* "single_month": "Januari 2026" */
  ZI_SCHEDULE_MONTH_RANGE = 1,    /* "month_range": "Januari s.d. Februari 2026" */
  ZI_SCHEDULE_MONTH_LIST = 2,     /* "month_list": "Maret, Juni dan Desember 2026" */
  ZI_SCHEDULE_RECURRING = 3,      /* "recurring": "Per Triwulan", "Setiap Bulan" */
  ZI_SCHEDULE_NAMED_PERIODS = 4,  /* "named_periods": "Triwulan I", "Semester I dan II" */
  ZI_SCHEDULE_RRULE = 5           /* "rrule": an explicit RRULE */
};

/** @see zi_severity_str: "single_month", ..., "rrule"; NULL for an unknown value. @ownership static. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_schedule_family_str(int32_t family) ZI_NOEXCEPT;

/**
 * Parses a schedule phrase (the len bytes at phrase, UTF-8) for plan year `year`
 * (1..9999): a month without a year takes the year written after it, else the one
 * before it, else `year`.
 * @return ZI_OK; ZI_EINVALID if out or phrase is NULL, the text holds a NUL character,
 * or the phrase is not understood (the message names the first token not understood).
 * @ownership phrase is only read. On success *out is owned by the caller
 * (zi_schedule_free); on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_schedule_parse(zi_schedule **out, const char *phrase, size_t len, int32_t year) ZI_NOEXCEPT;

/**
 * Parses and expands an RRULE of the supported subset (FREQ=MONTHLY|WEEKLY|YEARLY,
 * INTERVAL, BYMONTH, BYMONTHDAY, COUNT, UNTIL=YYYYMMDD; an optional "RRULE:" prefix)
 * within year `year`.
 * @return ZI_OK; ZI_EINVALID if out or rrule is NULL, the text holds a NUL character, or
 * the rule is outside the subset (the message names the part).
 * @ownership rrule is only read. On success *out is owned by the caller
 * (zi_schedule_free); on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_schedule_parse_rrule(zi_schedule **out, const char *rrule, size_t len, int32_t year) ZI_NOEXCEPT;

/**
 * The schedule an indicator of a plan follows in the plan year, as occurrence expansion
 * resolves it: the indicator's RRULE if it has one, else its phrase. *out is NULL (and
 * the status ZI_OK) when the indicator has no usable schedule; the reasons are in the
 * diagnostics (rrule_invalid, schedule_invalid, schedule_rrule_mismatch, ...; where = the
 * indicator's id). diagnostics_out may be NULL when not wanted.
 * @return ZI_OK; ZI_EINVALID if out, plan or indicator is NULL; ZI_ENOTFOUND if the
 * indicator does not belong to the plan.
 * @ownership *out (if not NULL) is owned by the caller (zi_schedule_free) and
 * *diagnostics_out by the caller (zi_diagnostics_free); both are independent of the plan.
 * On failure both are NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_plan_indicator_schedule(zi_schedule **out, zi_diagnostics **diagnostics_out, const zi_plan *plan, const zi_indicator *indicator) ZI_NOEXCEPT;

/**
 * Frees a schedule and everything borrowed from it. zi_schedule_free(NULL) does nothing.
 * @ownership takes ownership. @thread-safety no other thread may be using it.
 * @since 0.2 @stability stable
 */
ZI_API void zi_schedule_free(zi_schedule *schedule) ZI_NOEXCEPT;

/** Family (enum zi_schedule_family); -1 if schedule is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_schedule_family(const zi_schedule *schedule) ZI_NOEXCEPT;
/** The phrase after markup removal and whitespace collapsing, or the RRULE as given. @ownership borrowed from schedule. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_schedule_text(const zi_schedule *schedule) ZI_NOEXCEPT;
/** An RRULE of the subset that gives exactly these windows, in canonical form ("" when none does). @ownership borrowed from schedule. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_schedule_rrule(const zi_schedule *schedule) ZI_NOEXCEPT;
/** Number of occurrence windows (at least 1 for a parsed schedule; 0 if NULL). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_schedule_window_count(const zi_schedule *schedule) ZI_NOEXCEPT;

/**
 * Window index (0-based, in time order): its first and last day, both inclusive. Either
 * output may be NULL.
 * @return ZI_OK; ZI_EINVALID if schedule is NULL; ZI_ERANGE if index is out of range.
 * @ownership writes the outputs. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_schedule_window(zi_date *start_out, zi_date *end_out, const zi_schedule *schedule, size_t index) ZI_NOEXCEPT;

/** Number of years written in the phrase. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_schedule_year_count(const zi_schedule *schedule) ZI_NOEXCEPT;
/** Written year index (ascending), 0 when out of range. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_schedule_year(const zi_schedule *schedule, size_t index) ZI_NOEXCEPT;
/** Warnings about the accepted schedule (schedule_year_mismatch; where is "", field "schedule"); NULL if schedule is NULL. @ownership borrowed from schedule: never free it. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_diagnostics *zi_schedule_diagnostics(const zi_schedule *schedule) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: due date
 *
 * due = policy(window end), moved to a working day by the policy's convention
 * (docs/schedules.md, "Due dates"). zi_due_policy_options is the caller's own policy;
 * zi_due_policy_get copies a plan's (zi_plan_effective_due_policy) into one.
 * ================================================================================== */

/** A due policy as a value. Fields are only ever appended. */
typedef struct zi_due_policy_options {
  uint32_t version;    /* ZI_DUE_POLICY_OPTIONS_VERSION */
  int32_t offset;      /* enum zi_due_offset. Default ZI_DUE_OFFSET_NONE. */
  int32_t n;           /* days with WORKING_DAYS / CALENDAR_DAYS (-1000000..1000000). Default 0. */
  int32_t day;         /* day of the month with DAY_OF_NEXT_MONTH (clamped to the month;
                          below 1 counts as 1). Default 0. */
  int32_t convention;  /* enum zi_convention. Default ZI_CONVENTION_FOLLOWING. */
} zi_due_policy_options;

#define ZI_DUE_POLICY_OPTIONS_VERSION 1
#define ZI_DUE_POLICY_OPTIONS_INIT { ZI_DUE_POLICY_OPTIONS_VERSION, ZI_DUE_OFFSET_NONE, 0, 0, ZI_CONVENTION_FOLLOWING }

/**
 * Sets *opts to the defaults of the given struct version. Pass ZI_DUE_POLICY_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_due_policy_options_init(zi_due_policy_options *opts, uint32_t version) ZI_NOEXCEPT;

/**
 * Copies a plan's due policy (zi_plan_due_policy, zi_indicator_due_policy,
 * zi_plan_effective_due_policy) into a value of version ZI_DUE_POLICY_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if out or policy is NULL.
 * @ownership writes *out. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_due_policy_get(zi_due_policy_options *out, const zi_due_policy *policy) ZI_NOEXCEPT;

/**
 * The due date of a window ending on window_end: none = window end; working_days n =
 * the n-th working day after it; calendar_days n = window end + n days;
 * day_of_next_month d = day d of the next month (clamped); then moved to a working day
 * by the convention. policy may be NULL for the defaults (none, following).
 * @return ZI_OK; ZI_EINVALID if out or calendar is NULL, or the policy has an unknown
 * offset or convention; ZI_ERANGE if |n| > 1000000 or a date is outside
 * ZI_DATE_MIN_DAYS..ZI_DATE_MAX_DAYS; ZI_EVERSION for a bad policy->version.
 * @ownership writes *out and *uncovered_out (if not NULL: whether a year the calendar
 * does not cover was needed). @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_due_date(zi_date *out, bool *uncovered_out, const zi_calendar *calendar, zi_date window_end, const zi_due_policy_options *policy) ZI_NOEXCEPT;

/**
 * A schedule with the due date of each window as JSON, the same text as `zi schedule parse
 * --json`: the phrase, plan year `year` (the one the schedule was parsed for), family,
 * written years, RRULE, the calendar and the due policy, each window with its due date
 * (zi_due_date), and the schedule's warnings (where "target waktu") followed by
 * calendar_year_not_covered when a due date needed a year the calendar does not cover.
 * policy may be NULL for the defaults (none, following).
 * @return ZI_OK; ZI_EINVALID if json_out, schedule or calendar is NULL, or the policy has an
 * unknown offset or convention; ZI_ERANGE if year is outside 1..9999, |n| > 1000000 or a
 * due date is outside ZI_DATE_MIN_DAYS..ZI_DATE_MAX_DAYS; ZI_EVERSION for a bad
 * policy->version.
 * @ownership on success *json_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *json_out is NULL. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_schedule_dues_json(char **json_out, size_t *len_out, const zi_schedule *schedule, int32_t year, const zi_calendar *calendar, const zi_due_policy_options *policy) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: occurrences
 *
 * zi_plan_expand turns a plan into its dated deliverables: one occurrence per schedule
 * window of each indicator, with its due date and required count, by indicator in
 * document order, then by index. A zi_occurrences is an immutable table that owns
 * copies of everything (it does not depend on the plan or the calendar); any thread may
 * read it.
 *
 * Read it one row at a time (zi_occurrences_get, zi_occurrences_indicator_id) or one
 * column at a time without a call per number: zi_occurrences_column lends the whole
 * int32_t column (zi_occurrences_count values, valid until the table is freed) and
 * zi_occurrences_copy_column copies it into a caller array. Dates in columns are
 * zi_date.days. A scored table (zi_report_occurrences) has the score columns too.
 * ================================================================================== */

typedef struct zi_occurrences zi_occurrences;

/** The columns of an occurrence table. */
enum zi_occurrence_column {
  ZI_OCCURRENCE_INDICATOR_INDEX = 0,  /* the indicator's position in the plan (zi_plan_indicator) */
  ZI_OCCURRENCE_INDEX = 1,            /* 1-based within the indicator */
  ZI_OCCURRENCE_WINDOW_START = 2,     /* days since 1970-01-01 */
  ZI_OCCURRENCE_WINDOW_END = 3,       /* days, inclusive */
  ZI_OCCURRENCE_DUE = 4,              /* days */
  ZI_OCCURRENCE_REQUIRED = 5,         /* required count (0 for an uneven target's surplus window) */
  ZI_OCCURRENCE_STATUS = 6,           /* scored tables only: enum zi_occurrence_status */
  ZI_OCCURRENCE_ON_TIME = 7,          /* scored tables only: count delivered by the due date */
  ZI_OCCURRENCE_LATE = 8,             /* scored tables only: count delivered late */
  ZI_OCCURRENCE_ASSESSED = 9          /* scored tables only: 1 if the occurrence counts in the score */
};

/** Status of an occurrence as of a date (docs/scoring.md). */
enum zi_occurrence_status {
  ZI_OCCURRENCE_DONE = 0,       /* "done": the required count was reached by the due date */
  ZI_OCCURRENCE_DONE_LATE = 1,  /* "done_late": reached after the due date */
  ZI_OCCURRENCE_OPEN = 2,       /* "open": the window has started and the due date has not passed */
  ZI_OCCURRENCE_UPCOMING = 3,   /* "upcoming": the window has not started */
  ZI_OCCURRENCE_OVERDUE = 4     /* "overdue": the due date has passed without the count */
};

/** @see zi_severity_str: "done", "done_late", "open", "upcoming", "overdue"; NULL for an unknown value. @ownership static. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_occurrence_status_str(int32_t status) ZI_NOEXCEPT;
/** The Indonesian label of a status for reports: "selesai", "selesai terlambat", "berjalan", "belum dimulai", "terlambat"; NULL for an unknown value. @ownership static. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_occurrence_status_label(int32_t status) ZI_NOEXCEPT;

/**
 * Expands every indicator of a plan on a calendar. An indicator whose schedule has an
 * error yields no occurrence; findings (schedule and target problems, uncovered years)
 * are in zi_occurrences_diagnostics. calendar may be NULL for the plan's own
 * (zi_calendar_for_plan with default options).
 * @return ZI_OK; ZI_EINVALID if out or plan is NULL; ZI_ENOTFOUND if calendar is NULL and
 * the plan's calendar is not embedded.
 * @ownership on success *out is owned by the caller (zi_occurrences_free), independent of
 * plan and calendar; on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_plan_expand(zi_occurrences **out, const zi_plan *plan, const zi_calendar *calendar) ZI_NOEXCEPT;

/**
 * Frees an occurrence table and its columns, strings and diagnostics.
 * zi_occurrences_free(NULL) does nothing. Never pass the borrowed table of a report.
 * @ownership takes ownership. @thread-safety no other thread may be using it.
 * @since 0.2 @stability stable
 */
ZI_API void zi_occurrences_free(zi_occurrences *occurrences) ZI_NOEXCEPT;

/** Number of occurrences (rows). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_occurrences_count(const zi_occurrences *occurrences) ZI_NOEXCEPT;

/** Whether the table has the score columns (made by zi_report_occurrences); false if NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API bool zi_occurrences_scored(const zi_occurrences *occurrences) ZI_NOEXCEPT;

/**
 * One occurrence (row index, 0-based). Any output may be NULL when not wanted.
 * @return ZI_OK; ZI_EINVALID if occurrences is NULL; ZI_ERANGE if index is out of range
 * (the outputs are then untouched).
 * @ownership writes the outputs. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_occurrences_get(size_t *indicator_index_out, int32_t *index_out, zi_date *window_start_out, zi_date *window_end_out, zi_date *due_out, int32_t *required_out, const zi_occurrences *occurrences, size_t index) ZI_NOEXCEPT;

/** The indicator id of a row, e.g. "6.2.1.1"; NULL when out of range. @ownership borrowed from occurrences. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_occurrences_indicator_id(const zi_occurrences *occurrences, size_t index) ZI_NOEXCEPT;

/**
 * The score of one occurrence of a scored table: status (enum zi_occurrence_status), the
 * counts delivered on time and late, whether it is assessed and its credit (has_credit
 * false, credit 0.0, when not assessed). Any output may be NULL.
 * @return ZI_OK; ZI_EINVALID if occurrences is NULL; ZI_ENOTFOUND if the table is not
 * scored; ZI_ERANGE if index is out of range.
 * @ownership writes the outputs. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_occurrences_score(int32_t *status_out, int32_t *on_time_out, int32_t *late_out, bool *assessed_out, double *credit_out, bool *has_credit_out, const zi_occurrences *occurrences, size_t index) ZI_NOEXCEPT;

/** A whole column (enum zi_occurrence_column) of zi_occurrences_count values; NULL for an unknown column, a score column of an unscored table, or NULL occurrences (an empty table may also give NULL). @ownership borrowed from occurrences. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const int32_t *zi_occurrences_column(const zi_occurrences *occurrences, int32_t column) ZI_NOEXCEPT;

/**
 * Copies a whole column into values_out, which holds n values; n must be at least
 * zi_occurrences_count (the values beyond it are left untouched).
 * @return ZI_OK; ZI_EINVALID if occurrences is NULL, values_out is NULL while the table is not
 * empty, or the column is unknown; ZI_ENOTFOUND for a score column of an unscored table;
 * ZI_ERANGE if n is too small (nothing is written).
 * @ownership writes values_out. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_occurrences_copy_column(int32_t *values_out, size_t n, const zi_occurrences *occurrences, int32_t column) ZI_NOEXCEPT;

/**
 * Copies the credits of a scored table: credits_out[i] is the credit of row i (0.0 when
 * not assessed) and has_credit_out[i] 1 when it has one, else 0. Either array may be NULL; each
 * holds n values, n >= zi_occurrences_count.
 * @return ZI_OK; ZI_EINVALID if occurrences is NULL; ZI_ENOTFOUND if the table is not
 * scored; ZI_ERANGE if n is too small (nothing is written).
 * @ownership writes the arrays. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_occurrences_copy_credits(double *credits_out, uint8_t *has_credit_out, size_t n, const zi_occurrences *occurrences) ZI_NOEXCEPT;

/** Findings of the expansion (for a report's table: the report's diagnostics); NULL if occurrences is NULL. @ownership borrowed from occurrences: never free it. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_diagnostics *zi_occurrences_diagnostics(const zi_occurrences *occurrences) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: evidence
 *
 * Evidence records say that a deliverable was produced (docs/scoring.md). Imports check
 * every row against a zi_evidence_scope (which satker exist, their indicators and how
 * many occurrences each has) and never drop a row silently: a zi_evidence holds the
 * accepted records and every rejected row with its line and reason. A zi_evidence is
 * immutable and owns copies of everything; any thread may read it. A zi_evidence_scope
 * may be read from many threads, but zi_evidence_scope_add and
 * zi_evidence_scope_set_default_satker must not run concurrently with any other use.
 * ================================================================================== */

typedef struct zi_evidence zi_evidence;
typedef struct zi_evidence_scope zi_evidence_scope;

/** Status of an evidence record. */
enum zi_evidence_status {
  ZI_EVIDENCE_VERIFIED = 0,   /* "verified": checked by the Tim ZI; counts */
  ZI_EVIDENCE_SUBMITTED = 1,  /* "submitted": counts only when the scoring policy says so */
  ZI_EVIDENCE_REJECTED = 2    /* "rejected": never counts */
};

/** @see zi_severity_str: "verified", "submitted", "rejected"; NULL for an unknown value. @ownership static. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_evidence_status_str(int32_t status) ZI_NOEXCEPT;

/**
 * An empty scope, to be filled with zi_evidence_scope_add.
 * @return ZI_OK; ZI_EINVALID if out is NULL.
 * @ownership on success *out is owned by the caller (zi_evidence_scope_free); on failure
 * NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_evidence_scope_new(zi_evidence_scope **out) ZI_NOEXCEPT;

/**
 * The scope of one plan: its satker (also the default for rows without one), its
 * indicators and their occurrence counts on a calendar (NULL: the plan's own).
 * @return ZI_OK; ZI_EINVALID if out or plan is NULL; ZI_ENOTFOUND if calendar is NULL and
 * the plan's calendar is not embedded.
 * @ownership on success *out is owned by the caller (zi_evidence_scope_free), independent
 * of plan; on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_evidence_scope_for_plan(zi_evidence_scope **out, const zi_plan *plan, const zi_calendar *calendar) ZI_NOEXCEPT;

/**
 * Frees a scope. zi_evidence_scope_free(NULL) does nothing.
 * @ownership takes ownership. @thread-safety no other thread may be using it.
 * @since 0.2 @stability stable
 */
ZI_API void zi_evidence_scope_free(zi_evidence_scope *scope) ZI_NOEXCEPT;

/**
 * Registers one indicator of one satker with its number of occurrences (0 when it has
 * no schedule: evidence for it is rejected). Registering it again replaces the count.
 * @return ZI_OK; ZI_EINVALID if scope, satker or indicator is NULL or empty, or
 * occurrences is negative.
 * @ownership copies the strings. @thread-safety not concurrently with any other use of scope.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_evidence_scope_add(zi_evidence_scope *scope, const char *satker, const char *indicator, int32_t occurrences) ZI_NOEXCEPT;

/**
 * Sets the satker that rows without one belong to ("" for none).
 * @return ZI_OK; ZI_EINVALID if scope or satker is NULL.
 * @ownership copies satker. @thread-safety not concurrently with any other use of scope.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_evidence_scope_set_default_satker(zi_evidence_scope *scope, const char *satker) ZI_NOEXCEPT;

/** The default satker ("" when none). @ownership borrowed from scope, valid until it is changed or freed. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_evidence_scope_default_satker(const zi_evidence_scope *scope) ZI_NOEXCEPT;
/** Whether the scope has that satker; false if an argument is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API bool zi_evidence_scope_has_satker(const zi_evidence_scope *scope, const char *satker) ZI_NOEXCEPT;

/**
 * How many occurrences an indicator of a satker has in the scope.
 * @return ZI_OK; ZI_EINVALID if an argument is NULL; ZI_ENOTFOUND when the satker or the
 * indicator is unknown.
 * @ownership writes *out. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_evidence_scope_occurrences(int32_t *out, const zi_evidence_scope *scope, const char *satker, const char *indicator) ZI_NOEXCEPT;

/**
 * Imports evidence CSV (the size bytes at data): UTF-8 with or without BOM, RFC 4180
 * quoting, a header naming the columns satker, indicator, occurrence, date, status,
 * count, ref in any order (indicator and date required). Row problems reject the row
 * (zi_evidence_rejected_*); a ref holding a NUL character is rejected too, since the C
 * API cannot represent it.
 * @return ZI_OK (also when rows are rejected); ZI_EINVALID if out or scope is NULL, data
 * is NULL while size > 0, or the file as a whole is unusable (no header, an unknown or
 * repeated column, a missing required column; the message names line 1).
 * @ownership data is only read. On success *out is owned by the caller
 * (zi_evidence_free), independent of scope; on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_evidence_read_csv(zi_evidence **out, const char *data, size_t size, const zi_evidence_scope *scope) ZI_NOEXCEPT;

/**
 * Imports evidence JSON: an array of records or {"format": "zi.evidence/1", "records":
 * [...]}, with the CSV's field names ("occurrence" and "count" as integers). Rows are
 * rejected as with zi_evidence_read_csv; syntax errors are file-level.
 * @return ZI_OK; ZI_EINVALID if out or scope is NULL, data is NULL while size > 0, or the
 * text is not such JSON.
 * @ownership data is only read. On success *out is owned by the caller
 * (zi_evidence_free); on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_evidence_read_json(zi_evidence **out, const char *data, size_t size, const zi_evidence_scope *scope) ZI_NOEXCEPT;

/**
 * Imports an evidence file: JSON when its name ends in .json, else CSV.
 * @return ZI_OK; ZI_EINVALID if out, path or scope is NULL or the file is unusable as a
 * whole; ZI_EIO if it cannot be read.
 * @ownership on success *out is owned by the caller (zi_evidence_free); on failure NULL.
 * @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_evidence_load_file(zi_evidence **out, const char *path, const zi_evidence_scope *scope) ZI_NOEXCEPT;

/**
 * Frees an evidence set and everything borrowed from it. zi_evidence_free(NULL) does nothing.
 * @ownership takes ownership. @thread-safety no other thread may be using it.
 * @since 0.2 @stability stable
 */
ZI_API void zi_evidence_free(zi_evidence *evidence) ZI_NOEXCEPT;

/**
 * Writes the accepted records as canonical evidence CSV (a header and one row each).
 * @return ZI_OK; ZI_EINVALID if csv_out or evidence is NULL.
 * @ownership on success *csv_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *csv_out is NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_evidence_to_csv(char **csv_out, size_t *len_out, const zi_evidence *evidence) ZI_NOEXCEPT;

/** Number of accepted records. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_evidence_count(const zi_evidence *evidence) ZI_NOEXCEPT;

/**
 * One accepted record (index 0-based, input order): its occurrence index (1-based),
 * effective date, status (enum zi_evidence_status), count and where it came from (CSV
 * line or 1-based JSON record number). Any output may be NULL.
 * @return ZI_OK; ZI_EINVALID if evidence is NULL; ZI_ERANGE if index is out of range.
 * @ownership writes the outputs. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_evidence_get(int32_t *occurrence_out, zi_date *date_out, int32_t *status_out, int32_t *count_out, int32_t *line_out, const zi_evidence *evidence, size_t index) ZI_NOEXCEPT;

/** Satker code of an accepted record (filled from the scope's default when the row had none); NULL when out of range. @ownership borrowed from evidence. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_evidence_satker(const zi_evidence *evidence, size_t index) ZI_NOEXCEPT;
/** Indicator id of an accepted record; NULL when out of range. @ownership borrowed from evidence. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_evidence_indicator(const zi_evidence *evidence, size_t index) ZI_NOEXCEPT;
/** Free reference of an accepted record ("" when none); NULL when out of range. @ownership borrowed from evidence. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_evidence_ref(const zi_evidence *evidence, size_t index) ZI_NOEXCEPT;

/** Number of rejected rows. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_evidence_rejected_count(const zi_evidence *evidence) ZI_NOEXCEPT;
/** Line of a rejected row (CSV line, or 1-based JSON record number); 0 when out of range. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_evidence_rejected_line(const zi_evidence *evidence, size_t index) ZI_NOEXCEPT;
/** Where a rejected row is: "line 7" or "/records/3"; NULL when out of range. @ownership borrowed from evidence. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_evidence_rejected_where(const zi_evidence *evidence, size_t index) ZI_NOEXCEPT;
/** Why a row was rejected, naming the field and value (a NUL character in it is written as \u0000); NULL when out of range. @ownership borrowed from evidence. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_evidence_rejected_reason(const zi_evidence *evidence, size_t index) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: scoring
 *
 * zi_score_plan computes each occurrence's status and credit as of a date and the
 * scores of indikator, aspek, komponen and the plan (docs/scoring.md). A zi_report is an
 * immutable result that owns what it needs (it keeps its own reference to the plan's
 * data, so it may outlive the zi_plan, the calendar and the evidence); any thread may
 * read it. Scores are NaN-free: every score comes with a has-score flag (false when
 * nothing is assessed yet), and the plan score is on the 0..100 scale, the others 0..1.
 *
 * Nodes are addressed by level (enum zi_report_level) and index in document order (the
 * same order as the plan's components, aspects over the whole plan, and zi_plan_indicator),
 * or by id through zi_report_find.
 * ================================================================================== */

typedef struct zi_report zi_report;

/** Scoring policy. Fields are only ever appended. */
typedef struct zi_scoring_policy {
  uint32_t version;      /* ZI_SCORING_POLICY_VERSION */
  double late_credit;    /* the credit of a late deliverable, 0..1. Default 0.5. */
  bool count_submitted;  /* whether "submitted" evidence counts. Default false. */
} zi_scoring_policy;

#define ZI_SCORING_POLICY_VERSION 1
#define ZI_SCORING_POLICY_INIT { ZI_SCORING_POLICY_VERSION, 0.5, false }

/** Levels of the score tree. */
enum zi_report_level {
  ZI_LEVEL_PLAN = 0,       /* "plan": one node, id "plan", score 0..100 */
  ZI_LEVEL_COMPONENT = 1,  /* "component": komponen pengungkit */
  ZI_LEVEL_ASPECT = 2,     /* "aspect": aspek pemenuhan */
  ZI_LEVEL_INDICATOR = 3   /* "indicator": indikator */
};

/** @see zi_severity_str: "plan", "component", "aspect", "indicator"; NULL for an unknown value. @ownership static. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_report_level_str(int32_t level) ZI_NOEXCEPT;

/**
 * Sets *policy to the defaults of the given struct version. Pass ZI_SCORING_POLICY_VERSION.
 * @return ZI_OK; ZI_EINVALID if policy is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *policy. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_scoring_policy_init(zi_scoring_policy *policy, uint32_t version) ZI_NOEXCEPT;

/**
 * Scores a plan as of a date: a pure function of its arguments. calendar may be NULL for
 * the plan's own; evidence may be NULL for none (its accepted records are used; records
 * of another satker are skipped and counted in an info diagnostic; records whose
 * indicator or occurrence the plan lacks are evidence_unmatched); policy may be NULL for
 * the defaults.
 * @return ZI_OK; ZI_EINVALID if out or plan is NULL or policy->late_credit is not in
 * 0..1; ZI_ENOTFOUND if calendar is NULL and the plan's calendar is not embedded;
 * ZI_ERANGE for an as_of outside ZI_DATE_MIN_DAYS..ZI_DATE_MAX_DAYS; ZI_EVERSION for a
 * bad policy->version.
 * @ownership on success *out is owned by the caller (zi_report_free), independent of its
 * arguments; on failure NULL. @thread-safety any thread (the arguments are only read).
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_score_plan(zi_report **out, const zi_plan *plan, const zi_calendar *calendar, const zi_evidence *evidence, zi_date as_of, const zi_scoring_policy *policy) ZI_NOEXCEPT;

/**
 * Frees a report and everything borrowed from it. zi_report_free(NULL) does nothing.
 * @ownership takes ownership. @thread-safety no other thread may be using it.
 * @since 0.2 @stability stable
 */
ZI_API void zi_report_free(zi_report *report) ZI_NOEXCEPT;

/**
 * The report as JSON (docs/scoring.md, "The JSON report": as_of, satker, policy, score,
 * the component -> aspect -> indicator -> occurrence tree with weights, scores, progress,
 * statuses and credits, and the diagnostics); the same text as `zi score --json`. Every
 * "score" is on 0..100 (100 x zi_report_node for komponen, aspek and indikator; since 0.4);
 * progress and credit are 0..1. Scores without a value are null.
 * @return ZI_OK; ZI_EINVALID if json_out or report is NULL.
 * @ownership on success *json_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *json_out is NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_report_to_json(char **json_out, size_t *len_out, const zi_report *report) ZI_NOEXCEPT;

/**
 * The as-of date and the policy the report was made with. Either output may be NULL.
 * @return ZI_OK; ZI_EINVALID if report is NULL.
 * @ownership writes the outputs (policy_out gets version ZI_SCORING_POLICY_VERSION).
 * @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_report_inputs(zi_date *as_of_out, zi_scoring_policy *policy_out, const zi_report *report) ZI_NOEXCEPT;

/**
 * The plan score, 0..100: *has_score_out is false (and *score_out 0.0) when no
 * occurrence is assessed yet. Either output may be NULL.
 * @return ZI_OK; ZI_EINVALID if report is NULL.
 * @ownership writes the outputs. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_report_score(double *score_out, bool *has_score_out, const zi_report *report) ZI_NOEXCEPT;

/** Number of nodes of a level (enum zi_report_level): 1 for ZI_LEVEL_PLAN; 0 for an unknown level or NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_report_node_count(const zi_report *report, int32_t level) ZI_NOEXCEPT;
/** Id of a node: "plan", "1", "1.2", "1.2.1.1"; NULL when out of range. @ownership borrowed from report. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_report_node_id(const zi_report *report, int32_t level, size_t index) ZI_NOEXCEPT;

/**
 * A node's score (0..100 for the plan, 0..1 otherwise; *has_score_out false and
 * *score_out 0.0 when it has none) and its weight in its parent's mean (1.0 for the
 * plan). Any output may be NULL.
 * @return ZI_OK; ZI_EINVALID if report is NULL or the level is unknown; ZI_ERANGE if
 * index is out of range.
 * @ownership writes the outputs. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_report_node(double *score_out, bool *has_score_out, double *weight_out, const zi_report *report, int32_t level, size_t index) ZI_NOEXCEPT;

/**
 * The level and index of the node with that id ("plan" or "" for the plan, else a
 * komponen, aspek or indikator id). Either output may be NULL.
 * @return ZI_OK; ZI_EINVALID if report or id is NULL; ZI_ENOTFOUND for another id.
 * @ownership writes the outputs. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_report_find(int32_t *level_out, size_t *index_out, const zi_report *report, const char *id) ZI_NOEXCEPT;

/**
 * An indicator's progress over the year, sum(on_time + late_credit * late) / sum(required)
 * over all its occurrences; *has_progress_out is false when it has no occurrence. Either
 * output may be NULL.
 * @return ZI_OK; ZI_EINVALID if report is NULL; ZI_ERANGE if index is not an indicator
 * index.
 * @ownership writes the outputs. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_report_indicator_progress(double *progress_out, bool *has_progress_out, const zi_report *report, size_t index) ZI_NOEXCEPT;

/**
 * Copies the scores of every node of a level in one call: scores_out[i] (0.0 when none)
 * and has_score_out[i] (1 or 0) for node i. Either array may be NULL; each holds n values,
 * n >= zi_report_node_count(report, level).
 * @return ZI_OK; ZI_EINVALID if report is NULL or the level is unknown; ZI_ERANGE if n
 * is too small (nothing is written).
 * @ownership writes the arrays. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_report_copy_scores(double *scores_out, uint8_t *has_score_out, size_t n, const zi_report *report, int32_t level) ZI_NOEXCEPT;

/** The scored occurrence table (rows as zi_plan_expand gives them, with the score columns; its diagnostics are the report's); NULL if report is NULL. @ownership borrowed from report: never free it. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_occurrences *zi_report_occurrences(const zi_report *report) ZI_NOEXCEPT;
/** The report's findings: the expansion's, then the evidence's (evidence_before_window, evidence_unmatched, evidence_other_satker); NULL if report is NULL. @ownership borrowed from report: never free it. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_diagnostics *zi_report_diagnostics(const zi_report *report) ZI_NOEXCEPT;

/**
 * Why a number is what it is, as JSON (`zi explain --json`): for the plan, a komponen or
 * an aspek, the weighted mean with each term; for an indikator, every occurrence with its
 * counts, credit formula and the evidence records that did or did not count, and why.
 * Every "score" is on 0..100, like zi_report_json's. id is "plan" (or "") or a node id.
 * @return ZI_OK; ZI_EINVALID if json_out, report or id is NULL; ZI_ENOTFOUND for an
 * unknown id.
 * @ownership on success *json_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *json_out is NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_report_explain_json(char **json_out, size_t *len_out, const zi_report *report, const char *id) ZI_NOEXCEPT;

/** Options of an agenda. Fields are only ever appended. */
typedef struct zi_agenda_options {
  uint32_t version;             /* ZI_AGENDA_OPTIONS_VERSION */
  int32_t within_working_days;  /* "due soon" = due at most this many working days after
                                   the as-of date (0: today only), 0..100000. Default 10. */
  int32_t upcoming_limit;       /* how many later deliverables to list, >= 0. Default 10. */
} zi_agenda_options;

#define ZI_AGENDA_OPTIONS_VERSION 1
#define ZI_AGENDA_OPTIONS_INIT { ZI_AGENDA_OPTIONS_VERSION, 10, 10 }

/**
 * Sets *opts to the defaults of the given struct version. Pass ZI_AGENDA_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_agenda_options_init(zi_agenda_options *opts, uint32_t version) ZI_NOEXCEPT;

/**
 * The as-of agenda as JSON (`zi agenda --json`): counts by status, then what is overdue
 * (oldest due first), what falls due within the window (soonest first) and what comes
 * next, each with indicator, texts, window, due date, working days to go and counts.
 * calendar may be NULL for the one the report was scored on; opts NULL for the defaults.
 * @return ZI_OK; ZI_EINVALID if json_out or report is NULL or an option is out of range;
 * ZI_EVERSION for a bad opts->version.
 * @ownership on success *json_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *json_out is NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_report_agenda_json(char **json_out, size_t *len_out, const zi_report *report, const zi_calendar *calendar, const zi_agenda_options *opts) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: synthetic data
 *
 * The KPU satker registry (KPU RI, 38 provinces, 514 kabupaten/kota: 553 satker) and
 * deterministic synthetic plans and evidence derived from a template plan, for tests,
 * demonstrations and benchmarks. The same seed gives the same data on every machine.
 * Registry entries are static: they live as long as the library.
 * ================================================================================== */

/** Satker registries. */
enum zi_satker_registry {
  ZI_REGISTRY_KPU = 0,     /* all 553 KPU satker: KPU RI, then each province and its kabupaten/kota */
  ZI_REGISTRY_SULTENG = 1  /* KPU Provinsi Sulawesi Tengah and its 13 kabupaten/kota */
};

/** Number of satker in a registry (enum zi_satker_registry); 0 for an unknown one. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_satker_registry_count(int32_t registry) ZI_NOEXCEPT;
/** Satker index of a registry (read it with zi_satker_code, ...); NULL when out of range. @ownership static storage. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_satker *zi_satker_registry_get(int32_t registry, size_t index) ZI_NOEXCEPT;

/**
 * A synthetic plan for a satker, varied from a template plan (NULL: the default plan):
 * indicators kept with probability 0.85, some schedules replaced, 0-2 extra indicators
 * per aspect.
 * @return ZI_OK; ZI_EINVALID if out or satker is NULL.
 * @ownership satker is copied. On success *out is owned by the caller (zi_plan_free); on
 * failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_plan_synthetic(zi_plan **out, const zi_plan *base, const zi_satker *satker, uint64_t seed) ZI_NOEXCEPT;

/**
 * Synthetic evidence for a plan's occurrences on a calendar (NULL: the plan's own), as a
 * year of Tim ZI work might leave it: about 60% on time, 15% late, 5% submitted, 3%
 * rejected, the rest missing. Records carry the plan's satker code, in occurrence order.
 * @return ZI_OK; ZI_EINVALID if out or plan is NULL; ZI_ENOTFOUND if calendar is NULL and
 * the plan's calendar is not embedded.
 * @ownership on success *out is owned by the caller (zi_evidence_free; it has no rejected
 * rows); on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_evidence_synthetic(zi_evidence **out, const zi_plan *plan, const zi_calendar *calendar, uint64_t seed) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: portfolio
 *
 * Many satker plans compiled once into a columnar form, then scored as of any date on
 * all cores (docs/scoring.md, "Many satker"). A portfolio satker's scores equal those of
 * zi_score_plan for the same plan and evidence, bit for bit, whatever the thread count.
 *
 * A zi_portfolio is immutable: any number of threads may score one at once. A
 * zi_portfolio_scores is an immutable result that does not depend on the portfolio.
 * Results are read in bulk, one call per array, into caller arrays (the *_copy_*
 * functions): scores as double with a uint8_t has-score flag each (no NaN), the ranking
 * as uint32_t plan indices, status counts as int32_t[5] per plan (indexed by enum
 * zi_occurrence_status), component scores as one flat array with per-plan offsets.
 * Each copy function takes the array's capacity n and fails with ZI_ERANGE, writing
 * nothing, when it is too small.
 * ================================================================================== */

typedef struct zi_portfolio zi_portfolio;
typedef struct zi_portfolio_scores zi_portfolio_scores;

/**
 * Options of compiling a portfolio. Fields are only ever appended: version 1 has threads;
 * version 2 (since 0.5) adds keep_plans. A version-1 struct is read as version 1 (the
 * plans are kept).
 */
typedef struct zi_portfolio_options {
  uint32_t version;  /* ZI_PORTFOLIO_OPTIONS_VERSION */
  int32_t threads;   /* threads for expanding the plans, 0..1024; 0: every hardware thread. Default 0. */
  /* version 2: whether the portfolio keeps every plan (zi_portfolio_plan). false keeps
     only what scoring, evidence, zi_portfolio_scope and the portfolio reports read (each
     plan's satker, diagnostics, indikator and komponen ids), about a tenth of the memory,
     and zi_portfolio_load_dir and zi_portfolio_synthetic then hold only the block of plans
     being compiled. Default true. */
  bool keep_plans;
} zi_portfolio_options;

#define ZI_PORTFOLIO_OPTIONS_VERSION 2
#define ZI_PORTFOLIO_OPTIONS_INIT { ZI_PORTFOLIO_OPTIONS_VERSION, 0, true }

/** Options of scoring a portfolio. Fields are only ever appended. */
typedef struct zi_portfolio_score_options {
  uint32_t version;      /* ZI_PORTFOLIO_SCORE_OPTIONS_VERSION */
  double late_credit;    /* as zi_scoring_policy: 0..1. Default 0.5. */
  bool count_submitted;  /* as zi_scoring_policy. Default false. */
  int32_t threads;       /* 0..1024; 0: every hardware thread. Default 0. */
  double threshold;      /* roll-ups count the scores >= this (unrounded). Default 75.0. */
} zi_portfolio_score_options;

#define ZI_PORTFOLIO_SCORE_OPTIONS_VERSION 1
#define ZI_PORTFOLIO_SCORE_OPTIONS_INIT { ZI_PORTFOLIO_SCORE_OPTIONS_VERSION, 0.5, false, 0, 75.0 }

/**
 * Sets *opts to the defaults of the given struct version. Pass ZI_PORTFOLIO_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_options_init(zi_portfolio_options *opts, uint32_t version) ZI_NOEXCEPT;

/**
 * Sets *opts to the defaults of the given struct version. Pass ZI_PORTFOLIO_SCORE_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_score_options_init(zi_portfolio_score_options *opts, uint32_t version) ZI_NOEXCEPT;

/**
 * Compiles count plans (in that order) into a portfolio: expands every plan on calendar
 * (NULL: each plan's own embedded calendar) in parallel. opts may be NULL.
 * @return ZI_OK; ZI_EINVALID if out is NULL, plans is NULL while count > 0, an element is
 * NULL, two plans are for one satker, or opts->threads is out of range; ZI_ENOTFOUND if a
 * plan's calendar is not embedded; ZI_EVERSION for a bad opts->version.
 * @ownership the plans are only read (the portfolio shares their immutable data). On
 * success *out is owned by the caller (zi_portfolio_free), independent of the plans and
 * the calendar; on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_compile(zi_portfolio **out, const zi_plan *const *plans, size_t count, const zi_calendar *calendar, const zi_portfolio_options *opts) ZI_NOEXCEPT;

/**
 * As zi_portfolio_compile, with a label per plan (e.g. the file it was read from) that
 * errors name: two plans for one satker are reported by the satker's code and name and
 * both plans' positions and labels ("satker KPU-72 (...) ada di dua rencana aksi: rencana
 * ke-1 (a.json) dan rencana ke-3 (c.json)"). labels may be NULL (no labels), else it has
 * count entries, each NULL or "" for a plan without a label, else valid UTF-8.
 * zi_portfolio_load_dir labels each plan with its file name by itself.
 * @return as zi_portfolio_compile; ZI_EINVALID also for a label that is not valid UTF-8.
 * @ownership the plans and labels are only read, not kept past the call. On success *out
 * is owned by the caller (zi_portfolio_free); on failure NULL. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_portfolio_compile_labeled(zi_portfolio **out, const zi_plan *const *plans, const char *const *labels, size_t count, const zi_calendar *calendar, const zi_portfolio_options *opts) ZI_NOEXCEPT;

/**
 * Compiles every *.json plan file of a directory, in file name order.
 * @return ZI_OK; ZI_EINVALID if out or dir is NULL, the directory has no *.json file, a
 * file is not a valid plan (the message names it) or as zi_portfolio_compile; ZI_EIO if
 * the directory or a file cannot be read; ZI_ENOTFOUND, ZI_EVERSION as zi_portfolio_compile.
 * @ownership on success *out is owned by the caller (zi_portfolio_free); on failure NULL.
 * @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_load_dir(zi_portfolio **out, const char *dir, const zi_calendar *calendar, const zi_portfolio_options *opts) ZI_NOEXCEPT;

/**
 * Where zi_portfolio_compile_source takes plan index from: sets *out to a new plan (the
 * portfolio takes ownership and frees it) and returns ZI_OK, or returns another status to
 * stop the compilation (ZI_EUSER, or the status of a zi_* call that failed; the message of
 * this thread's last zi_* error, if any, is passed on). Called once per index, in about
 * index order, from several threads at once (the compile threads): it must be safe to call
 * concurrently, and user is shared by all calls.
 * @since 0.5 @stability stable
 */
typedef zi_status (*zi_plan_source_fn)(void *user, size_t index, zi_plan **out);

/**
 * Compiles count plans made one at a time by source, without holding them all: with
 * opts->keep_plans false only the block of plans being compiled is ever held (as
 * zi_portfolio_load_dir reads its files). The result equals zi_portfolio_compile of the
 * plans source(user, 0), ..., source(user, count - 1).
 * @return ZI_OK; ZI_EINVALID if out is NULL, source is NULL while count > 0, source set
 * *out to NULL with ZI_OK, or as zi_portfolio_compile; a status source returned (ZI_EUSER
 * for one that is not an error code), for the first index in order that failed.
 * @ownership every plan source makes is the portfolio's. On success *out is owned by the
 * caller (zi_portfolio_free); on failure NULL. @thread-safety any thread.
 * @since 0.5 @stability stable
 */
ZI_API zi_status zi_portfolio_compile_source(zi_portfolio **out, size_t count, zi_plan_source_fn source, void *user, const zi_calendar *calendar, const zi_portfolio_options *opts) ZI_NOEXCEPT;

/**
 * A portfolio of count synthetic plans (zi_plan_synthetic of base, NULL: the default
 * plan): the 553 KPU satker in registry order, then beyond 553 extra kabupaten/kota
 * "SYN-000554", ...; plan i's seed is derived from seed and i. `zi portfolio --synthetic N`
 * uses seed 2026.
 * @return ZI_OK; ZI_EINVALID if out is NULL or count is 0 or above 1000000; otherwise as
 * zi_portfolio_compile.
 * @ownership on success *out is owned by the caller (zi_portfolio_free); on failure NULL.
 * @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_synthetic(zi_portfolio **out, const zi_plan *base, size_t count, uint64_t seed, const zi_calendar *calendar, const zi_portfolio_options *opts) ZI_NOEXCEPT;

/**
 * A portfolio of one synthetic plan per given satker (e.g. the ZI_REGISTRY_SULTENG
 * registry), from base (NULL: the default plan).
 * @return ZI_OK; ZI_EINVALID if out is NULL, satker is NULL while count > 0 or an element
 * is NULL; otherwise as zi_portfolio_compile.
 * @ownership the satker are copied. On success *out is owned by the caller
 * (zi_portfolio_free); on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_synthetic_for(zi_portfolio **out, const zi_plan *base, const zi_satker *const *satker, size_t count, uint64_t seed, const zi_calendar *calendar, const zi_portfolio_options *opts) ZI_NOEXCEPT;

/**
 * Frees a portfolio. Scores, plans and evidence made from it stay valid.
 * zi_portfolio_free(NULL) does nothing.
 * @ownership takes ownership. @thread-safety no other thread may be using it.
 * @since 0.2 @stability stable
 */
ZI_API void zi_portfolio_free(zi_portfolio *portfolio) ZI_NOEXCEPT;

/**
 * The same plans with an evidence set filed under satker, indicator and occurrence
 * (cheap: the compiled plans are shared; evidence given before is replaced). Rejected
 * records never count and are left out; records that match no plan, indicator or
 * occurrence are counted in zi_portfolio_unmatched_evidence. Records without a satker
 * belong to the only plan, if there is one plan. evidence may be NULL for none.
 * @return ZI_OK; ZI_EINVALID if out or portfolio is NULL.
 * @ownership on success *out is a new portfolio owned by the caller (zi_portfolio_free),
 * independent of portfolio and evidence; on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_with_evidence(zi_portfolio **out, const zi_portfolio *portfolio, const zi_evidence *evidence) ZI_NOEXCEPT;

/**
 * The same portfolio with one satker's evidence replaced, for an application that keeps a
 * portfolio while evidence arrives: only that satker is filed again; the compiled plans
 * and every other satker's filed evidence are shared with portfolio, which stays valid
 * and unchanged (other threads may keep scoring it). The result scores exactly as
 * zi_portfolio_with_evidence of the whole new evidence set. evidence (NULL: none) holds
 * the satker's new records; records without a satker are satker_code's; rejected records
 * are left out and records matching no indicator or occurrence are counted in
 * zi_portfolio_unmatched_evidence (the satker's unmatched records of before no longer are).
 * @return ZI_OK; ZI_EINVALID if out, portfolio or satker_code is NULL, or a record is for
 * another satker (the message names the record); ZI_ENOTFOUND if the portfolio has no
 * plan for satker_code.
 * @ownership on success *out is a new portfolio owned by the caller (zi_portfolio_free),
 * independent of portfolio and evidence; on failure NULL. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_portfolio_with_satker_evidence(zi_portfolio **out, const zi_portfolio *portfolio, const char *satker_code, const zi_evidence *evidence) ZI_NOEXCEPT;

/**
 * The same portfolio with evidence (of any satker; NULL: none) added to the evidence filed
 * so far, each record filed as zi_portfolio_with_evidence files it: only the satker the
 * records name are filed again, the rest is shared with portfolio, which stays unchanged.
 * Equal to zi_portfolio_with_evidence of the evidence so far followed by these records.
 * @return ZI_OK; ZI_EINVALID if out or portfolio is NULL.
 * @ownership on success *out is a new portfolio owned by the caller (zi_portfolio_free),
 * independent of portfolio and evidence; on failure NULL. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_portfolio_with_added_evidence(zi_portfolio **out, const zi_portfolio *portfolio, const zi_evidence *evidence) ZI_NOEXCEPT;

/**
 * The evidence scope of every plan (every satker, indicator and occurrence count), for
 * importing evidence; with one plan its satker is the default.
 * @return ZI_OK; ZI_EINVALID if out or portfolio is NULL.
 * @ownership on success *out is owned by the caller (zi_evidence_scope_free); on failure
 * NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_scope(zi_evidence_scope **out, const zi_portfolio *portfolio) ZI_NOEXCEPT;

/**
 * Synthetic evidence for every plan of the portfolio, in portfolio order: plan p's records
 * are zi_evidence_synthetic(plan p, its calendar, seed + p). A portfolio compiled without
 * its plans (keep_plans false) by zi_portfolio_synthetic or zi_portfolio_synthetic_for
 * makes each plan again from its seed, one at a time.
 * @return ZI_OK; ZI_EINVALID if out or portfolio is NULL, or the portfolio keeps no plans
 * and is not synthetic.
 * @ownership on success *out is owned by the caller (zi_evidence_free); on failure NULL.
 * @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_synthetic_evidence(zi_evidence **out, const zi_portfolio *portfolio, uint64_t seed) ZI_NOEXCEPT;

/** Number of plans. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_portfolio_plan_count(const zi_portfolio *portfolio) ZI_NOEXCEPT;
/** Number of occurrences of all plans. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_portfolio_occurrence_count(const zi_portfolio *portfolio) ZI_NOEXCEPT;
/** Number of evidence records filed under an occurrence. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_portfolio_evidence_count(const zi_portfolio *portfolio) ZI_NOEXCEPT;
/** Number of evidence records that matched no plan, indicator or occurrence. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_portfolio_unmatched_evidence(const zi_portfolio *portfolio) ZI_NOEXCEPT;
/** The satker of plan index (read it with zi_satker_code, ...); NULL when out of range. @ownership borrowed from portfolio. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_satker *zi_portfolio_satker(const zi_portfolio *portfolio, size_t index) ZI_NOEXCEPT;

/**
 * Plan index of the portfolio as a plan handle of its own.
 * @return ZI_OK; ZI_EINVALID if out or portfolio is NULL, or the portfolio was compiled
 * without its plans (zi_portfolio_options.keep_plans false); ZI_ERANGE if index is out of
 * range.
 * @ownership on success *out is owned by the caller (zi_plan_free) and may outlive the
 * portfolio; on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_plan(zi_plan **out, const zi_portfolio *portfolio, size_t index) ZI_NOEXCEPT;

/** Whether the portfolio keeps its plans (zi_portfolio_options.keep_plans); false for NULL. @ownership none. @thread-safety any thread. @since 0.5 @stability stable */
ZI_API bool zi_portfolio_keeps_plans(const zi_portfolio *portfolio) ZI_NOEXCEPT;
/** Number of komponen of plan index (its component scores); 0 if portfolio is NULL or index is out of range. @ownership none. @thread-safety any thread. @since 0.5 @stability stable */
ZI_API size_t zi_portfolio_component_count(const zi_portfolio *portfolio, size_t index) ZI_NOEXCEPT;
/** The id of komponen c of plan index, in plan order (e.g. "1"); NULL if portfolio is NULL or index or c is out of range. Kept whether or not the portfolio keeps its plans. @ownership borrowed from portfolio (valid while it lives). @thread-safety any thread. @since 0.5 @stability stable */
ZI_API const char *zi_portfolio_component_id(const zi_portfolio *portfolio, size_t index, size_t c) ZI_NOEXCEPT;

/**
 * The expansion findings of plan index.
 * @return ZI_OK; ZI_EINVALID if out or portfolio is NULL; ZI_ERANGE if index is out of range.
 * @ownership on success *out is owned by the caller (zi_diagnostics_free); on failure NULL.
 * @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_diagnostics(zi_diagnostics **out, const zi_portfolio *portfolio, size_t index) ZI_NOEXCEPT;

/**
 * Scores every plan as of a date: plan scores, component scores, status counts, the
 * ranking (score descending, ties by satker code, no score last) and a roll-up per
 * parent satker. opts may be NULL for the defaults. Pure: any number of calls may run
 * at once on one portfolio.
 * @return ZI_OK; ZI_EINVALID if out or portfolio is NULL, late_credit is not in 0..1 or
 * threads is out of range; ZI_ERANGE for an as_of outside the date range; ZI_EVERSION for
 * a bad opts->version.
 * @ownership on success *out is owned by the caller (zi_portfolio_scores_free),
 * independent of portfolio; on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_score(zi_portfolio_scores **out, const zi_portfolio *portfolio, zi_date as_of, const zi_portfolio_score_options *opts) ZI_NOEXCEPT;

/**
 * Frees portfolio scores. zi_portfolio_scores_free(NULL) does nothing.
 * @ownership takes ownership. @thread-safety no other thread may be using it.
 * @since 0.2 @stability stable
 */
ZI_API void zi_portfolio_scores_free(zi_portfolio_scores *scores) ZI_NOEXCEPT;

/** Number of plans scored (the portfolio's plan count). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_portfolio_scores_count(const zi_portfolio_scores *scores) ZI_NOEXCEPT;
/** Number of occurrences scored. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API uint64_t zi_portfolio_scores_occurrences(const zi_portfolio_scores *scores) ZI_NOEXCEPT;

/**
 * One plan's score (0..100; *has_score_out false and *score_out 0.0 when none). Either
 * output may be NULL.
 * @return ZI_OK; ZI_EINVALID if scores is NULL; ZI_ERANGE if index is out of range.
 * @ownership writes the outputs. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_scores_get(double *score_out, bool *has_score_out, const zi_portfolio_scores *scores, size_t index) ZI_NOEXCEPT;

/**
 * Copies every plan score in one call: scores_out[p] (0.0 when none) and has_score_out[p]
 * (1 or 0), in portfolio order. Either array may be NULL; each holds n >=
 * zi_portfolio_scores_count values.
 * @return ZI_OK; ZI_EINVALID if scores is NULL; ZI_ERANGE if n is too small.
 * @ownership writes the arrays. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_scores_copy(double *scores_out, uint8_t *has_score_out, size_t n, const zi_portfolio_scores *scores) ZI_NOEXCEPT;

/**
 * Copies the ranking: plan indices by score descending, ties by satker code, plans
 * without a score last (n >= zi_portfolio_scores_count).
 * @return ZI_OK; ZI_EINVALID if ranking_out or scores is NULL; ZI_ERANGE if n is too small.
 * @ownership writes ranking_out. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_scores_copy_ranking(uint32_t *ranking_out, size_t n, const zi_portfolio_scores *scores) ZI_NOEXCEPT;

/**
 * Copies the occurrence status counts: counts_out[5 * p + s] is the number of plan p's
 * occurrences with status s (enum zi_occurrence_status); n >= 5 * zi_portfolio_scores_count.
 * @return ZI_OK; ZI_EINVALID if counts_out or scores is NULL; ZI_ERANGE if n is too small.
 * @ownership writes counts_out. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_scores_copy_status_counts(int32_t *counts_out, size_t n, const zi_portfolio_scores *scores) ZI_NOEXCEPT;

/** Number of component scores of all plans together. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_portfolio_scores_component_count(const zi_portfolio_scores *scores) ZI_NOEXCEPT;

/**
 * Copies the component offsets: plan p's component scores are elements
 * offsets_out[p] .. offsets_out[p + 1] - 1 of zi_portfolio_scores_copy_components, in
 * the plan's component order; n >= zi_portfolio_scores_count + 1.
 * @return ZI_OK; ZI_EINVALID if offsets_out or scores is NULL; ZI_ERANGE if n is too small.
 * @ownership writes offsets_out. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_scores_copy_component_offsets(uint32_t *offsets_out, size_t n, const zi_portfolio_scores *scores) ZI_NOEXCEPT;

/**
 * Copies every component score (0..1; 0.0 and has 0 when none) of every plan; either
 * array may be NULL; n >= zi_portfolio_scores_component_count.
 * @return ZI_OK; ZI_EINVALID if scores is NULL; ZI_ERANGE if n is too small.
 * @ownership writes the arrays. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_scores_copy_components(double *scores_out, uint8_t *has_score_out, size_t n, const zi_portfolio_scores *scores) ZI_NOEXCEPT;

/** Number of roll-ups (one per parent satker code, sorted by code). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_portfolio_scores_rollup_count(const zi_portfolio_scores *scores) ZI_NOEXCEPT;
/** The parent satker code of roll-up index; NULL when out of range. @ownership borrowed from scores. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_portfolio_scores_rollup_parent(const zi_portfolio_scores *scores, size_t index) ZI_NOEXCEPT;

/**
 * One roll-up: how many plans are under the parent, how many have a score, how many
 * score at or above the threshold, and the mean, minimum and maximum of their scores
 * (*has_stats_out false, and the three 0.0, when none has a score). Any output may be NULL.
 * @return ZI_OK; ZI_EINVALID if scores is NULL; ZI_ERANGE if index is out of range.
 * @ownership writes the outputs. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_portfolio_scores_rollup(int32_t *count_out, int32_t *scored_out, int32_t *at_or_above_out, double *mean_out, double *min_out, double *max_out, bool *has_stats_out, const zi_portfolio_scores *scores, size_t index) ZI_NOEXCEPT;

/**
 * The scores as JSON, the same text as `zi portfolio --json`: as_of, threshold, per satker
 * (in portfolio order) its code, name, parent, score, component scores and occurrence
 * status counts, the ranking as satker codes and the roll-ups. Scores without a value are
 * null. threshold is only written (the roll-ups were counted with the one the scores
 * were made with).
 * @return ZI_OK; ZI_EINVALID if json_out, portfolio or scores is NULL, or scores were not
 * made from portfolio's plans.
 * @ownership on success *json_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *json_out is NULL. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_portfolio_scores_to_json(char **json_out, size_t *len_out, const zi_portfolio *portfolio, const zi_portfolio_scores *scores, double threshold) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: ical
 *
 * iCalendar (RFC 5545) export of a plan's occurrences: one VTODO per occurrence, DUE at
 * 23:59 of the due date in the satker's time zone (with its VTIMEZONE), a UID stable
 * across exports (satker, year, indicator id, occurrence index), and the indicator, its
 * bukti fisik and targets in the description. Deterministic: DTSTAMP is the decree date
 * (or 1 January of the plan year), never the clock. The text uses CRLF line ends.
 * ================================================================================== */

/** Options of the iCalendar export. Fields are only ever appended. */
typedef struct zi_ical_options {
  uint32_t version;        /* ZI_ICAL_OPTIONS_VERSION */
  const char *uid_domain;  /* the domain after '@' in every UID: letters, digits, '.' and
                              '-', 1..253 characters; NULL for "zi.kpu.go.id". Only read
                              during the call. Default NULL. */
} zi_ical_options;

#define ZI_ICAL_OPTIONS_VERSION 1
#define ZI_ICAL_OPTIONS_INIT { ZI_ICAL_OPTIONS_VERSION, NULL }

/**
 * Sets *opts to the defaults of the given struct version. Pass ZI_ICAL_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_ical_options_init(zi_ical_options *opts, uint32_t version) ZI_NOEXCEPT;

/**
 * A plan's occurrences on a calendar (NULL: the plan's own) as an iCalendar text of
 * VTODOs with STATUS:NEEDS-ACTION (`zi ics`). opts may be NULL for the defaults.
 * @return ZI_OK; ZI_EINVALID if ics_out or plan is NULL or opts->uid_domain is not a
 * domain; ZI_ENOTFOUND if calendar is NULL and the plan's calendar is not embedded;
 * ZI_EVERSION for a bad opts->version.
 * @ownership on success *ics_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *ics_out is NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_plan_to_ical(char **ics_out, size_t *len_out, const zi_plan *plan, const zi_calendar *calendar, const zi_ical_options *opts) ZI_NOEXCEPT;

/**
 * The same for a compliance report, with each VTODO's STATUS and PERCENT-COMPLETE as of
 * the report's date: done and done_late are COMPLETED, open and overdue IN-PROCESS or
 * NEEDS-ACTION by their counts, upcoming NEEDS-ACTION (`zi ics --as-of`).
 * @return ZI_OK; ZI_EINVALID if ics_out or report is NULL or opts->uid_domain is not a
 * domain; ZI_EVERSION for a bad opts->version.
 * @ownership on success *ics_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *ics_out is NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_report_to_ical(char **ics_out, size_t *len_out, const zi_report *report, const zi_ical_options *opts) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: lke
 *
 * The Zona Integritas evaluation worksheet (Lembar Kerja Evaluasi, PermenPANRB 90/2021
 * Lampiran III) and its scoring: docs/lke.md, docs/lke-rubric-format.md and
 * docs/lke-answers-format.md describe the semantics; this module is the C form of
 * zi/lke_*.hpp.
 *
 *  - zi_lke_rubric: one version of the worksheet (areas, sub-areas, questions, ratio
 *    items, hasil items, WBK/WBBM predicates). Immutable; its children (zi_lke_area,
 *    zi_lke_subarea, zi_lke_question, ...) and their strings are borrowed from it and
 *    live until zi_lke_rubric_free.
 *  - zi_lke_answers: one satker's answers, in two layers (unit, tpi). The only mutable
 *    handle of the module: it keeps its own reference to the rubric it was made for, so
 *    it may outlive the zi_lke_rubric handle.
 *  - Results (zi_lke_score_result, zi_lke_check_result, zi_lke_whatif_result,
 *    zi_lke_suggestions, zi_lke_batch_result) own copies of everything they report and
 *    are independent of the rubric and the answers they came from. They are immutable;
 *    their children are borrowed from them.
 *
 * Child getters return NULL for an index out of range or a NULL parent; string getters
 * NULL for a NULL object; numbers 0 (0.0) and booleans false for a NULL object; getters
 * of an enumeration -1. Every number keeps full double precision (docs/lke.md: the worked
 * example's area MP is 6.03375).
 * ================================================================================== */

typedef struct zi_lke_rubric zi_lke_rubric;
typedef struct zi_lke_area zi_lke_area;
typedef struct zi_lke_subarea zi_lke_subarea;
typedef struct zi_lke_question zi_lke_question;
typedef struct zi_lke_option zi_lke_option;
typedef struct zi_lke_ratio zi_lke_ratio;
typedef struct zi_lke_hasil_item zi_lke_hasil_item;
typedef struct zi_lke_predicate zi_lke_predicate;
typedef struct zi_lke_criterion zi_lke_criterion;
typedef struct zi_lke_answers zi_lke_answers;
typedef struct zi_lke_score_result zi_lke_score_result;
typedef struct zi_lke_area_score zi_lke_area_score;
typedef struct zi_lke_subarea_score zi_lke_subarea_score;
typedef struct zi_lke_item_score zi_lke_item_score;
typedef struct zi_lke_hasil_score zi_lke_hasil_score;
typedef struct zi_lke_hasil_group_score zi_lke_hasil_group_score;
typedef struct zi_lke_check_result zi_lke_check_result;
typedef struct zi_lke_criterion_result zi_lke_criterion_result;
typedef struct zi_lke_whatif_result zi_lke_whatif_result;
typedef struct zi_lke_whatif_step zi_lke_whatif_step;
typedef struct zi_lke_suggestions zi_lke_suggestions;
typedef struct zi_lke_suggestion zi_lke_suggestion;
typedef struct zi_lke_batch_result zi_lke_batch_result;

/* ---- enumerations (pinned values; see "Enumerations" at the top) -------------------- */

/** The two halves of an LKE area. */
enum zi_lke_half {
  ZI_LKE_PEMENUHAN = 0,  /* "pemenuhan" */
  ZI_LKE_REFORM = 1      /* "reform" */
};

/** Kinds of answer types. */
enum zi_lke_answer_kind {
  ZI_LKE_ANSWER_CHOICE = 0,  /* "choice": one option code (Ya/Tidak, A/B/C, A-D, A-E) */
  ZI_LKE_ANSWER_COUNT = 1,   /* "count": JUMLAH, a whole number >= 0; feeds ratio items */
  ZI_LKE_ANSWER_NUMBER = 2   /* "number": a survey index in [min, max] */
};

/** The layers of an answer set. */
enum zi_lke_layer {
  ZI_LKE_LAYER_UNIT = 0,  /* "unit": the unit's self-assessment (the default) */
  ZI_LKE_LAYER_TPI = 1    /* "tpi": the internal evaluation team's answers */
};

/** How a ratio item with denominator 0 is scored (N > 0 over 0 is an error under all). */
enum zi_lke_zero_policy {
  ZI_LKE_ZERO_DEFAULT = 0,         /* "default": the rubric's default policy */
  ZI_LKE_ZERO_IS_ONE = 1,          /* "zero_over_zero_is_one" */
  ZI_LKE_ZERO_IS_ZERO = 2,         /* "zero_over_zero_is_zero" */
  ZI_LKE_ZERO_IS_UNANSWERED = 3    /* "zero_over_zero_is_unanswered" */
};

/** Text formats of an answer set. */
enum zi_lke_format {
  ZI_LKE_FORMAT_JSON = 0,  /* "json": zi.lke-answers/1 */
  ZI_LKE_FORMAT_CSV = 1    /* "csv" */
};

/** What a scored item of a sub-area is. */
enum zi_lke_item_kind {
  ZI_LKE_ITEM_QUESTION = 0,  /* "question" */
  ZI_LKE_ITEM_RATIO = 1      /* "ratio" */
};

/** Ratio item formulas. */
enum zi_lke_formula {
  ZI_LKE_FORMULA_RATIO = 0,     /* "ratio": N / D */
  ZI_LKE_FORMULA_REDUCTION = 1  /* "reduction": (D - N) / D */
};

/** What a predicate criterion measures. */
enum zi_lke_measure {
  ZI_LKE_MEASURE_TOTAL = 0,         /* "total": pengungkit + hasil, points */
  ZI_LKE_MEASURE_PENGUNGKIT = 1,    /* "pengungkit": points */
  ZI_LKE_MEASURE_AREA_PERCENT = 2,  /* "area_percent": an area's score / weight, a fraction */
  ZI_LKE_MEASURE_HASIL_GROUP = 3,   /* "hasil_group": a hasil group's points */
  ZI_LKE_MEASURE_HASIL_ITEM = 4,    /* "hasil_item": a hasil item's points */
  ZI_LKE_MEASURE_PRIOR = 5          /* "prior": holds the prior predicate (1) or not (0) */
};

/** @see zi_severity_str ("pemenuhan", "reform"). @since 0.2 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_lke_half_str(int32_t half) ZI_NOEXCEPT;
/** @see zi_severity_str ("choice", "count", "number"). @since 0.2 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_lke_answer_kind_str(int32_t kind) ZI_NOEXCEPT;
/** @see zi_severity_str ("unit", "tpi"). @since 0.2 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_lke_layer_str(int32_t layer) ZI_NOEXCEPT;
/** @see zi_severity_str ("default", "zero_over_zero_is_one", ...). @since 0.2 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_lke_zero_policy_str(int32_t policy) ZI_NOEXCEPT;
/** @see zi_severity_str ("json", "csv"). @since 0.2 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_lke_format_str(int32_t format) ZI_NOEXCEPT;
/** @see zi_severity_str ("question", "ratio"). @since 0.2 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_lke_item_kind_str(int32_t kind) ZI_NOEXCEPT;
/** @see zi_severity_str ("ratio", "reduction"). @since 0.2 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_lke_formula_str(int32_t formula) ZI_NOEXCEPT;
/** @see zi_severity_str ("total", "pengungkit", "area_percent", "hasil_group", "hasil_item", "prior"). @since 0.2 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_lke_measure_str(int32_t measure) ZI_NOEXCEPT;

/* ---- rubric ------------------------------------------------------------------------- */

/**
 * The rubric compiled into the library: PermenPANRB 90/2021 Lampiran III as amended by
 * 5/2024 (id "permenpanrb-90-2021"). Each call returns a new handle; they share one
 * parsed copy.
 * @return ZI_OK; ZI_EINVALID if out is NULL.
 * @ownership on success *out is owned by the caller (zi_lke_rubric_free); on failure
 * NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_rubric_default(zi_lke_rubric **out) ZI_NOEXCEPT;

/**
 * Loads a zi.lke-rubric/1 JSON file and validates it (docs/lke-rubric-format.md).
 * @return ZI_OK; ZI_EINVALID if out or path is NULL, or the file is not a valid rubric
 * (the message names the file and the line/column or JSON pointer, or says that a text
 * holds a NUL character); ZI_EIO if the file cannot be opened or read.
 * @ownership on success *out is owned by the caller (zi_lke_rubric_free); on failure
 * NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_rubric_load_file(zi_lke_rubric **out, const char *path) ZI_NOEXCEPT;

/**
 * Parses a rubric from the size bytes of zi.lke-rubric/1 JSON at data.
 * @return ZI_OK; ZI_EINVALID if out is NULL, data is NULL while size > 0, or the bytes are
 * not a valid rubric.
 * @ownership data is only read during the call. On success *out is owned by the caller
 * (zi_lke_rubric_free); on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_rubric_load_buffer(zi_lke_rubric **out, const char *data, size_t size) ZI_NOEXCEPT;

/**
 * Frees a rubric handle and every child and string borrowed from it. Answer sets and
 * results made with it stay valid. zi_lke_rubric_free(NULL) does nothing.
 * @ownership takes ownership. @thread-safety no other thread may be using rubric.
 * @since 0.2 @stability stable
 */
ZI_API void zi_lke_rubric_free(zi_lke_rubric *rubric) ZI_NOEXCEPT;

/** Rubric id, e.g. "permenpanrb-90-2021". @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_rubric_id(const zi_lke_rubric *rubric) ZI_NOEXCEPT;
/** Revision of the rubric data (1, 2, ...); 0 if rubric is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_rubric_revision(const zi_lke_rubric *rubric) ZI_NOEXCEPT;
/** Display title ("" when none). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_rubric_title(const zi_lke_rubric *rubric) ZI_NOEXCEPT;
/** The regulation's name, e.g. "PermenPANRB Nomor 90 Tahun 2021". @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_rubric_regulation_name(const zi_lke_rubric *rubric) ZI_NOEXCEPT;
/** The regulation's year (2021); 0 if rubric is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_rubric_regulation_year(const zi_lke_rubric *rubric) ZI_NOEXCEPT;

/** Number of areas (6 in the default rubric). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_rubric_area_count(const zi_lke_rubric *rubric) ZI_NOEXCEPT;
/** Area index (0-based, rubric order: MP, TL, SDM, AK, PW, PP), NULL when out of range. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_area *zi_lke_rubric_area(const zi_lke_rubric *rubric, size_t index) ZI_NOEXCEPT;
/** The area with that code ("MP"), NULL when none. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_area *zi_lke_rubric_find_area(const zi_lke_rubric *rubric, const char *code) ZI_NOEXCEPT;
/** Number of sub-areas of both halves of every area. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_rubric_subarea_count(const zi_lke_rubric *rubric) ZI_NOEXCEPT;
/** Sub-area index in worksheet order (the pemenuhan sub-areas of every area, then the reform ones), NULL when out of range. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_subarea *zi_lke_rubric_subarea(const zi_lke_rubric *rubric, size_t index) ZI_NOEXCEPT;
/** The sub-area with that id ("P.MP.i", "R.PW.iii.a"), NULL when none. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_subarea *zi_lke_rubric_find_subarea(const zi_lke_rubric *rubric, const char *id) ZI_NOEXCEPT;
/** Number of pengungkit questions (JUMLAH counts included). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_rubric_question_count(const zi_lke_rubric *rubric) ZI_NOEXCEPT;
/** Question index in worksheet order, NULL when out of range. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_question *zi_lke_rubric_question(const zi_lke_rubric *rubric, size_t index) ZI_NOEXCEPT;
/** The pengungkit question with that id ("P.MP.i.a"), NULL when none (hasil items are zi_lke_rubric_hasil_item). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_question *zi_lke_rubric_find_question(const zi_lke_rubric *rubric, const char *id) ZI_NOEXCEPT;
/** Number of hasil items (H.IPAK, H.CAPAIAN, H.IPKP). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_rubric_hasil_item_count(const zi_lke_rubric *rubric) ZI_NOEXCEPT;
/** Hasil item index, NULL when out of range. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_hasil_item *zi_lke_rubric_hasil_item(const zi_lke_rubric *rubric, size_t index) ZI_NOEXCEPT;
/** Number of predicates (wbk, wbbm). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_rubric_predicate_count(const zi_lke_rubric *rubric) ZI_NOEXCEPT;
/** Predicate index, NULL when out of range. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_predicate *zi_lke_rubric_predicate(const zi_lke_rubric *rubric, size_t index) ZI_NOEXCEPT;
/** The predicate with that id ("wbk", "wbbm"), NULL when none. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_predicate *zi_lke_rubric_find_predicate(const zi_lke_rubric *rubric, const char *id) ZI_NOEXCEPT;

/** Area code: "MP", "TL", "SDM", "AK", "PW", "PP". @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_area_code(const zi_lke_area *area) ZI_NOEXCEPT;
/** Area name, e.g. "Manajemen Perubahan". @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_area_name(const zi_lke_area *area) ZI_NOEXCEPT;
/** Area weight in points (MP 8). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_area_weight(const zi_lke_area *area) ZI_NOEXCEPT;
/** Weight of one half (enum zi_lke_half); 0 for an unknown half. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_area_half_weight(const zi_lke_area *area, int32_t half) ZI_NOEXCEPT;
/** Number of sub-areas of one half (enum zi_lke_half); 0 for an unknown half. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_area_subarea_count(const zi_lke_area *area, int32_t half) ZI_NOEXCEPT;
/** Sub-area index of one half, NULL when out of range or the half is unknown. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_subarea *zi_lke_area_subarea(const zi_lke_area *area, int32_t half, size_t index) ZI_NOEXCEPT;

/** Sub-area id, e.g. "P.MP.i". @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_subarea_id(const zi_lke_subarea *subarea) ZI_NOEXCEPT;
/** The printed label ("i", "a"). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_subarea_label(const zi_lke_subarea *subarea) ZI_NOEXCEPT;
/** Sub-area name. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_subarea_name(const zi_lke_subarea *subarea) ZI_NOEXCEPT;
/** Sub-area weight in points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_subarea_weight(const zi_lke_subarea *subarea) ZI_NOEXCEPT;
/** The split sub-area it is part of ("R.PW.iii"), "" when none. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_subarea_parent(const zi_lke_subarea *subarea) ZI_NOEXCEPT;
/** The code of its area ("MP"). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_subarea_area_code(const zi_lke_subarea *subarea) ZI_NOEXCEPT;
/** Its half (enum zi_lke_half); -1 if subarea is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_subarea_half(const zi_lke_subarea *subarea) ZI_NOEXCEPT;
/** Number of questions (JUMLAH counts included). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_subarea_question_count(const zi_lke_subarea *subarea) ZI_NOEXCEPT;
/** Question index in printed order, NULL when out of range. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_question *zi_lke_subarea_question(const zi_lke_subarea *subarea, size_t index) ZI_NOEXCEPT;
/** Number of ratio items. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_subarea_ratio_count(const zi_lke_subarea *subarea) ZI_NOEXCEPT;
/** Ratio item index, NULL when out of range. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_ratio *zi_lke_subarea_ratio(const zi_lke_subarea *subarea, size_t index) ZI_NOEXCEPT;

/** Question id, e.g. "P.MP.i.a" (the answer key). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_question_id(const zi_lke_question *question) ZI_NOEXCEPT;
/** The printed letter ("a", "-"). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_question_label(const zi_lke_question *question) ZI_NOEXCEPT;
/** The question as the regulation words it. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_question_text(const zi_lke_question *question) ZI_NOEXCEPT;
/** Answer type name: "YA_TIDAK", "ABC", "ABCD", "ABCDE", "JUMLAH", "SURVEY_0_4". @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_question_type(const zi_lke_question *question) ZI_NOEXCEPT;
/** Answer kind (enum zi_lke_answer_kind); -1 if question is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_question_kind(const zi_lke_question *question) ZI_NOEXCEPT;
/** The line a count is listed under ("" when none). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_question_heading(const zi_lke_question *question) ZI_NOEXCEPT;
/** The id of the count this one repeats ("" when none). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_question_same_as(const zi_lke_question *question) ZI_NOEXCEPT;
/** The id of its sub-area. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_question_subarea_id(const zi_lke_question *question) ZI_NOEXCEPT;
/** Number of options (choice questions; 0 otherwise). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_question_option_count(const zi_lke_question *question) ZI_NOEXCEPT;
/** Option index in printed order (best first), NULL when out of range. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_option *zi_lke_question_option(const zi_lke_question *question, size_t index) ZI_NOEXCEPT;
/** Smallest allowed number (count and number questions; 0 for choices). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_question_min(const zi_lke_question *question) ZI_NOEXCEPT;
/** Largest allowed number (number questions; 0 otherwise: a count has no maximum). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_question_max(const zi_lke_question *question) ZI_NOEXCEPT;

/** Option code: "A", "Ya". @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_option_code(const zi_lke_option *option) ZI_NOEXCEPT;
/** The regulation's explanation of the option. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_option_text(const zi_lke_option *option) ZI_NOEXCEPT;
/** The option's value 0..1 (A-D: 1, 0.67, 0.33, 0). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_option_value(const zi_lke_option *option) ZI_NOEXCEPT;

/** Ratio item id, e.g. "R.MP.i.r1". @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_ratio_id(const zi_lke_ratio *ratio) ZI_NOEXCEPT;
/** The printed label. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_ratio_label(const zi_lke_ratio *ratio) ZI_NOEXCEPT;
/** The item's text. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_ratio_text(const zi_lke_ratio *ratio) ZI_NOEXCEPT;
/** Default formula (enum zi_lke_formula); -1 if ratio is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_ratio_formula(const zi_lke_ratio *ratio) ZI_NOEXCEPT;
/** Upper clamp of the value (1). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_ratio_cap(const zi_lke_ratio *ratio) ZI_NOEXCEPT;
/** Number of numerator counts (summed). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_ratio_numerator_count(const zi_lke_ratio *ratio) ZI_NOEXCEPT;
/** Numerator count question id, NULL when out of range. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_ratio_numerator(const zi_lke_ratio *ratio, size_t index) ZI_NOEXCEPT;
/** Number of denominator counts (summed). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_ratio_denominator_count(const zi_lke_ratio *ratio) ZI_NOEXCEPT;
/** Denominator count question id, NULL when out of range. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_ratio_denominator(const zi_lke_ratio *ratio, size_t index) ZI_NOEXCEPT;
/** Number of alternative readings (zi_lke_score_options ratio alternatives). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_ratio_alternative_count(const zi_lke_ratio *ratio) ZI_NOEXCEPT;
/** Alternative id, e.g. "in_process_plus_completed"; NULL when out of range. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_ratio_alternative(const zi_lke_ratio *ratio, size_t index) ZI_NOEXCEPT;

/** Hasil item id ("H.IPAK"; the answer key). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_hasil_item_id(const zi_lke_hasil_item *item) ZI_NOEXCEPT;
/** The printed label. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_hasil_item_label(const zi_lke_hasil_item *item) ZI_NOEXCEPT;
/** The regulation's name for it. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_hasil_item_name(const zi_lke_hasil_item *item) ZI_NOEXCEPT;
/** Its group id ("birokrasi_bersih", "pelayanan_prima"). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_hasil_item_group(const zi_lke_hasil_item *item) ZI_NOEXCEPT;
/** Weight in points (H.IPAK 17.5). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_hasil_item_weight(const zi_lke_hasil_item *item) ZI_NOEXCEPT;
/** Answer type name ("SURVEY_0_4", "ABCDE"). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_hasil_item_type(const zi_lke_hasil_item *item) ZI_NOEXCEPT;
/** Answer kind (enum zi_lke_answer_kind); -1 if item is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_hasil_item_kind(const zi_lke_hasil_item *item) ZI_NOEXCEPT;
/** Number of options (choice items; 0 otherwise). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_hasil_item_option_count(const zi_lke_hasil_item *item) ZI_NOEXCEPT;
/** Option index, NULL when out of range. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_option *zi_lke_hasil_item_option(const zi_lke_hasil_item *item, size_t index) ZI_NOEXCEPT;
/** Smallest allowed number (number items; 0 for choices). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_hasil_item_min(const zi_lke_hasil_item *item) ZI_NOEXCEPT;
/** Largest allowed number (number items; 0 for choices). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_hasil_item_max(const zi_lke_hasil_item *item) ZI_NOEXCEPT;

/** Predicate id ("wbk", "wbbm"). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_predicate_id(const zi_lke_predicate *predicate) ZI_NOEXCEPT;
/** Predicate name ("Wilayah Bebas dari Korupsi"). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_predicate_name(const zi_lke_predicate *predicate) ZI_NOEXCEPT;
/** The predicate the unit must already hold ("wbk" for wbbm), "" when none. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_predicate_requires_prior(const zi_lke_predicate *predicate) ZI_NOEXCEPT;
/** Number of criteria (an area_percent criterion is one criterion here, one row per area in a check). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_predicate_criterion_count(const zi_lke_predicate *predicate) ZI_NOEXCEPT;
/** Criterion index, NULL when out of range. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_criterion *zi_lke_predicate_criterion(const zi_lke_predicate *predicate, size_t index) ZI_NOEXCEPT;

/** Criterion id ("wbk.total"). @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_criterion_id(const zi_lke_criterion *criterion) ZI_NOEXCEPT;
/** Indonesian label as the regulation words it. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_criterion_label(const zi_lke_criterion *criterion) ZI_NOEXCEPT;
/** What it measures (enum zi_lke_measure, never ZI_LKE_MEASURE_PRIOR here); -1 if criterion is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_criterion_measure(const zi_lke_criterion *criterion) ZI_NOEXCEPT;
/** The hasil group or item id it measures ("H.IPAK"), "" otherwise. @ownership borrowed from the rubric. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_criterion_target(const zi_lke_criterion *criterion) ZI_NOEXCEPT;
/** The minimum: points, or a fraction for area_percent (0.60). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_criterion_threshold(const zi_lke_criterion *criterion) ZI_NOEXCEPT;

/* ---- answer sets -------------------------------------------------------------------- */

/**
 * A new, empty answer set for a rubric: no answers, prior_wbk false.
 * satker (a satker code) may be NULL for ""; year may be 0 for "not given".
 * @return ZI_OK; ZI_EINVALID if out or rubric is NULL.
 * @ownership on success *out is owned by the caller (zi_lke_answers_free); it keeps its
 * own reference to the rubric's data, so it may outlive the rubric handle. On failure
 * *out is NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_answers_new(zi_lke_answers **out, const zi_lke_rubric *rubric, const char *satker, int32_t year) ZI_NOEXCEPT;

/**
 * Loads an answer set from a file and validates it against the rubric: CSV when the name
 * ends in ".csv" (any case), zi.lke-answers/1 JSON otherwise.
 * @return ZI_OK; ZI_EINVALID if an argument is NULL or the answers do not fit the rubric:
 * the message names the file and lists every problem ("; "-separated), each with its
 * question id, layer and (CSV) line; ZI_EIO if the file cannot be opened or read.
 * @ownership on success *out is owned by the caller (zi_lke_answers_free); on failure
 * NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_answers_load_file(zi_lke_answers **out, const zi_lke_rubric *rubric, const char *path) ZI_NOEXCEPT;

/**
 * Parses an answer set from size bytes of text in the given format (enum zi_lke_format)
 * and validates it against the rubric.
 * @return ZI_OK; ZI_EINVALID if out or rubric is NULL, data is NULL while size > 0, the
 * format is unknown, or the answers do not fit the rubric (every problem listed, as for
 * zi_lke_answers_load_file).
 * @ownership data is only read during the call. On success *out is owned by the caller
 * (zi_lke_answers_free); on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_answers_load_buffer(zi_lke_answers **out, const zi_lke_rubric *rubric, const char *data, size_t size, int32_t format) ZI_NOEXCEPT;

/**
 * A copy of an answer set (for the same rubric) that changes independently.
 * @return ZI_OK; ZI_EINVALID if out or answers is NULL.
 * @ownership on success *out is owned by the caller (zi_lke_answers_free); on failure
 * NULL. @thread-safety any thread, while no thread modifies answers.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_answers_copy(zi_lke_answers **out, const zi_lke_answers *answers) ZI_NOEXCEPT;

/**
 * Frees an answer set. zi_lke_answers_free(NULL) does nothing.
 * @ownership takes ownership. @thread-safety no other thread may be using answers.
 * @since 0.2 @stability stable
 */
ZI_API void zi_lke_answers_free(zi_lke_answers *answers) ZI_NOEXCEPT;

/** Satker code ("" when not given). @ownership borrowed from answers; valid until it is freed. @thread-safety any thread, while no thread modifies answers. @since 0.2 @stability stable */
ZI_API const char *zi_lke_answers_satker(const zi_lke_answers *answers) ZI_NOEXCEPT;
/** Evaluation year (0 when not given). @ownership none. @thread-safety any thread, while no thread modifies answers. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_answers_year(const zi_lke_answers *answers) ZI_NOEXCEPT;
/** The id of the rubric the answer set was made or read for. @ownership borrowed from answers; valid until it is freed. @thread-safety any thread, while no thread modifies answers. @since 0.2 @stability stable */
ZI_API const char *zi_lke_answers_rubric_id(const zi_lke_answers *answers) ZI_NOEXCEPT;
/** Whether the unit already holds Menuju WBK (a WBBM criterion). @ownership none. @thread-safety any thread, while no thread modifies answers. @since 0.2 @stability stable */
ZI_API bool zi_lke_answers_prior_wbk(const zi_lke_answers *answers) ZI_NOEXCEPT;

/**
 * Sets whether the unit already holds the Menuju WBK predicate.
 * @return ZI_OK; ZI_EINVALID if answers is NULL.
 * @ownership modifies answers. @thread-safety no other thread may be using answers.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_answers_set_prior_wbk(zi_lke_answers *answers, bool prior_wbk) ZI_NOEXCEPT;

/**
 * Answers a choice question or hasil item in one layer (enum zi_lke_layer) with an
 * option code, matched without regard to case and stored as the rubric spells it
 * ("ya" -> "Ya"). Replaces that layer's previous answer; the other layer, the note and
 * the evidence are kept.
 * @return ZI_OK; ZI_EINVALID if an argument is NULL, the layer is unknown, or the code is
 * not an option of the question (or the question is not a choice question): the message
 * names the question and the allowed answers, and answers is unchanged; ZI_ENOTFOUND if
 * the rubric has no question or hasil item with that id.
 * @ownership modifies answers; strings are copied. Borrowed strings of that question
 * (zi_lke_answers_choice) become invalid. @thread-safety no other thread may be using
 * answers.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_answers_set_choice(zi_lke_answers *answers, const char *question, int32_t layer, const char *code) ZI_NOEXCEPT;

/**
 * Answers a count (JUMLAH: a whole number >= 0) or number (survey index 0..4) question
 * or hasil item in one layer with a number.
 * @return ZI_OK; ZI_EINVALID if answers or question is NULL, the layer is unknown, or the
 * number does not fit (not finite, not whole for a count, out of range, or the question
 * is a choice question): the message names the question and why, and answers is
 * unchanged; ZI_ENOTFOUND if the rubric has no such question or hasil item.
 * @ownership modifies answers. @thread-safety no other thread may be using answers.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_answers_set_number(zi_lke_answers *answers, const char *question, int32_t layer, double value) ZI_NOEXCEPT;

/**
 * Removes the answer of one question in one layer (unanswered afterwards; a no-op when
 * it was unanswered).
 * @return ZI_OK; ZI_EINVALID if answers or question is NULL or the layer is unknown;
 * ZI_ENOTFOUND if the rubric has no such question or hasil item.
 * @ownership modifies answers; borrowed strings of that question become invalid.
 * @thread-safety no other thread may be using answers.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_answers_clear(zi_lke_answers *answers, const char *question, int32_t layer) ZI_NOEXCEPT;

/** Whether the question (or hasil item) is answered in that layer; false for NULL arguments, an unknown id or layer. @ownership none. @thread-safety any thread, while no thread modifies answers. @since 0.2 @stability stable */
ZI_API bool zi_lke_answers_is_answered(const zi_lke_answers *answers, const char *question, int32_t layer) ZI_NOEXCEPT;
/** The option code answered in that layer ("B", "Ya"); NULL when unanswered, answered with a number, or for NULL arguments. @ownership borrowed from answers: valid until that question's answer is changed or answers is freed. @thread-safety any thread, while no thread modifies answers. @since 0.2 @stability stable */
ZI_API const char *zi_lke_answers_choice(const zi_lke_answers *answers, const char *question, int32_t layer) ZI_NOEXCEPT;
/** The number answered in that layer (a count or survey index); NaN when unanswered, answered with a choice, or for NULL arguments. @ownership none. @thread-safety any thread, while no thread modifies answers. @since 0.2 @stability stable */
ZI_API double zi_lke_answers_number(const zi_lke_answers *answers, const char *question, int32_t layer) ZI_NOEXCEPT;

/** Options for zi_lke_answers_write. Fields are only ever appended. */
typedef struct zi_lke_write_options {
  uint32_t version;         /* ZI_LKE_WRITE_OPTIONS_VERSION */
  int32_t format;           /* enum zi_lke_format. Default ZI_LKE_FORMAT_JSON. */
  bool include_unanswered;  /* list every question of the rubric, answered or not.
                               Default false. */
  bool guidance;            /* add each question's text and allowed answers. Default
                               false. */
} zi_lke_write_options;

#define ZI_LKE_WRITE_OPTIONS_VERSION 1
#define ZI_LKE_WRITE_OPTIONS_INIT { ZI_LKE_WRITE_OPTIONS_VERSION, ZI_LKE_FORMAT_JSON, false, false }

/**
 * Sets *opts to the defaults of the given struct version. Pass ZI_LKE_WRITE_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_write_options_init(zi_lke_write_options *opts, uint32_t version) ZI_NOEXCEPT;

/**
 * Writes an answer set as canonical zi.lke-answers/1 JSON or as CSV
 * (docs/lke-answers-format.md); reading the text back gives the same set. opts may be
 * NULL for the defaults (JSON, answered questions only).
 * @return ZI_OK; ZI_EINVALID if text_out or answers is NULL or opts->format is unknown;
 * ZI_EVERSION for a bad opts->version.
 * @ownership on success *text_out is a NUL-terminated UTF-8 string owned by the caller
 * (zi_free) and *len_out (if not NULL) its length; on failure *text_out is NULL.
 * @thread-safety any thread, while no thread modifies answers.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_answers_write(char **text_out, size_t *len_out, const zi_lke_answers *answers, const zi_lke_write_options *opts) ZI_NOEXCEPT;

/**
 * An empty answer set for the rubric that lists every question with its text and allowed
 * answers, in the given format (enum zi_lke_format): what `zi lke template` writes.
 * @return ZI_OK; ZI_EINVALID if text_out or rubric is NULL or the format is unknown.
 * @ownership on success *text_out is owned by the caller (zi_free), *len_out (if not
 * NULL) its length; on failure *text_out is NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_answers_template(char **text_out, size_t *len_out, const zi_lke_rubric *rubric, int32_t format) ZI_NOEXCEPT;

/* ---- scoring -------------------------------------------------------------------------- */

/**
 * Options for zi_lke_score, zi_lke_whatif and zi_lke_score_batch. Fields are only ever
 * appended. The ratio alternatives are two parallel arrays of ratio_alternative_count
 * entries: ratio_ids[i] ("R.PW.ii.r1") is scored by its alternative alternative_ids[i]
 * ("in_process_plus_completed"); the strings are only read during the call.
 */
typedef struct zi_lke_score_options {
  uint32_t version;                   /* ZI_LKE_SCORE_OPTIONS_VERSION */
  int32_t layer;                      /* enum zi_lke_layer. Default ZI_LKE_LAYER_UNIT. */
  int32_t zero_denominator;           /* enum zi_lke_zero_policy. Default
                                         ZI_LKE_ZERO_DEFAULT (the rubric's). */
  size_t ratio_alternative_count;     /* Default 0. */
  const char *const *ratio_ids;       /* ratio_alternative_count ratio ids. Default NULL. */
  const char *const *alternative_ids; /* their alternatives' ids. Default NULL. */
} zi_lke_score_options;

#define ZI_LKE_SCORE_OPTIONS_VERSION 1
#define ZI_LKE_SCORE_OPTIONS_INIT { ZI_LKE_SCORE_OPTIONS_VERSION, ZI_LKE_LAYER_UNIT, ZI_LKE_ZERO_DEFAULT, 0, NULL, NULL }

/**
 * Sets *opts to the defaults of the given struct version. Pass ZI_LKE_SCORE_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_score_options_init(zi_lke_score_options *opts, uint32_t version) ZI_NOEXCEPT;

/**
 * Scores one answer set (docs/lke.md, "Scoring"): question and ratio values, sub-areas,
 * halves, areas, pengungkit, hasil, total, completeness. Only the layer the options
 * select is validated and scored. opts may be NULL for the defaults.
 * @return ZI_OK; ZI_EINVALID if out, rubric or answers is NULL, an option is invalid (an
 * unknown layer or policy, a policy the rubric does not allow, an unknown ratio or
 * alternative, NULL alternative arrays or entries), or the answers do not fit the rubric
 * in that layer (every problem listed with its question id, e.g. a ratio item with some
 * of its counts missing, or N > 0 over D = 0); ZI_EVERSION for a bad opts->version.
 * @ownership on success *out is owned by the caller (zi_lke_score_result_free) and
 * independent of rubric and answers; on failure NULL. @thread-safety any thread, while no
 * thread modifies answers.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_score(zi_lke_score_result **out, const zi_lke_rubric *rubric, const zi_lke_answers *answers, const zi_lke_score_options *opts) ZI_NOEXCEPT;

/**
 * Frees a score result and everything borrowed from it. NULL does nothing. Never call it
 * on a score borrowed from a zi_lke_batch_result.
 * @ownership takes ownership. @thread-safety no other thread may be using it.
 * @since 0.2 @stability stable
 */
ZI_API void zi_lke_score_result_free(zi_lke_score_result *score) ZI_NOEXCEPT;

/**
 * The score as the JSON report of `zi lke score --json` (docs/lke.md, "JSON reports";
 * unrounded numbers).
 * @return ZI_OK; ZI_EINVALID if json_out or score is NULL.
 * @ownership on success *json_out is owned by the caller (zi_free), *len_out (if not
 * NULL) its length; on failure *json_out is NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_score_result_to_json(char **json_out, size_t *len_out, const zi_lke_score_result *score) ZI_NOEXCEPT;

/** Satker code of the answer set. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_score_result_satker(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** Year of the answer set (0 when not given). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_score_result_year(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** Id of the rubric that scored it. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_score_result_rubric_id(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** The layer scored (enum zi_lke_layer); -1 if score is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_score_result_layer(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** The zero-denominator policy applied (enum zi_lke_zero_policy, never ZI_LKE_ZERO_DEFAULT); -1 if score is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_score_result_zero_denominator(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** The answer set's prior_wbk. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API bool zi_lke_score_result_prior_wbk(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** Nilai total: pengungkit + hasil, points (79.115 for the worked example). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_score_result_total(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** Nilai pengungkit: the sum of the areas, points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_score_result_pengungkit(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** Nilai hasil: the sum of the hasil items, points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_score_result_hasil(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** The pemenuhan halves of every area together, points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_score_result_pemenuhan(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** The reform halves of every area together, points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_score_result_reform(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** Scored items answered (questions, ratio items and hasil items). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_score_result_answered(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** Scored items in all. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_score_result_scored_items(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** Number of unanswered scored items (counted 0). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_score_result_unanswered_count(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** Unanswered item id index, in worksheet order; NULL when out of range. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_score_result_unanswered(const zi_lke_score_result *score, size_t index) ZI_NOEXCEPT;
/** Number of areas. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_score_result_area_count(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** Area score index (rubric order), NULL when out of range. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_area_score *zi_lke_score_result_area(const zi_lke_score_result *score, size_t index) ZI_NOEXCEPT;
/** The area score with that code ("MP"), NULL when none. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_area_score *zi_lke_score_result_find_area(const zi_lke_score_result *score, const char *code) ZI_NOEXCEPT;
/** The sub-area score with that id ("P.MP.ii"), NULL when none. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_subarea_score *zi_lke_score_result_find_subarea(const zi_lke_score_result *score, const char *id) ZI_NOEXCEPT;
/** Number of hasil items. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_score_result_hasil_item_count(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** Hasil item score index, NULL when out of range. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_hasil_score *zi_lke_score_result_hasil_item(const zi_lke_score_result *score, size_t index) ZI_NOEXCEPT;
/** Number of hasil groups. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_score_result_hasil_group_count(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** Hasil group score index, NULL when out of range. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_hasil_group_score *zi_lke_score_result_hasil_group(const zi_lke_score_result *score, size_t index) ZI_NOEXCEPT;
/** Number of scoring notes (lke_same_as_filled, lke_same_as_differs, lke_zero_denominator). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_score_result_diagnostic_count(const zi_lke_score_result *score) ZI_NOEXCEPT;
/** Scoring note index, read with the zi_diagnostic_* getters; NULL when out of range. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_diagnostic *zi_lke_score_result_diagnostic(const zi_lke_score_result *score, size_t index) ZI_NOEXCEPT;

/** Area code ("MP"). @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_area_score_code(const zi_lke_area_score *area) ZI_NOEXCEPT;
/** Area name. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_area_score_name(const zi_lke_area_score *area) ZI_NOEXCEPT;
/** Area weight, points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_area_score_weight(const zi_lke_area_score *area) ZI_NOEXCEPT;
/** Pemenuhan half, points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_area_score_pemenuhan(const zi_lke_area_score *area) ZI_NOEXCEPT;
/** Reform half, points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_area_score_reform(const zi_lke_area_score *area) ZI_NOEXCEPT;
/** Area score: pemenuhan + reform, points (MP 6.03375 in the worked example). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_area_score_total(const zi_lke_area_score *area) ZI_NOEXCEPT;
/** Score / weight as a fraction 0..1 (what area_percent criteria compare). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_area_score_fraction(const zi_lke_area_score *area) ZI_NOEXCEPT;
/** Score / weight in percent, 0..100. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_area_score_percent(const zi_lke_area_score *area) ZI_NOEXCEPT;
/** Scored items of the area answered. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_area_score_answered(const zi_lke_area_score *area) ZI_NOEXCEPT;
/** Scored items of the area. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_area_score_item_total(const zi_lke_area_score *area) ZI_NOEXCEPT;
/** Number of sub-area scores of one half (enum zi_lke_half); 0 for an unknown half. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_area_score_subarea_count(const zi_lke_area_score *area, int32_t half) ZI_NOEXCEPT;
/** Sub-area score index of one half, NULL when out of range or the half is unknown. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_subarea_score *zi_lke_area_score_subarea(const zi_lke_area_score *area, int32_t half, size_t index) ZI_NOEXCEPT;

/** Sub-area id. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_subarea_score_id(const zi_lke_subarea_score *subarea) ZI_NOEXCEPT;
/** Sub-area name. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_subarea_score_name(const zi_lke_subarea_score *subarea) ZI_NOEXCEPT;
/** The split sub-area it is part of, "" when none. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_subarea_score_parent(const zi_lke_subarea_score *subarea) ZI_NOEXCEPT;
/** Weight, points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_subarea_score_weight(const zi_lke_subarea_score *subarea) ZI_NOEXCEPT;
/** Mean item value 0..1 (unanswered items count 0). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_subarea_score_mean(const zi_lke_subarea_score *subarea) ZI_NOEXCEPT;
/** Score: weight x mean, points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_subarea_score_score(const zi_lke_subarea_score *subarea) ZI_NOEXCEPT;
/** Scored items answered (completeness numerator). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_subarea_score_answered(const zi_lke_subarea_score *subarea) ZI_NOEXCEPT;
/** Scored items (completeness denominator). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_subarea_score_item_total(const zi_lke_subarea_score *subarea) ZI_NOEXCEPT;
/** Number of scored items (questions, then ratio items). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_subarea_score_item_count(const zi_lke_subarea_score *subarea) ZI_NOEXCEPT;
/** Scored item index, NULL when out of range. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_item_score *zi_lke_subarea_score_item(const zi_lke_subarea_score *subarea, size_t index) ZI_NOEXCEPT;

/** Question or ratio item id. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_item_score_id(const zi_lke_item_score *item) ZI_NOEXCEPT;
/** Question or ratio item (enum zi_lke_item_kind); -1 if item is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_item_score_kind(const zi_lke_item_score *item) ZI_NOEXCEPT;
/** Whether it is answered (a ratio: all its counts given). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API bool zi_lke_item_score_answered(const zi_lke_item_score *item) ZI_NOEXCEPT;
/** Value 0..1 (0 when unanswered). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_item_score_value(const zi_lke_item_score *item) ZI_NOEXCEPT;
/** The answer as given ("B", "Ya", "3.5"; a ratio "N/D"); "" when unanswered. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_item_score_answer(const zi_lke_item_score *item) ZI_NOEXCEPT;
/** Ratio items: the summed numerator N (0 for questions). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_item_score_numerator(const zi_lke_item_score *item) ZI_NOEXCEPT;
/** Ratio items: the summed denominator D (0 for questions). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_item_score_denominator(const zi_lke_item_score *item) ZI_NOEXCEPT;

/** Hasil item id ("H.IPAK"). @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_hasil_score_id(const zi_lke_hasil_score *item) ZI_NOEXCEPT;
/** Hasil item name. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_hasil_score_name(const zi_lke_hasil_score *item) ZI_NOEXCEPT;
/** Its group id. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_hasil_score_group(const zi_lke_hasil_score *item) ZI_NOEXCEPT;
/** Weight, points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_hasil_score_weight(const zi_lke_hasil_score *item) ZI_NOEXCEPT;
/** Whether it is answered. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API bool zi_lke_hasil_score_answered(const zi_lke_hasil_score *item) ZI_NOEXCEPT;
/** The answer as given ("3.62", "B"), "" when unanswered. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_hasil_score_answer(const zi_lke_hasil_score *item) ZI_NOEXCEPT;
/** Value 0..1 (choice value or index / 4). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_hasil_score_value(const zi_lke_hasil_score *item) ZI_NOEXCEPT;
/** Points: weight x value. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_hasil_score_score(const zi_lke_hasil_score *item) ZI_NOEXCEPT;

/** Hasil group id. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_hasil_group_score_id(const zi_lke_hasil_group_score *group) ZI_NOEXCEPT;
/** Hasil group name. @ownership borrowed from the score. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_hasil_group_score_name(const zi_lke_hasil_group_score *group) ZI_NOEXCEPT;
/** Weight, points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_hasil_group_score_weight(const zi_lke_hasil_group_score *group) ZI_NOEXCEPT;
/** Points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_hasil_group_score_score(const zi_lke_hasil_group_score *group) ZI_NOEXCEPT;

/* ---- predicate check (WBK, WBBM) ---------------------------------------------------- */

/**
 * Checks a score against a predicate of the rubric ("wbk", "wbbm"): one row per
 * criterion (one per area for the area criterion, plus "<id>.prior_wbk" when the
 * predicate requires a prior one) with value, threshold, margin and pass; the predicate
 * passes iff every row does (docs/lke.md, "Predicates").
 * @return ZI_OK (also when the predicate fails: that is a result); ZI_EINVALID if an
 * argument is NULL or the score was made with another rubric (id or revision);
 * ZI_ENOTFOUND if the rubric has no such predicate (the message lists the known ones).
 * @ownership on success *out is owned by the caller (zi_lke_check_result_free) and
 * independent of rubric and score; on failure NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_check(zi_lke_check_result **out, const zi_lke_rubric *rubric, const zi_lke_score_result *score, const char *predicate) ZI_NOEXCEPT;

/**
 * Frees a check result. NULL does nothing. Never call it on a check borrowed from a
 * zi_lke_whatif_result or a zi_lke_batch_result.
 * @ownership takes ownership. @thread-safety no other thread may be using it.
 * @since 0.2 @stability stable
 */
ZI_API void zi_lke_check_result_free(zi_lke_check_result *check) ZI_NOEXCEPT;

/**
 * The check as the JSON report of `zi lke check --json`.
 * @return ZI_OK; ZI_EINVALID if json_out or check is NULL.
 * @ownership on success *json_out is owned by the caller (zi_free), *len_out (if not
 * NULL) its length; on failure *json_out is NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_check_result_to_json(char **json_out, size_t *len_out, const zi_lke_check_result *check) ZI_NOEXCEPT;

/** Predicate id ("wbk"). @ownership borrowed from the check. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_check_result_predicate(const zi_lke_check_result *check) ZI_NOEXCEPT;
/** Predicate name. @ownership borrowed from the check. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_check_result_name(const zi_lke_check_result *check) ZI_NOEXCEPT;
/** Whether every criterion row passes. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API bool zi_lke_check_result_passed(const zi_lke_check_result *check) ZI_NOEXCEPT;
/** Number of criterion rows. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_check_result_criterion_count(const zi_lke_check_result *check) ZI_NOEXCEPT;
/** Criterion row index (rubric order, area rows in area order), NULL when out of range. @ownership borrowed from the check. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_criterion_result *zi_lke_check_result_criterion(const zi_lke_check_result *check, size_t index) ZI_NOEXCEPT;
/** The row with that id ("wbbm.area.SDM"), NULL when none. @ownership borrowed from the check. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_criterion_result *zi_lke_check_result_find_criterion(const zi_lke_check_result *check, const char *id) ZI_NOEXCEPT;
/** Number of failing rows. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_check_result_failing_count(const zi_lke_check_result *check) ZI_NOEXCEPT;
/** Failing row id index, in row order; NULL when out of range. @ownership borrowed from the check. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_check_result_failing(const zi_lke_check_result *check, size_t index) ZI_NOEXCEPT;
/** Number of reasons (one per failing row). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_check_result_reason_count(const zi_lke_check_result *check) ZI_NOEXCEPT;
/** Reason index: an Indonesian line, e.g. "Persentase nilai area Penguatan Pengawasan: 68% < 75%"; NULL when out of range. @ownership borrowed from the check. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_check_result_reason(const zi_lke_check_result *check, size_t index) ZI_NOEXCEPT;

/** Row id ("wbk.total", "wbbm.area.SDM", "wbbm.prior_wbk"). @ownership borrowed from the check. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_criterion_result_id(const zi_lke_criterion_result *row) ZI_NOEXCEPT;
/** The rubric criterion's id ("wbbm.area"). @ownership borrowed from the check. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_criterion_result_criterion(const zi_lke_criterion_result *row) ZI_NOEXCEPT;
/** Indonesian label. @ownership borrowed from the check. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_criterion_result_label(const zi_lke_criterion_result *row) ZI_NOEXCEPT;
/** What the row measures (enum zi_lke_measure); -1 if row is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_criterion_result_measure(const zi_lke_criterion_result *row) ZI_NOEXCEPT;
/** Area code, hasil group or item id, or prior predicate id; "" otherwise. @ownership borrowed from the check. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_criterion_result_target(const zi_lke_criterion_result *row) ZI_NOEXCEPT;
/** Value: points, a fraction (area rows) or 1/0 (prior row). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_criterion_result_value(const zi_lke_criterion_result *row) ZI_NOEXCEPT;
/** Threshold, in the value's unit. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_criterion_result_threshold(const zi_lke_criterion_result *row) ZI_NOEXCEPT;
/** Margin: value - threshold, unrounded. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_criterion_result_margin(const zi_lke_criterion_result *row) ZI_NOEXCEPT;
/** Whether value >= threshold. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API bool zi_lke_criterion_result_passed(const zi_lke_criterion_result *row) ZI_NOEXCEPT;

/* ---- what-if ---------------------------------------------------------------------------- */

/**
 * Options of the what-if search (the scoring options are a separate argument). Fields are
 * only ever appended: version 1 has max_steps; version 2 (since 0.3) adds the locks. A
 * version-1 struct is read as version 1 (no locks, survey and external items locked).
 */
typedef struct zi_lke_whatif_options {
  uint32_t version;   /* ZI_LKE_WHATIF_OPTIONS_VERSION */
  int32_t max_steps;  /* the search stops after this many steps (>= 0). Default 1000. */
  /* version 2: ids the search must not change (questions, counts, hasil items, ratio items:
     a ratio locks its counts); locked_count entries, only read during the call. */
  size_t locked_count;         /* Default 0. */
  const char *const *locked;   /* Default NULL. */
  bool include_external;       /* also step on items measured_by "survey" or "external"
                                  (IPAK, IPKP, capaian kinerja). Default false. */
} zi_lke_whatif_options;

#define ZI_LKE_WHATIF_OPTIONS_VERSION 2
#define ZI_LKE_WHATIF_OPTIONS_INIT { ZI_LKE_WHATIF_OPTIONS_VERSION, 1000, 0, NULL, false }

/**
 * Sets *opts to the defaults of the given struct version. Pass ZI_LKE_WHATIF_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_whatif_options_init(zi_lke_whatif_options *opts, uint32_t version) ZI_NOEXCEPT;

/**
 * Searches for the fewest answer steps that would make every score criterion of a
 * predicate pass (docs/lke.md, "What-if"; greedy, deterministic). score_opts selects the
 * layer, policy and ratio alternatives (NULL: defaults); opts the search (NULL: defaults).
 * @return ZI_OK (also when no steps suffice: see zi_lke_whatif_result_reached);
 * ZI_EINVALID as zi_lke_score (NULL arguments, bad options, answers that do not fit), for
 * max_steps < 0, a NULL locked array or entry with locked_count > 0, or a locked id that
 * is not a question, hasil item or ratio item of the rubric; ZI_ENOTFOUND for an unknown
 * predicate; ZI_EVERSION for a bad version of either struct.
 * @ownership on success *out is owned by the caller (zi_lke_whatif_result_free) and
 * independent of the arguments; on failure NULL. @thread-safety any thread, while no
 * thread modifies answers.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_whatif(zi_lke_whatif_result **out, const zi_lke_rubric *rubric, const zi_lke_answers *answers, const char *predicate, const zi_lke_score_options *score_opts, const zi_lke_whatif_options *opts) ZI_NOEXCEPT;

/**
 * Frees a what-if result, its steps and its before/after checks. NULL does nothing.
 * @ownership takes ownership. @thread-safety no other thread may be using it.
 * @since 0.2 @stability stable
 */
ZI_API void zi_lke_whatif_result_free(zi_lke_whatif_result *result) ZI_NOEXCEPT;

/**
 * The result as the JSON report of `zi lke whatif --json`.
 * @return ZI_OK; ZI_EINVALID if json_out or result is NULL.
 * @ownership on success *json_out is owned by the caller (zi_free), *len_out (if not
 * NULL) its length; on failure *json_out is NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_whatif_result_to_json(char **json_out, size_t *len_out, const zi_lke_whatif_result *result) ZI_NOEXCEPT;

/**
 * The input answer set with every step applied to the scored layer, as a new answer set.
 * @return ZI_OK; ZI_EINVALID if out or result is NULL.
 * @ownership on success *out is owned by the caller (zi_lke_answers_free); on failure
 * NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_whatif_result_answers(zi_lke_answers **out, const zi_lke_whatif_result *result) ZI_NOEXCEPT;

/** Predicate id. @ownership borrowed from the result. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_whatif_result_predicate(const zi_lke_whatif_result *result) ZI_NOEXCEPT;
/** Whether every score criterion passes after the steps. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API bool zi_lke_whatif_result_reached(const zi_lke_whatif_result *result) ZI_NOEXCEPT;
/** Whether the search stopped at max_steps. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API bool zi_lke_whatif_result_step_limit(const zi_lke_whatif_result *result) ZI_NOEXCEPT;
/** Number of steps. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_whatif_result_step_count(const zi_lke_whatif_result *result) ZI_NOEXCEPT;
/** Step index, in the order the search took them; NULL when out of range. @ownership borrowed from the result. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_whatif_step *zi_lke_whatif_result_step(const zi_lke_whatif_result *result, size_t index) ZI_NOEXCEPT;
/** The check before any step. @ownership borrowed from the result (never free it). @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_check_result *zi_lke_whatif_result_before(const zi_lke_whatif_result *result) ZI_NOEXCEPT;
/** The check with every step applied. @ownership borrowed from the result (never free it). @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_check_result *zi_lke_whatif_result_after(const zi_lke_whatif_result *result) ZI_NOEXCEPT;
/** Number of rows that still fail (the prior predicate, rows no step reaches). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_whatif_result_unfixable_count(const zi_lke_whatif_result *result) ZI_NOEXCEPT;
/** Unfixable row id index, NULL when out of range. @ownership borrowed from the result. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_whatif_result_unfixable(const zi_lke_whatif_result *result, size_t index) ZI_NOEXCEPT;
/** Number of reasons (Indonesian, one per unfixable row). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_whatif_result_reason_count(const zi_lke_whatif_result *result) ZI_NOEXCEPT;
/** Reason index, NULL when out of range. @ownership borrowed from the result. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_whatif_result_reason(const zi_lke_whatif_result *result, size_t index) ZI_NOEXCEPT;
/** Number of unanswered surveys and ratio items the search did not invent values for. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_whatif_result_to_fill_count(const zi_lke_whatif_result *result) ZI_NOEXCEPT;
/** To-fill item id index, NULL when out of range. @ownership borrowed from the result. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_whatif_result_to_fill(const zi_lke_whatif_result *result, size_t index) ZI_NOEXCEPT;

/** 1-based rank of the step; 0 if step is NULL. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API int32_t zi_lke_whatif_step_rank(const zi_lke_whatif_step *step) ZI_NOEXCEPT;
/** Question or hasil item id. @ownership borrowed from the result. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_whatif_step_question(const zi_lke_whatif_step *step) ZI_NOEXCEPT;
/** Its sub-area id ("" for hasil items). @ownership borrowed from the result. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_whatif_step_subarea(const zi_lke_whatif_step *step) ZI_NOEXCEPT;
/** The answer before the step ("C", "3.45", "8"; "" when unanswered). @ownership borrowed from the result. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_whatif_step_from(const zi_lke_whatif_step *step) ZI_NOEXCEPT;
/** The answer after the step. @ownership borrowed from the result. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_whatif_step_to(const zi_lke_whatif_step *step) ZI_NOEXCEPT;
/** Reduction of the summed shortfall of the failing criteria, points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_whatif_step_gain(const zi_lke_whatif_step *step) ZI_NOEXCEPT;
/** Change of the total score, points. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API double zi_lke_whatif_step_points(const zi_lke_whatif_step *step) ZI_NOEXCEPT;
/** The question's text as the rubric words it (a hasil item's text); NULL if step is NULL. @ownership borrowed from the result. @thread-safety any thread. @since 0.3 @stability stable */
ZI_API const char *zi_lke_whatif_step_text(const zi_lke_whatif_step *step) ZI_NOEXCEPT;
/** Number of items the search held fixed (the caller's locks, a ratio as its counts, and unless include_external every survey or external item). @ownership none. @thread-safety any thread. @since 0.3 @stability stable */
ZI_API size_t zi_lke_whatif_result_locked_count(const zi_lke_whatif_result *result) ZI_NOEXCEPT;
/** Locked item id index, in worksheet order (hasil items last); NULL when out of range. @ownership borrowed from the result. @thread-safety any thread. @since 0.3 @stability stable */
ZI_API const char *zi_lke_whatif_result_locked(const zi_lke_whatif_result *result, size_t index) ZI_NOEXCEPT;
/**
 * Who decides the answer of a question or hasil item (the rubric's measured_by): "unit",
 * "survey" or "external"; NULL if rubric or id is NULL or id is not a question or hasil item.
 * @ownership static string. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API const char *zi_lke_rubric_measured_by(const zi_lke_rubric *rubric, const char *id) ZI_NOEXCEPT;

/* ---- suggested answers from plan execution ------------------------------------------- */

/**
 * How much of the Rencana Aksi was carried out (the C++ PlanExecutionSummary), the input
 * of zi_lke_suggest. Fields are only ever appended. The two maps of the C++ struct are
 * parallel arrays: family_questions[i] (an LKE question id such as "P.SDM.iv.c") has the
 * schedule family families[i] ("weekly", "monthly", "quarterly", "semester", "yearly",
 * "once"), and per_year_questions[i] has per_year[i] occurrences a year. A question given
 * twice in one map takes its last entry. The arrays are only read during the call.
 */
typedef struct zi_lke_execution_summary {
  uint32_t version;                       /* ZI_LKE_EXECUTION_SUMMARY_VERSION */
  bool has_as_of;                         /* whether as_of is given. Default false. */
  zi_date as_of;                          /* shown in the reasons. Default day 0. */
  int32_t occurrences_due;                /* assessed occurrences of the plan. Default 0. */
  int32_t done;                           /* of those, done on time. Default 0. */
  int32_t done_late;                      /* of those, done late. Default 0. */
  size_t family_count;                    /* Default 0. */
  const char *const *family_questions;    /* Default NULL. */
  const char *const *families;            /* Default NULL. */
  size_t per_year_count;                  /* Default 0. */
  const char *const *per_year_questions;  /* Default NULL. */
  const int32_t *per_year;                /* Default NULL. */
} zi_lke_execution_summary;

#define ZI_LKE_EXECUTION_SUMMARY_VERSION 1
#define ZI_LKE_EXECUTION_SUMMARY_INIT { ZI_LKE_EXECUTION_SUMMARY_VERSION, false, { 0 }, 0, 0, 0, 0, NULL, NULL, 0, NULL, NULL }

/**
 * Sets *summary to the empty summary of the given struct version. Pass
 * ZI_LKE_EXECUTION_SUMMARY_VERSION.
 * @return ZI_OK; ZI_EINVALID if summary is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *summary. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_execution_summary_init(zi_lke_execution_summary *summary, uint32_t version) ZI_NOEXCEPT;

/** Options for zi_lke_suggest and zi_lke_suggest_from_report. Fields are only ever appended. */
typedef struct zi_lke_suggest_options {
  uint32_t version;         /* ZI_LKE_SUGGEST_OPTIONS_VERSION */
  bool count_late_as_done;  /* count occurrences done late as carried out "sesuai dengan
                               rencana". Default false. */
} zi_lke_suggest_options;

#define ZI_LKE_SUGGEST_OPTIONS_VERSION 1
#define ZI_LKE_SUGGEST_OPTIONS_INIT { ZI_LKE_SUGGEST_OPTIONS_VERSION, false }

/**
 * Sets *opts to the defaults of the given struct version. Pass ZI_LKE_SUGGEST_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_suggest_options_init(zi_lke_suggest_options *opts, uint32_t version) ZI_NOEXCEPT;

/**
 * Suggested answers for the LKE items that plan execution decides (P.MP.iii.a, R.MP.ii.a,
 * P.SDM.iv.c, P.PP.iv.a; docs/lke.md, "Suggested answers"), in rubric order, each with
 * its rule and an Indonesian reason. Nothing is written into an answer set. opts may be
 * NULL for the defaults.
 * @return ZI_OK (possibly with no suggestions); ZI_EINVALID if out, rubric or summary is
 * NULL, a count > 0 comes with a NULL array or entry, or the summary is inconsistent
 * (negative counts, done + done_late > occurrences_due, an unknown family); ZI_ERANGE if
 * has_as_of and as_of is outside 0001..9999; ZI_EVERSION for a bad version of either
 * struct.
 * @ownership on success *out is owned by the caller (zi_lke_suggestions_free); on failure
 * NULL. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_suggest(zi_lke_suggestions **out, const zi_lke_rubric *rubric, const zi_lke_execution_summary *summary, const zi_lke_suggest_options *opts) ZI_NOEXCEPT;

/**
 * zi_lke_suggest on the execution summary of a compliance report (the C++
 * SummarizePlanExecution, as `zi lke suggest` computes it): as_of is the report's date;
 * occurrences_due, done and done_late count its assessed occurrences; every LKE question
 * that an indicator names gets the indicator's occurrences in the plan year and their
 * schedule family (the most frequent row wins). opts may be NULL for the defaults.
 * @return ZI_OK (possibly with no suggestions, e.g. nothing due yet); ZI_EINVALID if out,
 * rubric or report is NULL; ZI_EVERSION for a bad opts->version.
 * @ownership on success *out is owned by the caller (zi_lke_suggestions_free), independent
 * of the rubric and the report; on failure NULL. @thread-safety any thread (the rubric and
 * the report are only read).
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_suggest_from_report(zi_lke_suggestions **out, const zi_lke_rubric *rubric, const zi_report *report, const zi_lke_suggest_options *opts) ZI_NOEXCEPT;

/** Frees a suggestion list. NULL does nothing. @ownership takes ownership. @thread-safety no other thread may be using it. @since 0.2 @stability stable */
ZI_API void zi_lke_suggestions_free(zi_lke_suggestions *suggestions) ZI_NOEXCEPT;
/** Number of suggestions. @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_suggestions_count(const zi_lke_suggestions *suggestions) ZI_NOEXCEPT;
/** Suggestion index, NULL when out of range. @ownership borrowed from the list. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_suggestion *zi_lke_suggestions_get(const zi_lke_suggestions *suggestions, size_t index) ZI_NOEXCEPT;
/** LKE question id. @ownership borrowed from the list. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_suggestion_question(const zi_lke_suggestion *suggestion) ZI_NOEXCEPT;
/** The suggested option code ("B"). @ownership borrowed from the list. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_suggestion_answer(const zi_lke_suggestion *suggestion) ZI_NOEXCEPT;
/** The rule: "plan_execution_share", "schedule_frequency", "occurrences_per_year". @ownership borrowed from the list. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_suggestion_rule(const zi_lke_suggestion *suggestion) ZI_NOEXCEPT;
/** The reason, Indonesian, starting "Saran:". @ownership borrowed from the list. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_suggestion_reason(const zi_lke_suggestion *suggestion) ZI_NOEXCEPT;

/**
 * Writes the suggestions into the given layer (enum zi_lke_layer) of a copy of the answer
 * set (the C++ ApplyLkeSuggestions; docs/lke.md, "Applying suggestions"): only the suggested
 * questions change; every other answer, the other layer, notes, evidence and metadata are
 * kept. *changed_out (if not NULL) is the number of answers that changed (a suggestion equal
 * to the answer already given changes nothing).
 * @return ZI_OK; ZI_EINVALID if out, answers or suggestions is NULL, layer is unknown, or a
 * suggestion does not fit the answers' rubric (its question is not a choice question of it
 * or the option not one of the question's); nothing is written then.
 * @ownership on success *out is owned by the caller (zi_lke_answers_free), independent of
 * the arguments; on failure NULL. @thread-safety any thread, while no thread modifies answers.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_lke_suggestions_apply(zi_lke_answers **out, size_t *changed_out, const zi_lke_answers *answers, const zi_lke_suggestions *suggestions, int32_t layer) ZI_NOEXCEPT;

/**
 * The suggestions as JSON, the same text as `zi lke suggest --json` when as_of and satker
 * are the report's date and its plan's satker code: as_of, satker and each suggestion's
 * question, answer, rule and reason, in list order.
 * @return ZI_OK; ZI_EINVALID if json_out, suggestions or satker is NULL; ZI_ERANGE if as_of
 * is outside ZI_DATE_MIN_DAYS..ZI_DATE_MAX_DAYS.
 * @ownership satker is only read. On success *json_out is owned by the caller (zi_free) and
 * *len_out (if not NULL) is its length; on failure *json_out is NULL. @thread-safety any
 * thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_lke_suggestions_to_json(char **json_out, size_t *len_out, const zi_lke_suggestions *suggestions, zi_date as_of, const char *satker) ZI_NOEXCEPT;

/* ---- portfolio: many answer sets in one call ------------------------------------------ */

/**
 * Scores count answer sets and checks every predicate of the rubric for each, on up to
 * `threads` threads (<= 0: the hardware concurrency). Each set is evaluated on its own and
 * lands in its own slot: the results are identical for any thread count, and a set that
 * fails (answers that do not fit the rubric) reports its status and message in its slot
 * without affecting the others. opts may be NULL for the defaults.
 * @return ZI_OK (also when some sets failed); ZI_EINVALID if out or rubric is NULL,
 * answers is NULL while count > 0, an entry is NULL (the message gives its index), or an
 * option is invalid; ZI_EVERSION for a bad opts->version.
 * @ownership the answer sets are only read during the call. On success *out is owned by
 * the caller (zi_lke_batch_result_free); on failure NULL. @thread-safety any thread,
 * while no thread modifies the answer sets.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_score_batch(zi_lke_batch_result **out, const zi_lke_rubric *rubric, const zi_lke_answers *const *answers, size_t count, const zi_lke_score_options *opts, int32_t threads) ZI_NOEXCEPT;

/** Frees a batch result and every score and check borrowed from it. NULL does nothing. @ownership takes ownership. @thread-safety no other thread may be using it. @since 0.2 @stability stable */
ZI_API void zi_lke_batch_result_free(zi_lke_batch_result *batch) ZI_NOEXCEPT;
/** Number of slots (the count given to zi_lke_score_batch). @ownership none. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API size_t zi_lke_batch_result_count(const zi_lke_batch_result *batch) ZI_NOEXCEPT;

/**
 * Copies one column of the batch into a caller buffer, in input order: the totals, the
 * pengungkit or the hasil of every set (a failed set's slot is NaN). Writes min(size,
 * count) values and sets *count_out (if not NULL) to the number of slots, so a buffer of
 * zi_lke_batch_result_count() values takes the whole column in one call; a smaller one
 * takes a prefix.
 * @return ZI_OK; ZI_EINVALID if batch is NULL, or buf is NULL while size > 0.
 * @ownership writes buf and *count_out. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_batch_result_totals(double *buf, size_t size, size_t *count_out, const zi_lke_batch_result *batch) ZI_NOEXCEPT;
/** The pengungkit column, as zi_lke_batch_result_totals. @return ZI_OK; ZI_EINVALID as zi_lke_batch_result_totals. @ownership writes buf and *count_out. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API zi_status zi_lke_batch_result_pengungkit(double *buf, size_t size, size_t *count_out, const zi_lke_batch_result *batch) ZI_NOEXCEPT;
/** The hasil column, as zi_lke_batch_result_totals. @return ZI_OK; ZI_EINVALID as zi_lke_batch_result_totals. @ownership writes buf and *count_out. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API zi_status zi_lke_batch_result_hasil(double *buf, size_t size, size_t *count_out, const zi_lke_batch_result *batch) ZI_NOEXCEPT;

/**
 * Copies whether each set passes a predicate ("wbk", "wbbm") into a caller buffer: 1
 * passes, 0 fails or the set failed to score. Buffer contract as
 * zi_lke_batch_result_totals.
 * @return ZI_OK; ZI_EINVALID if batch or predicate is NULL, or buf is NULL while size > 0;
 * ZI_ENOTFOUND if the rubric has no such predicate.
 * @ownership writes buf and *count_out. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_batch_result_passes(uint8_t *buf, size_t size, size_t *count_out, const zi_lke_batch_result *batch, const char *predicate) ZI_NOEXCEPT;

/**
 * Copies each slot's zi_status into a caller buffer: ZI_OK for a set that was scored,
 * else the error it gave (ZI_EINVALID for answers that do not fit). Buffer contract as
 * zi_lke_batch_result_totals.
 * @return ZI_OK; ZI_EINVALID if batch is NULL, or buf is NULL while size > 0.
 * @ownership writes buf and *count_out. @thread-safety any thread.
 * @since 0.2 @stability stable
 */
ZI_API zi_status zi_lke_batch_result_statuses(int32_t *buf, size_t size, size_t *count_out, const zi_lke_batch_result *batch) ZI_NOEXCEPT;

/** The error message of a failed slot (naming each problem's question); NULL for a slot that was scored, an index out of range or a NULL batch. @ownership borrowed from the batch. @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const char *zi_lke_batch_result_error(const zi_lke_batch_result *batch, size_t index) ZI_NOEXCEPT;
/** The score of a slot, equal to what zi_lke_score gives for that set; NULL for a failed slot or an index out of range. @ownership borrowed from the batch (never free it). @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_score_result *zi_lke_batch_result_score(const zi_lke_batch_result *batch, size_t index) ZI_NOEXCEPT;
/** The check of a slot against a predicate ("wbk"); NULL for a failed slot, an index out of range or an unknown predicate. @ownership borrowed from the batch (never free it). @thread-safety any thread. @since 0.2 @stability stable */
ZI_API const zi_lke_check_result *zi_lke_batch_result_check(const zi_lke_batch_result *batch, size_t index, const char *predicate) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: tables and spreadsheets
 *
 * Reading and writing tables (CSV, XLSX): the decree table, evidence and reports as
 * spreadsheets. (issue #11/#12; functions are added below this banner.)
 * ================================================================================== */

/* ---- evidence as people keep it (docs/evidence-format.md) ---------------------------- */

/** Flags of zi_evidence_read_table and zi_evidence_load_table_file. */
enum zi_evidence_read_flag {
  ZI_EVIDENCE_INFER_OCCURRENCE = 1,       /* an empty occurrence is taken from the window holding the date (a note per row) */
  ZI_EVIDENCE_SUMMARIZE_OTHER_SATKER = 2, /* rows of satker outside the scope: one summary per satker, not one rejection per row */
  ZI_EVIDENCE_ALL_THREADS = 4             /* (0.4) the rows are checked on every hardware thread; the result is the same */
};

/**
 * Reads evidence from a spreadsheet: a CSV/TSV text (size bytes, in UTF-8 with or without
 * BOM, UTF-16 with BOM, or Windows-1252 when encoding says so; delimiter sniffed) or an
 * XLSX workbook (by its bytes). Headers are case- and space-insensitive, English or
 * Indonesian (indikator, periode, tanggal, status, jumlah, keterangan, tautan, kode
 * satker, ...); dates ISO, dd/mm/yyyy, dd-mm-yyyy, "15 April 2026" or XLSX serial dates;
 * status words English or Indonesian. encoding: NULL or "auto", "utf-8", "utf-16",
 * "cp1252". delimiter: 0 to sniff, or ',' ';' '\t'. date_order: NULL or "auto" (decided
 * by the file; an ambiguous file is an error), "day-first", "month-first". sheet: NULL
 * for the first sheet of a workbook. flags: enum zi_evidence_read_flag. Every row ends
 * accepted or rejected (zi_evidence_rejected_*), rows of an XLSX named "Sheet!C7".
 * @return ZI_OK; ZI_EINVALID if out or scope is NULL, data is NULL with size > 0, an option
 * is unknown, or the file is refused as a whole (no header, an unknown column, an
 * ambiguous date order, bytes that are not text in the encoding); ZI_ENOMEM past a limit
 * of the table reader (rows, cells, uncompressed size).
 * @ownership on success *out is owned by the caller (zi_evidence_free), independent of
 * scope; on failure NULL. @thread-safety any thread.
 * @since 0.3 @stability experimental
 */
ZI_API zi_status zi_evidence_read_table(zi_evidence **out, const char *data, size_t size, const zi_evidence_scope *scope, const char *encoding, int32_t delimiter, const char *date_order, const char *sheet, uint32_t flags) ZI_NOEXCEPT;

/**
 * zi_evidence_read_table on a file; a path ending in .json is read as evidence JSON (the
 * options other than flags do not apply to it).
 * @return as zi_evidence_read_table; ZI_EIO when the file cannot be read.
 * @ownership on success *out is owned by the caller (zi_evidence_free); on failure NULL.
 * @thread-safety any thread.
 * @since 0.3 @stability experimental
 */
ZI_API zi_status zi_evidence_load_table_file(zi_evidence **out, const char *path, const zi_evidence_scope *scope, const char *encoding, int32_t delimiter, const char *date_order, const char *sheet, uint32_t flags) ZI_NOEXCEPT;

/**
 * Records the window [start, end] of occurrence index (1-based) of an indicator added with
 * zi_evidence_scope_add, for ZI_EVIDENCE_INFER_OCCURRENCE (zi_evidence_scope_for_plan
 * records every window itself).
 * @return ZI_OK; ZI_EINVALID for a NULL argument; ZI_ENOTFOUND for an indicator not in the
 * scope; ZI_ERANGE for an index outside 1..occurrences or a date out of range.
 * @ownership copies the strings. @thread-safety not with any other use of scope.
 * @since 0.3 @stability experimental
 */
ZI_API zi_status zi_evidence_scope_add_window(zi_evidence_scope *scope, const char *satker, const char *indicator, int32_t index, zi_date start, zi_date end) ZI_NOEXCEPT;

/** Notes on accepted rows (an occurrence inferred from the date), in row order; 0 if evidence is NULL. @ownership none. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API size_t zi_evidence_note_count(const zi_evidence *evidence) ZI_NOEXCEPT;
/** The line (XLSX: row) of note index; 0 if out of range. @ownership none. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API int32_t zi_evidence_note_line(const zi_evidence *evidence, size_t index) ZI_NOEXCEPT;
/** Where note index is ("line 7", "Bukti!7"); NULL if out of range. @ownership borrowed from evidence. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API const char *zi_evidence_note_where(const zi_evidence *evidence, size_t index) ZI_NOEXCEPT;
/** The text of note index; NULL if out of range. @ownership borrowed from evidence. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API const char *zi_evidence_note_message(const zi_evidence *evidence, size_t index) ZI_NOEXCEPT;
/** Satker outside the scope whose rows were summarised (ZI_EVIDENCE_SUMMARIZE_OTHER_SATKER), in order of first appearance. @ownership none. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API size_t zi_evidence_other_satker_count(const zi_evidence *evidence) ZI_NOEXCEPT;
/** The code of other satker index; NULL if out of range. @ownership borrowed from evidence. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API const char *zi_evidence_other_satker_code(const zi_evidence *evidence, size_t index) ZI_NOEXCEPT;
/** How many rows other satker index has; 0 if out of range. @ownership none. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API int32_t zi_evidence_other_satker_rows(const zi_evidence *evidence, size_t index) ZI_NOEXCEPT;
/** Rows of a filled-in evidence template left unfilled. @ownership none. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API size_t zi_evidence_unfilled_count(const zi_evidence *evidence) ZI_NOEXCEPT;
/** The line (XLSX: row) of unfilled row index; 0 if out of range. @ownership none. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API int32_t zi_evidence_unfilled_line(const zi_evidence *evidence, size_t index) ZI_NOEXCEPT;

/* ---- every report as a table (docs/report-tables.md) --------------------------------
 *
 * Each function writes one report as `zi ... --format csv|xlsx` does: format is "csv"
 * (one sheet: `sheet` names it, case-insensitive, NULL for the report's primary sheet;
 * UTF-8, comma, CRLF) or "xlsx" (every sheet; sheet must be NULL). The bytes of an XLSX
 * hold NUL bytes: pass len_out. Common returns: ZI_OK; ZI_EINVALID for a NULL argument,
 * an unknown format, a sheet with xlsx, or xlsx without len_out; ZI_ENOTFOUND for an
 * unknown sheet. @ownership on success *bytes_out is owned by the caller (zi_free) and
 * *len_out its length; on failure *bytes_out is NULL.
 */

/** zi score: Ringkasan, Komponen, Indikator (primary), Keluaran. calendar NULL for the report's; opts NULL for the defaults (the agenda counts). @return see above; ZI_EVERSION for a bad opts->version. @ownership see above. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API zi_status zi_tables_score(char **bytes_out, size_t *len_out, const zi_report *report, const zi_calendar *calendar, const zi_agenda_options *opts, const char *format, const char *sheet) ZI_NOEXCEPT;
/** zi agenda: Ringkasan, Agenda (primary). calendar and opts as zi_tables_score. @return see above. @ownership see above. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API zi_status zi_tables_agenda(char **bytes_out, size_t *len_out, const zi_report *report, const zi_calendar *calendar, const zi_agenda_options *opts, const char *format, const char *sheet) ZI_NOEXCEPT;
/** zi explain: Ringkasan, Rincian, Keluaran, Bukti for node id ("plan" or a node id). @return see above; ZI_ENOTFOUND for an unknown id. @ownership see above. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API zi_status zi_tables_explain(char **bytes_out, size_t *len_out, const zi_report *report, const char *id, const char *format, const char *sheet) ZI_NOEXCEPT;
/** zi portfolio: Peringkat (primary), Rekap per induk; scores from zi_portfolio_score on portfolio. @return see above. @ownership see above. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API zi_status zi_tables_portfolio(char **bytes_out, size_t *len_out, const zi_portfolio *portfolio, const zi_portfolio_scores *scores, double threshold, const char *format, const char *sheet) ZI_NOEXCEPT;
/** zi evidence check: Ringkasan, Diterima, Ditolak (primary), Catatan. source names the file (NULL: ""). @return see above. @ownership see above. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API zi_status zi_tables_evidence(char **bytes_out, size_t *len_out, const zi_evidence *evidence, const char *source, const char *format, const char *sheet) ZI_NOEXCEPT;
/** zi evidence template: one row per deliverable of plan with the columns to fill; calendar NULL for the plan's own. The filled-in file reads back with zi_evidence_read_table. @return see above; ZI_ENOTFOUND when the plan has no embedded calendar and calendar is NULL. @ownership see above. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API zi_status zi_tables_evidence_template(char **bytes_out, size_t *len_out, const zi_plan *plan, const zi_calendar *calendar, const char *format) ZI_NOEXCEPT;
/** zi lke score: Ringkasan, Area (primary), Subarea, Hasil. @return see above. @ownership see above. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API zi_status zi_tables_lke_score(char **bytes_out, size_t *len_out, const zi_lke_score_result *score, const char *format, const char *sheet) ZI_NOEXCEPT;
/** zi lke check: Ringkasan, Kriteria (primary). @return see above. @ownership see above. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API zi_status zi_tables_lke_check(char **bytes_out, size_t *len_out, const zi_lke_check_result *result, const char *format, const char *sheet) ZI_NOEXCEPT;
/** zi lke whatif: Ringkasan, Langkah (primary), Perubahan. @return see above. @ownership see above. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API zi_status zi_tables_lke_whatif(char **bytes_out, size_t *len_out, const zi_lke_whatif_result *result, const char *format, const char *sheet) ZI_NOEXCEPT;
/** zi lke suggest: Saran; rubric (may be NULL) gives the question texts; satker may be NULL. @return see above; ZI_ERANGE for as_of out of range. @ownership see above. @thread-safety any thread. @since 0.3 @stability experimental */
ZI_API zi_status zi_tables_lke_suggestions(char **bytes_out, size_t *len_out, const zi_lke_suggestions *suggestions, const zi_lke_rubric *rubric, zi_date as_of, const char *satker, const char *format, const char *sheet) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: plan import, export and diff
 *
 * The decree's Rencana Aksi table to a plan and back, and the differences between two
 * plans.
 * ================================================================================== */

/* ---- plan import from the decree's annex (docs/decree-import.md) */

/**
 * Imports a satker's Rencana Aksi decree annex: the PDF converter's text (preamble and
 * tab-separated annex), CSV/TSV or XLSX. Every resolved or inferred value carries a note;
 * the import report (format "zi.decree-import-report/1": the notes, every row that could not
 * be placed with its line or cell, the lint findings) is given as JSON when report_json is
 * not NULL.
 * source names the input in messages (NULL: "<input>"). format: NULL or "auto", "text",
 * "csv", "xlsx". encoding (text and CSV): NULL or "auto", "utf-8", "utf-16", "cp1252".
 * sheet (XLSX): NULL or "" for the first. satker_code: NULL or "" to take the satker from
 * the decree's name, else a registry code that overrides it. year: 0 to take it from the
 * decree (NOMOR ... TAHUN ...), else 1..9999 to override it.
 * @return ZI_OK; ZI_EINVALID if out is NULL, data is NULL with size > 0, a format,
 * encoding or year is not understood, or the input cannot be read as a decree (no header
 * row, missing columns, a binary file, invalid text, a satker name that matches none or
 * several: the message names where and why); ZI_ENOMEM past a size limit.
 * @ownership on success *out is a new plan owned by the caller (zi_plan_free) and, when
 * report_json is not NULL, *report_json a string owned by the caller (zi_free) of
 * *report_len bytes (report_len may be NULL). On failure *out and *report_json are NULL.
 * @thread-safety any thread.
 * @since 0.3 @stability experimental
 */
ZI_API zi_status zi_plan_import_buffer(zi_plan **out, char **report_json, size_t *report_len, const char *data, size_t size, const char *source, const char *format, const char *encoding, const char *sheet, const char *satker_code, int32_t year) ZI_NOEXCEPT;

/**
 * zi_plan_import_buffer on the bytes of a file, named by its path in messages.
 * @return as zi_plan_import_buffer; ZI_EINVALID if path is NULL; ZI_EIO if the file cannot
 * be opened or read.
 * @ownership as zi_plan_import_buffer. @thread-safety any thread.
 * @since 0.3 @stability experimental
 */
ZI_API zi_status zi_plan_import_file(zi_plan **out, char **report_json, size_t *report_len, const char *path, const char *format, const char *encoding, const char *sheet, const char *satker_code, int32_t year) ZI_NOEXCEPT;

/* ---- plan export as the decree table, template, diff (docs/plan-table.md, plan-diff.md) */

/** Decree table formats. */
enum zi_plan_table_format {
  ZI_PLAN_TABLE_XLSX = 0,  /* "xlsx": an XLSX workbook with one sheet, "Rencana Aksi" */
  ZI_PLAN_TABLE_CSV = 1    /* "csv": comma-separated, CRLF, UTF-8 with a BOM */
};

/** Flags of zi_plan_export_table and zi_plan_template_table. */
enum zi_plan_table_flag {
  ZI_PLAN_TABLE_NO_HEADING = 1,  /* export: no annex heading (LAMPIRAN KEPUTUSAN ...) above the header */
  ZI_PLAN_TABLE_EXAMPLE_ROW = 2  /* template: one filled-in example row */
};

/**
 * The plan as the decree's 8-column table (NO, KOMPONEN PENGUNGKIT, ... TARGET CAPAIAN):
 * the annex heading, the header, the "(1)".."(8)" row, one row per indicator, the komponen,
 * aspek and kegiatan cells merged over their indicators (docs/plan-table.md). The same
 * bytes as `zi plan export --format xlsx|csv`; the decree importer reads them back.
 * format: enum zi_plan_table_format; flags: ZI_PLAN_TABLE_NO_HEADING or 0.
 * @return ZI_OK; ZI_EINVALID if data_out, len_out or plan is NULL, or format or flags is
 * unknown.
 * @ownership on success *data_out (*len_out bytes; XLSX may contain NUL bytes, and is
 * NUL-terminated like every owned string) is owned by the caller (zi_free). On failure
 * *data_out is NULL.
 * @thread-safety any thread. @since 0.3 @stability experimental
 */
ZI_API zi_status zi_plan_export_table(char **data_out, size_t *len_out, const zi_plan *plan, int32_t format, int32_t flags) ZI_NOEXCEPT;

/**
 * zi_plan_export_table written to path. format -1 takes it from the extension (.xlsx,
 * .csv).
 * @return ZI_OK; ZI_EINVALID if plan or path is NULL, or the format is unknown or cannot be
 * told from the path; ZI_EIO if the file cannot be written (the message names it).
 * @ownership none. @thread-safety any thread. @since 0.3 @stability experimental
 */
ZI_API zi_status zi_plan_export_table_file(const zi_plan *plan, const char *path, int32_t format, int32_t flags) ZI_NOEXCEPT;

/**
 * The empty decree table a satker fills in: the header and the "(1)".."(8)" row, plus one
 * example row with ZI_PLAN_TABLE_EXAMPLE_ROW. The bytes of `zi plan template`.
 * @return ZI_OK; ZI_EINVALID if data_out or len_out is NULL, or format or flags is unknown.
 * @ownership as zi_plan_export_table. @thread-safety any thread.
 * @since 0.3 @stability experimental
 */
ZI_API zi_status zi_plan_template_table(char **data_out, size_t *len_out, int32_t format, int32_t flags) ZI_NOEXCEPT;

/** How zi_plan_diff compares notes. */
enum zi_note_comparison {
  ZI_NOTES_IGNORE = 0,  /* "ignore": notes are not compared */
  ZI_NOTES_KINDS = 1,   /* "kinds": the same (field, kind) pairs on each node, any wording */
  ZI_NOTES_FULL = 2     /* "full": field, kind and text */
};

/** Flags of zi_plan_diff. */
enum zi_plan_diff_flag {
  ZI_PLAN_DIFF_SOURCE_CELLS = 1,  /* also compare the decree cells kept with damaged rows */
  ZI_PLAN_DIFF_TEXT = 2           /* the Indonesian text of `zi plan diff`, not its JSON */
};

/**
 * What differs from plan a to plan b: nodes added, removed, moved (another parent or
 * another id) and every changed value, matched by id and text (docs/plan-diff.md). The
 * output is the JSON of `zi plan diff --json` ({"format": "zi.plan-diff/1", "equal",
 * "counts", "changes": [...]}) or, with ZI_PLAN_DIFF_TEXT, its text. name_a and name_b
 * label the plans (NULL for "A" and "B"). notes: enum zi_note_comparison.
 * *count_out (if not NULL) is the number of changes: 0 when the plans are the same.
 * @return ZI_OK (also when they differ); ZI_EINVALID if out, a or b is NULL, or notes or
 * flags is unknown.
 * @ownership *out is owned by the caller (zi_free); *len_out (if not NULL) its length.
 * @thread-safety any thread. @since 0.3 @stability experimental
 */
ZI_API zi_status zi_plan_diff(char **out, size_t *len_out, size_t *count_out, const zi_plan *a, const zi_plan *b, const char *name_a, const char *name_b, int32_t notes, int32_t flags) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: HTML report, reminders and calendar import
 *
 * A self-contained HTML report for one satker or a portfolio, the reminders due on a
 * date, and calendar files built from a CSV of dates.
 * ================================================================================== */

/** Options of the HTML reports. Fields are only ever appended. */
typedef struct zi_report_html_options {
  uint32_t version;               /* ZI_REPORT_HTML_OPTIONS_VERSION */
  double threshold;               /* plan score threshold, 0..100. Default 75. */
  int32_t due_soon_working_days;  /* satker report: "due soon" window, 0..366. Default 10. */
  int32_t ranking_rows;           /* portfolio report: ranking rows, >= 0 (0 = all). Default 0. */
} zi_report_html_options;

#define ZI_REPORT_HTML_OPTIONS_VERSION 1
#define ZI_REPORT_HTML_OPTIONS_INIT { ZI_REPORT_HTML_OPTIONS_VERSION, 75.0, 10, 0 }

/**
 * Sets *opts to the defaults of the given struct version. Pass ZI_REPORT_HTML_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_report_html_options_init(zi_report_html_options *opts, uint32_t version) ZI_NOEXCEPT;

/**
 * The HTML report of one satker (`zi report`): one self-contained UTF-8 HTML file
 * (docs/report.md) of a compliance report, on the calendar it was scored on, with the LKE
 * areas and WBK/WBBM criteria when lke_answers is not NULL (scored on their rubric).
 * opts may be NULL for the defaults.
 * @return ZI_OK; ZI_EINVALID if html_out or report is NULL, an option is out of range, or
 * the LKE answers cannot be scored (the message says why); ZI_EVERSION for a bad version.
 * @ownership on success *html_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *html_out is NULL. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_report_to_html(char **html_out, size_t *len_out, const zi_report *report, const zi_lke_answers *lke_answers, const zi_report_html_options *opts) ZI_NOEXCEPT;

/**
 * The same HTML written to a file (created or replaced).
 * @return as zi_report_to_html; ZI_EINVALID if path is NULL; ZI_EIO if the file cannot be
 * written. @ownership none. @thread-safety any thread (distinct paths).
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_report_save_html(const char *path, const zi_report *report, const zi_lke_answers *lke_answers, const zi_report_html_options *opts) ZI_NOEXCEPT;

/**
 * The HTML report of a portfolio (`zi report --portfolio`): ranking, per-parent chart,
 * score distribution and the satker below opts->threshold, from scores of that portfolio.
 * @return ZI_OK; ZI_EINVALID if html_out, portfolio or scores is NULL, an option is out of
 * range, or scores has another number of plans; ZI_EVERSION for a bad version.
 * @ownership on success *html_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *html_out is NULL. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_portfolio_to_html(char **html_out, size_t *len_out, const zi_portfolio *portfolio, const zi_portfolio_scores *scores, const zi_report_html_options *opts) ZI_NOEXCEPT;

/**
 * The same HTML written to a file (created or replaced).
 * @return as zi_portfolio_to_html; ZI_EINVALID if path is NULL; ZI_EIO if the file cannot
 * be written. @ownership none. @thread-safety any thread (distinct paths).
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_portfolio_save_html(const char *path, const zi_portfolio *portfolio, const zi_portfolio_scores *scores, const zi_report_html_options *opts) ZI_NOEXCEPT;

/** Options of reminders and of iCalendar alarms (docs/reminders.md). Fields are only ever appended. */
typedef struct zi_reminder_options {
  uint32_t version;                        /* ZI_REMINDER_OPTIONS_VERSION */
  const int32_t *lead_working_days;        /* H-n lead times, each 1..250; NULL: 10, 5, 1. Only read during the call. */
  size_t lead_count;                       /* entries of lead_working_days */
  const int32_t *escalation_working_days;  /* H+n escalations, each 1..250; NULL: 3, 7. */
  size_t escalation_count;                 /* entries of escalation_working_days */
  bool events;                             /* iCalendar only: all-day VEVENTs on the due dates instead of VTODOs. Default false. */
} zi_reminder_options;

#define ZI_REMINDER_OPTIONS_VERSION 1
#define ZI_REMINDER_OPTIONS_INIT { ZI_REMINDER_OPTIONS_VERSION, NULL, 0, NULL, 0, false }

/**
 * Sets *opts to the defaults of the given struct version. Pass ZI_REMINDER_OPTIONS_VERSION.
 * @return ZI_OK; ZI_EINVALID if opts is NULL; ZI_EVERSION if version is 0 or too new.
 * @ownership writes *opts. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_reminder_options_init(zi_reminder_options *opts, uint32_t version) ZI_NOEXCEPT;

/**
 * The reminders due on the report's as-of date (H-n, H, H+n; docs/reminders.md) as the
 * JSON of `zi remind --json` (format "zi.reminders/1"), on the report's calendar and
 * scoring policy. opts may be NULL for the defaults.
 * @return ZI_OK; ZI_EINVALID if json_out or report is NULL or a lead time is out of range;
 * ZI_EVERSION for a bad version.
 * @ownership on success *json_out is owned by the caller (zi_free) and *len_out (if not
 * NULL) is its length; on failure *json_out is NULL. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_report_reminders_json(char **json_out, size_t *len_out, const zi_report *report, const zi_reminder_options *opts) ZI_NOEXCEPT;

/**
 * The reminders of several plans with one evidence set (NULL: none) as JSON. The day is
 * `date` for every satker, or, when unix_seconds is not NULL, each satker's own date at
 * that instant in its time zone (WIB, WITA, WIT). calendar NULL: each plan's embedded
 * calendar.
 * @return ZI_OK; ZI_EINVALID if json_out or plans is NULL, a plan is NULL or a lead time
 * is out of range; ZI_ENOTFOUND if a plan's calendar is not embedded; ZI_EVERSION.
 * @ownership on success *json_out is owned by the caller (zi_free); the inputs are only
 * read during the call. @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_reminders_json(char **json_out, size_t *len_out, const zi_plan *const *plans, size_t plan_count, const zi_evidence *evidence, zi_date date, const int64_t *unix_seconds, const zi_calendar *calendar, const zi_reminder_options *opts) ZI_NOEXCEPT;

/**
 * zi_plan_to_ical with VALARMs at the lead times (n working days before the due date,
 * 09:00 local time, and on the due day) and escalations, and with VEVENTs instead of
 * VTODOs when reminders->events. The VTODO/VEVENT text is escaped (RFC 5545), so no id
 * or text can add a line, property or component. reminders NULL: the defaults.
 * @return as zi_plan_to_ical; ZI_EINVALID for a lead time out of 0..250.
 * @ownership on success *ics_out is owned by the caller (zi_free). @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_plan_to_ical_alarms(char **ics_out, size_t *len_out, const zi_plan *plan, const zi_calendar *calendar, const zi_ical_options *opts, const zi_reminder_options *reminders) ZI_NOEXCEPT;

/**
 * zi_report_to_ical with the alarms and events of reminders (on the report's calendar);
 * deliverables already done get no alarm.
 * @return as zi_report_to_ical; ZI_EINVALID for a lead time out of 0..250.
 * @ownership on success *ics_out is owned by the caller (zi_free). @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_report_to_ical_alarms(char **ics_out, size_t *len_out, const zi_report *report, const zi_ical_options *opts, const zi_reminder_options *reminders) ZI_NOEXCEPT;

/**
 * A calendar from a table of date, kind and name (`zi calendar import`; CSV, TSV or
 * XLSX bytes; docs/calendar-format.md, "Importing from a table"). name NULL or empty:
 * "ID-<first year>"; source_name names the input in messages; status is an enum
 * zi_calendar_status. Write it with zi_calendar_to_json.
 * @return ZI_OK; ZI_EINVALID if out or data is NULL, for an unknown status, or for bad
 * rows (the message lists each by line and why).
 * @ownership on success *out is owned by the caller (zi_calendar_free); on failure NULL.
 * @thread-safety any thread.
 * @since 0.3 @stability stable
 */
ZI_API zi_status zi_calendar_import_table(zi_calendar **out, const char *data, size_t size, const char *source_name, const char *name, int32_t status) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: LKE workbook
 *
 * The LKE worksheet of PermenPANRB 90/2021 Lampiran III as an XLSX workbook, read into an
 * answer set and written from one.
 * ================================================================================== */

/* Flags of zi_lke_workbook_export. */
enum zi_lke_workbook_flag {
  ZI_LKE_WORKBOOK_CORRECT_DEFECTS = 1  /* write the corrected J8 and L175 (docs/lke-workbook.md) */
};

/**
 * Reads the unit's answers, counts, survey indexes, notes (column O) and evidence (P, Q)
 * from sheet "LKE ZI" of an LKE workbook (size bytes of XLSX), by position and checked
 * against the item texts. layout_json (layout_len bytes, zi.lke-workbook-layout/1) gives
 * the row layout; NULL for the embedded PermenPANRB 90/2021 layout. source names the file
 * in messages (NULL for "<input>").
 * Problems in cells are findings, not failures: *report_out is the JSON report
 * {ok, findings[{severity, code, where: "LKE ZI!K12", field, message}], values[{cell, kind,
 * id, workbook, error?, libzi, differs}], answers}; *error_count_out (if not NULL) the
 * number of error findings (a wrong option, text in a number cell, ...; those answers are
 * left out of the set).
 * @return ZI_OK; ZI_EINVALID if an argument is NULL (data may be NULL only when size is 0),
 * the bytes are not an XLSX workbook, the sheet is missing (the message lists the sheets)
 * or the layout is invalid or for another rubric.
 * @ownership data and layout_json are only read during the call. On success
 * *answers_out is owned by the caller (zi_lke_answers_free) and *report_out too (zi_free),
 * *report_len_out (if not NULL) its length; on failure both are NULL.
 * @thread-safety any thread. @since 0.3 @stability experimental
 */
ZI_API zi_status zi_lke_workbook_import(zi_lke_answers **answers_out, char **report_out, size_t *report_len_out, size_t *error_count_out, const zi_lke_rubric *rubric, const char *data, size_t size, const char *layout_json, size_t layout_len, const char *source) ZI_NOEXCEPT;

/**
 * Writes the unit layer of an answer set into the LKE workbook layout (sheets Utama,
 * Ctt Eval, LKE ZI), with formulas computing every value, sub-area and total; their cached
 * results are what the formulas compute. flags: ZI_LKE_WORKBOOK_CORRECT_DEFECTS or 0 (the
 * circulated defects are written, each reported). layout_json as for
 * zi_lke_workbook_import (NULL: the embedded layout).
 * *report_out is the JSON report {ok, findings, values}: the defects, and each cell whose
 * formula will not show libzi's value (a blank answer skipped by AVERAGE, #DIV/0!), with why.
 * @return ZI_OK; ZI_EINVALID if an argument is NULL, the answers do not fit the rubric
 * (as zi_lke_score) or the layout is invalid; ZI_EIO if the workbook cannot be written.
 * @ownership on success *xlsx_out (xlsx_len_out bytes, may contain NUL bytes) and
 * *report_out are owned by the caller (zi_free); report_len_out may be NULL. On failure
 * both are NULL. @thread-safety any thread, while no thread modifies answers.
 * @since 0.3 @stability experimental
 */
ZI_API zi_status zi_lke_workbook_export(char **xlsx_out, size_t *xlsx_len_out, char **report_out, size_t *report_len_out, const zi_lke_answers *answers, const char *layout_json, size_t layout_len, int32_t flags) ZI_NOEXCEPT;

/* ==================================================================================
 * MODULE: satker registry
 *
 * The registry of KPU satker: look a code or a name up.
 * ================================================================================== */

/**
 * The registry entry (ZI_REGISTRY_KPU) with this code, e.g. "KPU-7203", compared without
 * regard to case and surrounding spaces (docs/satker.md, "Finding a satker"); NULL when no
 * entry has it or code is NULL.
 * @ownership static storage (read it with zi_satker_code, ...). @thread-safety any thread.
 * @since 0.3 @stability experimental
 */
ZI_API const zi_satker *zi_satker_find_code(const char *code) ZI_NOEXCEPT;

/**
 * The registry entries whose name matches name as a decree writes it ("Komisi Pemilihan
 * Umum Kabupaten Donggala", "KPU Kab. Donggala"): the exact matches when there are any,
 * else every entry holding all the words given, in registry order (docs/satker.md).
 * Writes the first min(count, capacity) entries to out[] and the number of candidates to
 * *count_out; call with capacity 0 (out may then be NULL) to learn the count.
 * @return ZI_OK (also for no candidate: *count_out is 0); ZI_EINVALID if count_out or name
 * is NULL, or out is NULL while capacity > 0.
 * @ownership the entries are static storage. @thread-safety any thread.
 * @since 0.3 @stability experimental
 */
ZI_API zi_status zi_satker_find_name(size_t *count_out, const zi_satker **out, size_t capacity, const char *name) ZI_NOEXCEPT;

/**
 * What `zi satker find QUERY --json` prints: the entries for a code, a bare BPS number
 * ("7203") or a name, as JSON {"format": "zi.satker-list/1", "query", "count", "satker":
 * [{"code", "name", "level", "parent", "time_zone"}]}. *count_out (if not NULL) is the
 * number of entries.
 * @return ZI_OK (also when none matches); ZI_EINVALID if json_out or query is NULL.
 * @ownership *json_out is owned by the caller (zi_free); *len_out (if not NULL) its length.
 * @thread-safety any thread. @since 0.3 @stability experimental
 */
ZI_API zi_status zi_satker_find_json(char **json_out, size_t *len_out, size_t *count_out, const char *query) ZI_NOEXCEPT;

/**
 * What `zi satker list --json` prints: the registry's entries of one level (enum
 * zi_satker_level; -1 for every level) under one parent (its code, case-insensitive; NULL
 * or "" for any), in registry order, in the JSON of zi_satker_find_json ("query" null).
 * @return ZI_OK; ZI_EINVALID if json_out is NULL or level is not -1 or a zi_satker_level;
 * ZI_ENOTFOUND if parent is not a registry code.
 * @ownership *json_out is owned by the caller (zi_free); *len_out (if not NULL) its length.
 * @thread-safety any thread. @since 0.3 @stability experimental
 */
ZI_API zi_status zi_satker_list_json(char **json_out, size_t *len_out, int32_t level, const char *parent) ZI_NOEXCEPT;

ZI_END_DECL

#endif /* ZI_H */
