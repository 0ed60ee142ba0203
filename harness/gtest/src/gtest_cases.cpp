// GoogleTest mode: each (subject, case) is a test that runs the case in this process and reports
// a failure at the step's place in the case file, with what was expected and what was observed.
#include "gtest_cases.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>
#include <memory>

#include "iterconf/executor.hpp"
#include "iterconf/failure_lines.hpp"
#include "iterconf/expectations.hpp"
#include "iterconf/inputs.hpp"
#include "iterconf/properties.hpp"

namespace iterconf::gtest {
namespace {

// GoogleTest names are best kept to identifier characters, so filters never need escaping.
std::string test_name(const std::string& text) {
  std::string out;
  for (char c : text) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

struct loaded {
  rule_book rules;
  std::vector<conformance_case> cases;
  std::vector<expectation_entry> expected;
  std::vector<plan_item> plan;
};

// A case or property a known deviation covers is not run: everything here runs in one process,
// where a deviation that crashes (a Boost iterator's dangling reference) would take every other
// test down with it. `iterconf run` and `iterconf prop` run it, isolated, as XFAIL or XPASS.
void skip_known_deviation(const std::string& subject, const std::string& case_id, const std::vector<std::string>& rules,
                          const std::vector<expectation_entry>& expected) {
  if (const auto* known = covering_expectation(subject, case_id, rules, expected))
    GTEST_SKIP() << "known deviation: " << known->reason;
}

class case_test : public ::testing::Test {
 public:
  case_test(const plan_item& item, const std::vector<expectation_entry>& expected)
      : item_(item), expected_(expected) {}

  void TestBody() override {
    skip_known_deviation(item_.subject->name, item_.the_case->id, item_.the_case->rules, expected_);
    if (IsSkipped()) return;
    const case_result r = execute(item_);
    ::testing::Test::RecordProperty("outcome", std::string(name_of(r.result)));
    switch (r.result) {
      case outcome::pass: return;
      case outcome::unsupported: GTEST_SKIP() << r.message;
      default: break;
    }
    const location& at = failure_place(r);
    ADD_FAILURE_AT(at.file.c_str(), at.line) << failure_lines(r);
  }

 private:
  plan_item item_;
  const std::vector<expectation_entry>& expected_;
};

// One property on one subject: RapidCheck searches for a failing sequence of operations and
// shrinks it; the failure shows the shrunk sequence, the seed and the replay command.
class property_test : public ::testing::Test {
 public:
  property_test(const properties::property& p, const subject_entry& s, const std::vector<expectation_entry>& expected,
                unsigned long long seed, location rule_at)
      : property_(p), subject_(s), expected_(expected), seed_(seed), rule_at_(std::move(rule_at)) {}

  void TestBody() override {
    if (auto why = properties::why_not_applicable(property_, subject_)) GTEST_SKIP() << *why;
    skip_known_deviation(subject_.name, property_.name, property_.rules, expected_);
    if (IsSkipped()) return;
    const auto r = properties::check(property_, subject_, seed_, {});
    ::testing::Test::RecordProperty("seed", std::to_string(r.seed));
    if (r.result == outcome::pass) return;
    // At the first rule the property checks, in the spec this program reads: never a line of
    // iterconf's own sources.
    ADD_FAILURE_AT(rule_at_.file.c_str(), rule_at_.line) << properties::describe_failure(property_, subject_, r);
  }

 private:
  const properties::property& property_;
  const subject_entry& subject_;
  const std::vector<expectation_entry>& expected_;
  unsigned long long seed_;
  location rule_at_;
};

void print(const std::vector<diagnostic>& problems) {
  for (const auto& p : problems) std::cerr << p.str() << '\n';
}

}  // namespace

bool register_cases(const sources& from) {
  // The tests refer to the cases and the plan for as long as the program runs.
  static auto all = std::make_unique<loaded>();
  std::vector<std::filesystem::path> expectations;
  if (!from.expectations.empty()) expectations.emplace_back(from.expectations);
  inputs_load inputs = load_inputs(from.spec_dir, from.cases_dir, expectations);
  if (!inputs.problems.empty()) return print(inputs.problems), false;
  all->rules = std::move(inputs.rules);
  all->cases = std::move(inputs.cases);
  all->expected = std::move(inputs.expected);
  all->plan = make_plan(subject_registry::global(), all->cases, {});
  // The properties, as tests of their own: `<subject>.prop_sequence` ...
  for (const auto& s : subject_registry::global().entries()) {
    for (const auto& p : properties::catalog()) {
      const rule* first = p.rules.empty() ? nullptr : all->rules.find(p.rules.front());
      const location rule_at = first != nullptr ? first->where : location{from.spec_dir + "/rules.yaml", 1, 1};
      ::testing::RegisterTest(test_name(s.name).c_str(), test_name(p.name).c_str(), nullptr, nullptr,
                              rule_at.file.c_str(), rule_at.line,
                              [&p, &s, &expected = all->expected, seed = from.seed, rule_at]() -> ::testing::Test* {
                                return new property_test(p, s, expected, seed, rule_at);
                              });
    }
  }
  for (const auto& item : all->plan) {
    const auto& where = item.the_case->where;
    ::testing::RegisterTest(test_name(item.subject->name).c_str(), test_name(item.the_case->id).c_str(), nullptr,
                            nullptr, where.file.c_str(), where.line,
                            [&item, &expected = all->expected]() -> ::testing::Test* {
                              return new case_test(item, expected);
                            });
  }
  return true;
}

}  // namespace iterconf::gtest
