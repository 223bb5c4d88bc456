"""Every report as a spreadsheet, and evidence read from spreadsheets people keep.

    import zi, zi.tables
    with zi.Plan.default() as plan:
        ev = zi.tables.read_evidence("bukti.xlsx", scope=plan, infer_occurrence=True)
        report = plan.score(datetime.date(2026, 7, 1), evidence=ev)
        zi.tables.score(report, path="nilai.xlsx")           # Ringkasan, Komponen, Indikator, Keluaran
        csv_bytes = zi.tables.score(report, format="csv")    # the Indikator sheet

Each writer returns the bytes of an XLSX workbook (format="xlsx", every sheet) or of one CSV
sheet (format="csv"; sheet= names it, None for the report's main one), the same bytes as
`zi ... --format csv|xlsx`; path= also writes them to that file. The sheets and their columns
are listed in docs/report-tables.md.
"""

import os
from ctypes import byref, c_size_t, c_void_p, string_at
from typing import NamedTuple, Optional

from . import _lib
from ._dates import to_days
from ._errors import check
from ._evidence import Evidence, as_scope
from ._owned import handle_or_null, new_options, utf8

_c = _lib.lib
_text = _lib.text

__all__ = ["EvidenceNote", "OtherSatkerRows", "read_evidence", "score", "agenda", "explain",
           "portfolio", "evidence", "evidence_template", "lke_score", "lke_check", "lke_whatif",
           "lke_suggestions", "notes", "other_satker", "unfilled"]


class EvidenceNote(NamedTuple):
    """A remark on an accepted row (an occurrence inferred from the date)."""
    line: int
    where: str
    message: str


class OtherSatkerRows(NamedTuple):
    """Rows of a satker outside the scope, summarised (summarize_other_satker=True)."""
    satker: str
    rows: int


def _format(format, path):
    if format is None:
        ext = os.path.splitext(os.fspath(path))[1].lower() if path is not None else ""
        format = {".csv": "csv", ".xlsx": "xlsx"}.get(ext, "xlsx")
    if format not in ("csv", "xlsx"):
        raise ValueError("format must be 'csv' or 'xlsx', not %r" % (format,))
    return format


def _bytes(fn, args, format, sheet, path):
    """fn(&bytes, &len, *args, format[, sheet]) -> bytes, written to path when given."""
    format = _format(format, path)
    out, size = c_void_p(), c_size_t()
    tail = (format.encode(),) if sheet is False else (format.encode(), None if sheet is None else utf8(sheet))
    check(fn(byref(out), byref(size), *args, *tail))
    try:
        data = string_at(out, size.value)
    finally:
        _c.zi_free(out)
    if path is not None:
        with open(path, "wb") as f:
            f.write(data)
    return data


def _agenda_options(within_working_days, upcoming_limit):
    return new_options(_lib.zi_agenda_options, _c.zi_agenda_options_init, _lib.AGENDA_OPTIONS_VERSION,
                       within_working_days=within_working_days, upcoming_limit=upcoming_limit)


def score(report, *, calendar=None, within_working_days=10, upcoming_limit=10, format=None, sheet=None,
          path=None):
    """`zi score`: Ringkasan, Komponen, Indikator (the CSV), Keluaran."""
    opts = _agenda_options(within_working_days, upcoming_limit)
    return _bytes(_c.zi_tables_score, (report._handle(), handle_or_null(calendar), byref(opts)), format, sheet, path)


def agenda(report, *, calendar=None, within_working_days=10, upcoming_limit=10, format=None, sheet=None,
           path=None):
    """`zi agenda`: Ringkasan, Agenda (the CSV)."""
    opts = _agenda_options(within_working_days, upcoming_limit)
    return _bytes(_c.zi_tables_agenda, (report._handle(), handle_or_null(calendar), byref(opts)), format, sheet, path)


def explain(report, id="plan", *, format=None, sheet=None, path=None):
    """`zi explain`: Ringkasan, Rincian, Keluaran, Bukti of a node ("plan" or a node id)."""
    return _bytes(_c.zi_tables_explain, (report._handle(), utf8(id)), format, sheet, path)


def portfolio(scores, *, threshold=75.0, format=None, sheet=None, path=None):
    """`zi portfolio`: Peringkat (the CSV), Rekap per induk, from Portfolio.score()."""
    return _bytes(_c.zi_tables_portfolio, (scores.portfolio._handle(), scores._handle(), float(threshold)),
                  format, sheet, path)


def evidence(ev, *, source="", format=None, sheet=None, path=None):
    """`zi evidence check`: Ringkasan, Diterima, Ditolak (the CSV), Catatan."""
    return _bytes(_c.zi_tables_evidence, (ev._handle(), utf8(source)), format, sheet, path)


def evidence_template(plan, *, calendar=None, format=None, path=None):
    """`zi evidence template`: one row per deliverable with Tanggal, Status, Jumlah and Tautan
    to fill in; the filled-in file reads back with read_evidence()."""
    return _bytes(_c.zi_tables_evidence_template, (plan._handle(), handle_or_null(calendar)), format, False,
                  path)


def lke_score(result, *, format=None, sheet=None, path=None):
    """`zi lke score`: Ringkasan, Area (the CSV), Subarea, Hasil, from zi.LkeScore."""
    return _bytes(_c.zi_tables_lke_score, (result._handle(),), format, sheet, path)


def lke_check(rubric, score, predicate, *, format=None, sheet=None, path=None):
    """`zi lke check`: Ringkasan, Kriteria (the CSV), of a zi.LkeScore against a predicate
    ("wbk", "wbbm") of rubric."""
    out = _lib.P(_lib.zi_lke_check_result)()
    check(_c.zi_lke_check(byref(out), rubric._handle(), score._handle(), utf8(predicate)))
    try:
        return _bytes(_c.zi_tables_lke_check, (out,), format, sheet, path)
    finally:
        _c.zi_lke_check_result_free(out)


def lke_whatif(rubric, answers, predicate, *, max_steps=1000, format=None, sheet=None, path=None):
    """`zi lke whatif`: Ringkasan, Langkah (the CSV), Perubahan, with the default scoring
    options."""
    w = new_options(_lib.zi_lke_whatif_options, _c.zi_lke_whatif_options_init, _lib.LKE_WHATIF_OPTIONS_VERSION,
                    max_steps=max_steps)
    out = _lib.P(_lib.zi_lke_whatif_result)()
    check(_c.zi_lke_whatif(byref(out), rubric._handle(), answers._handle(), utf8(predicate), None, byref(w)))
    try:
        return _bytes(_c.zi_tables_lke_whatif, (out,), format, sheet, path)
    finally:
        _c.zi_lke_whatif_result_free(out)


def lke_suggestions(rubric, report, *, satker="", count_late_as_done=False, format=None, sheet=None, path=None):
    """`zi lke suggest`: Saran, from a compliance report (zi.Report) as `zi lke suggest`."""
    out = rubric._suggest_from_report(report, count_late_as_done)
    try:
        return _bytes(_c.zi_tables_lke_suggestions,
                      (out, rubric._handle(), _lib.zi_date(to_days(report.as_of)), utf8(satker)),
                      format, sheet, path)
    finally:
        _c.zi_lke_suggestions_free(out)


_DELIMITERS = {None: 0, ",": ord(","), ";": ord(";"), "\t": ord("\t"), "tab": ord("\t")}


def read_evidence(source=None, *, scope, data=None, encoding=None, delimiter=None, date_order=None, sheet=None,
                  infer_occurrence=False, summarize_other_satker=False, all_threads=False, calendar=None):
    """Evidence from a spreadsheet: a file (source, a path; .json is read as evidence JSON) or
    bytes/str (data=...) of a CSV/TSV in UTF-8, UTF-16 with BOM or cp1252 (encoding=), or an
    XLSX workbook (sheet= for another than the first). Headers English or Indonesian, dates
    ISO, dd/mm/yyyy, "15 April 2026" or XLSX serial dates; date_order "auto", "day-first" or
    "month-first" (auto: the file decides; an ambiguous file is an error). infer_occurrence:
    an empty occurrence is taken from the window holding the date (see Evidence.notes).
    all_threads: check the rows on every core (the result is the same; worth it for a large
    file). scope: a Plan, a Portfolio or an EvidenceScope."""
    if (source is None) == (data is None):
        raise TypeError("give either a path or data=")
    if delimiter not in _DELIMITERS:
        raise ValueError("delimiter must be None, ',', ';' or '\\t', not %r" % (delimiter,))
    flags = (_c_flag("ZI_EVIDENCE_INFER_OCCURRENCE", 1) if infer_occurrence else 0) | \
            (_c_flag("ZI_EVIDENCE_SUMMARIZE_OTHER_SATKER", 2) if summarize_other_satker else 0) | \
            (_c_flag("ZI_EVIDENCE_ALL_THREADS", 4) if all_threads else 0)
    opts = (None if encoding is None else utf8(encoding), _DELIMITERS[delimiter],
            None if date_order is None else utf8(date_order), None if sheet is None else utf8(sheet), flags)
    sc, own = as_scope(scope, calendar)
    try:
        out = _lib.P(_lib.zi_evidence)()
        if source is not None:
            check(_c.zi_evidence_load_table_file(byref(out), os.fsencode(source), sc._handle(), *opts))
        else:
            raw = utf8(data)
            check(_c.zi_evidence_read_table(byref(out), raw, len(raw), sc._handle(), *opts))
        return Evidence(out)
    finally:
        if own:
            sc.close()


def _c_flag(name, value):
    return getattr(_lib, name, value)


def notes(ev):
    """The notes on accepted rows (inferred occurrences), as EvidenceNote values."""
    h = ev._handle()
    return [EvidenceNote(_c.zi_evidence_note_line(h, i), _text(_c.zi_evidence_note_where(h, i)),
                         _text(_c.zi_evidence_note_message(h, i)))
            for i in range(_c.zi_evidence_note_count(h))]


def other_satker(ev):
    """Satker outside the scope whose rows were summarised, as OtherSatkerRows values."""
    h = ev._handle()
    return [OtherSatkerRows(_text(_c.zi_evidence_other_satker_code(h, i)), _c.zi_evidence_other_satker_rows(h, i))
            for i in range(_c.zi_evidence_other_satker_count(h))]


def unfilled(ev):
    """Lines of a filled-in template left unfilled."""
    h = ev._handle()
    return [_c.zi_evidence_unfilled_line(h, i) for i in range(_c.zi_evidence_unfilled_count(h))]
