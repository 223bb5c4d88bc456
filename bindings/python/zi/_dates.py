"""libzi dates (zi_date: days since 1970-01-01) and datetime.date, both ways.

The conversion is proleptic Gregorian ordinal arithmetic, exact over the whole range the C
date helpers accept, 0001-01-01..9999-12-31 (ZI_DATE_MIN_DAYS..ZI_DATE_MAX_DAYS), which is
datetime.date's own range; a day count outside it raises zi.RangeError as
zi_date_to_ymd does.
"""

import datetime
from ctypes import byref
from typing import Union

from . import _lib
from ._errors import RangeError, check

_c = _lib.lib

# 1970-01-01 as a proleptic Gregorian ordinal: libzi's day count is ordinal - EPOCH_ORDINAL.
EPOCH_ORDINAL = 719163
MIN_DAYS = 1 - EPOCH_ORDINAL  # 0001-01-01, ZI_DATE_MIN_DAYS
MAX_DAYS = datetime.date.max.toordinal() - EPOCH_ORDINAL  # 9999-12-31, ZI_DATE_MAX_DAYS

DateLike = Union[datetime.date, str]


def date_from_days(days: int) -> datetime.date:
    """A libzi date (days since 1970-01-01) as a datetime.date; zi.RangeError outside
    0001-01-01..9999-12-31."""
    if not MIN_DAYS <= days <= MAX_DAYS:
        raise RangeError("date %d (days since 1970-01-01) is outside 0001-01-01..9999-12-31" % days,
                         _lib.ERANGE)
    return datetime.date.fromordinal(days + EPOCH_ORDINAL)


def days_from_date(date: datetime.date) -> int:
    """A datetime.date as a libzi date (days since 1970-01-01)."""
    return date.toordinal() - EPOCH_ORDINAL


def _parse_days(text: str) -> int:
    raw = text.encode("utf-8")
    out = _lib.zi_date()
    check(_c.zi_date_parse_iso(byref(out), raw, len(raw)))
    return out.days


def parse_date(text: str) -> datetime.date:
    """Parses "YYYY-MM-DD" strictly (zi_date_parse_iso) into a datetime.date."""
    return date_from_days(_parse_days(text))


def to_days(value: DateLike) -> int:
    """A datetime.date (or "YYYY-MM-DD") as libzi's day count since 1970-01-01."""
    if isinstance(value, datetime.date):  # a datetime.datetime too: its date counts
        return days_from_date(value)
    if isinstance(value, str):
        return _parse_days(value)
    raise TypeError("expected a datetime.date or a 'YYYY-MM-DD' string, not %s" % type(value).__name__)


def zdate(value: DateLike) -> "_lib.zi_date":
    """A datetime.date (or "YYYY-MM-DD") as a zi_date struct."""
    return _lib.zi_date(to_days(value))
