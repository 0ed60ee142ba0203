"""Loading spec/rules.yaml and cases/*.yaml into plain dictionaries, each with its file and line.

The C++ loader (`iterconf check`) is the validator of the format; this one only reads what the
oracle needs, and stops with a located message on what it cannot read.
"""
import glob
import os

import yaml

_Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LocatedLoader(_Base):
    """A safe loader that records the line of every mapping under the key `__line__`."""


def _located_mapping(loader, node):
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LocatedLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _located_mapping)


class LoadError(Exception):
    """A file the oracle cannot read: the message is `file:line:column: error: ...`."""


def _load(path):
    try:
        with open(path, encoding="utf-8") as f:
            return yaml.load(f, Loader=_LocatedLoader)
    except OSError as e:
        raise LoadError(f"{path}:0:0: error: {e.strerror}") from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f"{path}:{mark.line + 1}:{mark.column + 1}" if mark else f"{path}:0:0"
        raise LoadError(f"{where}: error: {getattr(e, 'problem', e)}") from None


class Marker:
    """A declared relation to CPython (spec/case-format.md, "Python"): `differs` or `cxx-only`,
    with its reason; `only_for` limits a divergence to subjects with those capabilities."""

    def __init__(self, data):
        data = data or {}
        self.differs = data.get("differs")
        self.cxx_only = data.get("cxx-only")
        self.only_for = set(data.get("for", []))
        self.raises = data.get("raises")

    def differs_for(self, capabilities):
        return self.differs if self.differs and self.only_for <= capabilities else None


def load_rules(spec_dir):
    path = os.path.join(spec_dir, "rules.yaml")
    rules = {}
    for r in _load(path) or []:
        rules[r["id"]] = {"id": r["id"], "area": r["area"], "python": Marker(r.get("python")),
                          "where": f"{path}:{r['__line__']}"}
    return rules


def load_cases(cases_dir):
    """Every case of every *.yaml under `cases_dir` (or of the one file it names), in file order."""
    if os.path.isdir(cases_dir):
        files = sorted(glob.glob(os.path.join(cases_dir, "**", "*.yaml"), recursive=True))
        if not files:
            raise LoadError(f"{cases_dir}:0:0: error: no case files (*.yaml) in this directory")
    else:
        files = [cases_dir]
    cases = []
    for path in files:
        area = os.path.splitext(os.path.basename(path))[0]
        for c in _load(path) or []:
            c["rules"] = [c["rule"]] if "rule" in c else list(c["rules"])
            c["area"] = area
            c["where"] = f"{path}:{c['__line__']}"
            c["python"] = Marker(c.get("python"))
            c.setdefault("given", [])
            c.setdefault("requires", [])
            c.setdefault("forbids", [])
            c.setdefault("sentinel", -1)
            cases.append(c)
    return cases
