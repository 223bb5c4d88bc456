"""The ctypes table (zi._lib.FUNCTIONS) against capi/zi.symbols and the declarations of
capi/include/zi/zi.h: every exported function is declared, with the right types."""

import ctypes
import re
import unittest
from ctypes import (POINTER, c_bool, c_char_p, c_double, c_int32, c_int64, c_size_t, c_uint8, c_uint32, c_uint64,
                    c_void_p)

from zi import _lib

from .support import HEADER, SYMBOLS

_SCALARS = {
    "zi_status": c_int32, "int32_t": c_int32, "uint32_t": c_uint32, "size_t": c_size_t,
    "double": c_double, "bool": c_bool, "zi_date": _lib.zi_date, "uint8_t": c_uint8, "uint64_t": c_uint64, "int64_t": c_int64,
}


def expected_ctype(c_type):
    """The ctypes type the table must use for a C type of zi.h."""
    t = " ".join(c_type.replace("*", " * ").split())
    stars = t.count("*")
    base = t.replace("*", "").replace("const", "").strip()
    if base == "void":
        return {0: None, 1: c_void_p}[stars]
    if base == "char":
        # Borrowed or caller-buffer strings are c_char_p; an owned string comes back through
        # char ** and must stay a raw pointer for zi_free.
        return {1: c_char_p, 2: POINTER(c_void_p)}[stars]
    if base.endswith("_fn") and stars == 0:
        return getattr(_lib, base)  # a callback type (ctypes.CFUNCTYPE)
    if base in _SCALARS:
        result = _SCALARS[base]
    else:
        result = getattr(_lib, base)  # an opaque handle or an option struct
        assert issubclass(result, ctypes.Structure), base
    for _ in range(stars):
        result = POINTER(result)
    return result


def declarations():
    """name -> (return type, [parameter types]) from the header's ZI_API lines."""
    decls = {}
    with open(HEADER, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("ZI_API "):
                continue
            m = re.match(r"ZI_API (.+?)\b(zi_\w+)\((.*)\) ZI_NOEXCEPT;$", line.strip())
            assert m, line
            ret, name, params = m.groups()
            types = []
            if params.strip() != "void":
                for p in params.split(","):
                    p = p.strip()
                    types.append(re.sub(r"\w+$", "", p).strip())  # drop the parameter name
            decls[name] = (ret.strip(), types)
    return decls


class TableTest(unittest.TestCase):
    def test_table_matches_the_symbol_list(self):
        with open(SYMBOLS, encoding="utf-8") as f:
            symbols = {line.strip() for line in f if line.strip() and not line.startswith("#")}
        self.assertEqual(set(_lib.FUNCTIONS), symbols)

    def test_table_matches_the_header(self):
        decls = declarations()
        self.assertEqual(set(decls), set(_lib.FUNCTIONS))
        for name, (ret, params) in decls.items():
            restype, argtypes = _lib.FUNCTIONS[name]
            self.assertIs(restype, expected_ctype(ret), "%s returns %s" % (name, ret))
            self.assertEqual(len(argtypes), len(params), name)
            for i, (have, c_type) in enumerate(zip(argtypes, params)):
                self.assertIs(have, expected_ctype(c_type), "%s parameter %d is %s" % (name, i, c_type))

    def test_loaded_functions_carry_the_table(self):
        for name, (restype, argtypes) in _lib.FUNCTIONS.items():
            fn = getattr(_lib.lib, name)
            self.assertIs(fn.restype, restype, name)
            self.assertEqual(list(fn.argtypes), list(argtypes), name)

    def test_option_structs_match_the_header(self):
        with open(HEADER, encoding="utf-8") as f:
            header = f.read()
        for struct, cls in (("zi_plan_load_options", _lib.zi_plan_load_options),
                            ("zi_lint_options", _lib.zi_lint_options),
                            ("zi_calendar_options", _lib.zi_calendar_options),
                            ("zi_due_policy_options", _lib.zi_due_policy_options),
                            ("zi_scoring_policy", _lib.zi_scoring_policy),
                            ("zi_agenda_options", _lib.zi_agenda_options),
                            ("zi_portfolio_options", _lib.zi_portfolio_options),
                            ("zi_portfolio_score_options", _lib.zi_portfolio_score_options),
                            ("zi_ical_options", _lib.zi_ical_options)):
            body = re.search(r"typedef struct %s \{(.*?)\} %s;" % (struct, struct), header, re.S).group(1)
            body = re.sub(r"/\*.*?\*/", "", body, flags=re.S)
            fields = re.findall(r"((?:const )?\w+ \*?)(\w+);", body)
            self.assertEqual([(n, expected_ctype(t)) for t, n in fields],
                             [(n, t) for n, t in cls._fields_], struct)
        for macro, value in (("ZI_PLAN_LOAD_OPTIONS_VERSION", _lib.PLAN_LOAD_OPTIONS_VERSION),
                             ("ZI_LINT_OPTIONS_VERSION", _lib.LINT_OPTIONS_VERSION),
                             ("ZI_CALENDAR_OPTIONS_VERSION", _lib.CALENDAR_OPTIONS_VERSION),
                             ("ZI_DUE_POLICY_OPTIONS_VERSION", _lib.DUE_POLICY_OPTIONS_VERSION),
                             ("ZI_SCORING_POLICY_VERSION", _lib.SCORING_POLICY_VERSION),
                             ("ZI_AGENDA_OPTIONS_VERSION", _lib.AGENDA_OPTIONS_VERSION),
                             ("ZI_PORTFOLIO_OPTIONS_VERSION", _lib.PORTFOLIO_OPTIONS_VERSION),
                             ("ZI_PORTFOLIO_SCORE_OPTIONS_VERSION", _lib.PORTFOLIO_SCORE_OPTIONS_VERSION),
                             ("ZI_ICAL_OPTIONS_VERSION", _lib.ICAL_OPTIONS_VERSION),
                             ("ZI_ABI_VERSION", _lib.ABI_VERSION)):
            self.assertRegex(header, r"#define %s %d\n" % (macro, value))

    def test_every_declaration_is_documented(self):
        # The comment block right above each ZI_API line carries the four tags.
        with open(HEADER, encoding="utf-8") as f:
            lines = f.read().split("\n")
        for n, line in enumerate(lines):
            if not line.startswith("ZI_API "):
                continue
            comment = []
            j = n - 1
            while j >= 0 and lines[j].strip() and not lines[j].startswith("ZI_API ") and \
                    not lines[j].startswith("#") and not lines[j].rstrip().endswith(";"):
                comment.append(lines[j])
                j -= 1
            text = "\n".join(reversed(comment))
            name = re.search(r"(zi_\w+)\(", line).group(1)
            for tag in ("@ownership", "@thread-safety", "@since", "@stability"):
                self.assertIn(tag, text, "%s lacks %s" % (name, tag))

    def test_enum_values_match_the_header(self):
        # The pinned values the package passes to libzi (enum zi_occurrence_column, ...).
        with open(HEADER, encoding="utf-8") as f:
            header = f.read()
        names = [n for n in vars(_lib) if n.startswith(("OCCURRENCE_", "LEVEL_", "REGISTRY_"))]
        self.assertEqual(len(names), 16)
        for name in names:
            m = re.search(r"\bZI_%s = (-?\d+)\b" % name, header)
            self.assertIsNotNone(m, name)
            self.assertEqual(int(m.group(1)), getattr(_lib, name), name)

    def test_status_codes_match_the_header(self):
        with open(HEADER, encoding="utf-8") as f:
            header = f.read()
        for name in ("OK", "EINVALID", "ENOTFOUND", "ERANGE", "ENOMEM", "EVERSION", "EIO", "EINTERNAL", "EUSER"):
            m = re.search(r"\bZI_%s = (-?\d+)," % name, header) or re.search(r"\bZI_%s = (-?\d+)\s" % name, header)
            self.assertIsNotNone(m, name)
            self.assertEqual(int(m.group(1)), getattr(_lib, name), name)


if __name__ == "__main__":
    unittest.main()
