"""Which case runs on which Python subject, and which cases no Python object can express.

The applicability is iterconf's own (harness/src/planner.cpp: a case's `requires`, `forbids` and
the requirements its steps imply), plus two the oracle adds: a subject must record every probe
key the case asserts, since builtins record none, and a corner's subject and cases meet only
each other."""
import fnmatch

PROTOCOL_ACTIONS = ["iter", "next", "take", "drain", "loop", "contains", "getitem", "size",
                    "distance", "copy", "equal", "probe"]
PYTHON_CONSUMERS = {"for", "collect", "pair", "in"}
PROBE_NEEDS = {"started": {"probed"}, "finished": {"probed"}, "produced": {"probed"},
               "iters": {"probed", "range"}, "calls": {"callable"}, "contains": {"contains"},
               "index": {"getitem"}, "path": set()}


def action_of(step):
    for key in PROTOCOL_ACTIONS:
        if key in step:
            return key
    return next(k for k in step if k != "__line__")


def cxx_only_reason(case, rules):
    """Why no Python object can run this case, or None."""
    if case["area"] == "cxx":
        return "cxx area"
    if case["python"].cxx_only:
        return case["python"].cxx_only
    for rid in case["rules"]:
        rule = rules.get(rid)
        if rule and rule["area"] == "cxx":
            return "cxx rule"
        if rule and rule["python"].cxx_only:
            return rule["python"].cxx_only
    for step in case["steps"]:
        act = action_of(step)
        if act not in PROTOCOL_ACTIONS:
            return f"C++ operation '{act}'"
        if act == "copy":
            return "iterator copies"
        if act == "equal":
            return "iterator equality"
        if act == "distance":
            return "begin-to-end distance"
        if act == "loop" and step.get("consumer", "for") not in PYTHON_CONSUMERS:
            return f"C++ consumer '{step['consumer']}'"
    return None


def _probe_keys(case):
    keys = set()
    for step in case["steps"]:
        if isinstance(step.get("probe"), dict):
            keys |= {k for k in step["probe"] if k != "__line__"}
    return keys


def implied(case):
    """(required, forbidden) capabilities, as planner.cpp implies them from the steps."""
    need = set(case["requires"])
    forbid = set(case["forbids"])
    needs_finite = False
    for step in case["steps"]:
        act = action_of(step)
        if act == "getitem":
            need.add("getitem")
        elif act == "size":
            need.add("sized")
            needs_finite = True
        elif act in ("drain", "loop"):
            needs_finite = True
        elif act == "contains":
            needs_finite = True
            if step.get("on", "subject") != "subject":
                need.add("ordered")
        elif act == "iter" and step.get("expect") != "type-error":
            need.add("iterable")
        if "yields" in step:
            need.add("as-given")
        if step.get("expect") == "type-error":
            forbid.add("iterable")
            if act == "contains":
                forbid |= {"contains", "getitem"}
    for key in _probe_keys(case):
        need |= PROBE_NEEDS[key]
    if needs_finite and "infinite" not in case["requires"]:
        need.add("finite")
    if case.get("raises_at") is not None:
        need.add("raises")
    return need, forbid


def corner_subjects(case, subjects):
    """The Python subjects whose corner `case` is written for (Subject.corner); it meets only them."""
    return [s for s in subjects if s.corner and fnmatch.fnmatchcase(case["id"], s.corner)]


def why_not(subject, case, corner=()):
    """Why `subject` does not run `case`, or None when it does; `corner` is corner_subjects(case)."""
    if subject.only_when and subject.only_when not in case["requires"]:
        return f"meets only cases that require '{subject.only_when}'"
    if subject.corner and not fnmatch.fnmatchcase(case["id"], subject.corner):
        return f"meets only the cases of its corner ({subject.corner})"
    if corner and subject not in corner:
        return f"the case is the corner of {', '.join(s.name for s in corner)}"
    need, forbid = implied(case)
    for cap in sorted(need - subject.capabilities):
        return f"lacks capability '{cap}'"
    for cap in sorted(forbid & subject.capabilities):
        return f"has capability '{cap}', which the case forbids"
    missing = _probe_keys(case) - subject.records
    if missing:
        return f"cannot record probe '{sorted(missing)[0]}'"
    if subject.domain:
        reason = subject.domain(case["given"])
        if reason:
            return f"given values outside the domain: {reason}"
        for step in case["steps"]:
            if action_of(step) == "contains" and subject.domain([step["contains"]]):
                return "looked-up value outside the domain"
    return None
