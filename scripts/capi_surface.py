#!/usr/bin/env python3
"""The parts of the C surface that follow from zi.h, derived from it.

zi.h is the one hand-written description of every C function (prototype and documentation).
Two lists repeat each prototype and can be derived from it, and one names each function:

  capi/zi.symbols                    the exported names, sorted (the linker's export list
                                     is checked against it by ctest capi.exported_symbols)
  FUNCTIONS in bindings/python/zi/_lib.py
                                     ctypes restype/argtypes of each function
  the Reference table of docs/c-api.md
                                     each function by module (`zi_x_y`, or `_z` for a
                                     sibling of the name before it); checked, not written

Usage:
  scripts/capi_surface.py --check      zi.symbols, the FUNCTIONS table (entries and their
                                       order) and the Reference table agree with zi.h
                                       (ctest capi.surface); exit 1 and say what differs
  scripts/capi_surface.py --write      rewrite capi/zi.symbols from zi.h, and print the
                                       FUNCTIONS lines of functions the table lacks, in
                                       zi.h's order, to paste into _lib.py

The FUNCTIONS table stays hand-placed (it is grouped by module with comments, and other
code appends to it), so --write prints its missing lines rather than rewriting it.
"""

import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HEADER = os.path.join(ROOT, "capi", "include", "zi", "zi.h")
SYMBOLS = os.path.join(ROOT, "capi", "zi.symbols")
LIB_PY = os.path.join(ROOT, "bindings", "python", "zi", "_lib.py")
DOCS = os.path.join(ROOT, "docs", "c-api.md")

# C type -> the spelling of its ctypes type in _lib.py (P = POINTER).
_SCALARS = {
    "zi_status": "zi_status", "int32_t": "c_int32", "uint32_t": "c_uint32", "size_t": "c_size_t",
    "double": "c_double", "bool": "c_bool", "zi_date": "zi_date", "uint8_t": "c_uint8",
    "uint64_t": "c_uint64", "int64_t": "c_int64",
}


def declarations(header=HEADER):
    """[(name, return type, [parameter types])] of the ZI_API lines, in the header's order."""
    decls = []
    with open(header, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("ZI_API "):
                continue
            m = re.match(r"ZI_API (.+?)\b(zi_\w+)\((.*)\) ZI_NOEXCEPT;$", line.strip())
            if not m:
                raise SystemExit("capi_surface: cannot read the declaration: " + line.strip())
            ret, name, params = m.groups()
            types = []
            if params.strip() != "void":
                types = [re.sub(r"\w+$", "", p.strip()).strip() for p in params.split(",")]
            decls.append((name, ret.strip(), types))
    return decls


def ctype(c_type):
    """The _lib.py spelling of a C type of zi.h (the rules of tests/test_table.py)."""
    t = " ".join(c_type.replace("*", " * ").split())
    stars = t.count("*")
    base = t.replace("*", "").replace("const", "").strip()
    if base == "void":
        return {0: "None", 1: "c_void_p"}[stars]
    if base == "char":
        # An owned string comes back through char ** as a raw pointer (for zi_free).
        return {1: "c_char_p", 2: "P(c_void_p)"}[stars]
    result = _SCALARS.get(base, base)  # else an opaque handle or an option struct
    for _ in range(stars):
        result = "P(%s)" % result
    return result


def table_line(name, ret, params):
    return '    "%s": (%s, [%s]),' % (name, ctype(ret), ", ".join(ctype(p) for p in params))


def table_entries(lib_py=LIB_PY):
    """name -> the entry's text "(restype, [argtypes])" with whitespace collapsed."""
    with open(lib_py, encoding="utf-8") as f:
        text = f.read()
    body = text[text.index("FUNCTIONS = {"):]
    body = body[:body.index("\n}\n")]
    entries = {}
    for m in re.finditer(r'"(zi_\w+)": (\(.*?\]\)),', body, re.S):
        entries[m.group(1)] = " ".join(m.group(2).split()).replace("[ ", "[")
    return entries


def documented(declared, docs=DOCS):
    """The functions the Reference table of docs/c-api.md names. `_z` after `zi_x_y` is the
    declared name among zi_x_z and zi_z (the longest prefix of zi_x_y that gives one)."""
    with open(docs, encoding="utf-8") as f:
        text = f.read()
    start = text.find("\n## Reference")
    if start < 0:
        return set()
    end = text.find("\n## ", start + 1)
    found = set()
    for line in text[start:end if end >= 0 else None].splitlines():
        if not line.startswith("|"):
            continue
        last = None
        for tok in re.findall(r"`(_?[a-z0-9_]+)`", line):
            if tok.startswith("zi_"):
                last = tok
                found.add(tok)
            elif tok.startswith("_") and last:
                parts = last.split("_")
                for k in range(len(parts) - 1, 0, -1):
                    if "_".join(parts[:k]) + tok in declared:
                        found.add("_".join(parts[:k]) + tok)
                        break
    return found


def read_symbols(path=SYMBOLS):
    with open(path, encoding="utf-8") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def symbols_text(decls):
    return "".join(name + "\n" for name in sorted(name for name, _, _ in decls))


def check(decls):
    problems = []
    with open(SYMBOLS, encoding="utf-8") as f:
        if f.read() != symbols_text(decls):
            listed, declared = set(read_symbols()), {n for n, _, _ in decls}
            problems.append("capi/zi.symbols is not zi.h's ZI_API names, sorted (only in"
                            " zi.symbols: %s; only in zi.h: %s); run scripts/capi_surface.py"
                            " --write"
                            % (" ".join(sorted(listed - declared)) or "-",
                               " ".join(sorted(declared - listed)) or "-"))
    entries = table_entries()
    for name, ret, params in decls:
        want = table_line(name, ret, params).strip()
        want = want[want.index(": ") + 2:-1]
        if name not in entries:
            problems.append("_lib.py FUNCTIONS lacks %s; add:\n%s"
                            % (name, table_line(name, ret, params)))
        elif entries[name] != want:
            problems.append("_lib.py FUNCTIONS[%r] is %s, zi.h says %s"
                            % (name, entries[name], want))
    for name in sorted(set(entries) - {n for n, _, _ in decls}):
        problems.append("_lib.py FUNCTIONS has %s, which zi.h does not declare" % name)
    in_table = [n for n, _, _ in decls if n in entries]
    if not problems and in_table != list(entries):
        first = next(i for i, (a, b) in enumerate(zip(in_table, entries)) if a != b)
        problems.append("_lib.py FUNCTIONS is not in zi.h's order: %s comes where zi.h has %s"
                        % (list(entries)[first], in_table[first]))
    declared = {n for n, _, _ in decls}
    for name in sorted(declared - documented(declared)):
        problems.append("docs/c-api.md, Reference: %s is not listed under its module" % name)
    return problems


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--check", action="store_true")
    mode.add_argument("--write", action="store_true")
    args = parser.parse_args(argv)
    decls = declarations()
    if args.write:
        with open(SYMBOLS, "w", encoding="utf-8") as f:
            f.write(symbols_text(decls))
        entries = table_entries()
        missing = [table_line(*d) for d in decls if d[0] not in entries]
        print("capi_surface: wrote capi/zi.symbols (%d functions)" % len(decls))
        if missing:
            print("add to FUNCTIONS in bindings/python/zi/_lib.py:")
            print("\n".join(missing))
        return 0
    problems = check(decls)
    for p in problems:
        print("capi_surface: " + p, file=sys.stderr)
    if problems:
        return 1
    print("capi_surface: zi.symbols, _lib.py FUNCTIONS and the docs' Reference agree with zi.h"
          " (%d functions)" % len(decls))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
