"""What the zi.lke modules share: the enum-name tables of the option structs, the check
of a name against one, the zi_lke_score_options builder and a string-list reader."""

from ctypes import POINTER, c_char_p, cast
from typing import Any, Callable, Iterable, Iterator, Mapping, Optional, Tuple

from .. import _lib
from .._owned import new_options

_c = _lib.lib
_text = _lib.text

_LAYERS = _lib.enum_values(_c.zi_lke_layer_str)  # {"unit": 0, "tpi": 1}
_FORMATS = _lib.enum_values(_c.zi_lke_format_str)  # {"json": 0, "csv": 1}


def _zero_policies() -> Mapping[Any, int]:
    # None and "default", the short names "one", "zero", "unanswered", then the full ones.
    full = _lib.enum_values(_c.zi_lke_zero_policy_str)
    prefix = "zero_over_zero_is_"
    short = {n[len(prefix):]: v for n, v in full.items() if n.startswith(prefix)}
    return {None: full["default"], "default": full["default"], **short,
            **{n: v for n, v in full.items() if n != "default"}}


_ZERO_POLICIES = _zero_policies()


def _choose(table: Mapping[Any, int], value: Any, what: str) -> int:
    """table[value], else a ValueError naming the allowed values."""
    try:
        return table[value]
    except (KeyError, TypeError):
        names = ", ".join(repr(k) for k in table if k is not None)
        raise ValueError("%s must be one of %s, not %r" % (what, names, value)) from None


def _items(count_fn: Callable[[Any], int], get_fn: Callable[[Any, int], Any], obj: Any) -> Iterator[Any]:
    """The borrowed values get_fn(obj, i) for i below count_fn(obj) (a list's items)."""
    return (get_fn(obj, i) for i in range(count_fn(obj)))


def _strings(count_fn: Callable[[Any], int], get_fn: Callable[[Any, int], Any], obj: Any) -> Tuple[str, ...]:
    """The strings get_fn(obj, i) for i below count_fn(obj)."""
    return tuple(_text(s) for s in _items(count_fn, get_fn, obj))


def _cstrings(strings: Iterable[str]) -> Any:
    """A ctypes char *[] of the strings, UTF-8 encoded."""
    items = [s.encode("utf-8") for s in strings]
    return (c_char_p * len(items))(*items)


def _score_options(layer: str, zero_denominator: Optional[str],
                   ratio_alternatives: Optional[Mapping[str, str]]) -> Tuple[Any, Tuple[Any, Any]]:
    """A zi_lke_score_options and the ctypes arrays it points to (keep both alive)."""
    opts = new_options(_lib.zi_lke_score_options, _c.zi_lke_score_options_init, _lib.LKE_SCORE_OPTIONS_VERSION,
                       layer=_choose(_LAYERS, layer, "layer"),
                       zero_denominator=_choose(_ZERO_POLICIES, zero_denominator, "zero_denominator"))
    alts = dict(ratio_alternatives or {})
    ids, values = _cstrings(alts), _cstrings(alts.values())
    if alts:
        opts.ratio_alternative_count = len(alts)
        opts.ratio_ids = cast(ids, POINTER(c_char_p))
        opts.alternative_ids = cast(values, POINTER(c_char_p))
    return opts, (ids, values)
