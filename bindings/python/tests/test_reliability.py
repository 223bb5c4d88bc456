"""Hostile input through the C API (issue #14): bytes that are not UTF-8 give a zi error
whose message is itself valid UTF-8, never a UnicodeDecodeError."""

import ctypes
import json
import unittest

import zi
from zi import _errors, _lib

# Invalid or overlong UTF-8: a stray continuation byte, an overlong '/', an overlong NUL, a
# UTF-16 surrogate, a code point past U+10FFFF, a truncated sequence.
BAD = [b"\x80", b"\xc0\xaf", b"\xc0\x80", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80",
       b"\xe2\x82", b"\xff"]


def parse(fn, raw, year=2026):
    out = _lib.P(_lib.zi_schedule)()
    status = fn(ctypes.byref(out), raw, len(raw), year)
    if status == _lib.OK:
        _lib.lib.zi_schedule_free(out)
    return status


class InvalidUtf8Test(unittest.TestCase):
    def check_refused(self, fn, raw, what):
        status = parse(fn, raw)
        self.assertEqual(status, _lib.EINVALID, raw)
        with self.assertRaises(zi.InvalidError) as caught:
            _errors.check(status)
        message = str(caught.exception)
        self.assertIn(what + " bukan teks UTF-8 yang sah (byte 0x", message)

    def test_schedule_phrase(self):
        for bad in BAD:
            with self.subTest(bad=bad):
                self.check_refused(_lib.lib.zi_schedule_parse, b"Januari " + bad + b" 2026",
                                   "target waktu")

    def test_rrule(self):
        for bad in BAD:
            with self.subTest(bad=bad):
                self.check_refused(_lib.lib.zi_schedule_parse_rrule, b"FREQ=MONTHLY;" + bad,
                                   "rrule")

    def test_valid_utf8_still_parses(self):
        # A no-break space (C2 A0) and an en dash (E2 80 93) are valid and understood.
        s = zi.parse_schedule("Januari\u00a02026", 2026)
        self.assertEqual(len(s.windows), 1)
        s = zi.parse_schedule("Januari \u2013 Maret 2026", 2026)
        self.assertEqual(len(s.windows), 1)

    def test_plan_json_bytes(self):
        # The JSON reading layer refuses the same bytes inside any string of a plan.
        with open(_lib_data("plans/minimal.json"), "rb") as f:
            text = f.read()
        plan = json.loads(text)
        marker = "ZZMARKERZZ"
        plan["satker"]["name"] = marker
        raw = json.dumps(plan).encode("utf-8")
        for bad in BAD:
            with self.subTest(bad=bad):
                with self.assertRaises(zi.InvalidError) as caught:
                    zi.Plan.from_json(raw.replace(marker.encode(), b"x" + bad + b"x"))
                str(caught.exception).encode("utf-8")  # a str: it was decoded without error


class DuplicateSatkerTest(unittest.TestCase):
    """Two plans for one satker: the satker's code and name and both plans' positions and
    labels (file names) are named."""

    def test_labels_are_named(self):
        base = zi.Plan.default()  # KPU-72, KPU Provinsi Sulawesi Tengah
        with zi.Portfolio.synthetic(registry="sulteng", seed=1) as p:
            palu = p.plan(13)  # KPU-7271, KPU Kota Palu
        self.assertEqual(palu.satker.code, "KPU-7271")
        with self.assertRaises(zi.InvalidError) as caught:
            zi.Portfolio.compile([base, palu, base], labels=["a/kpu-72.json", None, "c/salinan \u00e9.json"])
        self.assertEqual(str(caught.exception),
                         "satker KPU-72 (KPU Provinsi Sulawesi Tengah) ada di dua rencana aksi: rencana ke-1 "
                         "(a/kpu-72.json) dan rencana ke-3 (c/salinan \u00e9.json)")
        with self.assertRaises(zi.InvalidError) as caught:
            zi.Portfolio.compile([palu, base, palu])
        self.assertEqual(str(caught.exception),
                         "satker KPU-7271 (KPU Kota Palu) ada di dua rencana aksi: rencana ke-1 dan rencana ke-3")
        with zi.Portfolio.compile([base, palu], labels=["a.json", "b.json"]) as ok:
            self.assertEqual(len(ok), 2)
        with self.assertRaises(ValueError):
            zi.Portfolio.compile([base, palu], labels=["a.json"])

    def test_load_dir_names_the_files(self):
        import os
        import tempfile
        base = zi.Plan.default()
        with tempfile.TemporaryDirectory() as d:
            for name in ("a.json", "b.json"):
                with open(os.path.join(d, name), "w", encoding="utf-8") as f:
                    f.write(base.to_json())
            with self.assertRaises(zi.InvalidError) as caught:
                zi.Portfolio.load_dir(d)
            self.assertEqual(str(caught.exception),
                             "satker KPU-72 (KPU Provinsi Sulawesi Tengah) ada di dua rencana aksi: rencana ke-1 "
                             "(%s) dan rencana ke-2 (%s)" % (os.path.join(d, "a.json"), os.path.join(d, "b.json")))


def _lib_data(name):
    import os
    root = os.environ.get("ZI_SOURCE_DIR") or os.path.join(os.path.dirname(__file__), "..", "..", "..")
    return os.path.join(root, "tests", "data", name)


if __name__ == "__main__":
    unittest.main()
