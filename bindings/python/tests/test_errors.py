"""The exception hierarchy, the status-to-exception table and the thread-local message."""

import ctypes
import threading
import unittest

import zi
from zi import _errors, _lib


class HierarchyTest(unittest.TestCase):
    def test_classes(self):
        expected = {
            zi.InvalidError: ValueError,
            zi.NotFoundError: LookupError,
            zi.RangeError: IndexError,
            zi.OutOfMemoryError: MemoryError,
            zi.FileError: OSError,
            zi.ClosedError: ValueError,
        }
        for cls, builtin in expected.items():
            self.assertTrue(issubclass(cls, zi.Error), cls)
            self.assertTrue(issubclass(cls, builtin), cls)
        for cls in (zi.VersionError, zi.InternalError, zi.CallbackError):
            self.assertTrue(issubclass(cls, zi.Error))
        self.assertTrue(issubclass(zi.Error, Exception))

    def test_status_table(self):
        table = {
            -1: zi.InvalidError, -2: zi.NotFoundError, -3: zi.RangeError, -4: zi.OutOfMemoryError,
            -5: zi.VersionError, -6: zi.FileError, -7: zi.InternalError, -8: zi.CallbackError,
        }
        for status, cls in table.items():
            e = _errors.error_for(status, "why")
            self.assertIs(type(e), cls)
            self.assertEqual(e.status, status)
            self.assertEqual(str(e), "why")
        self.assertIs(type(_errors.error_for(-99, "x")), zi.Error)

    def test_check(self):
        _errors.check(0)  # no exception
        with self.assertRaises(zi.InvalidError) as cm:
            _errors.check(_lib.lib.zi_date_from_ymd(None, 2026, 1, 1))
        self.assertEqual(cm.exception.message, "out tidak boleh NULL")

    def test_version_error(self):
        opts = _lib.zi_plan_load_options()
        with self.assertRaises(zi.VersionError) as cm:
            _errors.check(_lib.lib.zi_plan_load_options_init(ctypes.byref(opts), 99))
        self.assertIn("versi 99 tidak didukung", str(cm.exception))
        opts.version = 0
        out = _lib.P(_lib.zi_plan)()
        with self.assertRaises(zi.VersionError):
            _errors.check(_lib.lib.zi_plan_load_file(ctypes.byref(out), b"x.json", ctypes.byref(opts)))
        self.assertFalse(out)  # *out is NULL on failure
        lint = _lib.zi_lint_options()
        with self.assertRaises(zi.VersionError):
            _errors.check(_lib.lib.zi_lint_options_init(ctypes.byref(lint), 0))

    def test_message_is_thread_local(self):
        seen = {}

        def worker():
            seen["before"] = _lib.text(_lib.lib.zi_last_error_message())
            try:
                zi.parse_date("2026-13-01")
            except zi.InvalidError as e:
                seen["error"] = str(e)

        with self.assertRaises(zi.InvalidError):
            zi.parse_date("not a date")
        t = threading.Thread(target=worker)
        t.start()
        t.join()
        self.assertEqual(seen["before"], "")
        self.assertIn("2026-13-01", seen["error"])
        self.assertIn("not a date", _lib.text(_lib.lib.zi_last_error_message()))

    def test_status_str(self):
        self.assertEqual(_lib.text(_lib.lib.zi_status_str(-6)), "galat masukan/keluaran")
        self.assertEqual(_lib.text(_lib.lib.zi_status_str(12345)), "status tidak dikenal")


if __name__ == "__main__":
    unittest.main()
