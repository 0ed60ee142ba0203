// Reading expectations files and applying them to results.
#include "iterconf/expectations.hpp"

#include <fnmatch.h>

#include "yaml_reader.hpp"

namespace iterconf {

namespace {

bool glob(const std::string& pattern, const std::string& text) { return fnmatch(pattern.c_str(), text.c_str(), 0) == 0; }

}  // namespace

const expectation_entry* covering_expectation(const std::string& subject, const std::string& case_id,
                                              const std::vector<std::string>& rules,
                                              const std::vector<expectation_entry>& entries) {
  for (const auto& e : entries) {
    if (!glob(e.subject, subject) || !glob(e.case_id, case_id)) continue;
    for (const auto& rule : rules)
      if (glob(e.rule, rule)) return &e;
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
    auto fields = in.mapping(node, "an expectation", {"subject", "case", "rule", "reason"});
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

// Names become globs in the file: escape what fnmatch would read as a pattern.
std::string literal_glob(const std::string& name) {
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

void apply_expectation(case_result& r, const std::vector<expectation_entry>& entries, covered_pass pass) {
  const expectation_entry* e = covering_expectation(r.subject, r.case_id, r.rules, entries);
  if (e == nullptr || r.result == outcome::unsupported) return;
  if (r.result == outcome::pass && pass == covered_pass::stays_pass) return;
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
}

void apply_expectations(std::vector<case_result>& results, const std::vector<expectation_entry>& entries) {
  for (auto& r : results) apply_expectation(r, entries);
}

}  // namespace iterconf
