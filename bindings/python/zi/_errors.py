"""The exception hierarchy: one class per zi_status, all derived from zi.Error.

Where a Python built-in exception fits, the class derives from it too, so callers can
catch what they would catch anyway:

    zi.Error                              any failure reported by libzi
      zi.InvalidError(ValueError)         ZI_EINVALID: bad argument or bad input (JSON, plan)
      zi.NotFoundError(LookupError)       ZI_ENOTFOUND
      zi.RangeError(IndexError)           ZI_ERANGE
      zi.OutOfMemoryError(MemoryError)    ZI_ENOMEM
      zi.VersionError                     ZI_EVERSION: an option struct this library does not know
      zi.FileError(OSError)               ZI_EIO: a file cannot be opened or read
      zi.InternalError                    ZI_EINTERNAL: a bug in libzi
      zi.CallbackError                    ZI_EUSER: a callback asked to stop
      zi.ClosedError(ValueError)          a Plan used after close() (raised by the binding)

The message is zi_last_error_message() of the failing call; `status` is the zi_status
(None for ClosedError).
"""

from typing import Dict, Optional, Type

from . import _lib


class Error(Exception):
    """A failure reported by libzi."""

    def __init__(self, message: str, status: Optional[int] = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status

    def __str__(self) -> str:
        return self.message


class InvalidError(Error, ValueError):
    """ZI_EINVALID: a bad argument, or input that is not a valid plan."""


class NotFoundError(Error, LookupError):
    """ZI_ENOTFOUND: the thing asked for does not exist."""


class RangeError(Error, IndexError):
    """ZI_ERANGE: an index or value out of range."""


class OutOfMemoryError(Error, MemoryError):
    """ZI_ENOMEM."""


class VersionError(Error):
    """ZI_EVERSION: an option struct version the loaded libzi_c does not know."""


class FileError(Error, OSError):
    """ZI_EIO: a file cannot be opened, read or written."""


class InternalError(Error):
    """ZI_EINTERNAL: a bug in libzi."""


class CallbackError(Error):
    """ZI_EUSER: a callback asked to stop (a plan source of Portfolio.from_source)."""


class ClosedError(Error, ValueError):
    """An object used after its plan was closed."""


_BY_STATUS: Dict[int, Type[Error]] = {
    _lib.EINVALID: InvalidError,
    _lib.ENOTFOUND: NotFoundError,
    _lib.ERANGE: RangeError,
    _lib.ENOMEM: OutOfMemoryError,
    _lib.EVERSION: VersionError,
    _lib.EIO: FileError,
    _lib.EINTERNAL: InternalError,
    _lib.EUSER: CallbackError,
}


def error_for(status: int, message: str) -> Error:
    """The exception for a failed status."""
    cls = _BY_STATUS.get(status, Error)
    return cls(message, status)


def check(status: int) -> None:
    """Raises the matching exception when status is not ZI_OK. Call it right after the C
    call, in the same thread: the message is thread-local in libzi."""
    if status == _lib.OK:
        return
    raw = _lib.lib.zi_last_error_message()
    message = _lib.text(raw) or _lib.text(_lib.lib.zi_status_str(status)) or "error %d" % status
    raise error_for(status, message)
