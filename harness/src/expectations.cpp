// Reading expectations files and applying them to results.
#include "iterconf/expectations.hpp"

#include <fnmatch.h>

#include <algorithm>

#include "yaml_reader.hpp"

namespace iterconf {

namespace {

bool is_glob(const std::string& pattern) { return pattern.find_first_of("*?") != std::string::npos; }

}  // namespace

bool pattern_matches(const std::string& pattern, const std::string& name) {
  // A subject's name may hold brackets (`int[4]`), which fnmatch would read as a class.
  return is_glob(pattern) ? fnmatch(pattern.c_str(), name.c_str(), 0) == 0 : pattern == name;
}

const expectation_entry* covering_expectation(const std::string& subject, const std::string& case_id,
                                              const std::vector<std::string>& rules,
                                              const std::vector<expectation_entry>& entries) {
  for (const auto& e : entries) {
    if (!pattern_matches(e.subject, subject) || !pattern_matches(e.case_id, case_id)) continue;
    for (const auto& rule : rules)
      if (pattern_matches(e.rule, rule)) return &e;
  }
  return nullptr;
}

expectations_load load_expectations(const std::filesystem::path& file) {
  expectations_load out;
  detail::yaml_reader in(file.string(), out.problems);
  auto root = in.parse(file, "an expectations file");
  if (!root) return out;
  if (root->IsNull()) return out;  // an empty file expects nothing
  if (!root->IsSequence()) {
    in.error(*root, "an expectations file must be a list of {subject, case, rule, reason}, not " + detail::describe(*root));
    return out;
  }
  for (const auto& node : *root) {
    auto fields = in.mapping(node, "an expectation", {"subject", "case", "rule", "fails", "reason"});
    if (!fields) continue;
    expectation_entry e;
    e.where = in.at(node);
    bool ok = true;
    auto read = [&](const char* key, std::string& into) {
      if (!fields->has(key)) return true;
      auto s = in.string((*fields)[key], key);
      if (s) into = *s;
      else ok = false;
      return s.has_value();
    };
    read("subject", e.subject);
    read("case", e.case_id);
    read("rule", e.rule);
    if (std::string fails; fields->has("fails") && read("fails", fails)) {
      if (fails == "may") e.fails = expected_failure::may;
      else if (fails != "must") {
        in.error((*fields)["fails"], "'fails' is 'must' (every result it covers fails: a pass is XPASS) or 'may' "
                                     "(a pass stays PASS), not '" + fails + "'");
        ok = false;
      }
    }
    // A reason that is not a string has had its message; only a missing or empty one gets this.
    if (read("reason", e.reason) && e.reason.empty()) {
      in.error(node, "an expectation needs a 'reason': one line on why this is the subject's real behaviour");
      ok = false;
    }
    if (ok) out.entries.push_back(std::move(e));
  }
  return out;
}

namespace {

// A name with `*` or `?` would be read as a glob: escape what fnmatch would read as a pattern.
std::string literal_glob(const std::string& name) {
  if (!is_glob(name)) return name;
  std::string out;
  for (char c : name) {
    if (c == '*' || c == '?' || c == '[' || c == ']' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

}  // namespace

std::string recorded_expectations(const std::vector<case_result>& results) {
  YAML::Emitter out;
  out << YAML::Comment("Known deviations recorded by `iterconf run --write-expectations`. Replace each reason with "
                       "one line on why this is the subject's real behaviour.");
  out << YAML::BeginSeq;
  for (const auto& r : results) {
    const bool deviation = r.result == outcome::xfail || (fails_gate(r.result) && r.result != outcome::xpass);
    if (!deviation) continue;
    std::string reason = r.result == outcome::xfail ? r.message : std::string(name_of(r.result));
    if (r.result != outcome::xfail) {
      if (r.step_number) reason += " at step " + std::to_string(*r.step_number) + " (" + r.step + ")";
      if (!r.expected.empty() || !r.observed.empty()) reason += ": expected " + r.expected + ", observed " + r.observed;
      else if (!r.message.empty()) reason += ": " + r.message;
    }
    out << YAML::BeginMap << YAML::Key << "subject" << YAML::Value << literal_glob(r.subject) << YAML::Key << "case"
        << YAML::Value << literal_glob(r.case_id) << YAML::Key << "reason" << YAML::Value << reason << YAML::EndMap;
  }
  out << YAML::EndSeq;
  return std::string(out.c_str()) + "\n";
}

const expectation_entry* apply_expectation(case_result& r, const std::vector<expectation_entry>& entries,
                                           covered_pass pass) {
  if (r.result == outcome::unsupported) return nullptr;
  const expectation_entry* e = covering_expectation(r.subject, r.case_id, r.rules, entries);
  if (e == nullptr) return nullptr;
  if (r.result == outcome::pass && (pass == covered_pass::stays_pass || e->fails == expected_failure::may)) return e;
  const std::string where = e->where.file + ":" + std::to_string(e->where.line);
  r.deviation = e->reason;
  if (r.result == outcome::pass) {
    r.result = outcome::xpass;
    r.message = "expected to fail (" + e->reason + ", " + where + ") but passed";
  } else {
    r.message = "expected " + std::string(name_of(r.result)) + " (" + e->reason + ", " + where + ")" +
                (r.message.empty() ? "" : ": " + r.message);
    r.result = outcome::xfail;
  }
  return e;
}

void apply_expectations(std::vector<case_result>& results, const std::vector<expectation_entry>& entries) {
  for (auto& r : results) apply_expectation(r, entries);
}

namespace {

bool any_matches(const std::string& pattern, const std::vector<std::string>& names) {
  return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return pattern_matches(pattern, n); });
}

// Why an entry can cover nothing in `scope`, or "" when its patterns each match something there.
std::string matches_nothing(const expectation_entry& e, const run_scope& scope) {
  auto none = [](const char* what, const std::string& pattern, const std::vector<std::string>& names) {
    std::string why = std::string("no ") + what + " is " + (is_glob(pattern) ? "matched by '" : "named '") + pattern + "'";
    if (!is_glob(pattern))
      if (const auto close = closest_match(pattern, names); !close.empty()) why += " (did you mean '" + close + "'?)";
    return why;
  };
  if (!any_matches(e.subject, scope.subjects)) return none("subject", e.subject, scope.subjects);
  if (!any_matches(e.case_id, scope.cases)) return none("case", e.case_id, scope.cases);
  if (!any_matches(e.rule, scope.rules)) return none("rule", e.rule, scope.rules);
  return "";
}

}  // namespace

std::vector<diagnostic> stale_expectations(const std::vector<expectation_entry>& entries,
                                           const std::vector<const expectation_entry*>& covering,
                                           const run_scope& scope) {
  std::vector<diagnostic> out;
  for (const auto& e : entries) {
    if (std::find(covering.begin(), covering.end(), &e) != covering.end()) continue;
    if (e.case_id.starts_with("prop.")) continue;  // a property's: `iterconf prop` applies it
    std::string why = matches_nothing(e, scope);
    if (why.empty() && !scope.whole) continue;  // its results may be in another shard or selection
    if (why.empty()) why = "no result of the run (every result it matches was UNSUPPORTED, or an entry before it covers it)";
    out.push_back({e.where, "this expectation covers nothing: " + why, diagnostic::level::warning});
  }
  return out;
}

}  // namespace iterconf
