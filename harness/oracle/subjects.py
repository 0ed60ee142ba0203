"""The Python subjects: real CPython objects built from a case's values, each with the
capabilities iterconf would give its C++ counterpart (spec/case-format.md, "Capabilities") and
the probe events it can record. Builtins record nothing; the instrumented classes record their
own dunder calls, and the generators their body's start, yields and end."""
import itertools


class InjectedError(Exception):
    """The fault of `raises_at`: raised where the subject would produce that item."""


class Events:
    """What a subject recorded since the case began (the probe keys of spec/case-format.md)."""

    def __init__(self):
        self.started = False
        self.finished = False
        self.produced = 0
        self.calls = 0
        self.iters = 0
        self.nexts = 0
        self.contains = 0
        self.index = []


class Build:
    """What a factory gets: the case's values, its fault, its sentinel and the events to record."""

    def __init__(self, case, events):
        self.given = list(case["given"])
        self.raises_at = case.get("raises_at")
        self.sentinel = case["sentinel"]
        self.events = events
        # A case may say which Python exception its fault is (python: {raises: StopIteration}).
        self.fault = StopIteration if case["python"].raises == "StopIteration" else InjectedError

    def raise_if_due(self, i):
        if self.raises_at is not None and i == self.raises_at:
            raise self.fault(f"injected fault at item {i}")


class Subject:
    def __init__(self, name, order, capabilities, make, records=(), domain=None, encode=None,
                 decode=None, only_when=None, corner=None, description=""):
        self.name = name
        self.order = order
        self.capabilities = set(capabilities)
        self.make = make
        self.records = set(records)
        self.domain = domain            # values -> reason they cannot be held, or None
        self.encode = encode or (lambda v: v)   # a case's integer -> the object's element
        self.decode = decode or (lambda x: x)   # the object's element -> a case's integer
        self.only_when = only_when      # a capability a case must require by name to reach it
        # A glob of the case ids written for this subject's corner: it meets only those cases, and
        # they meet no other Python subject (its capabilities are another's, its behaviour not).
        self.corner = corner
        self.description = description


FINITE_SEQUENCE = {"iterable", "range", "container", "finite", "ordered", "as-given", "sized",
                   "contains", "getitem"}
SELF_ITERATOR = {"iterable", "range", "iterator", "input", "single-pass", "ordered"}
GENERATOR = SELF_ITERATOR | {"generator", "lazy", "raises"}


# --- the seed's classes, instrumented -----------------------------------------------------------

class YRange:
    """The seed's yrange: its own iterator (__iter__ returns self), counting up to a bound."""

    def __init__(self, b):
        self.b = b
        self.i = b.given[0] if b.given else 0
        self.n = self.i + len(b.given)
        self.k = 0

    def __iter__(self):
        self.b.events.iters += 1
        return self

    def __next__(self):
        self.b.events.nexts += 1
        if self.i >= self.n:
            raise StopIteration
        self.b.raise_if_due(self.k)
        self.k += 1
        self.i += 1
        self.b.events.produced += 1
        return self.i - 1


def _consecutive(values):
    if any(b != a + 1 for a, b in zip(values, values[1:])):
        return "not consecutive integers"
    return None


def yield_given(b):
    """The seed's generator function over the given values."""
    b.events.started = True
    for i, v in enumerate(b.given):
        b.raise_if_due(i)
        b.events.produced += 1
        yield v
    b.events.finished = True


def count_from(b):
    """The seed's infinite generator, counting up from given[0]."""
    b.events.started = True
    v = b.given[0] if b.given else 0
    for i in itertools.count():
        b.raise_if_due(i)
        b.events.produced += 1
        yield v
        v += 1


def generator_expression(b):
    def produce(i, v):
        b.raise_if_due(i)
        b.events.produced += 1
        return v
    return (produce(i, v) for i, v in enumerate(b.given))


class IndexOnly:
    """Only __getitem__: iterated by Python's sequence iterator (the index walk)."""

    def __init__(self, b):
        self.b = b

    def __getitem__(self, i):
        self.b.events.index.append(i)
        if i >= len(self.b.given):
            raise IndexError(i)
        self.b.raise_if_due(i)
        return self.b.given[i]


class ContainsOnly:
    """Only __contains__: membership, but no iteration."""

    def __init__(self, b):
        self.b = b

    def __contains__(self, v):
        self.b.events.contains += 1
        return v in self.b.given


class Opaque:
    """None of the protocol."""

    def __init__(self, b):
        self.values = list(b.given)


class NextOnly:
    """__next__ without __iter__: iterconf's next-style object, which Python does not iterate."""

    def __init__(self, b):
        self.b = b
        self.k = 0

    def __next__(self):
        self.b.events.nexts += 1
        if self.k >= len(self.b.given):
            raise StopIteration
        self.k += 1
        return self.b.given[self.k - 1]


class OptedOut(IndexOnly):
    """__getitem__ with __iter__ set to None: it opts out of iteration, so neither iter() nor `in`
    falls back on indexing (a special method set to None is not available: datamodel)."""

    __iter__ = None

    def __len__(self):
        return len(self.b.given)


class NonIteratorIter:
    """An __iter__ that returns a list, not an iterator: iter() raises TypeError."""

    def __init__(self, b):
        self.values = list(b.given)

    def __iter__(self):
        return self.values


class RecordedIterable:
    """A container with a recorded __iter__ (a fresh iterator each time) and __len__, and no
    __contains__, so that `in` iterates it."""

    class _Iterator:
        def __init__(self, b):
            self.b = b
            self.k = 0

        def __iter__(self):
            return self

        def __next__(self):
            if self.k >= len(self.b.given):
                raise StopIteration
            self.k += 1
            self.b.events.produced += 1
            return self.b.given[self.k - 1]

    def __init__(self, b):
        self.b = b

    def __iter__(self):
        self.b.events.iters += 1
        return RecordedIterable._Iterator(self.b)

    def __len__(self):
        return len(self.b.given)


class RecordedContainer(RecordedIterable):
    """A recorded iterable that also has a recorded __contains__: the Python counterpart of a
    probed C++ container with its own contains."""

    def __contains__(self, v):
        self.b.events.contains += 1
        return v in self.b.given


class ContainsNone(RecordedIterable):
    """A recorded iterable with __contains__ set to None: `in` raises TypeError rather than
    iterating it."""

    __contains__ = None


class LazyIterable:
    """A class whose __iter__ is a generator function: every loop runs a new lazy body."""

    def __init__(self, b):
        self.b = b

    def __iter__(self):
        self.b.events.iters += 1
        for v in self.b.given:
            self.b.events.produced += 1
            yield v


class Naturals:
    """An infinite container: every iter() counts afresh from given[0]."""

    def __init__(self, b):
        self.start = b.given[0] if b.given else 0

    def __iter__(self):
        return itertools.count(self.start)


def values_then_sentinel(b):
    """The callable of iter(f, sentinel): the values, the sentinel, then the values again, so a
    call after the sentinel would show as an item (as adapters/seed/subjects.cpp has it)."""
    state = {"i": 0}

    def f():
        b.events.calls += 1
        period = len(b.given) + 1
        k = state["i"] % period
        b.raise_if_due(state["i"])
        state["i"] += 1
        return b.given[k] if k < len(b.given) else b.sentinel
    return iter(f, b.sentinel)


def _code_points(values):
    return None if all(0 <= v <= 0x10FFFF for v in values) else "not Unicode code points"


SUBJECTS = [
    Subject("list", "as-given", FINITE_SEQUENCE, lambda b: list(b.given)),
    Subject("tuple", "as-given", FINITE_SEQUENCE, lambda b: tuple(b.given)),
    Subject("str", "as-given", FINITE_SEQUENCE, lambda b: "".join(map(chr, b.given)),
            domain=_code_points, encode=chr, decode=ord, description="one character per value"),
    Subject("dict.keys", "insertion", {"iterable", "range", "container", "finite", "ordered", "sized", "contains"},
            lambda b: dict.fromkeys(b.given).keys()),
    Subject("set", "unique", {"iterable", "range", "container", "finite", "sized", "contains"},
            lambda b: set(b.given)),
    Subject("seed yrange", "as-given", SELF_ITERATOR | {"finite", "as-given", "probed", "raises"},
            YRange, records={"iters", "produced", "path"}, domain=_consecutive),
    Subject("seed generator", "as-given", GENERATOR | {"finite", "as-given", "probed"}, yield_given,
            records={"started", "finished", "produced"}),
    Subject("seed infinite generator", "counting", GENERATOR | {"infinite", "probed"}, count_from,
            records={"started", "finished", "produced"}),
    Subject("generator expression", "as-given", GENERATOR | {"finite", "as-given", "probed"},
            generator_expression, records={"produced"}),
    Subject("itertools.count", "counting", {"iterable", "range", "iterator", "infinite", "ordered", "lazy"},
            lambda b: itertools.count(b.given[0] if b.given else 0)),
    Subject("itertools.cycle", "cycling", {"iterable", "range", "iterator", "infinite", "ordered"},
            lambda b: itertools.cycle(b.given)),
    Subject("__getitem__ only", "as-given",
            {"iterable", "getitem", "container", "finite", "ordered", "as-given", "raises"},
            IndexOnly, records={"index", "path"}),
    Subject("__contains__ only", "as-given", {"contains", "finite", "ordered", "as-given"},
            ContainsOnly, records={"contains", "path"}),
    Subject("recorded container", "as-given",
            {"iterable", "range", "container", "finite", "ordered", "as-given", "sized", "contains", "probed"},
            RecordedContainer, records={"iters", "produced", "contains", "path"}),
    Subject("recorded iterable", "as-given",
            {"iterable", "range", "container", "finite", "ordered", "as-given", "sized", "probed"},
            RecordedIterable, records={"iters", "produced", "path"}),
    Subject("generator __iter__", "as-given",
            {"iterable", "range", "container", "finite", "ordered", "as-given", "lazy", "probed"},
            LazyIterable, records={"iters", "produced"}),
    Subject("infinite container", "counting", {"iterable", "range", "container", "infinite", "ordered"},
            Naturals),
    Subject("iter(f, sentinel)", "as-given",
            {"iterable", "range", "iterator", "callable", "finite", "ordered", "as-given", "raises"},
            values_then_sentinel, records={"calls"}),
    Subject("no protocol", "as-given", {"finite", "ordered", "as-given"}, Opaque, records={"path"}),
    # iterconf's next-style objects are their own iterables; Python's are not iterable at all
    # (spec/iter.md, iter.returns-iterator). So this one only meets cases about next-style.
    Subject("__next__ only", "as-given", {"iterable", "next-style", "iterator", "finite", "ordered", "as-given"},
            NextOnly, records={"path"}, only_when="next-style"),
    Subject("__iter__ = None", "as-given", {"finite", "ordered", "as-given", "sized"}, OptedOut,
            records={"path"}),
    Subject("__iter__ returns a list", "as-given", {"finite", "ordered", "as-given"}, NonIteratorIter,
            records={"path"}),
    # Iterable with __contains__ = None: iterconf's counterpart (a range whose contains() is
    # deleted) is iterated by `in`, so it meets only the case that declares so (spec/in.md).
    Subject("__contains__ = None", "as-given",
            {"iterable", "range", "container", "finite", "ordered", "as-given", "sized", "probed"},
            ContainsNone, records={"iters", "produced", "path"}, corner="in.fallback.iterate.contains-none*"),
]
