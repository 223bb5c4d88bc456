"""Every help text of zi is Indonesian (issue #16 item 3).

Walks `zi --help`, `zi GROUP --help` for every group and `zi COMMAND --help` for every
command, and fails on English words in the prose. Option names (--plan), their values
(text|json, day-first), codes, file names and the command paths themselves are not prose
and are left out; placeholders (BERKAS, NAMA) are prose and are checked.

Run by ctest as cli.cli_language with ZI_CLI set to the zi executable.
"""

import os
import re
import subprocess
import unittest

ZI = os.environ.get("ZI_CLI", "zi")

# English words that never appear in Indonesian prose (lower case). Words that are also
# Indonesian (status, total, area, set jawaban, per) or format values (text) are not here.
STOP_WORDS = set("""
an the and of with without every each into from which when where while what who whose
write writes written read reads list lists listed check checks checked score scores scored
suggest suggests suggestion answer answers file files folder directory dir name names code
codes show shows shown print prints for not is are be been by or to it its this that these
those on at as if given give needs need required require must default defaults output input
usage options option command commands help see use uses using than only also all any new
empty exit error errors warning found find finds value values number numbers
date dates day days year years month months week working due period periods report reports
table tables sheet spreadsheet template templates holiday holidays calendar evidence
rows row line lines phrase how many much can cannot
will would should may might into onto over under before after between same different
differ differs compare compares import imports export exports lint criterion predicate
completeness areas result results question questions allowed fewest steps
would lift thresholds suffice ran run runs
""".split())

# Command words of the paths ("zi plan show"), removed before the check.
COMMAND_PATH = re.compile(r"\bzi(?: [a-z]+){0,2}")


def run(*args):
    p = subprocess.run([ZI, *args], capture_output=True, text=True, timeout=60)
    return p.returncode, p.stdout, p.stderr


def commands():
    code, out, _ = run("--help")
    assert code == 0, out
    return [m.group(1) for m in re.finditer(r"^  zi ([a-z ]+)$", out, re.M)]


def english_words(text):
    """The stop-list words of `text`'s prose, with their lines."""
    found = []
    for line in text.splitlines():
        prose = COMMAND_PATH.sub(" ", line)
        for token in re.split(r"[\s\[\]()|,;:\"'{}<>…–]+", prose):
            if not token or token.startswith("-"):
                continue  # an option name
            if re.search(r"[-_=./0-9@#$%&*+]", token):
                continue  # a value, a code, a file name, a number
            word = token.lower()
            if word in STOP_WORDS:
                found.append((word, line.strip()))
    return found


class HelpIsIndonesian(unittest.TestCase):
    def check(self, args):
        code, out, err = run(*args)
        self.assertEqual(code, 0, f"zi {' '.join(args)}: {err}")
        self.assertTrue(out.strip(), f"zi {' '.join(args)} printed nothing")
        bad = english_words(out)
        self.assertEqual(bad, [], f"English in `zi {' '.join(args)}`")

    def test_overview(self):
        self.check(["--help"])

    def test_groups(self):
        groups = sorted({c.split()[0] for c in commands() if " " in c})
        self.assertIn("plan", groups)
        self.assertIn("lke", groups)
        for g in groups:
            with self.subTest(group=g):
                self.check([g, "--help"])

    def test_every_command(self):
        cmds = commands()
        self.assertGreater(len(cmds), 25)
        for c in cmds:
            with self.subTest(command=c):
                self.check([*c.split(), "--help"])

    def test_the_checker_finds_english(self):
        # The check itself can fail: English prose is found, option names and values are not.
        self.assertEqual([w for w, _ in english_words("write the plan to FILE")],
                         ["write", "the", "to", "file"])
        self.assertEqual(english_words("zi plan show [--format text|json] [-o BERKAS]"), [])
        self.assertEqual(english_words("--date-order auto|day-first|month-first"), [])


if __name__ == "__main__":
    unittest.main()
