"""Every `zi ...` example of the README runs as written (issue #16 item 3).

Takes the README's ```sh blocks, keeps the lines that run zi (a trailing `\\` continues a
line), and runs each with the build's zi first in PATH, in a scratch directory that has the
repository's data/, tests/ and examples/ (so relative paths work as from the repository root
and written files stay out of the checkout). Each must exit 0, or the status its
`# exit N` comment states. Files it names with -o must exist afterwards, non-empty.

Run by ctest as cli.readme_examples with ZI_CLI and ZI_SOURCE_DIR set.
"""

import os
import re
import shlex
import subprocess
import tempfile
import unittest

ZI = os.environ.get("ZI_CLI", "zi")
ROOT = os.environ.get("ZI_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))


def readme_commands():
    with open(os.path.join(ROOT, "README.md"), encoding="utf-8") as f:
        readme = f.read()
    commands = []
    for block in re.findall(r"^```(?:sh|bash|shell)\n(.*?)^```", readme, re.S | re.M):
        joined = re.sub(r"\\\n\s*", " ", block)
        for line in joined.splitlines():
            line = line.strip()
            if re.match(r"zi(\s|$)", line):
                commands.append(line)
    return commands


def expected_exit(line):
    m = re.search(r"#\s*exit\s+(\d+)", line)
    return int(m.group(1)) if m else 0


class ReadmeExamples(unittest.TestCase):
    def test_there_are_examples(self):
        cmds = readme_commands()
        self.assertGreaterEqual(len(cmds), 10, cmds)
        self.assertTrue(any("--allow-rejects" in c for c in cmds))

    def test_every_example_runs(self):
        bindir = os.path.dirname(os.path.abspath(ZI))
        env = dict(os.environ, PATH=bindir + os.pathsep + os.environ.get("PATH", ""))
        with tempfile.TemporaryDirectory() as work:
            for d in ("data", "tests", "examples"):
                os.symlink(os.path.join(os.path.abspath(ROOT), d), os.path.join(work, d))
            for line in readme_commands():
                with self.subTest(example=line):
                    command = line.split("#", 1)[0].strip()
                    words = shlex.split(command)
                    self.assertEqual(words[0], "zi")
                    p = subprocess.run([os.path.abspath(ZI), *words[1:]], cwd=work, env=env,
                                       capture_output=True, timeout=300)
                    self.assertEqual(p.returncode, expected_exit(line),
                                     f"{line}\n{p.stderr.decode(errors='replace')}")
                    if p.returncode == 0:
                        self.assertTrue(p.stdout or "-o" in words, f"{line} printed nothing")
                    if "-o" in words:
                        out = os.path.join(work, words[words.index("-o") + 1])
                        self.assertTrue(os.path.getsize(out) > 0, f"{line}: {out} is empty")


if __name__ == "__main__":
    unittest.main()
