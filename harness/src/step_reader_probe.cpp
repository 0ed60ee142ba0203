// Reading a step's `probe`: the events a case asserts on.
#include "step_reader.hpp"

#include <map>

#include "identifiers.hpp"
#include "input_limits.hpp"

namespace iterconf::detail {

std::optional<probe_check> step_reader::read_probe(const YAML::Node& node) {
  auto fields = in_.mapping(node, "a probe",
                            {"started", "finished", "produced", "calls", "iters", "contains", "index", "path"});
  if (!fields) return std::nullopt;
  probe_check p;
  bool ok = true;
  auto flag = [&](const char* key, std::optional<bool>& out) {
    if (!fields->has(key)) return;
    if (auto b = in_.boolean((*fields)[key], key)) out = *b;
    else ok = false;
  };
  auto count = [&](const char* key, std::optional<std::size_t>& out) {
    if (!fields->has(key)) return;
    if (auto n = in_.integer_at_least((*fields)[key], key, 0)) out = static_cast<std::size_t>(*n);
    else ok = false;
  };
  flag("started", p.started);
  flag("finished", p.finished);
  count("produced", p.produced);
  count("calls", p.calls);
  count("iters", p.iters);
  count("contains", p.contains);
  if (fields->has("index")) {
    const YAML::Node& list_node = (*fields)["index"];
    if (auto list = in_.integer_list(list_node, "index")) {
      std::vector<std::size_t> indices;
      for (std::size_t i = 0; i < list->size(); ++i) {
        if ((*list)[i] < 0) {
          in_.error(list_node[i], "an entry of index must be 0 or more");
          ok = false;
        }
        indices.push_back(static_cast<std::size_t>((*list)[i]));
      }
      p.index = indices;
    } else {
      ok = false;
    }
  }
  if (fields->has("path")) {
    static const std::map<std::string, membership_path> paths = {
        {"contains", membership_path::contains}, {"iterate", membership_path::iterate},
        {"index", membership_path::index}, {"type-error", membership_path::type_error}};
    auto word = in_.string((*fields)["path"], "path");
    if (word && paths.count(*word) != 0) p.path = paths.at(*word);
    else {
      if (word) in_.error((*fields)["path"], "path must be contains, iterate, index or type-error; not '" + shown(*word) + "'");
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return p;
}

}  // namespace iterconf::detail
