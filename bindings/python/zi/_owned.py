"""The lifetime discipline shared by the handle-owning classes of the deadline, evidence,
scoring and portfolio modules (the same rules as zi.Plan's):

  - an object owns one libzi handle; close() (idempotent) or a `with` block frees it,
    otherwise the garbage collector does through __del__, which does nothing while the
    interpreter shuts down (the library may already be unloaded);
  - using an object after close() raises zi.ClosedError instead of touching freed memory;
  - objects that borrow from another keep a reference to it, so that it stays alive.
"""

import sys
from array import array
from ctypes import c_void_p, cast

from . import _lib
from ._errors import ClosedError

_c = _lib.lib
# Captured now: at interpreter shutdown module globals may already be gone.
_is_finalizing = sys.is_finalizing

# 1970-01-01 as a proleptic Gregorian ordinal: libzi's day count is ordinal - EPOCH.
EPOCH_ORDINAL = 719163


def _uint32_typecode():
    for code in ("I", "L"):
        if array(code).itemsize == 4:
            return code
    raise ImportError("zi: no 32-bit unsigned array typecode on this platform")  # pragma: no cover


def _int32_typecode():
    for code in ("i", "l"):
        if array(code).itemsize == 4:
            return code
    raise ImportError("zi: no 32-bit signed array typecode on this platform")  # pragma: no cover


UINT32 = _uint32_typecode()
INT32 = _int32_typecode()


class Owned:
    """Base of the classes that own a libzi handle. Subclasses set _FREE (the name of the
    zi_*_free function) and _WHAT (a noun for messages)."""

    __slots__ = ("_ptr", "__weakref__")
    _FREE = None
    _WHAT = "object"

    def __init__(self, _ptr=None):
        if _ptr is None or not _ptr:
            raise TypeError("zi.%s objects are made by their factory functions" % type(self).__name__)
        self._ptr = _ptr

    def _handle(self):
        if not self._ptr:
            raise ClosedError("the %s is closed" % self._WHAT)
        return self._ptr

    @property
    def closed(self):
        return not self._ptr

    def close(self):
        """Frees the handle. Safe to call more than once."""
        ptr, self._ptr = self._ptr, None
        if ptr:
            getattr(_c, self._FREE)(ptr)

    def __enter__(self):
        self._handle()
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def __del__(self, _is_finalizing=_is_finalizing):
        if _is_finalizing():
            return
        try:
            self.close()
        except Exception:  # pragma: no cover - never raise from a finalizer
            pass


class Borrowed:
    """Base of the views into an owning object's handle (a plan's nodes, a rubric's parts):
    a pointer into the handle plus the owner, which keeps the handle alive. Using a view
    after its owner is closed raises zi.ClosedError; two views are equal when they are the
    same part. Subclasses set _OWNER (a noun for messages) and define _label() (for repr)."""

    __slots__ = ("_owner", "_ptr")
    _OWNER = "object"

    def __init__(self, owner, ptr):
        self._owner = owner
        self._ptr = ptr

    def _p(self):
        self._owner._handle()  # raises ClosedError once the owner is closed
        return self._ptr

    def _key(self):
        return (type(self), cast(self._ptr, c_void_p).value)

    def __eq__(self, other):
        return isinstance(other, Borrowed) and self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def _label(self):  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def __repr__(self):
        if self._owner.closed:
            return "<zi.%s of a closed %s>" % (type(self).__name__, self._OWNER)
        return "<zi.%s %s>" % (type(self).__name__, self._label())
