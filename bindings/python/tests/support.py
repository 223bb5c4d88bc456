"""Shared helpers of the zi package tests: where the repository's files are."""

import os
import threading

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE_DIR = os.environ.get("ZI_SOURCE_DIR") or os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DATA = os.path.join(SOURCE_DIR, "tests", "capi", "data")
HEADER = os.path.join(SOURCE_DIR, "capi", "include", "zi", "zi.h")
SYMBOLS = os.path.join(SOURCE_DIR, "capi", "zi.symbols")
PACKAGE_DIR = os.path.normpath(os.path.join(HERE, ".."))


def data(name):
    return os.path.join(DATA, name)


def subprocess_env(**extra):
    """The environment for a child python that imports zi from this source tree."""
    env = dict(os.environ)
    env["PYTHONPATH"] = PACKAGE_DIR + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def run_in_threads(worker, count, args=lambda i: ()):
    """Runs worker(*args(i)) for i in range(count) on as many threads at once and returns
    the exceptions they raised (an empty list when none did)."""
    errors = []

    def run(*a):
        try:
            worker(*a)
        except Exception as e:  # pragma: no cover - reported by the caller
            errors.append(e)

    threads = [threading.Thread(target=run, args=args(i)) for i in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors
