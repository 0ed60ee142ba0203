// Reading expectations files and applying them to results.
#include "iterconf/expectations.hpp"

#include <fnmatch.h>

#include "yaml_reader.hpp"

namespace iterconf {

namespace {

bool glob(const std::string& pattern, const std::string& text) { return fnmatch(pattern.c_str(), text.c_str(), 0) == 0; }

const expectation_entry* match(const case_result& r, const std::vector<expectation_entry>& entries) {
  for (const auto& e : entries) {
    if (!glob(e.subject, r.subject) || !glob(e.case_id, r.case_id)) continue;
    for (const auto& rule : r.rules)
      if (glob(e.rule, rule)) return &e;
  }
  return nullptr;
}

}  // namespace

expectations_load load_expectations(const std::filesystem::path& file) {
  expectations_load out;
  detail::yaml_reader in(file.string(), out.problems);
  auto root = in.parse(file);
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
      if (!fields->has(key)) return;
      if (auto s = in.string((*fields)[key], key)) into = *s;
      else ok = false;
    };
    read("subject", e.subject);
    read("case", e.case_id);
    read("rule", e.rule);
    read("reason", e.reason);
    if (!fields->has("reason") || e.reason.empty()) {
      in.error(node, "an expectation needs a 'reason': one line on why this is the subject's real behaviour");
      ok = false;
    }
    if (ok) out.entries.push_back(std::move(e));
  }
  return out;
}

void apply_expectations(std::vector<case_result>& results, const std::vector<expectation_entry>& entries) {
  for (auto& r : results) {
    const expectation_entry* e = match(r, entries);
    if (e == nullptr || r.result == outcome::unsupported) continue;
    const std::string where = e->where.file + ":" + std::to_string(e->where.line);
    if (r.result == outcome::pass) {
      r.result = outcome::xpass;
      r.message = "expected to fail (" + e->reason + ", " + where + ") but passed";
    } else {
      r.message = "expected " + std::string(name_of(r.result)) + " (" + e->reason + ", " + where + ")" +
                  (r.message.empty() ? "" : ": " + r.message);
      r.result = outcome::xfail;
    }
  }
}

}  // namespace iterconf
