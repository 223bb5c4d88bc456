"""The README quotes the examples exactly, and shows the commands .ci/run really runs."""
import os
import re
import unittest

SOURCE = os.environ.get("ZI_SOURCE_DIR", os.path.join(os.path.dirname(__file__), "..", ".."))


def read(path):
    with open(os.path.join(SOURCE, path), encoding="utf-8") as f:
        return f.read()


class ReadmeTest(unittest.TestCase):
    def test_examples_are_quoted_exactly(self):
        readme = read("README.md")
        blocks = re.findall(r"<!-- example: (\S+) -->\n```\w*\n(.*?)```", readme, re.S)
        self.assertEqual(sorted(b[0] for b in blocks),
                         ["examples/c/plan_walk.c", "examples/cpp/plan_walk.cpp",
                          "examples/php/plan_walk.php", "examples/python/plan_walk.py"])
        for path, body in blocks:
            with self.subTest(path=path):
                self.assertEqual(body, read(path))

    def test_ci_runs_the_readme_test_command(self):
        readme = read("README.md")
        self.assertIn("bash scripts/test.sh", readme)
        self.assertIn("bash scripts/main.sh", readme)
        ci = [l for l in read(".ci/run").splitlines() if l and not l.startswith("#")]
        self.assertIn("bash scripts/test.sh", ci)


if __name__ == "__main__":
    unittest.main()
