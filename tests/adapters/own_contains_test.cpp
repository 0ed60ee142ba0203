// A type's own contains is its membership unless the registration says it answers another
// question: nlohmann::json's contains(key) looks an object's key up, and reading it as `v in x`
// made seven false FAILs on json arrays. Declared, `in` iterates, as for a type without one.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "iterconf/adapt/register.hpp"
#include "iterconf/executor.hpp"
#include "iterconf/loader.hpp"
#include "support/rule_book_for_tests.hpp"

namespace iterconf {
namespace {

/// A sequence whose contains(k) says whether k is one of its positions, as a keyed lookup does.
class position_lookup {
 public:
  explicit position_lookup(const subject_input& in) : items_(in.given.begin(), in.given.end()) {}
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }
  std::size_t size() const { return items_.size(); }
  bool contains(value k) const { return k >= 0 && static_cast<std::size_t>(k) < items_.size(); }

 private:
  std::vector<value> items_;
};

const subject_registry& lookup_subjects() {
  static const subject_registry registry = [] {
    subject_registry r;
    adapt::subject_family add(r, "lookups");
    add.add("read as membership", {}, [](const subject_input& in) { return position_lookup(in); });
    add.add("declared a lookup", {.contains_is_membership = false},
            [](const subject_input& in) { return position_lookup(in); });
    return r;
  }();
  return registry;
}

const std::vector<conformance_case>& all_cases() {
  static const auto loaded = load_cases(ITERCONF_CASES_DIR, testing::project_rules());
  return loaded.cases;
}

std::vector<case_result> membership_results(const std::string& subject) {
  std::vector<case_result> out;
  for (const auto& item : make_plan(lookup_subjects(), all_cases(), {{subject}, {"in.*"}, {}})) out.push_back(execute(item));
  return out;
}

TEST(own_contains, a_lookup_read_as_membership_fails_the_membership_cases_and_declared_it_passes_them) {
  const auto* undeclared = lookup_subjects().find("read as membership");
  EXPECT_TRUE(undeclared->capabilities.has(capability::contains));
  EXPECT_EQ(undeclared->shape.membership, membership_path::contains);
  const auto* declared = lookup_subjects().find("declared a lookup");
  EXPECT_FALSE(declared->capabilities.has(capability::contains));
  EXPECT_EQ(declared->shape.membership, membership_path::iterate);

  const auto misread = membership_results("read as membership");
  const auto read = membership_results("declared a lookup");
  std::size_t failed = 0, passed = 0;
  for (const auto& r : misread) failed += r.result == outcome::fail;
  for (const auto& r : read) passed += r.result == outcome::pass;
  EXPECT_GT(failed, 0u);  // the cases of [in.contains-first] catch a contains that is no membership
  EXPECT_GT(passed, 0u);  // declared, they no longer apply, and `in` iterates
  for (const auto& r : read)
    EXPECT_TRUE(r.result == outcome::pass || r.result == outcome::unsupported)
        << r.case_id << ": " << name_of(r.result) << " " << r.step << " " << r.observed << " " << r.message;
}

}  // namespace
}  // namespace iterconf
