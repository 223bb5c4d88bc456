"""The lifetime discipline shared by the handle-owning classes (zi.Plan, the deadline,
evidence, scoring, portfolio and LKE classes):

  - an object owns one libzi handle; close() (idempotent) or a `with` block frees it,
    otherwise the garbage collector does through __del__, which does nothing while the
    interpreter shuts down (the library may already be unloaded);
  - using an object after close() raises zi.ClosedError instead of touching freed memory;
  - objects that borrow from another keep a reference to it, so that it stays alive: the
    views into a handle (Borrowed), and an Owned made with an owner (an LKE score read
    from a batch), which is closed once its owner is and whose close() only forgets it.

Also the small helpers every module uses at the C boundary: owned_text (an owned string
out), new_options (an option struct at its defaults), handle_or_null, utf8 and the 32-bit
array typecodes.
"""

import sys
from array import array
from ctypes import byref, c_size_t, c_void_p, cast, string_at
from typing import Any, Callable, Optional, Tuple, Type, TypeVar

from . import _lib
from ._errors import ClosedError, check

_c = _lib.lib
# Captured now: at interpreter shutdown module globals may already be gone.
_is_finalizing = sys.is_finalizing

_T = TypeVar("_T", bound="Owned")
_S = TypeVar("_S")


def _uint32_typecode() -> str:
    for code in ("I", "L"):
        if array(code).itemsize == 4:
            return code
    raise ImportError("zi: no 32-bit unsigned array typecode on this platform")  # pragma: no cover


def _int32_typecode() -> str:
    for code in ("i", "l"):
        if array(code).itemsize == 4:
            return code
    raise ImportError("zi: no 32-bit signed array typecode on this platform")  # pragma: no cover


UINT32 = _uint32_typecode()
INT32 = _int32_typecode()


def owned_text(fn: Callable[..., int], *args: Any) -> str:
    """Calls a zi_* function that returns an owned string through (char **, size_t *), its
    first two parameters, and returns the string as str, freeing libzi's copy."""
    out = c_void_p()
    size = c_size_t()
    check(fn(byref(out), byref(size), *args))
    try:
        return string_at(out, size.value).decode("utf-8")
    finally:
        _c.zi_free(out)


def new_options(struct: Type[_S], init: Callable[..., int], version: int, **fields: Any) -> _S:
    """A libzi option struct: its defaults from its zi_*_init function (for the struct
    version this package was written against), then the given fields."""
    opts = struct()
    check(init(byref(opts), version))
    for name, value in fields.items():
        setattr(opts, name, value)
    return opts


def utf8(text: Any) -> bytes:
    """A str as UTF-8 bytes; bytes-like input as bytes."""
    return text.encode("utf-8") if isinstance(text, str) else bytes(text)


def handle_or_null(obj: Optional["Owned"]) -> Any:
    """An optional argument's handle, or NULL (None) when it is None (a calendar: the plan's
    own; evidence: none)."""
    return obj._handle() if obj is not None else None


class Owned:
    """Base of the classes that own (or, with an owner, borrow) a libzi handle. Subclasses
    set _FREE (the name of the zi_*_free function) and _WHAT (a noun for messages)."""

    __slots__ = ("_ptr", "_owner", "__weakref__")
    _FREE: Optional[str] = None
    _WHAT: str = "object"

    def __init__(self, _ptr: Any = None, _owner: Optional["Owned"] = None) -> None:
        if _ptr is None or not _ptr:
            raise TypeError("zi.%s objects are made by their factory functions" % type(self).__name__)
        self._ptr = _ptr
        self._owner = _owner

    def _handle(self) -> Any:
        if not self._ptr or (self._owner is not None and self._owner.closed):
            raise ClosedError("the %s is closed" % self._WHAT)
        return self._ptr

    @property
    def closed(self) -> bool:
        return not self._ptr or (self._owner is not None and self._owner.closed)

    def close(self) -> None:
        """Frees the handle (a borrowed one is only forgotten). Safe to call more than once."""
        ptr, self._ptr = self._ptr, None
        if ptr and self._owner is None:
            getattr(_c, self._FREE)(ptr)

    def __enter__(self: _T) -> _T:
        self._handle()
        return self

    def __exit__(self, *exc: Any) -> bool:
        self.close()
        return False

    def __del__(self, _is_finalizing: Callable[[], bool] = _is_finalizing) -> None:
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
    _OWNER: str = "object"

    def __init__(self, owner: Owned, ptr: Any) -> None:
        self._owner = owner
        self._ptr = ptr

    def _p(self) -> Any:
        self._owner._handle()  # raises ClosedError once the owner is closed
        return self._ptr

    def _key(self) -> Tuple[Type["Borrowed"], Optional[int]]:
        return (type(self), cast(self._ptr, c_void_p).value)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Borrowed) and self._key() == other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def _label(self) -> str:  # pragma: no cover - every subclass defines it
        raise NotImplementedError

    def __repr__(self) -> str:
        if self._owner.closed:
            return "<zi.%s of a closed %s>" % (type(self).__name__, self._OWNER)
        return "<zi.%s %s>" % (type(self).__name__, self._label())
