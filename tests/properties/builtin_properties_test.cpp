// The model-based properties as tests: every property on every built-in subject it applies to,
// with a fixed seed, so ctest runs them one test per subject. A property a known deviation covers
// is left to `iterconf prop` (adapters/expectations.yaml), which runs it isolated.
#include <gtest/gtest.h>

#include "iterconf/properties.hpp"

namespace iterconf {
namespace {

const std::vector<expectation_entry>& known_deviations() {
  static const std::vector<expectation_entry> all = [] {
    std::vector<expectation_entry> out;
    for (const char* file : {ITERCONF_EXPECTATIONS}) {
      auto loaded = load_expectations(file);
      EXPECT_TRUE(loaded.problems.empty()) << file;
      out.insert(out.end(), loaded.entries.begin(), loaded.entries.end());
    }
    return out;
  }();
  return all;
}

class builtin_subject : public ::testing::TestWithParam<std::string> {};

// Every property that applies: the subject answers every operation of 100 random sequences as
// the model does (the rules are each property's; a failure prints its shrunk sequence).
TEST_P(builtin_subject, answers_every_operation_sequence_as_the_model_does) {
  const subject_entry& s = *subject_registry::global().find(GetParam());
  for (const auto& p : properties::catalog()) {
    if (properties::why_not_applicable(p, s)) continue;
    // A known deviation may crash, which only the isolated runner survives (`iterconf prop`).
    if (covering_expectation(s.name, p.name, p.rules, known_deviations()) != nullptr) continue;
    const auto r = properties::check(p, s, 20260101, {});
    EXPECT_EQ(r.result, outcome::pass) << properties::describe_failure(p, s, r);
    EXPECT_EQ(r.passed, 100) << p.name;
  }
}

std::vector<std::string> builtin_subjects() {
  std::vector<std::string> out;
  for (const auto& s : subject_registry::global().entries()) out.push_back(s.name);
  return out;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string out;
  for (char c : info.param) out += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  return out;
}

INSTANTIATE_TEST_SUITE_P(properties, builtin_subject, ::testing::ValuesIn(builtin_subjects()), test_name);

}  // namespace
}  // namespace iterconf
