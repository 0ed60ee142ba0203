// How a case or a rule stands to CPython: it follows Python (the default), it differs on purpose,
// or it is about C++ alone (spec/case-format.md, "Python"). The oracle (harness/oracle/) runs the
// cases on CPython and holds every marker to what CPython really does.
#pragma once

#include <string>

#include "iterconf/capability.hpp"
#include "iterconf/diagnostic.hpp"

namespace iterconf {

/// A `python:` marker of a case or a rule.
struct python_marker {
  enum class kind { follows, differs, cxx_only };
  kind what = kind::follows;
  /// Why C++ does not follow Python here (never empty for `differs` and `cxx_only`).
  std::string reason;
  /// `differs` only on the subjects with all of these capabilities (empty: on every subject).
  capability_set only_for;
  /// Cases: the Python exception the injected fault is ("StopIteration"), "" for an ordinary one.
  std::string raises;
  location where;
};

}  // namespace iterconf
