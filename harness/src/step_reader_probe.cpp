// Reading a step's `probe`: the events a case asserts on.
#include "step_reader.hpp"

#include <map>

#include "identifiers.hpp"
#include "input_limits.hpp"

namespace iterconf::detail {

namespace {

// `model` in place of a probe's value, or of the whole probe: what the model predicts.
constexpr std::string_view by_model = "model";

bool says_model(const YAML::Node& node) { return node.IsScalar() && node.Scalar() == by_model; }

}  // namespace

std::optional<probe_check> step_reader::read_probe(const YAML::Node& node) {
  probe_check p;
  if (says_model(node)) {
    p.by_model = probe_keys::all();
    return p;
  }
  auto fields = in_.mapping(node, "a probe",
                            {"started", "finished", "produced", "calls", "iters", "contains", "index", "path"});
  if (!fields) return std::nullopt;
  bool ok = true;
  // A key whose value is `model`: true, and the key is left to the model.
  auto modelled = [&](const char* key, bool probe_keys::*field) {
    if (!fields->has(key) || !says_model((*fields)[key])) return false;
    p.by_model.*field = true;
    return true;
  };
  auto flag = [&](const char* key, std::optional<bool>& out, bool probe_keys::*field) {
    if (!fields->has(key) || modelled(key, field)) return;
    if (auto b = in_.boolean((*fields)[key], key)) out = *b;
    else ok = false;
  };
  auto count = [&](const char* key, std::optional<std::size_t>& out, bool probe_keys::*field) {
    if (!fields->has(key) || modelled(key, field)) return;
    if (auto n = in_.integer_at_least((*fields)[key], key, 0)) out = static_cast<std::size_t>(*n);
    else ok = false;
  };
  flag("started", p.started, &probe_keys::started);
  flag("finished", p.finished, &probe_keys::finished);
  count("produced", p.produced, &probe_keys::produced);
  count("calls", p.calls, &probe_keys::calls);
  count("iters", p.iters, &probe_keys::iters);
  count("contains", p.contains, &probe_keys::contains);
  if (fields->has("index") && !modelled("index", &probe_keys::index)) {
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
  if (fields->has("path") && !modelled("path", &probe_keys::path)) {
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
