// `iterconf list subjects` says, for each capability a subject lacks, the requirement that failed:
// a library author learns what to add (or to declare) without reading the standard's concepts.
#include <gtest/gtest.h>

#include <forward_list>
#include <list>
#include <string>
#include <vector>

#include "iterconf/adapt/register.hpp"

namespace iterconf {
namespace {

/// A C++17 iterator: no difference_type, so no C++20 iterator at all.
class old_forward {
 public:
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using value_type = value;
    explicit iterator(const value* at) : at_(at) {}
    const value& operator*() const { return *at_; }
    iterator& operator++() {
      ++at_;
      return *this;
    }
    bool operator!=(const iterator& o) const { return at_ != o.at_; }

   private:
    const value* at_;
  };
  explicit old_forward(const subject_input& in) : items_(in.given.begin(), in.given.end()) {}
  iterator begin() const { return iterator(items_.data()); }
  iterator end() const { return iterator(items_.data() + items_.size()); }

 private:
  std::vector<value> items_;
};

const subject_registry& subjects() {
  static const subject_registry registry = [] {
    subject_registry r;
    adapt::subject_family add(r, "reasons");
    add.add("list", {}, [](const subject_input& in) { return std::list<value>(in.given.begin(), in.given.end()); });
    add.add("forward_list", {.domain = domain::exactly(4)},
            [](const subject_input& in) { return std::forward_list<value>(in.given.begin(), in.given.end()); });
    add.add("old_forward", {}, [](const subject_input& in) { return old_forward(in); });
    add.add("single-pass vector", {.single_pass = true},
            [](const subject_input& in) { return std::vector<value>(in.given.begin(), in.given.end()); });
    return r;
  }();
  return registry;
}

std::string why_not(const std::string& subject, capability c) {
  const auto* s = subjects().find(subject);
  for (const auto& [lacking, why] : s->missing)
    if (lacking == c) return why;
  return s->capabilities.has(c) ? "(has it)" : "(not said)";
}

TEST(capability_reasons, each_missing_category_names_the_first_requirement_that_failed) {
  EXPECT_EQ(why_not("list", capability::random_access), "its iterators are not std::totally_ordered (<, <=, >, >=)");
  EXPECT_EQ(why_not("list", capability::contiguous), "(not said)");  // follows from random-access
  EXPECT_EQ(why_not("list", capability::bidirectional), "(has it)");
  EXPECT_EQ(why_not("forward_list", capability::bidirectional),
            "its iterator has no --it returning I& and it-- returning a copy");
  EXPECT_EQ(why_not("forward_list", capability::sized),
            "no size() (std::ranges::size), and end() - begin() is not a sized sentinel");
}

TEST(capability_reasons, a_cxx17_iterable_says_why_it_is_no_cxx20_range) {
  EXPECT_EQ(why_not("old_forward", capability::bidirectional),
            "a C++17 iterable, not a C++20 range (begin() gives no C++20 iterator (std::input_or_output_iterator: it "
            "needs a difference_type, a prefix ++ returning the iterator, and *)), driven through its own iterators, "
            "whose declared category is all iterconf takes (at most bidirectional)");
}

TEST(capability_reasons, a_declaration_is_named_as_the_reason) {
  EXPECT_EQ(why_not("single-pass vector", capability::forward),
            "declared single-pass (or a generator): the multi-pass guarantees are not checked");
  EXPECT_EQ(why_not("single-pass vector", capability::bidirectional), "(not said)");
  EXPECT_EQ(why_not("single-pass vector", capability::writable),
            "declared single-pass: writes are checked where a later pass can read them");
  // A declared trait's absence is its default, and a role is said only when neither holds.
  EXPECT_EQ(why_not("list", capability::lazy), "(not said)");
  EXPECT_EQ(why_not("single-pass vector", capability::container), "(not said)");
}

TEST(capability_reasons, the_domain_says_what_it_admits) {
  EXPECT_EQ(subjects().find("list")->traits.domain.description(), "any values");
  EXPECT_EQ(subjects().find("forward_list")->traits.domain.description(), "exactly 4 values");
  EXPECT_EQ(domain::all_of({domain::at_most(64), domain::within(-128, 127)}).description(),
            "at most 64 values and values in [-128, 127]");
  const std::vector<value> five = {1, 2, 3, 4, 5};
  EXPECT_EQ(domain::all_of({domain::at_most(4), domain::within(0, 1)})(five), "5 values exceed the capacity of 4");
}

}  // namespace
}  // namespace iterconf
