"""The KPU satker registry: look a satker up by code or by name, or list them.

    import zi.satker
    zi.satker.find_code("KPU-7203")                  # Satker(code='KPU-7203', name='KPU Kabupaten Morowali', ...)
    zi.satker.find_name("Komisi Pemilihan Umum Kab. Donggala")   # [Satker(code='KPU-7205', ...)]
    zi.satker.find("7203")                           # a code, a bare BPS number or a name
    zi.satker.list(level="provinsi")                 # the 38 KPU Provinsi (KIP Aceh first)

Names are matched as docs/satker.md ("Finding a satker") says: case, spacing, punctuation
and the usual long forms and abbreviations (Komisi Pemilihan Umum = KPU, Kab. = Kabupaten,
Prov. = Provinsi) do not matter; Kota and Kabupaten stay distinct. find_json and list_json
return the JSON `zi satker find --json` and `zi satker list --json` print.
"""

import json
from ctypes import byref, c_size_t
from typing import List, Optional

from . import _lib
from ._errors import check
from ._owned import owned_text, utf8
from ._plan import Satker, satker_of

_c = _lib.lib

__all__ = ["find_code", "find_name", "find", "find_json", "list", "list_json"]

_LEVELS = {None: -1, "pusat": 0, "ri": 0, "provinsi": 1, "kabkota": 2}


def find_code(code: str) -> Optional[Satker]:
    """The registry entry with this code (any case), or None."""
    ptr = _c.zi_satker_find_code(utf8(code))
    return satker_of(ptr) if ptr else None


def find_name(name: str) -> List[Satker]:
    """The candidates for a name as a decree writes it, in registry order: the exact
    matches when there are any, else every entry holding all the words given."""
    encoded = utf8(name)
    count = c_size_t()
    check(_c.zi_satker_find_name(byref(count), None, 0, encoded))
    if count.value == 0:
        return []
    out = (_lib.P(_lib.zi_satker) * count.value)()
    check(_c.zi_satker_find_name(byref(count), out, count.value, encoded))
    return [satker_of(out[i]) for i in range(count.value)]


def find_json(query: str) -> str:
    """`zi satker find QUERY --json`: a code, a bare BPS number ("7203") or a name."""
    return owned_text(_c.zi_satker_find_json, None, utf8(query))


def find(query: str) -> List[Satker]:
    """What `zi satker find` finds: the entry of a code or a bare BPS number, else find_name."""
    return _from_json(find_json(query))


def list_json(level: Optional[str] = None, parent: Optional[str] = None) -> str:
    """`zi satker list --json`: the entries of a level ("ri"/"pusat", "provinsi", "kabkota";
    None for all) under a parent code (None for any), in registry order."""
    if level not in _LEVELS:
        raise ValueError("level must be None, 'ri', 'pusat', 'provinsi' or 'kabkota', not %r" % (level,))
    return owned_text(_c.zi_satker_list_json, _LEVELS[level], None if parent is None else utf8(parent))


def list(level: Optional[str] = None, parent: Optional[str] = None) -> List[Satker]:  # noqa: A001
    """The registry entries of list_json, as Satker tuples."""
    return _from_json(list_json(level, parent))


def _from_json(text):
    return [Satker(s["code"], s["name"], s["level"], s["parent"] or "", s["time_zone"])
            for s in json.loads(text)["satker"]]
