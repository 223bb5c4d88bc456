"""One Plan read from many threads at once (ctypes releases the GIL during calls)."""

import unittest

import zi

from .support import run_in_threads


def digest(plan):
    parts = []
    for c in plan.components:
        for a in c.aspects:
            for k in a.activities:
                for i in k.indicators:
                    parts.append((i.id, i.text, i.schedule, i.target, i.component.name,
                                  i.effective_due_policy))
    return parts


class ThreadsTest(unittest.TestCase):
    def test_concurrent_reads(self):
        with zi.Plan.default() as plan:
            expected = digest(plan)
            results = []

            def worker():
                for _ in range(5):
                    results.append(digest(plan) == expected)
                    plan.lint()

            errors = run_in_threads(worker, 8)
        self.assertEqual(errors, [])
        self.assertEqual(len(results), 40)
        self.assertTrue(all(results))


if __name__ == "__main__":
    unittest.main()
