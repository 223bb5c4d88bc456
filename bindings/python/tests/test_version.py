"""Versions, and the checks made when the library is loaded."""

import os
import subprocess
import sys
import tempfile
import unittest
from unittest import mock

import zi
from zi import _lib

from .support import PACKAGE_DIR, subprocess_env


def import_zi(**env):
    code = "import zi; print(zi.library_path())"
    return subprocess.run([sys.executable, "-c", code], env=subprocess_env(**env),
                          capture_output=True, text=True, timeout=120)


def load_lib_with(old, new):
    """Runs _lib.py's code with `old` replaced by `new` (another ABI_VERSION, MIN_VERSION)
    in a child python, against the same library."""
    code = (
        "import sys, types\n"
        "src = open(sys.argv[1]).read().replace(sys.argv[2], sys.argv[3])\n"
        "m = types.ModuleType('zi_lib_test')\n"
        "m.__file__ = sys.argv[1]\n"
        "exec(compile(src, sys.argv[1], 'exec'), m.__dict__)\n")
    return subprocess.run([sys.executable, "-c", code, os.path.join(PACKAGE_DIR, "zi", "_lib.py"), old, new],
                          env=subprocess_env(), capture_output=True, text=True, timeout=120)


class VersionTest(unittest.TestCase):
    def test_versions(self):
        self.assertEqual(zi.version(), "0.5.0")
        self.assertEqual(zi.version_info(), (0, 5, 0))
        self.assertEqual(zi.abi_version(), 0)
        self.assertEqual(zi.__version__, zi.version())  # the package and the library agree
        self.assertTrue(os.path.exists(zi.library_path()))

    def test_pyproject_version(self):
        with open(os.path.join(PACKAGE_DIR, "pyproject.toml"), encoding="utf-8") as f:
            self.assertIn('version = "%s"' % zi.__version__, f.read())


class LoadingTest(unittest.TestCase):
    def test_zi_library_that_does_not_exist(self):
        r = import_zi(ZI_LIBRARY="/nonexistent/libzi_c.so")
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("ImportError: zi: tidak dapat memuat libzi_c dari /nonexistent/libzi_c.so (ZI_LIBRARY)", r.stderr)

    def test_a_library_that_is_not_libzi_c(self):
        r = import_zi(ZI_LIBRARY="libm.so.6")
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("bukan libzi_c: tidak ada zi_version_number", r.stderr)

    def test_abi_mismatch(self):
        r = load_lib_with("ABI_VERSION = 0", "ABI_VERSION = 7")
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("memiliki versi ABI 0, sedangkan paket ini memerlukan ABI 7", r.stderr)

    def test_library_too_old(self):
        r = load_lib_with("MIN_VERSION = 500", "MIN_VERSION = 9900")
        self.assertNotEqual(r.returncode, 0)
        self.assertIn("lebih lama dari 0.99.0", r.stderr)

    def test_search_order(self):
        # 1. ZI_LIBRARY, and nothing else when it is set.
        with mock.patch.dict(os.environ, {"ZI_LIBRARY": "/x/libzi_c.so"}):
            self.assertEqual(_lib._candidates(), [("ZI_LIBRARY", "/x/libzi_c.so")])
        # 2. the package directory (files that exist), 3. ctypes.util.find_library.
        with tempfile.TemporaryDirectory() as d:
            shipped = os.path.join(d, "libzi_c.so.0")
            open(shipped, "w").close()
            with mock.patch.dict(os.environ), \
                 mock.patch.object(_lib, "_package_candidates", return_value=[shipped, os.path.join(d, "libzi_c.so")]), \
                 mock.patch.object(_lib.ctypes.util, "find_library", return_value="libzi_c.so.0"):
                os.environ.pop("ZI_LIBRARY", None)
                self.assertEqual(_lib._candidates(), [("direktori paket", shipped),
                                                      ("ctypes.util.find_library('zi_c')", "libzi_c.so.0")])
            with mock.patch.dict(os.environ), \
                 mock.patch.object(_lib, "_package_candidates", return_value=[]), \
                 mock.patch.object(_lib.ctypes.util, "find_library", return_value=None):
                os.environ.pop("ZI_LIBRARY", None)
                self.assertEqual(_lib._candidates(), [])
                with self.assertRaises(ImportError) as cm:
                    _lib._load()
                self.assertIn("isi ZI_LIBRARY", str(cm.exception))

    def test_package_directory_names(self):
        names = [os.path.basename(p) for p in _lib._package_candidates()]
        if sys.platform.startswith("linux"):
            self.assertEqual(names, ["libzi_c.so.0", "libzi_c.so"])

    def test_the_sentinel_is_declared(self):
        self.assertIn("zi_version_number", _lib.FUNCTIONS)
        self.assertGreaterEqual(_lib.lib.zi_version_number(), _lib.MIN_VERSION)


if __name__ == "__main__":
    unittest.main()
