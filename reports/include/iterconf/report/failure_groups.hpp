// Results that fail the gate, grouped by the error they show: one root cause, one block (the first
// result in full, then how many more showed the same error, in how many subjects, and the first
// few of them). The console and Markdown reports print these blocks. A group keeps a count and a
// few names, not its results: a run may have a million.
#pragma once

#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "iterconf/result.hpp"

namespace iterconf::report::detail {

/// `text` without what is particular to one case: `case_id` becomes "<case>" and `subject`
/// "<subject>" (a group lists them beside the error), every number (with its minus sign) '#' (the
/// case's items, counts, positions and lines), and every bracketed list "[…]" (its length is the
/// case's too).
inline std::string without_case_data(std::string_view text, std::string_view case_id, std::string_view subject) {
  std::string named(text);
  for (const auto& [name, placeholder] : {std::pair{case_id, "<case>"}, std::pair{subject, "<subject>"}}) {
    if (name.empty()) continue;
    for (auto at = named.find(name); at != std::string::npos; at = named.find(name, at + std::string_view(placeholder).size()))
      named.replace(at, name.size(), placeholder);
  }
  std::string out;
  const auto digit = [&](std::size_t i) { return i < named.size() && std::isdigit(static_cast<unsigned char>(named[i])); };
  for (std::size_t i = 0; i < named.size();) {
    const bool word_before = !out.empty() && (std::isalnum(static_cast<unsigned char>(out.back())) || out.back() == '_');
    if (named[i] == '[') {
      const auto close = named.find_first_of("[]", i + 1);
      if (close != std::string::npos && named[close] == ']') {
        out += "[…]";
        i = close + 1;
        continue;
      }
    }
    if (digit(i) || (named[i] == '-' && digit(i + 1) && !word_before)) {
      if (word_before && digit(i)) {  // a digit inside a word (int64, v3) is part of the word
        while (digit(i)) out += named[i++];
        continue;
      }
      ++i;
      while (digit(i)) ++i;
      out += '#';
      continue;
    }
    out += named[i++];
  }
  return out;
}

/// What makes two results that fail the gate "the same observed error": the same outcome, the
/// same step operation (the step's first word: next, drain, loop, ...), and the same expected,
/// observed and message once the case's data are taken out (without_case_data); and, but for an
/// ERROR, the same subject. A subject's FAIL, CRASH, TIMEOUT or XPASS is its own (two mutants that
/// both time out are two bugs); an ERROR says the case could not be run as written (a case that is
/// wrong errs alike on every subject), so its block spans subjects.
inline std::string error_signature(const case_result& r) {
  const std::string_view step(r.step);
  const auto operation = step.substr(0, std::min(step.find_first_of(": "), step.size()));
  const char separator = '\x1f';
  std::string key(name_of(r.result));
  key += separator;
  if (r.result != outcome::error) key += r.subject;
  key += separator;
  key += operation;
  for (const std::string* text : {&r.expected, &r.observed, &r.message}) {
    key += separator;
    key += without_case_data(*text, r.case_id, r.subject);
  }
  return key;
}

/// Results showing one error: the first in full, the next few by name, the rest counted.
struct failure_group {
  case_result first;
  std::size_t results = 0;  // the first included
  std::size_t subjects = 0;
  std::vector<std::pair<std::string, std::string>> more;  // (subject, case) of the next few
  std::string last_subject;                               // (a subject's results come together)
};

/// The groups of a run's results that fail the gate, as the results come.
class failure_groups {
 public:
  /// Keeps the names of `listed` results per group after its first, and at most `max_groups`
  /// groups: results with an error not seen before then are only counted (ungrouped()).
  explicit failure_groups(std::size_t listed = 5, std::size_t max_groups = 10000)
      : listed_(listed), max_groups_(max_groups) {}

  void add(const case_result& r) {
    ++results_;
    auto key = error_signature(r);
    auto found = index_.find(key);
    if (found == index_.end()) {
      if (groups_.size() == max_groups_) {
        ++ungrouped_;
        return;
      }
      found = index_.emplace(std::move(key), groups_.size()).first;
      groups_.push_back({r, 0, 0, {}, {}});
    }
    failure_group& g = groups_[found->second];
    if (g.results++ > 0 && g.more.size() < listed_) g.more.emplace_back(r.subject, r.case_id);
    if (g.subjects == 0 || g.last_subject != r.subject) {
      ++g.subjects;
      g.last_subject = r.subject;
    }
  }

  /// The groups, the largest first (in first-seen order among equals).
  [[nodiscard]] std::vector<const failure_group*> largest_first() const {
    std::vector<const failure_group*> out;
    for (const auto& g : groups_) out.push_back(&g);
    std::stable_sort(out.begin(), out.end(), [](const auto* a, const auto* b) { return a->results > b->results; });
    return out;
  }
  [[nodiscard]] std::size_t groups() const { return groups_.size(); }
  /// Every result added.
  [[nodiscard]] std::size_t results() const { return results_; }
  /// Results whose error came after max_groups others: counted, not grouped.
  [[nodiscard]] std::size_t ungrouped() const { return ungrouped_; }

 private:
  std::size_t listed_, max_groups_;
  std::vector<failure_group> groups_;
  std::unordered_map<std::string, std::size_t> index_;
  std::size_t results_ = 0, ungrouped_ = 0;
};

}  // namespace iterconf::report::detail
