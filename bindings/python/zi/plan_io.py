"""The plan as the decree's table, the empty template, and the differences between plans.

    import zi
    with zi.Plan.default() as plan:
        plan.export_table("rencana.xlsx")             # the 8-column decree table (format from the name)
        csv_bytes = plan.export_table(format="csv")   # bytes when no path is given
    zi.Plan.template("template.xlsx", example=True)  # the empty table a satker fills in
    d = zi.diff_plans(plan_2026, plan_2027)          # zi.PlanDiff
    print(d.equal, d.counts, d.text)
    for c in d.changes:                              # PlanChange(kind, level, id_a, id_b, ...)
        print(c.kind, c.level, c.id_b or c.id_a, c.field, c.before, c.after)

The bytes are those of `zi plan export --format xlsx|csv` and `zi plan template`; the
decree importer reads an export back to the same plan (docs/plan-table.md). The diff is
`zi plan diff`'s (docs/plan-diff.md): JSON in PlanDiff.json, the Indonesian text in
PlanDiff.text.
"""

import json
import os
from ctypes import byref, c_size_t, c_void_p, string_at
from typing import NamedTuple, Optional, Tuple

from . import _lib
from ._errors import check
from ._owned import utf8

_c = _lib.lib

__all__ = ["PlanChange", "PlanDiff", "diff_plans", "export_table", "template_table"]

_FORMATS = {"xlsx": 0, "csv": 1}
_NOTES = {"ignore": 0, "kinds": 1, "full": 2}
_NO_HEADING, _EXAMPLE_ROW = 1, 2
_SOURCE_CELLS, _TEXT = 1, 2


def _format(format, path):
    if format is None:
        ext = os.path.splitext(os.fspath(path))[1].lower() if path is not None else ""
        format = {".csv": "csv", ".xlsx": "xlsx"}.get(ext)
        if format is None:
            raise ValueError("give format='xlsx' or 'csv' (the path %r does not say)" % (path,))
    if format not in _FORMATS:
        raise ValueError("format must be 'xlsx' or 'csv', not %r" % (format,))
    return _FORMATS[format]


def _bytes(fn, *args, path):
    out, size = c_void_p(), c_size_t()
    check(fn(byref(out), byref(size), *args))
    try:
        data = string_at(out, size.value)
    finally:
        _c.zi_free(out)
    if path is not None:
        with open(path, "wb") as f:
            f.write(data)
    return data


def export_table(plan, path=None, format=None, *, heading=True) -> bytes:
    """The plan as the decree table: XLSX or CSV bytes (format, else from path's extension),
    also written to path when given. heading=False leaves out the annex heading."""
    f = _format(format, path)
    return _bytes(_c.zi_plan_export_table, plan._handle(), f, 0 if heading else _NO_HEADING, path=path)


def template_table(path=None, format=None, *, example=False) -> bytes:
    """The empty decree table (header and the (1)..(8) row; one example row with
    example=True), as XLSX or CSV bytes, also written to path when given."""
    f = _format(format, path)
    return _bytes(_c.zi_plan_template_table, f, _EXAMPLE_ROW if example else 0, path=path)


class PlanChange(NamedTuple):
    """One difference. kind: "added" | "removed" | "moved" | "changed"; level: "plan" |
    "component" | "aspect" | "activity" | "indicator"; ids and parents None where they do
    not apply; field, before, after for "changed" only."""
    kind: str
    level: str
    id_a: Optional[str]
    id_b: Optional[str]
    parent_a: Optional[str]
    parent_b: Optional[str]
    text: Optional[str]
    field: Optional[str]
    before: Optional[str]
    after: Optional[str]


class PlanDiff:
    """What differs from plan A to plan B (zi.diff_plans)."""

    __slots__ = ("json", "text", "equal", "counts", "changes")

    def __init__(self, json_text: str, text: str):
        doc = json.loads(json_text)
        self.json: str = json_text
        self.text: str = text
        self.equal: bool = doc["equal"]
        self.counts: dict = doc["counts"]
        self.changes: Tuple[PlanChange, ...] = tuple(PlanChange(**c) for c in doc["changes"])

    def __len__(self) -> int:
        return len(self.changes)

    def __repr__(self) -> str:
        return "PlanDiff(equal=%r, counts=%r)" % (self.equal, self.counts)


def diff_plans(a, b, *, notes: str = "kinds", source_cells: bool = False, name_a: str = "A",
               name_b: str = "B") -> PlanDiff:
    """The differences between two zi.Plan: nodes added, removed, moved and each changed
    value. notes: "kinds" (default: which notes there are, not their wording), "ignore" or
    "full"; source_cells=True also compares the decree cells kept with damaged rows."""
    if notes not in _NOTES:
        raise ValueError("notes must be 'ignore', 'kinds' or 'full', not %r" % (notes,))
    flags = _SOURCE_CELLS if source_cells else 0
    args = (a._handle(), b._handle(), utf8(name_a), utf8(name_b), _NOTES[notes])
    json_text = _bytes(_c.zi_plan_diff, None, *args, flags, path=None).decode("utf-8")
    text = _bytes(_c.zi_plan_diff, None, *args, flags | _TEXT, path=None).decode("utf-8")
    return PlanDiff(json_text, text)
