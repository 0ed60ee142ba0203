// Loading case files (spec/case-format.md, "Case fields").
#include <algorithm>
#include <map>

#include "identifiers.hpp"
#include "input_limits.hpp"
#include "iterconf/loader.hpp"
#include "python_marker_reader.hpp"
#include "step_reader.hpp"
#include "yaml_reader.hpp"

namespace iterconf {

namespace {

const std::vector<std::string> case_keys = {"id",      "rule",     "rules",     "summary",  "given", "requires",
                                            "forbids", "raises_at", "sentinel", "budget",   "steps", "python"};
constexpr std::size_t max_given = 4096;

class case_reader {
 public:
  case_reader(detail::yaml_reader& in, const rule_book& rules) : in_(in), rules_(rules) {}

  std::optional<conformance_case> read(const YAML::Node& node) {
    auto fields = in_.mapping(node, "a case", case_keys);
    if (!fields) return std::nullopt;
    conformance_case c;
    c.where = in_.at(node);
    bool ok = true;
    for (const char* required : {"id", "summary", "steps"}) {
      if (!fields->has(required)) {
        in_.error(node, std::string("case is missing '") + required + "'");
        ok = false;
      }
    }
    if (fields->has("rule") == fields->has("rules")) {
      in_.error(node, fields->has("rule") ? "a case has 'rule' or 'rules', not both"
                                          : "case is missing 'rule' (or 'rules')");
      ok = false;
    }
    if (!ok) return std::nullopt;

    if (auto id = in_.string((*fields)["id"], "id")) {
      if (!detail::is_dotted_name(*id, 1)) {
        in_.error((*fields)["id"], "case id '" + detail::shown(*id) + "' is not a dotted lower-case name");
        ok = false;
      }
      c.id = *id;
    } else {
      ok = false;
    }
    ok = read_rules(*fields, c) && ok;
    if (auto summary = in_.string((*fields)["summary"], "summary")) c.summary = *summary;
    else ok = false;
    if (fields->has("given")) {
      if (auto given = in_.integer_list((*fields)["given"], "given")) {
        if (given->size() > max_given) {
          in_.error((*fields)["given"], "given has " + std::to_string(given->size()) + " values; at most " +
                                            std::to_string(max_given) + " are allowed");
          ok = false;
        }
        c.given.assign(given->begin(), given->end());
      } else {
        ok = false;
      }
    }
    ok = read_capabilities(*fields, "requires", c.required) && ok;
    ok = read_capabilities(*fields, "forbids", c.forbids) && ok;
    if (fields->has("raises_at")) {
      if (auto k = in_.integer_at_least((*fields)["raises_at"], "raises_at", 0)) c.raises_at = static_cast<std::size_t>(*k);
      else ok = false;
    }
    if (fields->has("sentinel")) {
      if (auto v = in_.integer((*fields)["sentinel"], "sentinel")) {
        c.sentinel = *v;
        if (std::find(c.given.begin(), c.given.end(), *v) != c.given.end()) {
          in_.error((*fields)["sentinel"], "the sentinel " + std::to_string(*v) + " occurs in given");
          ok = false;
        }
      } else {
        ok = false;
      }
    }
    if (fields->has("budget")) {
      if (auto b = in_.integer_at_least((*fields)["budget"], "budget", 1)) c.budget = static_cast<std::size_t>(*b);
      else ok = false;
    }
    if (fields->has("python")) {
      if (auto marker = detail::read_python_marker(in_, (*fields)["python"], true)) {
        c.python = *marker;
        if (!c.python.raises.empty() && !c.raises_at) {
          in_.error((*fields)["python"], "python raises names the injected fault's exception: the case needs 'raises_at'");
          ok = false;
        }
      } else {
        ok = false;
      }
    }
    ok = read_steps((*fields)["steps"], c) && ok;
    if (!ok) return std::nullopt;
    return c;
  }

 private:
  bool read_rules(const detail::yaml_mapping& fields, conformance_case& c) {
    std::vector<std::pair<std::string, YAML::Node>> cited;
    if (fields.has("rule")) {
      auto id = in_.string(fields["rule"], "rule");
      if (!id) return false;
      cited.emplace_back(*id, fields["rule"]);
    } else {
      const YAML::Node& list = fields["rules"];
      auto ids = in_.string_list(list, "rules");
      if (!ids) return false;
      if (ids->empty()) {
        in_.error(list, "rules must name at least one rule");
        return false;
      }
      for (std::size_t i = 0; i < ids->size(); ++i) cited.emplace_back((*ids)[i], list[i]);
    }
    bool ok = true;
    for (const auto& [id, node] : cited) {
      if (rules_.find(id) == nullptr) {
        const auto candidates = in_.reporting() ? rules_.ids() : std::vector<std::string>{};
        in_.error(node, "unknown rule '" + detail::shown(id) + "'" + in_.did_you_mean(id, candidates));
        ok = false;
      }
      c.rules.push_back(id);
      c.rule_locations.push_back(in_.at(node));
    }
    return ok;
  }

  bool read_capabilities(const detail::yaml_mapping& fields, const char* key, capability_set& out) {
    if (!fields.has(key)) return true;
    auto caps = in_.capabilities(fields[key], key);
    if (caps) out = *caps;
    return caps.has_value();
  }

  bool read_steps(const YAML::Node& node, conformance_case& c) {
    if (!node.IsSequence() || node.size() == 0) {
      in_.error(node, "steps must be a non-empty list of steps, not " +
                          (node.IsSequence() ? std::string("an empty list") : detail::describe(node)));
      return false;
    }
    detail::step_reader steps(in_);
    bool ok = true;
    for (const auto& s : node) {
      if (auto parsed = steps.read(s)) c.steps.push_back(std::move(*parsed));
      else ok = false;
    }
    return ok;
  }

  detail::yaml_reader& in_;
  const rule_book& rules_;
};

}  // namespace

cases_load load_case_file(const std::filesystem::path& file, const rule_book& rules) {
  cases_load out;
  detail::yaml_reader in(file.string(), out.problems);
  auto root = in.parse(file, "a case file");
  if (!root) return out;
  if (root->IsNull()) {
    in.error_at_file("a case file holds a list of cases; this one is empty");
    return out;
  }
  if (!root->IsSequence()) {
    in.error(*root, "a case file must be a list of cases, not " + detail::describe(*root));
    return out;
  }
  std::map<std::string, location> seen;
  case_reader reader(in, rules);
  const std::string area = file.stem().string();
  for (const auto& node : *root) {
    auto c = reader.read(node);
    if (!c) continue;
    if (auto it = seen.find(c->id); it != seen.end()) {
      in.error(node, "duplicate case id '" + c->id + "' (first at line " + std::to_string(it->second.line) + ")");
      continue;
    }
    seen.emplace(c->id, c->where);
    c->area = area;
    out.cases.push_back(std::move(*c));
  }
  return out;
}

cases_load load_cases(const std::filesystem::path& file_or_dir, const rule_book& rules) {
  cases_load out;
  std::error_code ec;
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_directory(file_or_dir, ec)) {
    for (std::filesystem::recursive_directory_iterator it(file_or_dir, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec) && it->path().extension() == ".yaml") files.push_back(it->path());
    if (ec) {
      out.problems.push_back({{file_or_dir.string(), 0, 0}, "cannot list directory: " + ec.message()});
      return out;
    }
    std::sort(files.begin(), files.end());
    if (files.empty()) {
      out.problems.push_back({{file_or_dir.string(), 0, 0}, "no case files (*.yaml) in this directory"});
      return out;
    }
  } else if (std::filesystem::exists(file_or_dir, ec)) {
    files.push_back(file_or_dir);
  } else {
    out.problems.push_back({{file_or_dir.string(), 0, 0}, "no such file or directory"});
    return out;
  }
  std::map<std::string, location> seen;
  for (const auto& f : files) {
    cases_load one = load_case_file(f, rules);
    out.problems.insert(out.problems.end(), one.problems.begin(), one.problems.end());
    for (auto& c : one.cases) {
      if (auto it = seen.find(c.id); it != seen.end()) {
        out.problems.push_back({c.where, "duplicate case id '" + c.id + "' (first at " + it->second.file + ":" +
                                             std::to_string(it->second.line) + ")"});
        continue;
      }
      seen.emplace(c.id, c.where);
      out.cases.push_back(std::move(c));
    }
  }
  return out;
}

}  // namespace iterconf
