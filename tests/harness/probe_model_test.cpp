// Probe keys left to the model (`iters: model`, `probe: model`): the events must read what the
// steps so far make of them, on correct subjects, and a subject that calls begin() twice a loop,
// computes ahead or walks the wrong indices fails the key that shows it.
#include <gtest/gtest.h>

#include "iterconf/executor.hpp"
#include "iterconf/loader.hpp"
#include "mutants/zoo.hpp"
#include "support/rule_book_for_tests.hpp"
#include "support/temp_dir.hpp"

namespace iterconf {
namespace {

conformance_case case_from(const std::string& steps, const std::string& given = "[1, 2, 3]") {
  testing::temp_dir dir;
  const auto file = dir.write("probes.yaml", "- id: probes.by-model\n"
                                             "  rules: [loop.iter-once]\n"
                                             "  summary: probe keys left to the model\n"
                                             "  given: " + given + "\n"
                                             "  steps:\n" + steps);
  auto loaded = load_case_file(file, testing::project_rules());
  EXPECT_TRUE(loaded.problems.empty()) << (loaded.problems.empty() ? "" : loaded.problems.front().str());
  if (loaded.cases.size() != 1) throw std::logic_error("one case expected");
  return loaded.cases.front();
}

case_result run_on(const subject_entry* s, const conformance_case& c) {
  EXPECT_NE(s, nullptr);
  return execute({s, &c, std::nullopt});
}

const subject_entry* builtin(const char* name) { return subject_registry::global().find(name); }
const subject_entry* mutant(const char* name) { return mutants::zoo().find(name); }

const char* loops_and_lookups =
    "    - iter: it\n"
    "    - next: it\n"
    "      probe: model\n"
    "    - loop: subject\n"
    "      probe: {iters: model, produced: model}\n"
    "    - contains: 3\n"
    "      probe: model\n"
    "    - loop: it\n"
    "      probe: model\n";

TEST(probe_model, correct_subjects_read_what_the_model_predicts) {
  for (const char* name : {"std::vector<int>", "std::views::transform", "seed::generator", "std::set<int>",
                           "seed::list_iterator", "seed::callable_iterator"}) {
    const auto r = run_on(builtin(name), case_from(loops_and_lookups));
    EXPECT_EQ(r.result, outcome::pass) << name << ": " << r.step << " expected " << r.expected << ", observed "
                                       << r.observed << " " << r.message;
  }
}

TEST(probe_model, a_second_begin_in_a_loop_fails_iters_left_to_the_model) {
  const auto r = run_on(mutant("mutant::begins_twice"), case_from("    - loop: subject\n      probe: {iters: model}\n"));
  EXPECT_EQ(r.result, outcome::fail);
  EXPECT_EQ(r.expected, "iters 1");
  EXPECT_EQ(r.observed, "iters 2");
}

TEST(probe_model, the_index_walk_is_predicted_index_by_index) {
  // An index-only type: iteration tries 0, 1, 2 and the failing 3; getitem tries its index.
  const auto r = run_on(builtin("seed::index_only"),
                        case_from("    - iter: it\n    - drain: it\n      probe: {index: model, path: model}\n"
                                  "    - getitem: 1\n      probe: {index: model}\n"
                                  "    - contains: 2\n      probe: model\n"));
  EXPECT_EQ(r.result, outcome::pass) << r.step << " expected " << r.expected << ", observed " << r.observed << " "
                                     << r.message;
}

TEST(probe_model, keys_left_to_the_model_are_read_as_model) {
  const auto c = case_from("    - iter: it\n    - next: it\n      probe: {iters: model, index: model}\n    - probe: model\n");
  ASSERT_TRUE(c.steps[1].probe.has_value());
  EXPECT_TRUE(c.steps[1].probe->by_model.iters);
  EXPECT_TRUE(c.steps[1].probe->by_model.index);
  EXPECT_FALSE(c.steps[1].probe->by_model.produced);
  EXPECT_FALSE(c.steps[1].probe->iters.has_value());
  EXPECT_TRUE(c.steps.back().probe->by_model.path);
}

}  // namespace
}  // namespace iterconf
