"""Plan import from a satker's Rencana Aksi decree annex (docs/decree-import.md), over the C
ABI (zi_plan_import_file / zi_plan_import_buffer):

    import zi
    plan, report = zi.Plan.import_table("keputusan.txt")
    report.notes[0]["kind"], report.unplaced, report.lint

The input is the PDF converter's text, CSV/TSV or XLSX: a path, or the bytes themselves.
Every resolved or inferred value carries a note; the report lists the notes, every row that
could not be placed (with its line or cell) and the lint findings.
"""

import json
import os
from ctypes import byref, c_size_t, c_void_p, string_at
from typing import List, Optional, Tuple, Union

from . import _lib
from ._errors import check

_c = _lib.lib

_FORMATS = ("auto", "text", "csv", "xlsx")


class ImportReport:
    """The import report (format "zi.decree-import-report/1"): `data` is the parsed JSON,
    `json` its text; `notes`, `unplaced` and `lint` are lists of dicts."""

    __slots__ = ("json", "data")

    def __init__(self, json_text: str):
        self.json = json_text
        self.data = json.loads(json_text)

    @property
    def notes(self) -> List[dict]:
        return self.data["notes"]

    @property
    def unplaced(self) -> List[dict]:
        return self.data["unplaced"]

    @property
    def lint(self) -> List[dict]:
        return self.data["lint"]

    @property
    def counts(self) -> dict:
        return self.data["counts"]

    def __repr__(self) -> str:
        c = self.counts
        return "<zi.ImportReport %s: %d indicators, %d notes, %d unplaced, %d lint>" % (
            self.data["source"], c["indicators"], len(self.notes), len(self.unplaced), len(self.lint))


def _opt(s: Optional[str]) -> Optional[bytes]:
    return None if s is None else s.encode("utf-8")


def import_table(source: Union[str, bytes, "os.PathLike[str]"], *, format: str = "auto",
                 encoding: Optional[str] = None, sheet: Optional[str] = None,
                 satker: Optional[str] = None, year: int = 0,
                 name: Optional[str] = None) -> Tuple["Plan", ImportReport]:
    """Imports a decree annex. `source` is a path (str or os.PathLike) or the file's bytes
    (then `name` labels it in messages). format: "auto", "text", "csv" or "xlsx";
    encoding (text and CSV): "auto", "utf-8", "utf-16" or "cp1252"; sheet: the XLSX sheet;
    satker: a registry code overriding the decree's satker name; year: overrides the
    decree's year. Returns (plan, report). Raises zi.InvalidError (a ValueError) for input
    that cannot be read as a decree and zi.FileError (an OSError) for a file that cannot
    be read."""
    from ._plan import Plan  # the plan module wires this in as Plan.import_table

    if format not in _FORMATS:
        raise ValueError("format must be one of %s, not %r" % (", ".join(_FORMATS), format))
    if not isinstance(year, int) or not 0 <= year <= 9999:
        raise ValueError("year must be 0 or 1..9999, not %r" % (year,))
    out = _lib.P(_lib.zi_plan)()
    report, size = c_void_p(), c_size_t()
    args = (_opt(format), _opt(encoding), _opt(sheet), _opt(satker), year)
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        check(_c.zi_plan_import_buffer(byref(out), byref(report), byref(size), data, len(data),
                                       _opt(name or "<input>"), *args))
    else:
        check(_c.zi_plan_import_file(byref(out), byref(report), byref(size), os.fsencode(source), *args))
    try:
        text = string_at(report, size.value).decode("utf-8")
    finally:
        _c.zi_free(report)
    return Plan(out), ImportReport(text)
