"""Judging a case: run it on every applicable Python subject and hold the results against what
the case declares (spec/case-format.md, "Python"). A case AGREEs when CPython does what it
expects on every subject; DIFFERS when it does not on some subject; is C++-ONLY when no Python
object can express it. A declared divergence must really differ, or it is stale."""
import signal

from .planning import corner_subjects, cxx_only_reason, why_not
from .steps import Difference, Run
from .subjects import SUBJECTS

AGREE, DIFFERS, DECLARED, STALE, CXX_ONLY = "AGREE", "DIFFERS", "DIFFERS (declared)", "STALE", "C++-ONLY"
FAILING = {DIFFERS, STALE}
SECONDS_PER_RUN = 2


class Verdict:
    def __init__(self, case, label, detail="", runs=()):
        self.case = case
        self.label = label
        self.detail = detail
        self.runs = list(runs)  # (subject name, Difference or None, declared reason or None)

    @property
    def fails(self):
        return self.label in FAILING


def declared_divergence(case, rules, subject):
    """The reason this case is declared to differ in CPython on `subject`, or None."""
    reason = case["python"].differs_for(subject.capabilities)
    for rid in case["rules"]:
        if reason is None and rid in rules:
            reason = rules[rid]["python"].differs_for(subject.capabilities)
    return reason


class _Timeout(Exception):
    pass


def _on_alarm(signum, frame):
    raise _Timeout()


def run_on(subject, case):
    """The first Difference of `case` on `subject`, or None when CPython agrees."""
    previous = signal.signal(signal.SIGALRM, _on_alarm)
    signal.setitimer(signal.ITIMER_REAL, SECONDS_PER_RUN)
    try:
        return Run(subject, case).run()
    except _Timeout:
        d = Difference("the case to finish", f"still running after {SECONDS_PER_RUN} s")
        d.step = "a step"
        return d
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def judge(case, rules, subjects=SUBJECTS):
    reason = cxx_only_reason(case, rules)
    if reason:
        return Verdict(case, CXX_ONLY, reason)
    runs, unsupported = [], []
    corner = corner_subjects(case, subjects)
    for subject in subjects:
        why = why_not(subject, case, corner)
        if why:
            unsupported.append(why)
            continue
        runs.append((subject.name, run_on(subject, case), declared_divergence(case, rules, subject)))
    if not runs:
        return Verdict(case, CXX_ONLY, "no Python subject: " + _most_common(unsupported))
    undeclared = [r for r in runs if r[1] is not None and r[2] is None]
    stale = [r for r in runs if r[1] is None and r[2] is not None]
    declared = [r for r in runs if r[1] is not None and r[2] is not None]
    if undeclared:
        return Verdict(case, DIFFERS, _describe(undeclared[0]), runs)
    if stale:
        name, _, why = stale[0]
        return Verdict(case, STALE, f"declared to differ ({why}), but CPython agrees on {name}", runs)
    if declared:
        return Verdict(case, DECLARED, f"{declared[0][2]}; {_describe(declared[0])}", runs)
    return Verdict(case, AGREE, ", ".join(r[0] for r in runs), runs)


def _describe(run):
    name, d, _ = run
    note = f" ({d.note})" if d.note else ""
    source = "the model predicts" if d.from_model else "CPython gives"
    return f"on {name}: {d.step}: expected {d.expected}, {source} {d.observed}{note}"


def _most_common(reasons):
    return max(set(reasons), key=reasons.count) if reasons else "none applies"
