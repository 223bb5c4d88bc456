/*
 * zi.h: the stable C ABI of libzi (libzi_c.so, CMake target zi::capi, pkg-config zi_c).
 *
 * libzi models a KPU satker's Zona Integritas action plan (Rencana Aksi): the tree
 * komponen -> aspek -> kegiatan -> indikator, its lint, and its JSON form (zi.plan/1).
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
 *  - Enumerations cross the ABI as int32_t with pinned values (the enums name them).
 *  - Dates are zi_date: days since 1970-01-01 (proleptic Gregorian, no time zone).
 *
 * The header is plain C99, includes only <stdint.h>, <stddef.h> and <stdbool.h>, and
 * every function is declared on one line starting with ZI_API. Defining ZI_CDEF before
 * including it (or running `cc -E -P -DZI_CDEF zi.h`) removes the attributes and the
 * system includes, which leaves text that FFI declaration parsers (cffi's cdef) accept.
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
#define ZI_VERSION_MINOR 1
#define ZI_VERSION_PATCH 0
#define ZI_VERSION_NUMBER (ZI_VERSION_MAJOR * 10000 + ZI_VERSION_MINOR * 100 + ZI_VERSION_PATCH)
#define ZI_VERSION_STRING "0.1.0"
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
  ZI_EUSER = -8       /* reserved: a user callback asked to stop */
};

/**
 * A short static description of a status code ("ok", "invalid argument or input", ...);
 * "unknown status" for a value that is not a zi_status_code.
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
 * MODULE: enumerations
 *
 * The enums only name the constants: values cross the ABI as int32_t, are pinned and
 * are never renumbered (there are no _COUNT/_LAST sentinels; new values may be added).
 * The *_str functions return static text (the spelling used in the zi.plan/1 JSON
 * format) or NULL for a value outside the list. Getters that return one of these
 * return -1 when their object argument is NULL.
 * ================================================================================== */

/** Severity of a lint diagnostic. */
enum zi_severity {
  ZI_SEVERITY_ERROR = 0,    /* "error": the plan is not usable */
  ZI_SEVERITY_WARNING = 1,  /* "warning": a data-quality problem */
  ZI_SEVERITY_INFO = 2      /* "info" */
};

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
 * Static names of the enumeration values above, e.g. zi_severity_str(ZI_SEVERITY_ERROR)
 * is "error", zi_time_zone_str(ZI_TIME_ZONE_WITA) is "WITA"; NULL for an unknown value.
 * @ownership static storage; never free it. @thread-safety any thread.
 * @since 0.1 @stability stable
 */
ZI_API const char *zi_severity_str(int32_t severity) ZI_NOEXCEPT;
/** @see zi_severity_str. @since 0.1 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_note_kind_str(int32_t kind) ZI_NOEXCEPT;
/** @see zi_severity_str. @since 0.1 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_satker_level_str(int32_t level) ZI_NOEXCEPT;
/** @see zi_severity_str. @since 0.1 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_time_zone_str(int32_t time_zone) ZI_NOEXCEPT;
/** @see zi_severity_str. @since 0.1 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_due_offset_str(int32_t offset) ZI_NOEXCEPT;
/** @see zi_severity_str. @since 0.1 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_convention_str(int32_t convention) ZI_NOEXCEPT;
/** @see zi_severity_str. @since 0.1 @stability stable @ownership static. @thread-safety any thread. */
ZI_API const char *zi_source_column_str(int32_t column) ZI_NOEXCEPT;

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

/* ==================================================================================
 * MODULE: lint
 *
 * zi_plan_lint returns a zi_diagnostics: a result handle that owns copies of its
 * diagnostics, so it may outlive the plan. It is immutable; any thread may read it.
 * ================================================================================== */

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

ZI_END_DECL

#endif /* ZI_H */
