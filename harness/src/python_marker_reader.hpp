// Reading a `python:` marker (spec/case-format.md, "Python"), shared by the case and the rules
// loaders. Header-only: the two loaders are its only readers.
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "input_limits.hpp"
#include "iterconf/python_marker.hpp"
#include "yaml_reader.hpp"

namespace iterconf::detail {

/// The Python exceptions a case's injected fault may be instead of an ordinary one.
inline const std::vector<std::string> python_fault_names = {"StopIteration"};

/// Reads `node` as a marker; `of_case` allows `raises`. Every mistake is reported at its node.
inline std::optional<python_marker> read_python_marker(yaml_reader& in, const YAML::Node& node, bool of_case) {
  const std::vector<std::string> keys = of_case ? std::vector<std::string>{"differs", "cxx-only", "for", "raises"}
                                                : std::vector<std::string>{"differs", "cxx-only", "for"};
  auto fields = in.mapping(node, "python", keys);
  if (!fields) return std::nullopt;
  python_marker m;
  m.where = in.at(node);
  bool ok = true;
  if (fields->has("differs") && fields->has("cxx-only")) {
    in.error(node, "python has 'differs' or 'cxx-only', not both");
    return std::nullopt;
  }
  for (const char* key : {"differs", "cxx-only"}) {
    if (!fields->has(key)) continue;
    m.what = std::string(key) == "differs" ? python_marker::kind::differs : python_marker::kind::cxx_only;
    auto reason = in.string((*fields)[key], std::string("python ") + key);
    if (!reason) return std::nullopt;
    // A divergence is a decision: the marker must say why C++ does not follow Python here.
    if (reason->find_first_not_of(" \t\n") == std::string::npos) {
      in.error((*fields)[key], std::string("python ") + key + " needs a reason: say why C++ does not follow Python here");
      ok = false;
    }
    m.reason = *reason;
  }
  if (fields->has("for")) {
    if (m.what != python_marker::kind::differs) {
      in.error(fields->keys.at("for"), "python 'for' limits a divergence: it needs 'differs'");
      ok = false;
    } else if (auto caps = in.capabilities((*fields)["for"], "python for")) {
      m.only_for = *caps;
    } else {
      ok = false;
    }
  }
  if (fields->has("raises")) {
    if (auto name = in.string((*fields)["raises"], "python raises")) {
      if (std::find(python_fault_names.begin(), python_fault_names.end(), *name) == python_fault_names.end()) {
        in.error((*fields)["raises"], "python raises '" + shown(*name) + "' is not a Python fault iterconf knows" +
                                          in.did_you_mean(*name, python_fault_names));
        ok = false;
      }
      m.raises = *name;
    } else {
      ok = false;
    }
  }
  if (m.what == python_marker::kind::follows && m.raises.empty()) {
    in.error(node, "python needs 'differs' or 'cxx-only' (with the reason), or 'raises'");
    ok = false;
  }
  if (!ok) return std::nullopt;
  return m;
}

}  // namespace iterconf::detail
