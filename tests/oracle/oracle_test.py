"""The oracle's own tests: it reports what it must (an undeclared difference, a stale
declaration), accepts declared divergences and C++-only cases, and predicts as the C++ model."""
import contextlib
import io
import os
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(ROOT, "harness"))

from oracle.cli import main  # noqa: E402
from oracle.model import Model  # noqa: E402


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        rc = main(["--spec", os.path.join(ROOT, "spec"), *args])
    return rc, out.getvalue().splitlines(), err.getvalue()


def line_of(lines, case_id):
    return next(l for l in lines if f" {case_id} " in f" {l} ")


class oracle_test(unittest.TestCase):
    def test_reports_an_undeclared_difference_and_fails(self):
        rc, lines, _ = run("--cases", os.path.join(HERE, "undeclared.yaml"))
        self.assertEqual(rc, 1)
        self.assertTrue(line_of(lines, "iter.iterator-is-self.of-iterator.probed").startswith(
            "DIFFERS            iter.iterator-is-self.of-iterator.probed  on seed yrange: step 3 (next: a, line 13): "
            "expected iters 1, CPython gives iters 2 (probe)"))
        self.assertIn("on list: step 1 (loop: subject, line 22): expected [3, 2, 1], the model predicts [1, 2, 3] "
                      "(the case contradicts its own model: iterconf run gives ERROR)", line_of(lines, "loop.swallows-end.wrong-items"))
        self.assertEqual(lines[-1], "oracle: 2 cases: 0 agree, 0 differ as declared, 2 differ undeclared, "
                                    "0 declared but agree, 0 C++-only")

    def test_reports_a_declared_divergence_that_agrees_and_fails(self):
        rc, lines, _ = run("--cases", os.path.join(HERE, "stale.yaml"))
        self.assertEqual(rc, 1)
        self.assertTrue(line_of(lines, "loop.swallows-end.stale-declaration").startswith(
            "STALE              loop.swallows-end.stale-declaration  declared to differ (claimed for the test: CPython "
            "agrees, so this declaration is stale), but CPython agrees on list"))
        self.assertEqual(lines[-1], "oracle: 1 cases: 0 agree, 0 differ as declared, 0 differ undeclared, "
                                    "1 declared but agree, 0 C++-only")

    def test_accepts_declared_divergences_and_cxx_only_cases(self):
        rc, lines, _ = run("--cases", os.path.join(HERE, "declared.yaml"))
        self.assertEqual(rc, 0, "\n".join(lines))
        self.assertIn("on __getitem__ only: step 1 (contains: 2, line 15): expected error, CPython gives false",
                      line_of(lines, "in.fallback.getitem.stop-iteration"))
        self.assertIn("on __next__ only: step 1 (iter: it, line 24): expected iterator, CPython gives type-error",
                      line_of(lines, "iter.returns-iterator.next-style"))
        self.assertEqual(line_of(lines, "next.in-order.read"), "C++-ONLY           next.in-order.read  C++ operation 'read'")
        self.assertEqual(line_of(lines, "next.in-order.marked"), "C++-ONLY           next.in-order.marked  for the test")
        self.assertTrue(line_of(lines, "iter.returns-iterator.plain").startswith(
            "AGREE              iter.returns-iterator.plain  list, tuple, str, dict.keys, set, seed yrange,"))
        self.assertEqual(lines[-1], "oracle: 5 cases: 1 agree, 2 differ as declared, 0 differ undeclared, "
                                    "0 declared but agree, 2 C++-only")

    def test_an_unreadable_case_file_is_bad_input(self):
        rc, lines, err = run("--cases", os.path.join(HERE, "missing.yaml"))
        self.assertEqual(rc, 2)
        self.assertEqual(err.strip(), os.path.join(HERE, "missing.yaml") + ":0:0: error: No such file or directory")
        rc, _, err = run("--cases", os.path.join(HERE, "declared.yaml"), "--case", "nothing.*")
        self.assertEqual(rc, 2)
        self.assertEqual(err.strip(), "<command line>:0:0: error: --case nothing.* matches no case")

    def test_a_corner_subject_meets_only_its_cases_and_they_only_it(self):
        rc, lines, _ = run("--cases", os.path.join(ROOT, "cases"), "--verbose",
                           "--case", "in.fallback.iterate.contains-none", "--case", "in.fallback.iterate.empty")
        self.assertEqual(rc, 0, "\n".join(lines))
        corner = [l.strip() for l in lines if l.startswith("  ") and "in.fallback.iterate" not in l]
        self.assertIn("__contains__ = None: differs at step 1 (contains: 6, line", "\n".join(corner))
        self.assertNotIn("recorded iterable", line_of(lines, "in.fallback.iterate.contains-none"))
        self.assertIn("recorded iterable", line_of(lines, "in.fallback.iterate.empty"))
        self.assertNotIn("__contains__ = None", line_of(lines, "in.fallback.iterate.empty"))

    def test_the_model_predicts_as_the_cpp_model(self):
        # An empty cycle is empty, not infinite (model.cpp, cycles_nothing).
        m = Model([], "cycling", None, False)
        self.assertEqual(m.predict_next(m.fresh_cursor()), ("end", None))
        # A generator is finished by its error; anything else is unpredictable after it.
        for generator, after in ((True, ("end", None)), (False, ("unknown", None))):
            m = Model([1, 2], "as-given", 0, generator)
            c = m.fresh_cursor()
            m.advance(c, m.predict_next(c), None)
            self.assertEqual(m.predict_next(c), after)
        m = Model([3, 1, 3], "unique", None, False)
        self.assertEqual(m.predict_rest(m.fresh_cursor()), ([1, 3], False, False))
        # Insertion order: each value where it first occurred, in that order (a dict's keys).
        m = Model([3, 1, 3, 2, 1], "insertion", None, False)
        self.assertEqual(m.predict_rest(m.fresh_cursor()), ([3, 1, 2], False, False))
        self.assertTrue(m.sequence.ordered)


if __name__ == "__main__":
    unittest.main()
