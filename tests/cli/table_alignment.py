"""Every table zi prints lines up in display columns, also with "…" (cut names) and "–"
(no score) in its rows:  table_alignment.py ZI SOURCE_DIR"""

import subprocess
import sys
import unicodedata


def width(line):
    """Display columns: combining marks 0, East Asian wide and fullwidth 2, others 1."""
    return sum(0 if unicodedata.combining(c)
               else 2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def table(out, header):
    """The header line that starts with `header` and the rows under it, up to a blank line
    or a note in parentheses."""
    lines = out.split("\n")
    start = next(i for i, line in enumerate(lines) if line.lstrip().startswith(header))
    end = next((i for i in range(start + 1, len(lines))
                if not lines[i].strip() or lines[i].lstrip().startswith("(")), len(lines))
    return lines[start], lines[start + 1:end]


def main():
    zi, source = sys.argv[1], sys.argv[2]
    evidence = source + "/data/samples/kpu-sulteng-2026-bukti.csv"
    runs = [
        # (arguments, table header, header line as wide as the rows, text some row must hold)
        (["score", "--as-of", "2026-07-01", "--evidence", evidence, "--allow-rejects"],
         "Komponen pengungkit", True, ["…", "–"]),
        (["portfolio", "--as-of", "2026-01-05", "--synthetic", "3"], "No.", True, ["–"]),
        (["portfolio", "--as-of", "2026-01-05", "--synthetic", "3"], "Induk", False, ["–"]),
        (["portfolio", "--as-of", "2026-07-01", "--synthetic", "30", "--top", "30"], "No.", True,
         []),
        (["calendar", "show"], "Januari", True, []),
    ]
    failures = 0
    for args, header, with_header, needles in runs:
        result = subprocess.run([zi] + args, capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            print("zi %s: exit %d\n%s" % (" ".join(args), result.returncode, result.stderr))
            failures += 1
            continue
        head, rows = table(result.stdout, header)
        lines = ([head] if with_header else []) + rows
        widths = {width(line) for line in lines if not line.lstrip().startswith("…")}
        if len(widths) != 1:
            print("zi %s: rows of %s widths %s:\n%s" % (" ".join(args), header, sorted(widths),
                                                       "\n".join(lines)))
            failures += 1
        for needle in needles:
            if not any(needle in row for row in rows):
                print("zi %s: no row with %r" % (" ".join(args), needle))
                failures += 1
        print("zi %s: %d rows of %r aligned" % (" ".join(args), len(rows), header))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
