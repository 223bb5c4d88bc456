"""Every enumeration name the package uses is the C library's (zi_*_str), which is the
core's: a table re-typed in Python, or a name missing from one, fails here."""

import unittest

from zi import _deadlines, _evidence, _lib, _scoring
from zi.lke import _common as _lke

_c = _lib.lib


def c_names(str_function):
    """value -> name, from the C function (0, 1, ... up to the first NULL)."""
    names = {}
    while True:
        raw = str_function(len(names))
        if raw is None:
            return names
        names[len(names)] = raw.decode("utf-8")


class EnumNamesTest(unittest.TestCase):
    def check_mapping(self, table, str_function, what, aliases=()):
        """A {name: value} table: every name is the C name of its value, every C value
        has its name, and only the declared aliases (and None) are extra."""
        names = c_names(str_function)
        self.assertTrue(names, what)
        for name, value in table.items():
            if name is None or name in aliases:
                self.assertIn(value, names, "%s[%r]" % (what, name))
                continue
            self.assertEqual(names.get(value), name, "%s[%r] = %d" % (what, name, value))
        for value, name in names.items():
            self.assertEqual(table.get(name), value, "%s lacks %r" % (what, name))

    def check_sequence(self, table, str_function, what):
        """A tuple indexed by value: exactly the C names."""
        names = c_names(str_function)
        self.assertEqual(tuple(table), tuple(names[v] for v in range(len(names))), what)

    def test_deadlines(self):
        self.check_mapping(_deadlines.CONVENTIONS, _c.zi_convention_str, "CONVENTIONS")
        self.check_mapping(_deadlines.DUE_OFFSETS, _c.zi_due_offset_str, "DUE_OFFSETS")

    def test_evidence_and_scoring(self):
        self.check_sequence(_evidence.EVIDENCE_STATUSES, _c.zi_evidence_status_str,
                            "EVIDENCE_STATUSES")
        self.check_sequence(_scoring.STATUSES, _c.zi_occurrence_status_str, "STATUSES")
        self.check_sequence(_scoring.LEVELS, _c.zi_report_level_str, "LEVELS")

    def test_lke(self):
        self.check_mapping(_lke._LAYERS, _c.zi_lke_layer_str, "_LAYERS")
        self.check_mapping(_lke._FORMATS, _c.zi_lke_format_str, "_FORMATS")
        # "one", "zero", "unanswered": the package's short forms of zero_over_zero_is_*.
        self.check_mapping(_lke._ZERO_POLICIES, _c.zi_lke_zero_policy_str, "_ZERO_POLICIES",
                           aliases=("one", "zero", "unanswered"))
        for short in ("one", "zero", "unanswered"):
            self.assertEqual(_lke._ZERO_POLICIES[short],
                             _lke._ZERO_POLICIES["zero_over_zero_is_" + short])

    def test_every_str_function_reads_back(self):
        # The helper the tables are built with agrees with a plain reading.
        for name in _lib.FUNCTIONS:
            if name.endswith("_str") and name != "zi_status_str":
                fn = getattr(_c, name)
                self.assertEqual(_lib.enum_names(fn), tuple(c_names(fn).values()), name)


if __name__ == "__main__":
    unittest.main()
