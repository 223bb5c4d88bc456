"""Build hook of the zi package: the metadata is in pyproject.toml.

A wheel built from a tree that has libzi_c inside zi/ (bindings/python/build_wheel.cmake
copies it there; the `zi_python_wheel` build target runs it) is tagged for the platform
(py3-none-linux_x86_64): it carries a native library, though no Python extension, so it
works with any Python 3 but only on that platform. A tree without the library gives the
pure py3-none-any wheel that finds libzi_c through ZI_LIBRARY or the dynamic linker.
"""
import glob
import os

from setuptools import Distribution, setup

HERE = os.path.dirname(os.path.abspath(__file__))
HAS_LIBRARY = bool(glob.glob(os.path.join(HERE, "zi", "libzi_c.so*"))
                   or glob.glob(os.path.join(HERE, "zi", "libzi_c*.dylib"))
                   or glob.glob(os.path.join(HERE, "zi", "zi_c.dll")))

class PackageDistribution(Distribution):
    """With libzi_c inside, the package is platform-specific (its files go to platlib)."""

    def has_ext_modules(self):
        return HAS_LIBRARY


cmdclass = {}
try:
    from wheel.bdist_wheel import bdist_wheel
except ImportError:  # no wheel package: sdists and direct installs still work
    bdist_wheel = None

if bdist_wheel is not None:
    class PlatformWheel(bdist_wheel):
        def get_tag(self):
            python, abi, plat = super().get_tag()
            if HAS_LIBRARY:
                return "py3", "none", plat
            return python, abi, plat

    cmdclass["bdist_wheel"] = PlatformWheel

setup(cmdclass=cmdclass, distclass=PackageDistribution)
