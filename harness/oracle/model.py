"""The protocol model, as harness/src/model.cpp has it: what a conforming subject built from a
case's values must answer (spec/case-format.md, "Values and models"). Kept a line-by-line twin of
the C++ model so that the oracle predicts each step's default exactly as `iterconf run` does."""
from collections import Counter

INFINITE = {"counting", "cycling"}
UNORDERED = {"unique", "unordered"}


class Sequence:
    def __init__(self, given, order):
        self.order = order
        items = list(given)
        self.start = 0
        if order == "sorted":
            items.sort()
        elif order == "sorted-unique":
            items = sorted(set(items))
        elif order in ("unique", "insertion"):
            items = list(dict.fromkeys(items))  # insertion: the order is this one; unique: any
        elif order == "counting":
            self.start = items[0] if items else 0
            items = []
        self.items = items

    @property
    def infinite(self):
        return self.order in INFINITE

    @property
    def ordered(self):
        return self.order not in UNORDERED

    @property
    def cycles_nothing(self):
        return self.order == "cycling" and not self.items

    def at(self, i):
        if self.order == "counting":
            return self.start + i
        if self.order == "cycling":
            return self.items[i % len(self.items)]
        return self.items[i]

    def find(self, v, start):
        if self.order == "counting":
            return None if v < self.start + start else v - self.start
        if self.order == "cycling":
            for i in range(start, start + len(self.items)):
                if self.at(i) == v:
                    return i
            return None
        for i in range(start, len(self.items)):
            if self.items[i] == v:
                return i
        return None

    def contains(self, v):
        if self.order == "counting":
            return v >= self.start
        return v in self.items


class Cursor:
    def __init__(self, remaining=()):
        self.position = 0
        self.remaining = Counter(remaining)  # unordered models: the items not produced yet
        self.raised = False
        self.finished = False
        self.unknown = False

    def copy(self):
        c = Cursor()
        c.__dict__.update(self.__dict__)
        c.remaining = Counter(self.remaining)
        return c


# A prediction is a pair (kind, item): kind is "item", "any" (an item not produced yet, for
# unordered models), "end", "error" or "unknown".


class Model:
    def __init__(self, given, order, raises_at, generator):
        self.sequence = Sequence(given, order)
        self.raises_at = raises_at
        self.generator = generator

    def fresh_cursor(self):
        return Cursor(() if self.sequence.ordered else self.sequence.items)

    def predict_next(self, c):
        if c.unknown:
            return ("unknown", None)
        if c.finished:
            return ("end", None)
        s = self.sequence
        at_end = (not s.infinite or s.cycles_nothing) and c.position >= len(s.items)
        if self.raises_at is not None and not c.raised and c.position == self.raises_at and not at_end:
            return ("error", None)
        if at_end:
            return ("end", None)
        if not s.ordered:
            return ("any", None)
        return ("item", s.at(c.position))

    def advance(self, c, prediction, produced):
        kind = prediction[0]
        if kind == "item":
            c.position += 1
        elif kind == "any":
            c.position += 1
            c.remaining[produced] -= 1
            if c.remaining[produced] <= 0:
                del c.remaining[produced]
        elif kind == "error":
            c.raised = True
            # A generator is finished by an escaped error [gen.raised-finishes]; for anything
            # else the protocol does not say what comes next.
            if self.generator:
                c.finished = True
            else:
                c.unknown = True

    def predict_rest(self, c):
        """(items, ends_in_error, unknown) for a consumer walking `c` to its end."""
        walk = c.copy()
        items = []
        while True:
            p = self.predict_next(walk)
            if p[0] == "end":
                return items, False, False
            if p[0] == "unknown":
                return items, False, True
            if p[0] == "error":
                return items, True, False
            if p[0] == "any":
                return sorted(walk.remaining.elements()), False, False
            items.append(p[1])
            self.advance(walk, p, p[1])

    def exhaust(self, c):
        while True:
            p = self.predict_next(c)
            if p[0] in ("end", "unknown"):
                return
            if p[0] == "any":
                c.position += sum(c.remaining.values())
                c.remaining.clear()
                return
            self.advance(c, p, p[1])
            if p[0] == "error":
                return

    def predict_walk(self, c, v):
        """Membership by iteration over `c`: "found", "not-found", "error", "unknown" or "endless"."""
        if c.unknown:
            return "unknown"
        if c.finished:
            return "not-found"
        s = self.sequence
        if not s.ordered:
            found = c.remaining[v] > 0
            c.unknown = True
            return "found" if found else "not-found"
        match = s.find(v, c.position)
        error_first = (self.raises_at is not None and not c.raised and self.raises_at >= c.position
                       and (match is None or self.raises_at <= match)
                       and (s.infinite or self.raises_at < len(s.items)))
        if error_first:
            c.position = self.raises_at
            self.advance(c, ("error", None), 0)
            return "error"
        if match is not None:
            c.position = match + 1
            return "found"
        if s.infinite and not s.cycles_nothing:
            return "endless"
        c.position = len(s.items)
        return "not-found"
