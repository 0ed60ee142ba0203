// An input-only range is judged as an iterator (its begin() continues the one iteration) only
// when its registration declares it single-pass, and as a container only when it declares it
// re-iterable: [range.range] leaves a second begin() on a range that is not forward unspecified,
// so a design that restarts, as nlohmann::json's items() does, is legitimate and must not be
// flagged.
#include <gtest/gtest.h>

#include <iterator>
#include <string>
#include <vector>

#include "iterconf/adapt/register.hpp"
#include "iterconf/executor.hpp"
#include "iterconf/loader.hpp"
#include "support/rule_book_for_tests.hpp"

namespace iterconf {
namespace {

/// An input-only range whose every begin() starts over from the first item.
class restarting_input {
 public:
  class iterator {
   public:
    using iterator_concept = std::input_iterator_tag;
    using value_type = value;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    explicit iterator(const std::vector<value>* items) : items_(items) {}
    value operator*() const { return (*items_)[at_]; }
    iterator& operator++() {
      ++at_;
      return *this;
    }
    void operator++(int) { ++at_; }
    bool operator==(std::default_sentinel_t) const { return at_ == items_->size(); }

   private:
    const std::vector<value>* items_ = nullptr;
    std::size_t at_ = 0;
  };

  explicit restarting_input(const subject_input& in) : items_(in.given.begin(), in.given.end()) {}
  iterator begin() { return iterator(&items_); }
  std::default_sentinel_t end() const { return {}; }

 private:
  std::vector<value> items_;
};
static_assert(std::ranges::input_range<restarting_input> && !std::ranges::forward_range<restarting_input>);

const subject_registry& role_subjects() {
  static const subject_registry registry = [] {
    subject_registry r;
    adapt::subject_family add(r, "roles");
    add.add("undeclared", {}, [](const subject_input& in) { return restarting_input(in); });
    add.add("declared single-pass", {.single_pass = true}, [](const subject_input& in) { return restarting_input(in); });
    add.add("declared re-iterable", {.reiterable = true}, [](const subject_input& in) { return restarting_input(in); });
    return r;
  }();
  return registry;
}

const std::vector<conformance_case>& all_cases() {
  static const auto loaded = load_cases(ITERCONF_CASES_DIR, testing::project_rules());
  return loaded.cases;
}

case_result run(const std::string& subject_name, const std::string& case_id) {
  for (const auto& item : make_plan(role_subjects(), all_cases(), {{subject_name}, {case_id}, {}})) return execute(item);
  throw std::logic_error("nothing planned");
}

struct tally {
  std::size_t passed = 0;
  std::size_t unspecified = 0;  // UNSUPPORTED for a second begin()
};

// Runs every case on `subject`: each must PASS or be UNSUPPORTED, none judged what C++ leaves open.
tally run_every_case(const std::string& subject) {
  tally t;
  for (const auto& item : make_plan(role_subjects(), all_cases(), {{subject}, {}, {}})) {
    const case_result r = execute(item);
    EXPECT_TRUE(r.result == outcome::pass || r.result == outcome::unsupported)
        << r.case_id << ": " << name_of(r.result) << " " << r.step << " " << r.observed << " " << r.message;
    if (r.result == outcome::pass) ++t.passed;
    if (r.message.rfind("unspecified for input ranges", 0) == 0) ++t.unspecified;
  }
  return t;
}

TEST(input_role, an_undeclared_input_range_has_neither_role) {
  const auto& caps = role_subjects().find("undeclared")->capabilities;
  EXPECT_TRUE(caps.has(capability::iterable));
  EXPECT_FALSE(caps.has(capability::container));
  EXPECT_FALSE(caps.has(capability::iterator));
  EXPECT_TRUE(role_subjects().find("declared single-pass")->capabilities.has(capability::iterator));
}

TEST(input_role, a_restarting_input_range_passes_every_case_that_judges_only_what_cpp_specifies) {
  const auto [passed, unspecified] = run_every_case("undeclared");
  EXPECT_GT(passed, 30u);
  EXPECT_GT(unspecified, 10u);
}

TEST(input_role, a_second_begin_is_not_judged_and_the_reason_says_what_to_declare) {
  for (const char* id : {"exhaust.resumes.loop-after-take", "exhaust.iterator-consumed.one", "in.partial-consume.on-subject",
                         "iter.iterator-is-self.second-iter-continues", "container.fresh-iterator.loop-twice.one"}) {
    const case_result r = run("undeclared", id);
    EXPECT_EQ(r.result, outcome::unsupported) << id;
    EXPECT_EQ(r.message,
              "unspecified for input ranges: the case calls begin() on the subject more than once, which "
              "[range.range] leaves unspecified for a range that is not forward (it may restart or continue); "
              "declare .single_pass = true if it is meant to continue as one iteration, or .reiterable = true "
              "if every begin() starts it again")
        << id;
  }
}

TEST(input_role, declared_single_pass_the_restart_is_a_breach_of_the_declared_role) {
  const case_result r = run("declared single-pass", "exhaust.iterator-consumed.one");
  EXPECT_EQ(r.result, outcome::fail) << r.message;
}

TEST(input_role, declared_re_iterable_it_is_a_container_and_its_restart_is_what_a_container_does) {
  const auto& caps = role_subjects().find("declared re-iterable")->capabilities;
  EXPECT_TRUE(caps.has(capability::container));
  EXPECT_FALSE(caps.has(capability::forward));  // its iterators are still input iterators
  const auto [passed, unspecified] = run_every_case("declared re-iterable");
  EXPECT_GT(passed, 30u);
  EXPECT_EQ(unspecified, 0u);
  EXPECT_EQ(run("declared re-iterable", "container.fresh-iterator.loop-twice.one").result, outcome::pass);
}

TEST(input_role, re_iterable_and_single_pass_together_is_a_registration_error) {
  subject_registry r;
  adapt::subject_family add(r, "roles");
  EXPECT_THROW(add.add("both", {.single_pass = true, .reiterable = true},
                       [](const subject_input& in) { return restarting_input(in); }),
               std::invalid_argument);
}

}  // namespace
}  // namespace iterconf
