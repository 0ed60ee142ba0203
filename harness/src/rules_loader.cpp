// Loading spec/rules.yaml.
#include <map>

#include "identifiers.hpp"
#include "input_limits.hpp"
#include "iterconf/loader.hpp"
#include "python_marker_reader.hpp"
#include "yaml_reader.hpp"

namespace iterconf {

namespace {

const std::vector<std::string> rule_keys = {"id", "level", "area", "title", "sources", "cpp", "applies", "python"};


std::optional<level> level_named(const std::string& s) {
  if (s == "MUST") return level::must;
  if (s == "SHOULD") return level::should;
  if (s == "MAY") return level::may;
  return std::nullopt;
}

std::optional<rule> read_rule(detail::yaml_reader& in, const YAML::Node& node) {
  auto fields = in.mapping(node, "a rule", rule_keys);
  if (!fields) return std::nullopt;
  for (const char* required : {"id", "level", "area", "title", "sources", "cpp"}) {
    if (!fields->has(required)) {
      in.error(node, std::string("rule is missing '") + required + "'");
      return std::nullopt;
    }
  }
  rule r;
  r.where = in.at(node);
  bool ok = true;
  if (auto id = in.string((*fields)["id"], "id")) {
    if (!detail::is_dotted_name(*id, 2)) {
      in.error((*fields)["id"], "rule id '" + detail::shown(*id) + "' is not a dotted lower-case name");
      ok = false;
    }
    r.id = *id;
  } else {
    ok = false;
  }
  if (auto l = in.string((*fields)["level"], "level")) {
    if (auto parsed = level_named(*l)) r.strength = *parsed;
    else {
      in.error((*fields)["level"], "level must be MUST, SHOULD or MAY, not '" + detail::shown(*l) + "'");
      ok = false;
    }
  } else {
    ok = false;
  }
  auto area = in.string((*fields)["area"], "area");
  auto title = in.string((*fields)["title"], "title");
  auto sources = in.string_list((*fields)["sources"], "sources");
  auto cpp = in.string((*fields)["cpp"], "cpp");
  if (!area || !title || !sources || !cpp) return std::nullopt;
  // The area names its page, spec/<area>.md, and starts every id of its rules.
  if (!detail::is_dotted_name(*area, 1) || area->find('.') != std::string::npos) {
    in.error((*fields)["area"], "area '" + detail::shown(*area) + "' is not a lower-case word");
    ok = false;
  }
  r.area = *area;
  r.title = *title;
  r.sources = *sources;
  r.cpp = *cpp;
  if (fields->has("applies")) {
    if (auto caps = in.capabilities((*fields)["applies"], "applies")) r.applies = *caps;
    else ok = false;
  }
  if (fields->has("python")) {
    if (auto marker = detail::read_python_marker(in, (*fields)["python"], false)) {
      r.python = *marker;
      // The cxx area is about C++ alone as a whole (spec/cxx.md): a marker there says nothing.
      if (r.area == "cxx") {
        in.error((*fields)["python"], "the rules of area 'cxx' are C++-only as a whole: drop this 'python' marker");
        ok = false;
      }
    } else {
      ok = false;
    }
  }
  if (r.area == "cxx") r.python = {python_marker::kind::cxx_only, "the C++ iterator concepts", {}, {}, r.where};
  if (!ok) return std::nullopt;
  return r;
}

}  // namespace

rules_load load_rules(const std::filesystem::path& file) {
  rules_load out;
  detail::yaml_reader in(file.string(), out.problems);
  auto root = in.parse(file, "a rules file");
  if (!root) return out;
  if (root->IsNull()) {
    in.error_at_file("the rules registry holds a list of rules; this one is empty");
    return out;
  }
  if (!root->IsSequence()) {
    in.error(*root, "the rules registry must be a list of rules, not " + detail::describe(*root));
    return out;
  }
  // rule_book::find is a linear search: a map keeps a registry of many rules linear to load.
  std::map<std::string, int> first_line;
  for (const auto& node : *root) {
    auto r = read_rule(in, node);
    if (!r) continue;
    if (const auto first = first_line.find(r->id); first != first_line.end()) {
      in.error(node, "duplicate rule id '" + r->id + "' (first at line " + std::to_string(first->second) + ")");
      continue;
    }
    first_line.emplace(r->id, r->where.line);
    out.book.add(std::move(*r));
  }
  return out;
}

}  // namespace iterconf
