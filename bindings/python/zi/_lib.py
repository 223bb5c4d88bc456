"""Loading libzi_c and declaring its functions (ctypes).

The library is found, in this order, at
  1. the path in the ZI_LIBRARY environment variable;
  2. libzi_c.so.<ABI> / libzi_c.so next to this file (a package that ships the library);
  3. ctypes.util.find_library("zi_c") (an installed libzi_c, e.g. /usr/local/lib).

Right after loading, zi_version_number() is called as the sentinel: a library without it
is not libzi_c. Then the ABI version must equal ABI_VERSION (the binding was written for
that ABI) and the library must be at least MIN_VERSION (it has every function below).
Any failure is an ImportError that says which file was tried and why.

FUNCTIONS is the one table of restype/argtypes for every exported function. Its lines
follow from the declarations in zi.h: scripts/capi_surface.py --write prints the ones
missing, and the tests (capi.surface, tests/test_table.py) check it against zi.h and
capi/zi.symbols. Owned strings
come back through `char **` parameters declared as POINTER(c_void_p), so that the pointer
survives for zi_free (a c_char_p would be turned into bytes and leaked).
"""

import ctypes
import ctypes.util
import os
import sys
from ctypes import (POINTER, Structure, c_bool, c_char_p, c_double, c_int32, c_int64, c_size_t,
                    c_uint8, c_uint32, c_uint64, c_void_p)

ABI_VERSION = 0
MIN_VERSION = 500  # 0.5.0, as MAJOR*10000 + MINOR*100 + PATCH

# Option struct versions this binding fills in (ZI_*_OPTIONS_VERSION of zi.h 0.1).
PLAN_LOAD_OPTIONS_VERSION = 1
LINT_OPTIONS_VERSION = 1
# ... and of the deadline, scoring and portfolio modules (zi.h 0.2).
CALENDAR_OPTIONS_VERSION = 1
DUE_POLICY_OPTIONS_VERSION = 1
SCORING_POLICY_VERSION = 1
AGENDA_OPTIONS_VERSION = 1
PORTFOLIO_OPTIONS_VERSION = 2
PORTFOLIO_SCORE_OPTIONS_VERSION = 1
ICAL_OPTIONS_VERSION = 1
# ... and of the lke module (zi.h 0.2).
LKE_WRITE_OPTIONS_VERSION = 1
LKE_SCORE_OPTIONS_VERSION = 1
LKE_WHATIF_OPTIONS_VERSION = 2
LKE_EXECUTION_SUMMARY_VERSION = 1
LKE_SUGGEST_OPTIONS_VERSION = 1

# Status codes (enum zi_status_code); pinned by the ABI.
OK = 0
EINVALID = -1
ENOTFOUND = -2
ERANGE = -3
ENOMEM = -4
EVERSION = -5
EIO = -6
EINTERNAL = -7
EUSER = -8

# Pinned enumeration values of zi.h 0.2 that the package passes to libzi.
OCCURRENCE_INDICATOR_INDEX = 0  # enum zi_occurrence_column
OCCURRENCE_INDEX = 1
OCCURRENCE_WINDOW_START = 2
OCCURRENCE_WINDOW_END = 3
OCCURRENCE_DUE = 4
OCCURRENCE_REQUIRED = 5
OCCURRENCE_STATUS = 6
OCCURRENCE_ON_TIME = 7
OCCURRENCE_LATE = 8
OCCURRENCE_ASSESSED = 9
LEVEL_PLAN = 0  # enum zi_report_level
LEVEL_COMPONENT = 1
LEVEL_ASPECT = 2
LEVEL_INDICATOR = 3
REGISTRY_KPU = 0  # enum zi_satker_registry
REGISTRY_SULTENG = 1


# ---- types ------------------------------------------------------------------------------

def _opaque(name):
    """A distinct incomplete struct per handle type, so that ctypes refuses to pass an
    aspect where an indicator is expected (llvmlite's _make_opaque_ref)."""
    return type(name, (Structure,), {})


zi_plan = _opaque("zi_plan")
zi_plan_batch = _opaque("zi_plan_batch")
zi_component = _opaque("zi_component")
zi_aspect = _opaque("zi_aspect")
zi_activity = _opaque("zi_activity")
zi_indicator = _opaque("zi_indicator")
zi_note = _opaque("zi_note")
zi_source = _opaque("zi_source")
zi_satker = _opaque("zi_satker")
zi_decree = _opaque("zi_decree")
zi_due_policy = _opaque("zi_due_policy")
zi_diagnostics = _opaque("zi_diagnostics")
zi_diagnostic = _opaque("zi_diagnostic")
# deadlines, evidence, scoring, portfolio
zi_calendar = _opaque("zi_calendar")
zi_holiday = _opaque("zi_holiday")
zi_schedule = _opaque("zi_schedule")
zi_occurrences = _opaque("zi_occurrences")
zi_evidence = _opaque("zi_evidence")
zi_evidence_scope = _opaque("zi_evidence_scope")
zi_report = _opaque("zi_report")
zi_portfolio = _opaque("zi_portfolio")
zi_portfolio_scores = _opaque("zi_portfolio_scores")


class zi_date(Structure):
    _fields_ = [("days", c_int32)]


class zi_plan_load_options(Structure):
    _fields_ = [("version", c_uint32), ("validate", c_bool)]


class zi_lint_options(Structure):
    _fields_ = [("version", c_uint32), ("structural_only", c_bool)]


class zi_calendar_options(Structure):
    _fields_ = [("version", c_uint32), ("cuti_bersama_is_working_day", c_bool)]


class zi_due_policy_options(Structure):
    _fields_ = [("version", c_uint32), ("offset", c_int32), ("n", c_int32), ("day", c_int32),
                ("convention", c_int32)]


class zi_scoring_policy(Structure):
    _fields_ = [("version", c_uint32), ("late_credit", c_double), ("count_submitted", c_bool)]


class zi_agenda_options(Structure):
    _fields_ = [("version", c_uint32), ("within_working_days", c_int32), ("upcoming_limit", c_int32)]


class zi_portfolio_options(Structure):
    _fields_ = [("version", c_uint32), ("threads", c_int32), ("keep_plans", c_bool)]


class zi_portfolio_score_options(Structure):
    _fields_ = [("version", c_uint32), ("late_credit", c_double), ("count_submitted", c_bool),
                ("threads", c_int32), ("threshold", c_double)]


class zi_ical_options(Structure):
    _fields_ = [("version", c_uint32), ("uid_domain", c_char_p)]


class zi_report_html_options(Structure):
    _fields_ = [("version", c_uint32), ("threshold", c_double), ("due_soon_working_days", c_int32),
                ("ranking_rows", c_int32)]


class zi_reminder_options(Structure):
    _fields_ = [("version", c_uint32), ("lead_working_days", POINTER(c_int32)), ("lead_count", c_size_t),
                ("escalation_working_days", POINTER(c_int32)), ("escalation_count", c_size_t),
                ("events", c_bool)]


# lke: the rubric and its children, answer sets, results.
zi_lke_rubric = _opaque("zi_lke_rubric")
zi_lke_area = _opaque("zi_lke_area")
zi_lke_subarea = _opaque("zi_lke_subarea")
zi_lke_question = _opaque("zi_lke_question")
zi_lke_option = _opaque("zi_lke_option")
zi_lke_ratio = _opaque("zi_lke_ratio")
zi_lke_hasil_item = _opaque("zi_lke_hasil_item")
zi_lke_predicate = _opaque("zi_lke_predicate")
zi_lke_criterion = _opaque("zi_lke_criterion")
zi_lke_answers = _opaque("zi_lke_answers")
zi_lke_score_result = _opaque("zi_lke_score_result")
zi_lke_area_score = _opaque("zi_lke_area_score")
zi_lke_subarea_score = _opaque("zi_lke_subarea_score")
zi_lke_item_score = _opaque("zi_lke_item_score")
zi_lke_hasil_score = _opaque("zi_lke_hasil_score")
zi_lke_hasil_group_score = _opaque("zi_lke_hasil_group_score")
zi_lke_check_result = _opaque("zi_lke_check_result")
zi_lke_criterion_result = _opaque("zi_lke_criterion_result")
zi_lke_whatif_result = _opaque("zi_lke_whatif_result")
zi_lke_whatif_step = _opaque("zi_lke_whatif_step")
zi_lke_suggestions = _opaque("zi_lke_suggestions")
zi_lke_suggestion = _opaque("zi_lke_suggestion")
zi_lke_batch_result = _opaque("zi_lke_batch_result")


class zi_lke_write_options(Structure):
    _fields_ = [("version", c_uint32), ("format", c_int32), ("include_unanswered", c_bool),
                ("guidance", c_bool)]


class zi_lke_score_options(Structure):
    _fields_ = [("version", c_uint32), ("layer", c_int32), ("zero_denominator", c_int32),
                ("ratio_alternative_count", c_size_t), ("ratio_ids", POINTER(c_char_p)),
                ("alternative_ids", POINTER(c_char_p))]


class zi_lke_whatif_options(Structure):
    _fields_ = [("version", c_uint32), ("max_steps", c_int32),
                # version 2
                ("locked_count", c_size_t), ("locked", POINTER(c_char_p)), ("include_external", c_bool)]


class zi_lke_execution_summary(Structure):
    _fields_ = [("version", c_uint32), ("has_as_of", c_bool), ("as_of", zi_date),
                ("occurrences_due", c_int32), ("done", c_int32), ("done_late", c_int32),
                ("family_count", c_size_t), ("family_questions", POINTER(c_char_p)),
                ("families", POINTER(c_char_p)), ("per_year_count", c_size_t),
                ("per_year_questions", POINTER(c_char_p)), ("per_year", POINTER(c_int32))]


class zi_lke_suggest_options(Structure):
    _fields_ = [("version", c_uint32), ("count_late_as_done", c_bool)]


zi_status = c_int32
P = POINTER
# zi_plan_source_fn: (user, index, zi_plan **out) -> zi_status.
zi_plan_source_fn = ctypes.CFUNCTYPE(zi_status, c_void_p, c_size_t, P(P(zi_plan)))

# ---- the table ---------------------------------------------------------------------------
# name: (restype, [argtypes]) -- one line per function of zi.h, in the header's order.
FUNCTIONS = {
    # version
    "zi_version_number": (c_uint32, []),
    "zi_version_string": (c_char_p, []),
    "zi_abi_version": (c_uint32, []),
    # errors and memory
    "zi_status_str": (c_char_p, [zi_status]),
    "zi_last_error_message": (c_char_p, []),
    "zi_free": (None, [c_void_p]),
    # date
    "zi_date_from_ymd": (zi_status, [P(zi_date), c_int32, c_int32, c_int32]),
    "zi_date_to_ymd": (zi_status, [P(c_int32), P(c_int32), P(c_int32), zi_date]),
    "zi_date_parse_iso": (zi_status, [P(zi_date), c_char_p, c_size_t]),
    "zi_date_format_iso": (zi_status, [c_char_p, c_size_t, P(c_size_t), zi_date]),
    # plan: enumeration names
    "zi_note_kind_str": (c_char_p, [c_int32]),
    "zi_satker_level_str": (c_char_p, [c_int32]),
    "zi_time_zone_str": (c_char_p, [c_int32]),
    "zi_due_offset_str": (c_char_p, [c_int32]),
    "zi_convention_str": (c_char_p, [c_int32]),
    "zi_source_column_str": (c_char_p, [c_int32]),
    # plan: loading and exporting
    "zi_plan_load_options_init": (zi_status, [P(zi_plan_load_options), c_uint32]),
    "zi_plan_load_file": (zi_status, [P(P(zi_plan)), c_char_p, P(zi_plan_load_options)]),
    "zi_plan_load_buffer": (zi_status, [P(P(zi_plan)), c_char_p, c_size_t, P(zi_plan_load_options)]),
    "zi_plan_load_files": (zi_status, [P(P(zi_plan_batch)), P(c_void_p), c_size_t, P(zi_plan_load_options), c_int32]),
    "zi_plan_load_buffers": (zi_status, [P(P(zi_plan_batch)), P(c_void_p), P(c_size_t), P(c_void_p), c_size_t,
                                         P(zi_plan_load_options), c_int32]),
    "zi_plan_batch_free": (None, [P(zi_plan_batch)]),
    "zi_plan_batch_count": (c_size_t, [P(zi_plan_batch)]),
    "zi_plan_batch_status": (zi_status, [P(zi_plan_batch), c_size_t]),
    "zi_plan_batch_message": (c_char_p, [P(zi_plan_batch), c_size_t]),
    "zi_plan_batch_take": (zi_status, [P(P(zi_plan)), P(zi_plan_batch), c_size_t]),
    "zi_plan_default": (zi_status, [P(P(zi_plan))]),
    "zi_plan_free": (None, [P(zi_plan)]),
    "zi_plan_to_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_plan)]),
    "zi_plan_summary_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_plan)]),
    # plan
    "zi_plan_year": (c_int32, [P(zi_plan)]),
    "zi_plan_calendar": (c_char_p, [P(zi_plan)]),
    "zi_plan_satker": (P(zi_satker), [P(zi_plan)]),
    "zi_plan_decree": (P(zi_decree), [P(zi_plan)]),
    "zi_plan_due_policy": (P(zi_due_policy), [P(zi_plan)]),
    "zi_plan_note_count": (c_size_t, [P(zi_plan)]),
    "zi_plan_note": (P(zi_note), [P(zi_plan), c_size_t]),
    "zi_plan_component_count": (c_size_t, [P(zi_plan)]),
    "zi_plan_component": (P(zi_component), [P(zi_plan), c_size_t]),
    "zi_plan_aspect_count": (c_size_t, [P(zi_plan)]),
    "zi_plan_activity_count": (c_size_t, [P(zi_plan)]),
    "zi_plan_indicator_count": (c_size_t, [P(zi_plan)]),
    "zi_plan_indicator": (P(zi_indicator), [P(zi_plan), c_size_t]),
    "zi_plan_find_indicator": (P(zi_indicator), [P(zi_plan), c_char_p]),
    "zi_plan_indicator_parents": (zi_status, [P(P(zi_component)), P(P(zi_aspect)), P(P(zi_activity)),
                                              P(zi_plan), P(zi_indicator)]),
    "zi_plan_effective_due_policy": (P(zi_due_policy), [P(zi_plan), P(zi_indicator)]),
    "zi_plan_effective_responsible": (c_char_p, [P(zi_plan), P(zi_indicator)]),
    # satker
    "zi_satker_code": (c_char_p, [P(zi_satker)]),
    "zi_satker_name": (c_char_p, [P(zi_satker)]),
    "zi_satker_level": (c_int32, [P(zi_satker)]),
    "zi_satker_parent": (c_char_p, [P(zi_satker)]),
    "zi_satker_time_zone": (c_int32, [P(zi_satker)]),
    # decree
    "zi_decree_number": (c_char_p, [P(zi_decree)]),
    "zi_decree_title": (c_char_p, [P(zi_decree)]),
    "zi_decree_place": (c_char_p, [P(zi_decree)]),
    "zi_decree_signed_by": (c_char_p, [P(zi_decree)]),
    "zi_decree_date": (zi_status, [P(zi_date), P(zi_decree)]),
    # due policy
    "zi_due_policy_offset": (c_int32, [P(zi_due_policy)]),
    "zi_due_policy_n": (c_int32, [P(zi_due_policy)]),
    "zi_due_policy_day": (c_int32, [P(zi_due_policy)]),
    "zi_due_policy_convention": (c_int32, [P(zi_due_policy)]),
    # notes and source cells
    "zi_note_field": (c_char_p, [P(zi_note)]),
    "zi_note_kind": (c_int32, [P(zi_note)]),
    "zi_note_text": (c_char_p, [P(zi_note)]),
    "zi_source_cell": (c_char_p, [P(zi_source), c_int32]),
    # component
    "zi_component_id": (c_char_p, [P(zi_component)]),
    "zi_component_code": (c_char_p, [P(zi_component)]),
    "zi_component_name": (c_char_p, [P(zi_component)]),
    "zi_component_weight": (c_double, [P(zi_component)]),
    "zi_component_lke_area": (c_char_p, [P(zi_component)]),
    "zi_component_aspect_count": (c_size_t, [P(zi_component)]),
    "zi_component_aspect": (P(zi_aspect), [P(zi_component), c_size_t]),
    "zi_component_note_count": (c_size_t, [P(zi_component)]),
    "zi_component_note": (P(zi_note), [P(zi_component), c_size_t]),
    "zi_component_source": (P(zi_source), [P(zi_component)]),
    # aspect
    "zi_aspect_id": (c_char_p, [P(zi_aspect)]),
    "zi_aspect_code": (c_char_p, [P(zi_aspect)]),
    "zi_aspect_name": (c_char_p, [P(zi_aspect)]),
    "zi_aspect_weight": (c_double, [P(zi_aspect)]),
    "zi_aspect_lke_subarea": (c_char_p, [P(zi_aspect)]),
    "zi_aspect_activity_count": (c_size_t, [P(zi_aspect)]),
    "zi_aspect_activity": (P(zi_activity), [P(zi_aspect), c_size_t]),
    "zi_aspect_note_count": (c_size_t, [P(zi_aspect)]),
    "zi_aspect_note": (P(zi_note), [P(zi_aspect), c_size_t]),
    "zi_aspect_source": (P(zi_source), [P(zi_aspect)]),
    # activity
    "zi_activity_id": (c_char_p, [P(zi_activity)]),
    "zi_activity_code": (c_char_p, [P(zi_activity)]),
    "zi_activity_text": (c_char_p, [P(zi_activity)]),
    "zi_activity_indicator_count": (c_size_t, [P(zi_activity)]),
    "zi_activity_indicator": (P(zi_indicator), [P(zi_activity), c_size_t]),
    "zi_activity_note_count": (c_size_t, [P(zi_activity)]),
    "zi_activity_note": (P(zi_note), [P(zi_activity), c_size_t]),
    "zi_activity_source": (P(zi_source), [P(zi_activity)]),
    "zi_activity_responsible": (c_char_p, [P(zi_activity)]),
    # indicator
    "zi_indicator_id": (c_char_p, [P(zi_indicator)]),
    "zi_indicator_code": (c_char_p, [P(zi_indicator)]),
    "zi_indicator_text": (c_char_p, [P(zi_indicator)]),
    "zi_indicator_evidence": (c_char_p, [P(zi_indicator)]),
    "zi_indicator_schedule": (c_char_p, [P(zi_indicator)]),
    "zi_indicator_target": (c_char_p, [P(zi_indicator)]),
    "zi_indicator_rrule": (c_char_p, [P(zi_indicator)]),
    "zi_indicator_weight": (c_double, [P(zi_indicator)]),
    "zi_indicator_due_policy": (P(zi_due_policy), [P(zi_indicator)]),
    "zi_indicator_lke_question_count": (c_size_t, [P(zi_indicator)]),
    "zi_indicator_lke_question": (c_char_p, [P(zi_indicator), c_size_t]),
    "zi_indicator_note_count": (c_size_t, [P(zi_indicator)]),
    "zi_indicator_note": (P(zi_note), [P(zi_indicator), c_size_t]),
    "zi_indicator_source": (P(zi_source), [P(zi_indicator)]),
    "zi_indicator_responsible": (c_char_p, [P(zi_indicator)]),
    # lint
    "zi_severity_str": (c_char_p, [c_int32]),
    "zi_lint_options_init": (zi_status, [P(zi_lint_options), c_uint32]),
    "zi_plan_lint": (zi_status, [P(P(zi_diagnostics)), P(zi_plan), P(zi_lint_options)]),
    "zi_plan_lint_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_plan), P(zi_diagnostics)]),
    "zi_diagnostics_free": (None, [P(zi_diagnostics)]),
    "zi_diagnostics_count": (c_size_t, [P(zi_diagnostics)]),
    "zi_diagnostics_count_severity": (c_size_t, [P(zi_diagnostics), c_int32]),
    "zi_diagnostics_get": (P(zi_diagnostic), [P(zi_diagnostics), c_size_t]),
    "zi_diagnostic_severity": (c_int32, [P(zi_diagnostic)]),
    "zi_diagnostic_code": (c_char_p, [P(zi_diagnostic)]),
    "zi_diagnostic_where": (c_char_p, [P(zi_diagnostic)]),
    "zi_diagnostic_field": (c_char_p, [P(zi_diagnostic)]),
    "zi_diagnostic_message": (c_char_p, [P(zi_diagnostic)]),
    # ---- deadlines, evidence, scoring, portfolio (zi.h 0.2) ----
    # calendar
    "zi_calendar_options_init": (zi_status, [P(zi_calendar_options), c_uint32]),
    "zi_holiday_kind_str": (c_char_p, [c_int32]),
    "zi_calendar_status_str": (c_char_p, [c_int32]),
    "zi_calendar_default": (zi_status, [P(P(zi_calendar)), P(zi_calendar_options)]),
    "zi_calendar_embedded": (zi_status, [P(P(zi_calendar)), c_char_p, P(zi_calendar_options)]),
    "zi_calendar_embedded_count": (c_size_t, []),
    "zi_calendar_embedded_name": (c_char_p, [c_size_t]),
    "zi_calendar_for_plan": (zi_status, [P(P(zi_calendar)), P(zi_plan), P(zi_calendar_options)]),
    "zi_calendar_load_file": (zi_status, [P(P(zi_calendar)), c_char_p, P(zi_calendar_options)]),
    "zi_calendar_load_buffer": (zi_status, [P(P(zi_calendar)), c_char_p, c_size_t, P(zi_calendar_options)]),
    "zi_calendar_weekends_only": (zi_status, [P(P(zi_calendar))]),
    "zi_calendar_with_options": (zi_status, [P(P(zi_calendar)), P(zi_calendar), P(zi_calendar_options)]),
    "zi_calendar_free": (None, [P(zi_calendar)]),
    "zi_calendar_to_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_calendar)]),
    "zi_calendar_year_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_calendar), c_int32]),
    "zi_calendar_name": (c_char_p, [P(zi_calendar)]),
    "zi_calendar_description": (c_char_p, [P(zi_calendar)]),
    "zi_calendar_source": (c_char_p, [P(zi_calendar)]),
    "zi_calendar_status": (c_int32, [P(zi_calendar)]),
    "zi_calendar_cuti_bersama_is_working_day": (c_bool, [P(zi_calendar)]),
    "zi_calendar_year_count": (c_size_t, [P(zi_calendar)]),
    "zi_calendar_year": (c_int32, [P(zi_calendar), c_size_t]),
    "zi_calendar_covers": (c_bool, [P(zi_calendar), c_int32]),
    "zi_calendar_holiday_count": (c_size_t, [P(zi_calendar)]),
    "zi_calendar_holiday": (P(zi_holiday), [P(zi_calendar), c_size_t]),
    "zi_calendar_find_holiday": (P(zi_holiday), [P(zi_calendar), zi_date]),
    "zi_calendar_is_holiday": (c_bool, [P(zi_calendar), zi_date]),
    "zi_calendar_is_weekend": (c_bool, [zi_date]),
    "zi_holiday_date": (zi_status, [P(zi_date), P(zi_holiday)]),
    "zi_holiday_kind": (c_int32, [P(zi_holiday)]),
    "zi_holiday_region": (c_char_p, [P(zi_holiday)]),
    "zi_holiday_name": (c_char_p, [P(zi_holiday)]),
    "zi_calendar_is_working_day": (zi_status, [P(c_bool), P(c_bool), P(zi_calendar), zi_date]),
    "zi_calendar_adjust": (zi_status, [P(zi_date), P(c_bool), P(zi_calendar), zi_date, c_int32]),
    "zi_calendar_advance": (zi_status, [P(zi_date), P(c_bool), P(zi_calendar), zi_date, c_int32]),
    "zi_calendar_working_days_between": (zi_status, [P(c_int32), P(c_bool), P(zi_calendar), zi_date,
                                                     zi_date, c_bool, c_bool]),
    # schedule
    "zi_schedule_family_str": (c_char_p, [c_int32]),
    "zi_schedule_parse": (zi_status, [P(P(zi_schedule)), c_char_p, c_size_t, c_int32]),
    "zi_schedule_parse_rrule": (zi_status, [P(P(zi_schedule)), c_char_p, c_size_t, c_int32]),
    "zi_plan_indicator_schedule": (zi_status, [P(P(zi_schedule)), P(P(zi_diagnostics)), P(zi_plan),
                                               P(zi_indicator)]),
    "zi_schedule_free": (None, [P(zi_schedule)]),
    "zi_schedule_family": (c_int32, [P(zi_schedule)]),
    "zi_schedule_text": (c_char_p, [P(zi_schedule)]),
    "zi_schedule_rrule": (c_char_p, [P(zi_schedule)]),
    "zi_schedule_window_count": (c_size_t, [P(zi_schedule)]),
    "zi_schedule_window": (zi_status, [P(zi_date), P(zi_date), P(zi_schedule), c_size_t]),
    "zi_schedule_year_count": (c_size_t, [P(zi_schedule)]),
    "zi_schedule_year": (c_int32, [P(zi_schedule), c_size_t]),
    "zi_schedule_diagnostics": (P(zi_diagnostics), [P(zi_schedule)]),
    # due date
    "zi_due_policy_options_init": (zi_status, [P(zi_due_policy_options), c_uint32]),
    "zi_due_policy_get": (zi_status, [P(zi_due_policy_options), P(zi_due_policy)]),
    "zi_due_date": (zi_status, [P(zi_date), P(c_bool), P(zi_calendar), zi_date, P(zi_due_policy_options)]),
    "zi_schedule_dues_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_schedule), c_int32, P(zi_calendar),
                                          P(zi_due_policy_options)]),
    # occurrences
    "zi_occurrence_status_str": (c_char_p, [c_int32]),
    "zi_occurrence_status_label": (c_char_p, [c_int32]),
    "zi_plan_expand": (zi_status, [P(P(zi_occurrences)), P(zi_plan), P(zi_calendar)]),
    "zi_occurrences_free": (None, [P(zi_occurrences)]),
    "zi_occurrences_count": (c_size_t, [P(zi_occurrences)]),
    "zi_occurrences_scored": (c_bool, [P(zi_occurrences)]),
    "zi_occurrences_get": (zi_status, [P(c_size_t), P(c_int32), P(zi_date), P(zi_date), P(zi_date),
                                       P(c_int32), P(zi_occurrences), c_size_t]),
    "zi_occurrences_indicator_id": (c_char_p, [P(zi_occurrences), c_size_t]),
    "zi_occurrences_score": (zi_status, [P(c_int32), P(c_int32), P(c_int32), P(c_bool), P(c_double),
                                         P(c_bool), P(zi_occurrences), c_size_t]),
    "zi_occurrences_column": (P(c_int32), [P(zi_occurrences), c_int32]),
    "zi_occurrences_copy_column": (zi_status, [P(c_int32), c_size_t, P(zi_occurrences), c_int32]),
    "zi_occurrences_copy_credits": (zi_status, [P(c_double), P(c_uint8), c_size_t, P(zi_occurrences)]),
    "zi_occurrences_diagnostics": (P(zi_diagnostics), [P(zi_occurrences)]),
    # evidence
    "zi_evidence_status_str": (c_char_p, [c_int32]),
    "zi_evidence_scope_new": (zi_status, [P(P(zi_evidence_scope))]),
    "zi_evidence_scope_for_plan": (zi_status, [P(P(zi_evidence_scope)), P(zi_plan), P(zi_calendar)]),
    "zi_evidence_scope_free": (None, [P(zi_evidence_scope)]),
    "zi_evidence_scope_add": (zi_status, [P(zi_evidence_scope), c_char_p, c_char_p, c_int32]),
    "zi_evidence_scope_set_default_satker": (zi_status, [P(zi_evidence_scope), c_char_p]),
    "zi_evidence_scope_default_satker": (c_char_p, [P(zi_evidence_scope)]),
    "zi_evidence_scope_has_satker": (c_bool, [P(zi_evidence_scope), c_char_p]),
    "zi_evidence_scope_occurrences": (zi_status, [P(c_int32), P(zi_evidence_scope), c_char_p, c_char_p]),
    "zi_evidence_read_csv": (zi_status, [P(P(zi_evidence)), c_char_p, c_size_t, P(zi_evidence_scope)]),
    "zi_evidence_read_json": (zi_status, [P(P(zi_evidence)), c_char_p, c_size_t, P(zi_evidence_scope)]),
    "zi_evidence_load_file": (zi_status, [P(P(zi_evidence)), c_char_p, P(zi_evidence_scope)]),
    "zi_evidence_free": (None, [P(zi_evidence)]),
    "zi_evidence_to_csv": (zi_status, [P(c_void_p), P(c_size_t), P(zi_evidence)]),
    "zi_evidence_count": (c_size_t, [P(zi_evidence)]),
    "zi_evidence_get": (zi_status, [P(c_int32), P(zi_date), P(c_int32), P(c_int32), P(c_int32),
                                    P(zi_evidence), c_size_t]),
    "zi_evidence_satker": (c_char_p, [P(zi_evidence), c_size_t]),
    "zi_evidence_indicator": (c_char_p, [P(zi_evidence), c_size_t]),
    "zi_evidence_ref": (c_char_p, [P(zi_evidence), c_size_t]),
    "zi_evidence_rejected_count": (c_size_t, [P(zi_evidence)]),
    "zi_evidence_rejected_line": (c_int32, [P(zi_evidence), c_size_t]),
    "zi_evidence_rejected_where": (c_char_p, [P(zi_evidence), c_size_t]),
    "zi_evidence_rejected_reason": (c_char_p, [P(zi_evidence), c_size_t]),
    # scoring
    "zi_report_level_str": (c_char_p, [c_int32]),
    "zi_scoring_policy_init": (zi_status, [P(zi_scoring_policy), c_uint32]),
    "zi_score_plan": (zi_status, [P(P(zi_report)), P(zi_plan), P(zi_calendar), P(zi_evidence), zi_date,
                                  P(zi_scoring_policy)]),
    "zi_report_free": (None, [P(zi_report)]),
    "zi_report_to_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_report)]),
    "zi_report_inputs": (zi_status, [P(zi_date), P(zi_scoring_policy), P(zi_report)]),
    "zi_report_score": (zi_status, [P(c_double), P(c_bool), P(zi_report)]),
    "zi_report_node_count": (c_size_t, [P(zi_report), c_int32]),
    "zi_report_node_id": (c_char_p, [P(zi_report), c_int32, c_size_t]),
    "zi_report_node": (zi_status, [P(c_double), P(c_bool), P(c_double), P(zi_report), c_int32, c_size_t]),
    "zi_report_find": (zi_status, [P(c_int32), P(c_size_t), P(zi_report), c_char_p]),
    "zi_report_indicator_progress": (zi_status, [P(c_double), P(c_bool), P(zi_report), c_size_t]),
    "zi_report_copy_scores": (zi_status, [P(c_double), P(c_uint8), c_size_t, P(zi_report), c_int32]),
    "zi_report_occurrences": (P(zi_occurrences), [P(zi_report)]),
    "zi_report_diagnostics": (P(zi_diagnostics), [P(zi_report)]),
    "zi_report_explain_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_report), c_char_p]),
    "zi_agenda_options_init": (zi_status, [P(zi_agenda_options), c_uint32]),
    "zi_report_agenda_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_report), P(zi_calendar),
                                          P(zi_agenda_options)]),
    # synthetic data
    "zi_satker_registry_count": (c_size_t, [c_int32]),
    "zi_satker_registry_get": (P(zi_satker), [c_int32, c_size_t]),
    "zi_plan_synthetic": (zi_status, [P(P(zi_plan)), P(zi_plan), P(zi_satker), c_uint64]),
    "zi_evidence_synthetic": (zi_status, [P(P(zi_evidence)), P(zi_plan), P(zi_calendar), c_uint64]),
    # portfolio
    "zi_portfolio_options_init": (zi_status, [P(zi_portfolio_options), c_uint32]),
    "zi_portfolio_score_options_init": (zi_status, [P(zi_portfolio_score_options), c_uint32]),
    "zi_portfolio_compile": (zi_status, [P(P(zi_portfolio)), P(P(zi_plan)), c_size_t, P(zi_calendar),
                                         P(zi_portfolio_options)]),
    "zi_portfolio_compile_labeled": (zi_status, [P(P(zi_portfolio)), P(P(zi_plan)), P(c_void_p), c_size_t,
                                                 P(zi_calendar), P(zi_portfolio_options)]),
    "zi_portfolio_load_dir": (zi_status, [P(P(zi_portfolio)), c_char_p, P(zi_calendar),
                                          P(zi_portfolio_options)]),
    "zi_portfolio_compile_source": (zi_status, [P(P(zi_portfolio)), c_size_t, zi_plan_source_fn, c_void_p,
                                                P(zi_calendar), P(zi_portfolio_options)]),
    "zi_portfolio_synthetic": (zi_status, [P(P(zi_portfolio)), P(zi_plan), c_size_t, c_uint64,
                                           P(zi_calendar), P(zi_portfolio_options)]),
    "zi_portfolio_synthetic_for": (zi_status, [P(P(zi_portfolio)), P(zi_plan), P(P(zi_satker)), c_size_t,
                                               c_uint64, P(zi_calendar), P(zi_portfolio_options)]),
    "zi_portfolio_free": (None, [P(zi_portfolio)]),
    "zi_portfolio_with_evidence": (zi_status, [P(P(zi_portfolio)), P(zi_portfolio), P(zi_evidence)]),
    "zi_portfolio_with_satker_evidence": (zi_status, [P(P(zi_portfolio)), P(zi_portfolio), c_char_p, P(zi_evidence)]),
    "zi_portfolio_with_added_evidence": (zi_status, [P(P(zi_portfolio)), P(zi_portfolio), P(zi_evidence)]),
    "zi_portfolio_scope": (zi_status, [P(P(zi_evidence_scope)), P(zi_portfolio)]),
    "zi_portfolio_synthetic_evidence": (zi_status, [P(P(zi_evidence)), P(zi_portfolio), c_uint64]),
    "zi_portfolio_plan_count": (c_size_t, [P(zi_portfolio)]),
    "zi_portfolio_occurrence_count": (c_size_t, [P(zi_portfolio)]),
    "zi_portfolio_evidence_count": (c_size_t, [P(zi_portfolio)]),
    "zi_portfolio_unmatched_evidence": (c_size_t, [P(zi_portfolio)]),
    "zi_portfolio_satker": (P(zi_satker), [P(zi_portfolio), c_size_t]),
    "zi_portfolio_plan": (zi_status, [P(P(zi_plan)), P(zi_portfolio), c_size_t]),
    "zi_portfolio_keeps_plans": (c_bool, [P(zi_portfolio)]),
    "zi_portfolio_component_count": (c_size_t, [P(zi_portfolio), c_size_t]),
    "zi_portfolio_component_id": (c_char_p, [P(zi_portfolio), c_size_t, c_size_t]),
    "zi_portfolio_diagnostics": (zi_status, [P(P(zi_diagnostics)), P(zi_portfolio), c_size_t]),
    "zi_portfolio_score": (zi_status, [P(P(zi_portfolio_scores)), P(zi_portfolio), zi_date,
                                       P(zi_portfolio_score_options)]),
    "zi_portfolio_scores_free": (None, [P(zi_portfolio_scores)]),
    "zi_portfolio_scores_count": (c_size_t, [P(zi_portfolio_scores)]),
    "zi_portfolio_scores_occurrences": (c_uint64, [P(zi_portfolio_scores)]),
    "zi_portfolio_scores_get": (zi_status, [P(c_double), P(c_bool), P(zi_portfolio_scores), c_size_t]),
    "zi_portfolio_scores_copy": (zi_status, [P(c_double), P(c_uint8), c_size_t, P(zi_portfolio_scores)]),
    "zi_portfolio_scores_copy_ranking": (zi_status, [P(c_uint32), c_size_t, P(zi_portfolio_scores)]),
    "zi_portfolio_scores_copy_status_counts": (zi_status, [P(c_int32), c_size_t, P(zi_portfolio_scores)]),
    "zi_portfolio_scores_component_count": (c_size_t, [P(zi_portfolio_scores)]),
    "zi_portfolio_scores_copy_component_offsets": (zi_status, [P(c_uint32), c_size_t,
                                                               P(zi_portfolio_scores)]),
    "zi_portfolio_scores_copy_components": (zi_status, [P(c_double), P(c_uint8), c_size_t,
                                                        P(zi_portfolio_scores)]),
    "zi_portfolio_scores_rollup_count": (c_size_t, [P(zi_portfolio_scores)]),
    "zi_portfolio_scores_rollup_parent": (c_char_p, [P(zi_portfolio_scores), c_size_t]),
    "zi_portfolio_scores_rollup": (zi_status, [P(c_int32), P(c_int32), P(c_int32), P(c_double),
                                               P(c_double), P(c_double), P(c_bool),
                                               P(zi_portfolio_scores), c_size_t]),
    "zi_portfolio_scores_to_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_portfolio),
                                                P(zi_portfolio_scores), c_double]),
    # ical
    "zi_ical_options_init": (zi_status, [P(zi_ical_options), c_uint32]),
    "zi_plan_to_ical": (zi_status, [P(c_void_p), P(c_size_t), P(zi_plan), P(zi_calendar), P(zi_ical_options)]),
    "zi_report_to_ical": (zi_status, [P(c_void_p), P(c_size_t), P(zi_report), P(zi_ical_options)]),
    # lke: enumerations (pinned values; see "Enumerations" at the top of zi.h)
    "zi_lke_half_str": (c_char_p, [c_int32]),
    "zi_lke_answer_kind_str": (c_char_p, [c_int32]),
    "zi_lke_layer_str": (c_char_p, [c_int32]),
    "zi_lke_zero_policy_str": (c_char_p, [c_int32]),
    "zi_lke_format_str": (c_char_p, [c_int32]),
    "zi_lke_item_kind_str": (c_char_p, [c_int32]),
    "zi_lke_formula_str": (c_char_p, [c_int32]),
    "zi_lke_measure_str": (c_char_p, [c_int32]),
    # lke: rubric
    "zi_lke_rubric_default": (zi_status, [P(P(zi_lke_rubric))]),
    "zi_lke_rubric_load_file": (zi_status, [P(P(zi_lke_rubric)), c_char_p]),
    "zi_lke_rubric_load_buffer": (zi_status, [P(P(zi_lke_rubric)), c_char_p, c_size_t]),
    "zi_lke_rubric_free": (None, [P(zi_lke_rubric)]),
    "zi_lke_rubric_id": (c_char_p, [P(zi_lke_rubric)]),
    "zi_lke_rubric_revision": (c_int32, [P(zi_lke_rubric)]),
    "zi_lke_rubric_title": (c_char_p, [P(zi_lke_rubric)]),
    "zi_lke_rubric_regulation_name": (c_char_p, [P(zi_lke_rubric)]),
    "zi_lke_rubric_regulation_year": (c_int32, [P(zi_lke_rubric)]),
    "zi_lke_rubric_area_count": (c_size_t, [P(zi_lke_rubric)]),
    "zi_lke_rubric_area": (P(zi_lke_area), [P(zi_lke_rubric), c_size_t]),
    "zi_lke_rubric_find_area": (P(zi_lke_area), [P(zi_lke_rubric), c_char_p]),
    "zi_lke_rubric_subarea_count": (c_size_t, [P(zi_lke_rubric)]),
    "zi_lke_rubric_subarea": (P(zi_lke_subarea), [P(zi_lke_rubric), c_size_t]),
    "zi_lke_rubric_find_subarea": (P(zi_lke_subarea), [P(zi_lke_rubric), c_char_p]),
    "zi_lke_rubric_question_count": (c_size_t, [P(zi_lke_rubric)]),
    "zi_lke_rubric_question": (P(zi_lke_question), [P(zi_lke_rubric), c_size_t]),
    "zi_lke_rubric_find_question": (P(zi_lke_question), [P(zi_lke_rubric), c_char_p]),
    "zi_lke_rubric_hasil_item_count": (c_size_t, [P(zi_lke_rubric)]),
    "zi_lke_rubric_hasil_item": (P(zi_lke_hasil_item), [P(zi_lke_rubric), c_size_t]),
    "zi_lke_rubric_predicate_count": (c_size_t, [P(zi_lke_rubric)]),
    "zi_lke_rubric_predicate": (P(zi_lke_predicate), [P(zi_lke_rubric), c_size_t]),
    "zi_lke_rubric_find_predicate": (P(zi_lke_predicate), [P(zi_lke_rubric), c_char_p]),
    "zi_lke_area_code": (c_char_p, [P(zi_lke_area)]),
    "zi_lke_area_name": (c_char_p, [P(zi_lke_area)]),
    "zi_lke_area_weight": (c_double, [P(zi_lke_area)]),
    "zi_lke_area_half_weight": (c_double, [P(zi_lke_area), c_int32]),
    "zi_lke_area_subarea_count": (c_size_t, [P(zi_lke_area), c_int32]),
    "zi_lke_area_subarea": (P(zi_lke_subarea), [P(zi_lke_area), c_int32, c_size_t]),
    "zi_lke_subarea_id": (c_char_p, [P(zi_lke_subarea)]),
    "zi_lke_subarea_label": (c_char_p, [P(zi_lke_subarea)]),
    "zi_lke_subarea_name": (c_char_p, [P(zi_lke_subarea)]),
    "zi_lke_subarea_weight": (c_double, [P(zi_lke_subarea)]),
    "zi_lke_subarea_parent": (c_char_p, [P(zi_lke_subarea)]),
    "zi_lke_subarea_area_code": (c_char_p, [P(zi_lke_subarea)]),
    "zi_lke_subarea_half": (c_int32, [P(zi_lke_subarea)]),
    "zi_lke_subarea_question_count": (c_size_t, [P(zi_lke_subarea)]),
    "zi_lke_subarea_question": (P(zi_lke_question), [P(zi_lke_subarea), c_size_t]),
    "zi_lke_subarea_ratio_count": (c_size_t, [P(zi_lke_subarea)]),
    "zi_lke_subarea_ratio": (P(zi_lke_ratio), [P(zi_lke_subarea), c_size_t]),
    "zi_lke_question_id": (c_char_p, [P(zi_lke_question)]),
    "zi_lke_question_label": (c_char_p, [P(zi_lke_question)]),
    "zi_lke_question_text": (c_char_p, [P(zi_lke_question)]),
    "zi_lke_question_type": (c_char_p, [P(zi_lke_question)]),
    "zi_lke_question_kind": (c_int32, [P(zi_lke_question)]),
    "zi_lke_question_heading": (c_char_p, [P(zi_lke_question)]),
    "zi_lke_question_same_as": (c_char_p, [P(zi_lke_question)]),
    "zi_lke_question_subarea_id": (c_char_p, [P(zi_lke_question)]),
    "zi_lke_question_option_count": (c_size_t, [P(zi_lke_question)]),
    "zi_lke_question_option": (P(zi_lke_option), [P(zi_lke_question), c_size_t]),
    "zi_lke_question_min": (c_double, [P(zi_lke_question)]),
    "zi_lke_question_max": (c_double, [P(zi_lke_question)]),
    "zi_lke_option_code": (c_char_p, [P(zi_lke_option)]),
    "zi_lke_option_text": (c_char_p, [P(zi_lke_option)]),
    "zi_lke_option_value": (c_double, [P(zi_lke_option)]),
    "zi_lke_ratio_id": (c_char_p, [P(zi_lke_ratio)]),
    "zi_lke_ratio_label": (c_char_p, [P(zi_lke_ratio)]),
    "zi_lke_ratio_text": (c_char_p, [P(zi_lke_ratio)]),
    "zi_lke_ratio_formula": (c_int32, [P(zi_lke_ratio)]),
    "zi_lke_ratio_cap": (c_double, [P(zi_lke_ratio)]),
    "zi_lke_ratio_numerator_count": (c_size_t, [P(zi_lke_ratio)]),
    "zi_lke_ratio_numerator": (c_char_p, [P(zi_lke_ratio), c_size_t]),
    "zi_lke_ratio_denominator_count": (c_size_t, [P(zi_lke_ratio)]),
    "zi_lke_ratio_denominator": (c_char_p, [P(zi_lke_ratio), c_size_t]),
    "zi_lke_ratio_alternative_count": (c_size_t, [P(zi_lke_ratio)]),
    "zi_lke_ratio_alternative": (c_char_p, [P(zi_lke_ratio), c_size_t]),
    "zi_lke_hasil_item_id": (c_char_p, [P(zi_lke_hasil_item)]),
    "zi_lke_hasil_item_label": (c_char_p, [P(zi_lke_hasil_item)]),
    "zi_lke_hasil_item_name": (c_char_p, [P(zi_lke_hasil_item)]),
    "zi_lke_hasil_item_group": (c_char_p, [P(zi_lke_hasil_item)]),
    "zi_lke_hasil_item_weight": (c_double, [P(zi_lke_hasil_item)]),
    "zi_lke_hasil_item_type": (c_char_p, [P(zi_lke_hasil_item)]),
    "zi_lke_hasil_item_kind": (c_int32, [P(zi_lke_hasil_item)]),
    "zi_lke_hasil_item_option_count": (c_size_t, [P(zi_lke_hasil_item)]),
    "zi_lke_hasil_item_option": (P(zi_lke_option), [P(zi_lke_hasil_item), c_size_t]),
    "zi_lke_hasil_item_min": (c_double, [P(zi_lke_hasil_item)]),
    "zi_lke_hasil_item_max": (c_double, [P(zi_lke_hasil_item)]),
    "zi_lke_predicate_id": (c_char_p, [P(zi_lke_predicate)]),
    "zi_lke_predicate_name": (c_char_p, [P(zi_lke_predicate)]),
    "zi_lke_predicate_requires_prior": (c_char_p, [P(zi_lke_predicate)]),
    "zi_lke_predicate_criterion_count": (c_size_t, [P(zi_lke_predicate)]),
    "zi_lke_predicate_criterion": (P(zi_lke_criterion), [P(zi_lke_predicate), c_size_t]),
    "zi_lke_criterion_id": (c_char_p, [P(zi_lke_criterion)]),
    "zi_lke_criterion_label": (c_char_p, [P(zi_lke_criterion)]),
    "zi_lke_criterion_measure": (c_int32, [P(zi_lke_criterion)]),
    "zi_lke_criterion_target": (c_char_p, [P(zi_lke_criterion)]),
    "zi_lke_criterion_threshold": (c_double, [P(zi_lke_criterion)]),
    # lke: answer sets
    "zi_lke_answers_new": (zi_status, [P(P(zi_lke_answers)), P(zi_lke_rubric), c_char_p, c_int32]),
    "zi_lke_answers_load_file": (zi_status, [P(P(zi_lke_answers)), P(zi_lke_rubric), c_char_p]),
    "zi_lke_answers_load_buffer": (zi_status, [P(P(zi_lke_answers)), P(zi_lke_rubric), c_char_p,
                                               c_size_t, c_int32]),
    "zi_lke_answers_copy": (zi_status, [P(P(zi_lke_answers)), P(zi_lke_answers)]),
    "zi_lke_answers_free": (None, [P(zi_lke_answers)]),
    "zi_lke_answers_satker": (c_char_p, [P(zi_lke_answers)]),
    "zi_lke_answers_year": (c_int32, [P(zi_lke_answers)]),
    "zi_lke_answers_rubric_id": (c_char_p, [P(zi_lke_answers)]),
    "zi_lke_answers_prior_wbk": (c_bool, [P(zi_lke_answers)]),
    "zi_lke_answers_set_prior_wbk": (zi_status, [P(zi_lke_answers), c_bool]),
    "zi_lke_answers_set_choice": (zi_status, [P(zi_lke_answers), c_char_p, c_int32, c_char_p]),
    "zi_lke_answers_set_number": (zi_status, [P(zi_lke_answers), c_char_p, c_int32, c_double]),
    "zi_lke_answers_clear": (zi_status, [P(zi_lke_answers), c_char_p, c_int32]),
    "zi_lke_answers_is_answered": (c_bool, [P(zi_lke_answers), c_char_p, c_int32]),
    "zi_lke_answers_choice": (c_char_p, [P(zi_lke_answers), c_char_p, c_int32]),
    "zi_lke_answers_number": (c_double, [P(zi_lke_answers), c_char_p, c_int32]),
    "zi_lke_write_options_init": (zi_status, [P(zi_lke_write_options), c_uint32]),
    "zi_lke_answers_write": (zi_status, [P(c_void_p), P(c_size_t), P(zi_lke_answers),
                                         P(zi_lke_write_options)]),
    "zi_lke_answers_template": (zi_status, [P(c_void_p), P(c_size_t), P(zi_lke_rubric), c_int32]),
    # lke: scoring
    "zi_lke_score_options_init": (zi_status, [P(zi_lke_score_options), c_uint32]),
    "zi_lke_score": (zi_status, [P(P(zi_lke_score_result)), P(zi_lke_rubric), P(zi_lke_answers),
                                 P(zi_lke_score_options)]),
    "zi_lke_score_result_free": (None, [P(zi_lke_score_result)]),
    "zi_lke_score_result_to_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_lke_score_result)]),
    "zi_lke_score_result_satker": (c_char_p, [P(zi_lke_score_result)]),
    "zi_lke_score_result_year": (c_int32, [P(zi_lke_score_result)]),
    "zi_lke_score_result_rubric_id": (c_char_p, [P(zi_lke_score_result)]),
    "zi_lke_score_result_layer": (c_int32, [P(zi_lke_score_result)]),
    "zi_lke_score_result_zero_denominator": (c_int32, [P(zi_lke_score_result)]),
    "zi_lke_score_result_prior_wbk": (c_bool, [P(zi_lke_score_result)]),
    "zi_lke_score_result_total": (c_double, [P(zi_lke_score_result)]),
    "zi_lke_score_result_pengungkit": (c_double, [P(zi_lke_score_result)]),
    "zi_lke_score_result_hasil": (c_double, [P(zi_lke_score_result)]),
    "zi_lke_score_result_pemenuhan": (c_double, [P(zi_lke_score_result)]),
    "zi_lke_score_result_reform": (c_double, [P(zi_lke_score_result)]),
    "zi_lke_score_result_answered": (c_size_t, [P(zi_lke_score_result)]),
    "zi_lke_score_result_scored_items": (c_size_t, [P(zi_lke_score_result)]),
    "zi_lke_score_result_unanswered_count": (c_size_t, [P(zi_lke_score_result)]),
    "zi_lke_score_result_unanswered": (c_char_p, [P(zi_lke_score_result), c_size_t]),
    "zi_lke_score_result_area_count": (c_size_t, [P(zi_lke_score_result)]),
    "zi_lke_score_result_area": (P(zi_lke_area_score), [P(zi_lke_score_result), c_size_t]),
    "zi_lke_score_result_find_area": (P(zi_lke_area_score), [P(zi_lke_score_result), c_char_p]),
    "zi_lke_score_result_find_subarea": (P(zi_lke_subarea_score), [P(zi_lke_score_result), c_char_p]),
    "zi_lke_score_result_hasil_item_count": (c_size_t, [P(zi_lke_score_result)]),
    "zi_lke_score_result_hasil_item": (P(zi_lke_hasil_score), [P(zi_lke_score_result), c_size_t]),
    "zi_lke_score_result_hasil_group_count": (c_size_t, [P(zi_lke_score_result)]),
    "zi_lke_score_result_hasil_group": (P(zi_lke_hasil_group_score), [P(zi_lke_score_result), c_size_t]),
    "zi_lke_score_result_diagnostic_count": (c_size_t, [P(zi_lke_score_result)]),
    "zi_lke_score_result_diagnostic": (P(zi_diagnostic), [P(zi_lke_score_result), c_size_t]),
    "zi_lke_area_score_code": (c_char_p, [P(zi_lke_area_score)]),
    "zi_lke_area_score_name": (c_char_p, [P(zi_lke_area_score)]),
    "zi_lke_area_score_weight": (c_double, [P(zi_lke_area_score)]),
    "zi_lke_area_score_pemenuhan": (c_double, [P(zi_lke_area_score)]),
    "zi_lke_area_score_reform": (c_double, [P(zi_lke_area_score)]),
    "zi_lke_area_score_total": (c_double, [P(zi_lke_area_score)]),
    "zi_lke_area_score_fraction": (c_double, [P(zi_lke_area_score)]),
    "zi_lke_area_score_percent": (c_double, [P(zi_lke_area_score)]),
    "zi_lke_area_score_answered": (c_size_t, [P(zi_lke_area_score)]),
    "zi_lke_area_score_item_total": (c_size_t, [P(zi_lke_area_score)]),
    "zi_lke_area_score_subarea_count": (c_size_t, [P(zi_lke_area_score), c_int32]),
    "zi_lke_area_score_subarea": (P(zi_lke_subarea_score), [P(zi_lke_area_score), c_int32, c_size_t]),
    "zi_lke_subarea_score_id": (c_char_p, [P(zi_lke_subarea_score)]),
    "zi_lke_subarea_score_name": (c_char_p, [P(zi_lke_subarea_score)]),
    "zi_lke_subarea_score_parent": (c_char_p, [P(zi_lke_subarea_score)]),
    "zi_lke_subarea_score_weight": (c_double, [P(zi_lke_subarea_score)]),
    "zi_lke_subarea_score_mean": (c_double, [P(zi_lke_subarea_score)]),
    "zi_lke_subarea_score_score": (c_double, [P(zi_lke_subarea_score)]),
    "zi_lke_subarea_score_answered": (c_size_t, [P(zi_lke_subarea_score)]),
    "zi_lke_subarea_score_item_total": (c_size_t, [P(zi_lke_subarea_score)]),
    "zi_lke_subarea_score_item_count": (c_size_t, [P(zi_lke_subarea_score)]),
    "zi_lke_subarea_score_item": (P(zi_lke_item_score), [P(zi_lke_subarea_score), c_size_t]),
    "zi_lke_item_score_id": (c_char_p, [P(zi_lke_item_score)]),
    "zi_lke_item_score_kind": (c_int32, [P(zi_lke_item_score)]),
    "zi_lke_item_score_answered": (c_bool, [P(zi_lke_item_score)]),
    "zi_lke_item_score_value": (c_double, [P(zi_lke_item_score)]),
    "zi_lke_item_score_answer": (c_char_p, [P(zi_lke_item_score)]),
    "zi_lke_item_score_numerator": (c_double, [P(zi_lke_item_score)]),
    "zi_lke_item_score_denominator": (c_double, [P(zi_lke_item_score)]),
    "zi_lke_hasil_score_id": (c_char_p, [P(zi_lke_hasil_score)]),
    "zi_lke_hasil_score_name": (c_char_p, [P(zi_lke_hasil_score)]),
    "zi_lke_hasil_score_group": (c_char_p, [P(zi_lke_hasil_score)]),
    "zi_lke_hasil_score_weight": (c_double, [P(zi_lke_hasil_score)]),
    "zi_lke_hasil_score_answered": (c_bool, [P(zi_lke_hasil_score)]),
    "zi_lke_hasil_score_answer": (c_char_p, [P(zi_lke_hasil_score)]),
    "zi_lke_hasil_score_value": (c_double, [P(zi_lke_hasil_score)]),
    "zi_lke_hasil_score_score": (c_double, [P(zi_lke_hasil_score)]),
    "zi_lke_hasil_group_score_id": (c_char_p, [P(zi_lke_hasil_group_score)]),
    "zi_lke_hasil_group_score_name": (c_char_p, [P(zi_lke_hasil_group_score)]),
    "zi_lke_hasil_group_score_weight": (c_double, [P(zi_lke_hasil_group_score)]),
    "zi_lke_hasil_group_score_score": (c_double, [P(zi_lke_hasil_group_score)]),
    # lke: predicate check (WBK, WBBM)
    "zi_lke_check": (zi_status, [P(P(zi_lke_check_result)), P(zi_lke_rubric), P(zi_lke_score_result),
                                 c_char_p]),
    "zi_lke_check_result_free": (None, [P(zi_lke_check_result)]),
    "zi_lke_check_result_to_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_lke_check_result)]),
    "zi_lke_check_result_predicate": (c_char_p, [P(zi_lke_check_result)]),
    "zi_lke_check_result_name": (c_char_p, [P(zi_lke_check_result)]),
    "zi_lke_check_result_passed": (c_bool, [P(zi_lke_check_result)]),
    "zi_lke_check_result_criterion_count": (c_size_t, [P(zi_lke_check_result)]),
    "zi_lke_check_result_criterion": (P(zi_lke_criterion_result), [P(zi_lke_check_result), c_size_t]),
    "zi_lke_check_result_find_criterion": (P(zi_lke_criterion_result), [P(zi_lke_check_result), c_char_p]),
    "zi_lke_check_result_failing_count": (c_size_t, [P(zi_lke_check_result)]),
    "zi_lke_check_result_failing": (c_char_p, [P(zi_lke_check_result), c_size_t]),
    "zi_lke_check_result_reason_count": (c_size_t, [P(zi_lke_check_result)]),
    "zi_lke_check_result_reason": (c_char_p, [P(zi_lke_check_result), c_size_t]),
    "zi_lke_criterion_result_id": (c_char_p, [P(zi_lke_criterion_result)]),
    "zi_lke_criterion_result_criterion": (c_char_p, [P(zi_lke_criterion_result)]),
    "zi_lke_criterion_result_label": (c_char_p, [P(zi_lke_criterion_result)]),
    "zi_lke_criterion_result_measure": (c_int32, [P(zi_lke_criterion_result)]),
    "zi_lke_criterion_result_target": (c_char_p, [P(zi_lke_criterion_result)]),
    "zi_lke_criterion_result_value": (c_double, [P(zi_lke_criterion_result)]),
    "zi_lke_criterion_result_threshold": (c_double, [P(zi_lke_criterion_result)]),
    "zi_lke_criterion_result_margin": (c_double, [P(zi_lke_criterion_result)]),
    "zi_lke_criterion_result_passed": (c_bool, [P(zi_lke_criterion_result)]),
    # lke: what-if
    "zi_lke_whatif_options_init": (zi_status, [P(zi_lke_whatif_options), c_uint32]),
    "zi_lke_whatif": (zi_status, [P(P(zi_lke_whatif_result)), P(zi_lke_rubric), P(zi_lke_answers),
                                  c_char_p, P(zi_lke_score_options), P(zi_lke_whatif_options)]),
    "zi_lke_whatif_result_free": (None, [P(zi_lke_whatif_result)]),
    "zi_lke_whatif_result_to_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_lke_whatif_result)]),
    "zi_lke_whatif_result_answers": (zi_status, [P(P(zi_lke_answers)), P(zi_lke_whatif_result)]),
    "zi_lke_whatif_result_predicate": (c_char_p, [P(zi_lke_whatif_result)]),
    "zi_lke_whatif_result_reached": (c_bool, [P(zi_lke_whatif_result)]),
    "zi_lke_whatif_result_step_limit": (c_bool, [P(zi_lke_whatif_result)]),
    "zi_lke_whatif_result_step_count": (c_size_t, [P(zi_lke_whatif_result)]),
    "zi_lke_whatif_result_step": (P(zi_lke_whatif_step), [P(zi_lke_whatif_result), c_size_t]),
    "zi_lke_whatif_result_before": (P(zi_lke_check_result), [P(zi_lke_whatif_result)]),
    "zi_lke_whatif_result_after": (P(zi_lke_check_result), [P(zi_lke_whatif_result)]),
    "zi_lke_whatif_result_unfixable_count": (c_size_t, [P(zi_lke_whatif_result)]),
    "zi_lke_whatif_result_unfixable": (c_char_p, [P(zi_lke_whatif_result), c_size_t]),
    "zi_lke_whatif_result_reason_count": (c_size_t, [P(zi_lke_whatif_result)]),
    "zi_lke_whatif_result_reason": (c_char_p, [P(zi_lke_whatif_result), c_size_t]),
    "zi_lke_whatif_result_to_fill_count": (c_size_t, [P(zi_lke_whatif_result)]),
    "zi_lke_whatif_result_to_fill": (c_char_p, [P(zi_lke_whatif_result), c_size_t]),
    "zi_lke_whatif_step_rank": (c_int32, [P(zi_lke_whatif_step)]),
    "zi_lke_whatif_step_question": (c_char_p, [P(zi_lke_whatif_step)]),
    "zi_lke_whatif_step_subarea": (c_char_p, [P(zi_lke_whatif_step)]),
    "zi_lke_whatif_step_from": (c_char_p, [P(zi_lke_whatif_step)]),
    "zi_lke_whatif_step_to": (c_char_p, [P(zi_lke_whatif_step)]),
    "zi_lke_whatif_step_gain": (c_double, [P(zi_lke_whatif_step)]),
    "zi_lke_whatif_step_points": (c_double, [P(zi_lke_whatif_step)]),
    "zi_lke_whatif_step_text": (c_char_p, [P(zi_lke_whatif_step)]),
    "zi_lke_whatif_result_locked_count": (c_size_t, [P(zi_lke_whatif_result)]),
    "zi_lke_whatif_result_locked": (c_char_p, [P(zi_lke_whatif_result), c_size_t]),
    "zi_lke_rubric_measured_by": (c_char_p, [P(zi_lke_rubric), c_char_p]),
    # lke: suggested answers from plan execution
    "zi_lke_execution_summary_init": (zi_status, [P(zi_lke_execution_summary), c_uint32]),
    "zi_lke_suggest_options_init": (zi_status, [P(zi_lke_suggest_options), c_uint32]),
    "zi_lke_suggest": (zi_status, [P(P(zi_lke_suggestions)), P(zi_lke_rubric),
                                   P(zi_lke_execution_summary), P(zi_lke_suggest_options)]),
    "zi_lke_suggest_from_report": (zi_status, [P(P(zi_lke_suggestions)), P(zi_lke_rubric), P(zi_report),
                                               P(zi_lke_suggest_options)]),
    "zi_lke_suggestions_free": (None, [P(zi_lke_suggestions)]),
    "zi_lke_suggestions_count": (c_size_t, [P(zi_lke_suggestions)]),
    "zi_lke_suggestions_get": (P(zi_lke_suggestion), [P(zi_lke_suggestions), c_size_t]),
    "zi_lke_suggestion_question": (c_char_p, [P(zi_lke_suggestion)]),
    "zi_lke_suggestion_answer": (c_char_p, [P(zi_lke_suggestion)]),
    "zi_lke_suggestion_rule": (c_char_p, [P(zi_lke_suggestion)]),
    "zi_lke_suggestion_reason": (c_char_p, [P(zi_lke_suggestion)]),
    "zi_lke_suggestions_apply": (zi_status, [P(P(zi_lke_answers)), P(c_size_t), P(zi_lke_answers),
                                             P(zi_lke_suggestions), c_int32]),
    "zi_lke_suggestions_to_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_lke_suggestions), zi_date,
                                               c_char_p]),
    # lke: portfolio: many answer sets in one call
    "zi_lke_score_batch": (zi_status, [P(P(zi_lke_batch_result)), P(zi_lke_rubric),
                                       P(P(zi_lke_answers)), c_size_t, P(zi_lke_score_options), c_int32]),
    "zi_lke_batch_result_free": (None, [P(zi_lke_batch_result)]),
    "zi_lke_batch_result_count": (c_size_t, [P(zi_lke_batch_result)]),
    "zi_lke_batch_result_totals": (zi_status, [P(c_double), c_size_t, P(c_size_t), P(zi_lke_batch_result)]),
    "zi_lke_batch_result_pengungkit": (zi_status, [P(c_double), c_size_t, P(c_size_t),
                                                   P(zi_lke_batch_result)]),
    "zi_lke_batch_result_hasil": (zi_status, [P(c_double), c_size_t, P(c_size_t), P(zi_lke_batch_result)]),
    "zi_lke_batch_result_passes": (zi_status, [P(c_uint8), c_size_t, P(c_size_t),
                                               P(zi_lke_batch_result), c_char_p]),
    "zi_lke_batch_result_statuses": (zi_status, [P(c_int32), c_size_t, P(c_size_t), P(zi_lke_batch_result)]),
    "zi_lke_batch_result_error": (c_char_p, [P(zi_lke_batch_result), c_size_t]),
    "zi_lke_batch_result_score": (P(zi_lke_score_result), [P(zi_lke_batch_result), c_size_t]),
    "zi_lke_batch_result_check": (P(zi_lke_check_result), [P(zi_lke_batch_result), c_size_t, c_char_p]),
    "zi_evidence_read_table": (zi_status, [P(P(zi_evidence)), c_char_p, c_size_t, P(zi_evidence_scope), c_char_p, c_int32, c_char_p, c_char_p, c_uint32]),
    "zi_evidence_load_table_file": (zi_status, [P(P(zi_evidence)), c_char_p, P(zi_evidence_scope), c_char_p, c_int32, c_char_p, c_char_p, c_uint32]),
    "zi_evidence_scope_add_window": (zi_status, [P(zi_evidence_scope), c_char_p, c_char_p, c_int32, zi_date, zi_date]),
    "zi_evidence_note_count": (c_size_t, [P(zi_evidence)]),
    "zi_evidence_note_line": (c_int32, [P(zi_evidence), c_size_t]),
    "zi_evidence_note_where": (c_char_p, [P(zi_evidence), c_size_t]),
    "zi_evidence_note_message": (c_char_p, [P(zi_evidence), c_size_t]),
    "zi_evidence_other_satker_count": (c_size_t, [P(zi_evidence)]),
    "zi_evidence_other_satker_code": (c_char_p, [P(zi_evidence), c_size_t]),
    "zi_evidence_other_satker_rows": (c_int32, [P(zi_evidence), c_size_t]),
    "zi_evidence_unfilled_count": (c_size_t, [P(zi_evidence)]),
    "zi_evidence_unfilled_line": (c_int32, [P(zi_evidence), c_size_t]),
    "zi_tables_score": (zi_status, [P(c_void_p), P(c_size_t), P(zi_report), P(zi_calendar), P(zi_agenda_options), c_char_p, c_char_p]),
    "zi_tables_agenda": (zi_status, [P(c_void_p), P(c_size_t), P(zi_report), P(zi_calendar), P(zi_agenda_options), c_char_p, c_char_p]),
    "zi_tables_explain": (zi_status, [P(c_void_p), P(c_size_t), P(zi_report), c_char_p, c_char_p, c_char_p]),
    "zi_tables_portfolio": (zi_status, [P(c_void_p), P(c_size_t), P(zi_portfolio), P(zi_portfolio_scores), c_double, c_char_p, c_char_p]),
    "zi_tables_evidence": (zi_status, [P(c_void_p), P(c_size_t), P(zi_evidence), c_char_p, c_char_p, c_char_p]),
    "zi_tables_evidence_template": (zi_status, [P(c_void_p), P(c_size_t), P(zi_plan), P(zi_calendar), c_char_p]),
    "zi_tables_lke_score": (zi_status, [P(c_void_p), P(c_size_t), P(zi_lke_score_result), c_char_p, c_char_p]),
    "zi_tables_lke_check": (zi_status, [P(c_void_p), P(c_size_t), P(zi_lke_check_result), c_char_p, c_char_p]),
    "zi_tables_lke_whatif": (zi_status, [P(c_void_p), P(c_size_t), P(zi_lke_whatif_result), c_char_p, c_char_p]),
    "zi_tables_lke_suggestions": (zi_status, [P(c_void_p), P(c_size_t), P(zi_lke_suggestions), P(zi_lke_rubric), zi_date, c_char_p, c_char_p, c_char_p]),
    "zi_plan_import_buffer": (zi_status, [P(P(zi_plan)), P(c_void_p), P(c_size_t), c_char_p, c_size_t, c_char_p, c_char_p, c_char_p, c_char_p, c_char_p, c_int32]),
    "zi_plan_import_file": (zi_status, [P(P(zi_plan)), P(c_void_p), P(c_size_t), c_char_p, c_char_p, c_char_p, c_char_p, c_char_p, c_int32]),
    "zi_plan_export_table": (zi_status, [P(c_void_p), P(c_size_t), P(zi_plan), c_int32, c_int32]),
    "zi_plan_export_table_file": (zi_status, [P(zi_plan), c_char_p, c_int32, c_int32]),
    "zi_plan_template_table": (zi_status, [P(c_void_p), P(c_size_t), c_int32, c_int32]),
    "zi_plan_diff": (zi_status, [P(c_void_p), P(c_size_t), P(c_size_t), P(zi_plan), P(zi_plan), c_char_p, c_char_p, c_int32, c_int32]),
    "zi_report_html_options_init": (zi_status, [P(zi_report_html_options), c_uint32]),
    "zi_report_to_html": (zi_status, [P(c_void_p), P(c_size_t), P(zi_report), P(zi_lke_answers), P(zi_report_html_options)]),
    "zi_report_save_html": (zi_status, [c_char_p, P(zi_report), P(zi_lke_answers), P(zi_report_html_options)]),
    "zi_portfolio_to_html": (zi_status, [P(c_void_p), P(c_size_t), P(zi_portfolio), P(zi_portfolio_scores), P(zi_report_html_options)]),
    "zi_portfolio_save_html": (zi_status, [c_char_p, P(zi_portfolio), P(zi_portfolio_scores), P(zi_report_html_options)]),
    "zi_reminder_options_init": (zi_status, [P(zi_reminder_options), c_uint32]),
    "zi_report_reminders_json": (zi_status, [P(c_void_p), P(c_size_t), P(zi_report), P(zi_reminder_options)]),
    "zi_reminders_json": (zi_status, [P(c_void_p), P(c_size_t), P(P(zi_plan)), c_size_t, P(zi_evidence), zi_date, P(c_int64), P(zi_calendar), P(zi_reminder_options)]),
    "zi_plan_to_ical_alarms": (zi_status, [P(c_void_p), P(c_size_t), P(zi_plan), P(zi_calendar), P(zi_ical_options), P(zi_reminder_options)]),
    "zi_report_to_ical_alarms": (zi_status, [P(c_void_p), P(c_size_t), P(zi_report), P(zi_ical_options), P(zi_reminder_options)]),
    "zi_calendar_import_table": (zi_status, [P(P(zi_calendar)), c_char_p, c_size_t, c_char_p, c_char_p, c_int32]),
    "zi_lke_workbook_import": (zi_status, [P(P(zi_lke_answers)), P(c_void_p), P(c_size_t), P(c_size_t), P(zi_lke_rubric), c_char_p, c_size_t, c_char_p, c_size_t, c_char_p]),
    "zi_lke_workbook_export": (zi_status, [P(c_void_p), P(c_size_t), P(c_void_p), P(c_size_t), P(zi_lke_answers), c_char_p, c_size_t, c_int32]),
    "zi_satker_find_code": (P(zi_satker), [c_char_p]),
    "zi_satker_find_name": (zi_status, [P(c_size_t), P(P(zi_satker)), c_size_t, c_char_p]),
    "zi_satker_find_json": (zi_status, [P(c_void_p), P(c_size_t), P(c_size_t), c_char_p]),
    "zi_satker_list_json": (zi_status, [P(c_void_p), P(c_size_t), c_int32, c_char_p]),
}


# ---- loading -----------------------------------------------------------------------------

def _package_candidates():
    here = os.path.dirname(os.path.abspath(__file__))
    if sys.platform == "darwin":
        names = ["libzi_c.%d.dylib" % ABI_VERSION, "libzi_c.dylib"]
    elif sys.platform == "win32":
        names = ["zi_c.dll", "libzi_c.dll"]
    else:
        names = ["libzi_c.so.%d" % ABI_VERSION, "libzi_c.so"]
    return [os.path.join(here, n) for n in names]


def _candidates():
    """(where, path) pairs to try, in order."""
    env = os.environ.get("ZI_LIBRARY")
    if env:
        # An explicit choice is never silently replaced by another library.
        return [("ZI_LIBRARY", env)]
    found = [("direktori paket", p) for p in _package_candidates() if os.path.exists(p)]
    system = ctypes.util.find_library("zi_c")
    if system:
        found.append(("ctypes.util.find_library('zi_c')", system))
    return found


def _open(where, path):
    try:
        lib = ctypes.CDLL(path)
    except OSError as e:
        raise ImportError("zi: tidak dapat memuat libzi_c dari %s (%s): %s" % (path, where, e)) from e
    try:
        sentinel = lib.zi_version_number
    except AttributeError:
        raise ImportError("zi: %s (%s) bukan libzi_c: tidak ada zi_version_number" % (path, where)) from None
    sentinel.restype = c_uint32
    sentinel.argtypes = []
    lib.zi_abi_version.restype = c_uint32
    lib.zi_abi_version.argtypes = []
    number = sentinel()
    abi = lib.zi_abi_version()
    if abi != ABI_VERSION:
        raise ImportError(
            "zi: %s (%s) memiliki versi ABI %d, sedangkan paket ini memerlukan ABI %d; "
            "pasang libzi_c atau paket zi yang sepadan" % (path, where, abi, ABI_VERSION))
    if number < MIN_VERSION:
        raise ImportError(
            "zi: %s (%s) adalah libzi_c %d.%d.%d, lebih lama dari %d.%d.%d yang diperlukan paket ini"
            % (path, where, number // 10000, number // 100 % 100, number % 100,
               MIN_VERSION // 10000, MIN_VERSION // 100 % 100, MIN_VERSION % 100))
    missing = [name for name in FUNCTIONS if not hasattr(lib, name)]
    if missing:
        raise ImportError("zi: %s (%s) tidak memiliki fungsi %s" % (path, where, ", ".join(missing)))
    for name, (restype, argtypes) in FUNCTIONS.items():
        fn = getattr(lib, name)
        fn.restype = restype
        fn.argtypes = argtypes
    return lib


def _load():
    candidates = _candidates()
    if not candidates:
        raise ImportError(
            "zi: libzi_c tidak ditemukan: isi ZI_LIBRARY dengan path libzi_c.so, letakkan "
            "pustaka itu di direktori paket zi, atau pasang di tempat yang dicari dynamic "
            "linker")
    where, path = candidates[0]
    return _open(where, path), path


lib, library_path = _load()


def text(raw):
    """A borrowed C string (bytes from a c_char_p restype) as str; None stays None."""
    return None if raw is None else raw.decode("utf-8")


# ---- enumeration names -------------------------------------------------------------------
# The package spells no enumeration value itself: its name tables come from the zi_*_str
# functions, which return the core's spelling (tests/test_enum_names.py checks the tables).

def enum_names(str_function):
    """The names of a C enumeration, indexed by value: str_function(0), (1), ... up to the
    first NULL."""
    names = []
    while True:
        raw = str_function(len(names))
        if raw is None:
            return tuple(names)
        names.append(raw.decode("utf-8"))


def enum_values(str_function):
    """{name: value} of a C enumeration, in value order (see enum_names)."""
    return {name: value for value, name in enumerate(enum_names(str_function))}
