"""Running one case's steps on one Python subject with Python's own iter, next, for, in, list(),
zip, indexing and len, against the expectations the case states and, where it states none, the
model's (as harness/src/case_run*.cpp predicts them). The first step where CPython does
something else is the difference."""
import itertools

from .model import Model
from .planning import action_of
from .subjects import Build, Events, InjectedError


_NO_ITEM = object()  # the default of next(it, default): no subject yields it


class Difference(Exception):
    def __init__(self, expected, observed, note=""):
        super().__init__(expected)
        self.expected = expected
        self.observed = observed
        self.note = note
        self.step = None
        self.from_model = False  # `observed` is the model's prediction, not CPython's answer


def _signal(call, fault):
    """What a call answered, in the case format's words: ("item", x), ("end",), ("error",),
    ("type-error",), ("index-error",) or ("raised", text) for anything else."""
    try:
        return ("item", call())
    except StopIteration:
        return ("end",)
    except InjectedError:
        return ("error",)
    except RuntimeError as e:
        # PEP 479: a StopIteration raised inside a generator body escapes as RuntimeError.
        if fault is StopIteration and isinstance(e.__cause__, StopIteration):
            return ("error",)
        return ("raised", f"RuntimeError: {e}")
    except TypeError:
        return ("type-error",)
    except IndexError:
        return ("index-error",)
    except Exception as e:  # noqa: BLE001 - any other exception is an answer to report
        return ("raised", f"{type(e).__name__}: {e}")


def _show(sig, decode=lambda x: x):
    return f"item {decode(sig[1])}" if sig[0] == "item" else " ".join(sig)


class Run:
    def __init__(self, subject, case):
        self.subject = subject
        self.case = case
        self.events = Events()
        self.build = Build(case, self.events)
        self.model = Model(case["given"], subject.order, case.get("raises_at"), "generator" in subject.capabilities)
        self.shared = self.model.fresh_cursor()
        self.names = {}
        self.obj = subject.make(self.build)

    # --- helpers ---------------------------------------------------------------------------

    def is_container(self):
        return "container" in self.subject.capabilities

    def cursor_for(self, target):
        if target != "subject":
            return self.names[target][1]
        return self.model.fresh_cursor() if self.is_container() else self.shared

    def target_object(self, target):
        return self.obj if target == "subject" else self.names[target][0]

    def contradiction(self, claim, predicted):
        # iterconf run calls this a case ERROR; the oracle counts it as a difference all the same.
        d = Difference(claim, predicted, "the case contradicts its own model: iterconf run gives ERROR")
        d.from_model = True
        return d

    # --- the steps -------------------------------------------------------------------------

    def run(self):
        for n, step in enumerate(self.case["steps"], 1):
            act = action_of(step)
            try:
                getattr(self, "do_" + act)(step)
                if isinstance(step.get("probe"), dict):
                    self.check_probe(step["probe"])
            except Difference as d:
                d.step = f"step {n} ({act}: {step[act]}, line {step['__line__']})"
                return d
        return None

    def do_iter(self, step):
        expect = step.get("expect")
        if "of" in step:
            # iter(it) of an iterator: the model keeps the named cursor ([iter.iterator-is-self]).
            source, where = self.names[step["of"]]
            got = _signal(lambda: iter(source), self.build.fault)
            if got[0] != "item":
                raise Difference("an iterator", _show(got))
            if got[1] is not source:
                raise Difference(f"iter({step['of']}) is {step['of']}", f"a new {type(got[1]).__name__}")
            self.names[step["iter"]] = (got[1], where)
            return
        iterable = "iterable" in self.subject.capabilities
        predicted = "iterator" if iterable else "type-error"
        if expect in ("iterator", "type-error") and expect != predicted:
            raise self.contradiction(expect, predicted)
        got = _signal(lambda: iter(self.obj), self.build.fault)
        if got[0] == "item" and not hasattr(type(got[1]), "__next__"):
            got = ("raised", f"iter() returned a non-iterator {type(got[1]).__name__}")
        observed = "iterator" if got[0] == "item" else _show(got)
        if observed != predicted:
            raise Difference(predicted, observed)
        if got[0] == "item":
            where = self.model.fresh_cursor() if self.is_container() else self.shared
            self.names[step["iter"]] = (got[1], where)

    def judge_next(self, name, expect=None, literal=None):
        it, where = self.names[name]
        p = self.model.predict_next(where)
        if p[0] == "unknown":
            raise self.contradiction("a prediction", "after an error only a generator's next() is predictable")
        predicts_item = p[0] in ("item", "any")
        if (expect == "item" and not predicts_item) or (expect in ("end", "error") and p[0] != expect):
            raise self.contradiction(expect, _model_text(p))
        if literal is not None and (p[0] != "item" or p[1] != literal):
            raise self.contradiction(f"item {literal}", _model_text(p))
        decode = self.subject.decode
        if p[0] == "end":
            # next(it, default) gives the default exactly where next(it) signals the end (spec/next.md);
            # the end is sticky, so the plain next() that follows must signal it again.
            with_default = _signal(lambda: next(it, _NO_ITEM), self.build.fault)
            if with_default != ("item", _NO_ITEM):
                raise Difference("end (next(it, default) gives the default)", _show(with_default, decode))
        got = _signal(lambda: next(it), self.build.fault)
        if p[0] == "item":
            ok = got[0] == "item" and decode(got[1]) == p[1]
        elif p[0] == "any":
            ok = got[0] == "item" and where.remaining[decode(got[1])] > 0
        else:
            ok = got[0] == p[0]
        if not ok:
            raise Difference(_model_text(p), _show(got, decode))
        produced = decode(got[1]) if got[0] == "item" else None
        self.model.advance(where, p, produced)
        return p, produced

    def do_next(self, step):
        self.judge_next(step["next"], step.get("expect"), step.get("yields"))

    def do_take(self, step):
        literals = step.get("yields") or [None] * step["count"]
        for i in range(step["count"]):
            try:
                self.judge_next(step["take"], "item", literals[i])
            except Difference as d:
                d.note = f"at item {i + 1} of {step['count']}" + (f"; {d.note}" if d.note else "")
                raise

    def do_drain(self, step):
        name = step["drain"]
        items, ends_in_error, unknown = self.model.predict_rest(self.names[name][1])
        if unknown:
            raise self.contradiction("a prediction", "after an error only a generator's next() is predictable")
        if "yields" in step and step["yields"] != items:
            raise self.contradiction(step["yields"], items)
        if step.get("expect") == "end" and ends_in_error:
            raise self.contradiction("end", "the injected error first")
        if step.get("expect") == "error" and not ends_in_error:
            raise self.contradiction("error", "the end")
        while True:
            p, _ = self.judge_next(name)
            if p[0] in ("end", "error"):
                return

    def consume(self, target, consumer):
        """(items, stop) of one Python consumer over `target`."""
        obj = self.target_object(target)
        decode = self.subject.decode
        items = []

        def walk():
            if consumer == "for":
                for x in obj:
                    items.append(decode(x))
                else:  # noqa: PLW0120 - for...else: runs when the loop met the end (spec/loop.md)
                    raise StopIteration
            elif consumer == "collect":
                items.extend(decode(x) for x in list(obj))
            elif consumer == "pair":
                pairs = list(zip(itertools.count(), obj))
                if any(i != k for k, (i, _) in enumerate(pairs)):
                    raise AssertionError("zip paired an item with the wrong position")
                items.extend(decode(x) for _, x in pairs)
            raise StopIteration
        stop = _signal(walk, self.build.fault)
        return items, stop

    def do_loop(self, step):
        target = step["loop"]
        consumer = step.get("consumer", "for")
        expect = step.get("expect")
        if consumer == "in":
            return self.membership_loop()
        if target == "subject" and "iterable" not in self.subject.capabilities:
            if expect not in (None, "type-error"):
                raise self.contradiction(expect, "type-error")
            items, stop = self.consume(target, consumer)
            if stop[0] != "type-error":
                raise Difference("type-error", f"{items} then {_show(stop)}")
            return
        if expect == "type-error":
            raise self.contradiction("type-error", "an iterable target")
        where = self.cursor_for(target)
        rest, ends_in_error, unknown = self.model.predict_rest(where)
        if unknown:
            raise self.contradiction("a prediction", "after an error only a generator is predictable")
        if "yields" in step and step["yields"] != rest:
            raise self.contradiction(step["yields"], rest)
        if expect == "error" and not ends_in_error:
            raise self.contradiction("error", "the end")
        items, stop = self.consume(target, consumer)
        want = "error" if ends_in_error else "end"
        expected = f"{rest} then {want}"
        if stop[0] != want:
            raise Difference(expected, f"{items} then {_show(stop)}")
        # list() and zip() keep nothing of a walk that raised: then only the error is compared.
        same = items == rest if self.model.sequence.ordered else sorted(items) == sorted(rest)
        if not same and not (want == "error" and consumer != "for"):
            raise Difference(expected, f"{items} then {_show(stop)}")
        self.model.exhaust(where)

    def membership_loop(self):
        # `v in subject` for every item, each on a fresh subject, so one test cannot disturb the next.
        expected, _, _ = self.model.predict_rest(self.model.fresh_cursor())
        for v in expected:
            fresh = self.subject.make(Build(self.case, Events()))
            got = _signal(lambda: self.subject.encode(v) in fresh, self.build.fault)
            if got != ("item", True):
                raise Difference(f"{v} in subject is true", f"{v} in subject gave {_show(got)}")

    def predicted_path(self):
        caps = self.subject.capabilities
        if "contains" in caps:
            return "contains"
        if "range" in caps or "next-style" in caps:
            return "iterate"
        if "getitem" in caps:
            return "index"
        return "type-error"

    def do_contains(self, step):
        value = step["contains"]
        target = step.get("on", "subject")
        path = self.predicted_path() if target == "subject" else "iterate"
        if path == "contains":
            predicted = "true" if self.model.sequence.contains(value) else "false"
        elif path == "type-error":
            predicted = "type-error"
        else:
            walked = self.model.fresh_cursor() if (target == "subject" and path == "index") else self.cursor_for(target)
            answer = self.model.predict_walk(walked, value)
            if answer in ("unknown", "endless"):
                raise self.contradiction("a prediction", f"the walk is {answer}")
            predicted = {"found": "true", "not-found": "false", "error": "error"}[answer]
        expect = step.get("expect")
        if expect is not None and str(expect).lower() != predicted:
            raise self.contradiction(str(expect).lower(), predicted)
        obj = self.target_object(target)
        before = (self.events.contains, self.events.iters + self.events.nexts, len(self.events.index))
        got = _signal(lambda: self.subject.encode(value) in obj, self.build.fault)
        self.events.path = _path_taken(before, self.events, got)
        observed = ("true" if got[1] else "false") if got[0] == "item" else _show(got)
        if observed != predicted:
            raise Difference(predicted, observed)

    def do_getitem(self, step):
        index = step["getitem"]
        seq = self.model.sequence
        raises_at = self.case.get("raises_at")
        if raises_at is not None and raises_at == index and index < len(seq.items):
            predicted = ("error",)
        elif index < len(seq.items):
            if not seq.ordered:
                raise self.contradiction("an item", "indexing needs an ordered subject")
            predicted = ("item", seq.at(index))
        else:
            predicted = ("index-error",)
        if "yields" in step and predicted != ("item", step["yields"]):
            raise self.contradiction(f"item {step['yields']}", _show(predicted))
        if "expect" in step and step["expect"] != predicted[0]:
            raise self.contradiction(step["expect"], _show(predicted))
        got = _signal(lambda: self.obj[index], self.build.fault)
        if got[0] == "item":
            got = ("item", self.subject.decode(got[1]))
        if got != predicted:
            raise Difference(_show(predicted), _show(got))

    def do_size(self, step):
        n = len(self.model.sequence.items)
        if isinstance(step.get("expect"), int) and step["expect"] != n:
            raise self.contradiction(step["expect"], n)
        got = _signal(lambda: len(self.obj), self.build.fault)
        if got != ("item", n):
            raise Difference(str(n), _show(got))

    def do_probe(self, step):
        pass  # checked by run() after every step, this one included

    def check_probe(self, probe):
        e = self.events
        checks = {"started": e.started, "finished": e.finished, "calls": e.calls, "iters": e.iters,
                  "contains": e.contains, "index": e.index, "path": getattr(e, "path", None)}
        for key, want in probe.items():
            if key == "__line__":
                continue
            if key == "produced":
                if e.produced != want:
                    raise Difference(f"produced {want}", f"produced {e.produced}", "probe")
            elif checks[key] != want:
                raise Difference(f"{key} {want}", f"{key} {checks[key]}", "probe")


def _model_text(p):
    return {"item": lambda: f"item {p[1]}", "any": lambda: "an item not produced yet"}.get(p[0], lambda: p[0])()


def _path_taken(before, events, got):
    """The membership path CPython took, read from the dunder calls the test made."""
    contains, walked, indexed = before
    if events.contains > contains:
        return "contains"
    if events.iters + events.nexts > walked:
        return "iterate"
    if len(events.index) > indexed:
        return "index"
    if got[0] == "type-error":
        return "type-error"
    return None
