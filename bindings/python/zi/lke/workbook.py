"""The LKE workbook of PermenPANRB 90/2021 Lampiran III (sheet "LKE ZI"), read into an
answer set and written from one (docs/lke-workbook.md).

    import zi
    result = zi.lke_workbook_import(open("lke.xlsx", "rb").read())   # zi.LkeWorkbookImport
    result.answers, result.findings, result.values, result.ok
    out = zi.lke_workbook_export(answers, correct_defects=True)      # zi.LkeWorkbookExport
    open("lke.xlsx", "wb").write(out.xlsx)

Findings are dicts {severity, code, where ("LKE ZI!K12"), field, message}; values are dicts
{cell, kind, id, workbook, libzi, differs} (workbook None when blank, uncalculated or an
error, then "error" names it). A file that is not an XLSX workbook, or has no sheet
"LKE ZI", raises zi.InvalidError.
"""

import json
import os
from ctypes import byref, c_size_t, c_void_p, string_at
from typing import TYPE_CHECKING, Any, Dict, List, NamedTuple, Optional, Union

from .. import _lib
from .._errors import check
from .answers import LkeAnswers, _rubric_or_default

if TYPE_CHECKING:
    from .rubric import LkeRubric

_c = _lib.lib

CORRECT_DEFECTS = 1  # ZI_LKE_WORKBOOK_CORRECT_DEFECTS


class LkeWorkbookImport(NamedTuple):
    answers: LkeAnswers
    findings: List[Dict[str, Any]]
    values: List[Dict[str, Any]]
    ok: bool  # no finding is an error


class LkeWorkbookExport(NamedTuple):
    xlsx: bytes
    findings: List[Dict[str, Any]]
    values: List[Dict[str, Any]]


def _layout_arg(layout: Optional[Union[str, bytes]]):
    if layout is None:
        return None, 0
    data = layout.encode("utf-8") if isinstance(layout, str) else bytes(layout)
    return data, len(data)


def _take(ptr: c_void_p, size: int) -> bytes:
    try:
        return string_at(ptr, size)
    finally:
        _c.zi_free(ptr)


def lke_workbook_import(data: Union[bytes, bytearray, memoryview, str, "os.PathLike[str]"],
                        rubric: Optional["LkeRubric"] = None, *, layout: Optional[Union[str, bytes]] = None,
                        source: Optional[str] = None) -> LkeWorkbookImport:
    """Reads an LKE workbook (its bytes, or a path) into an answer set with every finding
    by cell. layout: a zi.lke-workbook-layout/1 JSON text (default: the embedded one)."""
    rubric = _rubric_or_default(rubric)
    if isinstance(data, (str, os.PathLike)):
        source = source or os.fspath(data)
        with open(data, "rb") as f:
            data = f.read()
    raw = bytes(data)
    layout_data, layout_len = _layout_arg(layout)
    out = _lib.P(_lib.zi_lke_answers)()
    report, size, errors = c_void_p(), c_size_t(), c_size_t()
    check(_c.zi_lke_workbook_import(byref(out), byref(report), byref(size), byref(errors), rubric._handle(),
                                    raw, len(raw), layout_data, layout_len,
                                    source.encode("utf-8") if source else None))
    answers = LkeAnswers(out, rubric)
    doc = json.loads(_take(report, size.value).decode("utf-8"))
    return LkeWorkbookImport(answers, doc["findings"], doc["values"], errors.value == 0)


def lke_workbook_export(answers: LkeAnswers, *, correct_defects: bool = False,
                        layout: Optional[Union[str, bytes]] = None) -> LkeWorkbookExport:
    """Writes the unit layer of an answer set into the LKE workbook layout, with formulas
    computing the scores; the circulated defects are written (and reported) unless
    correct_defects."""
    layout_data, layout_len = _layout_arg(layout)
    xlsx, xlsx_len = c_void_p(), c_size_t()
    report, size = c_void_p(), c_size_t()
    check(_c.zi_lke_workbook_export(byref(xlsx), byref(xlsx_len), byref(report), byref(size), answers._handle(),
                                    layout_data, layout_len, CORRECT_DEFECTS if correct_defects else 0))
    report_text = _take(report, size.value).decode("utf-8")
    doc = json.loads(report_text)
    return LkeWorkbookExport(_take(xlsx, xlsx_len.value), doc["findings"], doc["values"])
