"""The oracle's command line: load, judge every case, print a line per case and the totals."""
import argparse
import fnmatch
import os
import sys

from .loading import LoadError, load_cases, load_rules
from .verdicts import AGREE, CXX_ONLY, DECLARED, DIFFERS, STALE, judge

HERE = os.path.dirname(os.path.abspath(__file__))
SOURCE = os.path.dirname(os.path.dirname(HERE))


def _default(name):
    # From the source tree harness/oracle/ -> ../../name; installed share/iterconf/oracle/ -> ../name.
    for base in (SOURCE, os.path.dirname(HERE)):
        if os.path.isdir(os.path.join(base, name)):
            return os.path.join(base, name)
    return name


def parse(argv):
    p = argparse.ArgumentParser(prog="iterconf-oracle", description=(
        "Run iterconf's cases on real CPython objects and compare what CPython does with what "
        "each case expects. Exit 1 when a case differs without declaring it, or declares a "
        "divergence CPython does not show; 2 on unreadable input."))
    p.add_argument("--cases", default=None, help="a case file or a directory of them (default: cases/)")
    p.add_argument("--spec", default=None, help="the directory of rules.yaml (default: spec/)")
    p.add_argument("--case", action="append", default=[], metavar="GLOB", help="only the cases whose id matches")
    p.add_argument("-v", "--verbose", action="store_true", help="also print every subject's result")
    p.add_argument("-q", "--quiet", action="store_true", help="print only the cases that fail, and the totals")
    return p.parse_args(argv)


def main(argv):
    args = parse(argv)
    try:
        rules = load_rules(args.spec or _default("spec"))
        cases = load_cases(args.cases or _default("cases"))
    except LoadError as e:
        print(e, file=sys.stderr)
        return 2
    if args.case:
        cases = [c for c in cases if any(fnmatch.fnmatchcase(c["id"], g) for g in args.case)]
        if not cases:
            print(f"<command line>:0:0: error: --case {' '.join(args.case)} matches no case", file=sys.stderr)
            return 2
    counts = {label: 0 for label in (AGREE, DECLARED, DIFFERS, STALE, CXX_ONLY)}
    for case in cases:
        v = judge(case, rules)
        counts[v.label] += 1
        if not args.quiet or v.fails:
            print(f"{v.label:<18} {case['id']}  {v.detail}")
            if v.fails:
                print(f"{'':<18} at {case['where']}")
        if args.verbose:
            for name, d, declared in v.runs:
                state = "agrees" if d is None else f"differs at {d.step}: {d.expected} / {d.observed}"
                print(f"{'':<20}{name}: {state}" + (f" [declared: {declared}]" if declared else ""))
    print(f"oracle: {len(cases)} cases: {counts[AGREE]} agree, {counts[DECLARED]} differ as declared, "
          f"{counts[DIFFERS]} differ undeclared, {counts[STALE]} declared but agree, "
          f"{counts[CXX_ONLY]} C++-only")
    return 1 if counts[DIFFERS] or counts[STALE] else 0
