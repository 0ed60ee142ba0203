// Types a range-based for walks that are no C++20 range (C++17-style iterators): registered as
// they are, they are driven through their own iterators, never classified as not iterable.
#include <gtest/gtest.h>

#include <vector>

// owned.hpp first, as a user's subjects file may include it: what it brings in must not change
// how the registration headers after it look names up.
#include "iterconf/adapt/owned.hpp"
#include "iterconf/adapt/register.hpp"
#include "iterconf/executor.hpp"
#include "iterconf/loader.hpp"
#include "support/rule_book_for_tests.hpp"

namespace iterconf {
namespace {

/// A container with a C++17 iterator: member typedefs but no difference_type, no default
/// constructor, a postfix ++ that returns nothing. std::ranges::input_range is false for it.
class old_list {
 public:
  class iterator {
   public:
    using iterator_category = std::bidirectional_iterator_tag;
    using value_type = value;
    using pointer = const value*;
    using reference = const value&;

    explicit iterator(const value* at) : at_(at) {}
    const value& operator*() const { return *at_; }
    iterator& operator++() {
      ++at_;
      return *this;
    }
    void operator++(int) { ++at_; }
    iterator& operator--() {
      --at_;
      return *this;
    }
    bool operator!=(const iterator& o) const { return at_ != o.at_; }

   private:
    const value* at_;
  };

  explicit old_list(const subject_input& in) : items_(in.given.begin(), in.given.end()) {}
  iterator begin() const { return iterator(items_.data()); }
  iterator end() const { return iterator(items_.data() + items_.size()); }
  std::size_t size() const { return items_.size(); }

 private:
  std::vector<value> items_;
};
static_assert(!std::ranges::input_range<old_list>);
static_assert(adapt::legacy_iterable<old_list>);

/// A stream with C++17-style iterators and no category at all, read as std::istream_iterator
/// reads: begin() and ++ each take the next value from the one stream, so only a single pass can
/// be claimed.
class no_category {
 public:
  class iterator {
   public:
    explicit iterator(no_category* from) : from_(from) { take(); }
    value operator*() const { return current_; }
    iterator& operator++() {
      take();
      return *this;
    }
    bool operator!=(const iterator& o) const { return (from_ == nullptr) != (o.from_ == nullptr); }

   private:
    void take() {
      if (from_ == nullptr) return;
      if (from_->read_ == from_->items_.size()) from_ = nullptr;
      else current_ = from_->items_[from_->read_++];
    }
    no_category* from_ = nullptr;
    value current_ = 0;
  };
  explicit no_category(const subject_input& in) : items_(in.given.begin(), in.given.end()) {}
  iterator begin() { return iterator(this); }
  iterator end() { return iterator(nullptr); }

 private:
  std::vector<value> items_;
  std::size_t read_ = 0;
};

/// An iterator whose * is non-const, as simdjson's On-Demand array_iterator (a range-based for
/// dereferences a non-const iterator, so nothing more is needed to walk it): old_list's, with its
/// const * hidden.
class non_const_star : public old_list {
 public:
  struct iterator : old_list::iterator {
    explicit iterator(old_list::iterator it) : old_list::iterator(it) {}
    value operator*() { return old_list::iterator::operator*(); }
  };
  using old_list::old_list;
  iterator begin() { return iterator(old_list::begin()); }
  iterator end() { return iterator(old_list::end()); }
};

/// A view with C++17 iterators over storage it does not own (LLVM's enumerate, simdjson's
/// On-Demand array), for iterconf::owned.
struct old_view {
  const std::vector<value>* items;
  old_list::iterator begin() const { return old_list::iterator(items->data()); }
  old_list::iterator end() const { return old_list::iterator(items->data() + items->size()); }
};

const subject_registry& legacy() {
  static const subject_registry registry = [] {
    subject_registry r;
    adapt::subject_family add(r, "legacy");
    add.add("legacy::old_list", {}, [](const subject_input& in) { return old_list(in); });
    add.add("legacy::no_category", {}, [](const subject_input& in) { return no_category(in); });
    add.add("legacy::non_const_star", {}, [](const subject_input& in) { return non_const_star(in); });
    add.add("legacy::owned(old_view)", {}, [](const subject_input& in) {
      return owned(std::vector<value>(in.given.begin(), in.given.end()),
                   [](const std::vector<value>& v) { return old_view{&v}; });
    });
    return r;
  }();
  return registry;
}

TEST(legacy_range, a_cxx17_container_is_iterable_with_the_category_it_declares) {
  const auto& caps = legacy().find("legacy::old_list")->capabilities;
  for (auto c : {capability::iterable, capability::range, capability::forward, capability::bidirectional,
                 capability::container, capability::sized})
    EXPECT_TRUE(caps.has(c)) << name_of(c);
  EXPECT_FALSE(caps.has(capability::random_access));
  EXPECT_FALSE(caps.has(capability::iterator));
  const auto& single = legacy().find("legacy::no_category")->capabilities;
  EXPECT_TRUE(single.has(capability::iterable));
  EXPECT_TRUE(single.has(capability::input));
  EXPECT_FALSE(single.has(capability::forward));
  EXPECT_TRUE(legacy().find("legacy::non_const_star")->capabilities.has(capability::iterable));
  // owned forwards begin() and end() as a range-based for finds them, so the view inside is
  // driven as the legacy range it is, with its declared category.
  const auto& owned_view = legacy().find("legacy::owned(old_view)")->capabilities;
  EXPECT_TRUE(owned_view.has(capability::bidirectional));
  EXPECT_TRUE(owned_view.has(capability::container));
}

TEST(legacy_range, passes_every_case_that_applies_and_no_not_iterable_case_applies) {
  const auto loaded = load_cases(ITERCONF_CASES_DIR, testing::project_rules());
  ASSERT_TRUE(loaded.problems.empty());
  for (const char* name :
       {"legacy::old_list", "legacy::no_category", "legacy::non_const_star", "legacy::owned(old_view)"}) {
    std::size_t passed = 0;
    for (const auto& item : make_plan(legacy(), loaded.cases, {{name}, {}, {}})) {
      const case_result r = execute(item);
      EXPECT_TRUE(r.result == outcome::pass || r.result == outcome::unsupported)
          << name << " " << r.case_id << ": " << name_of(r.result) << " " << r.step << " expected " << r.expected
          << " observed " << r.observed << " " << r.message;
      if (r.result == outcome::pass) ++passed;
      // Misread as not iterable, these would pass; the type is iterable, so they do not apply.
      if (r.case_id.rfind("iter.not-iterable", 0) == 0 || r.case_id.rfind("in.type-error", 0) == 0) {
        EXPECT_EQ(r.result, outcome::unsupported) << name << " " << r.case_id;
      }
    }
    EXPECT_GT(passed, 40u) << name;
  }
}

}  // namespace
}  // namespace iterconf
