"""zi.h is readable by an FFI declaration parser: `cc -E -P -DZI_CDEF zi.h` is accepted
by cffi's cdef() as is, and the declarations work against the library. Skipped when this
interpreter has no cffi (Debian's python3 has only _cffi_backend unless python3-cffi is
installed) or there is no C compiler."""

import os
import shutil
import subprocess
import unittest

from zi import _lib

from .support import HEADER

try:
    import cffi
except ImportError:  # pragma: no cover - depends on the interpreter
    cffi = None


@unittest.skipIf(cffi is None, "cffi is not installed for this interpreter")
@unittest.skipIf(shutil.which("cc") is None, "no C compiler (cc) to preprocess zi.h")
class CdefTest(unittest.TestCase):
    def test_header_in_cdef_mode(self):
        text = subprocess.run(["cc", "-E", "-P", "-DZI_CDEF", HEADER], check=True,
                              capture_output=True, text=True).stdout
        ffi = cffi.FFI()
        ffi.cdef(text)
        lib = ffi.dlopen(_lib.library_path)
        self.assertEqual(lib.zi_version_number(), _lib.lib.zi_version_number())
        self.assertEqual(lib.ZI_EIO, -6)
        plan = ffi.new("zi_plan **")
        self.assertEqual(lib.zi_plan_default(plan), lib.ZI_OK)
        self.assertEqual(lib.zi_plan_indicator_count(plan[0]), 64)
        opts = ffi.new("zi_plan_load_options *")
        self.assertEqual(lib.zi_plan_load_options_init(opts, 1), 0)
        self.assertTrue(opts.validate)
        lib.zi_plan_free(plan[0])
