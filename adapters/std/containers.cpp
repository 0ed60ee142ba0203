// The standard library's containers as subjects: each hands out a fresh iterator on every begin().
#include <algorithm>
#include <array>
#include <deque>
#include <forward_list>
#include <list>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "iterconf/adapt/begin_counter.hpp"
#include "iterconf/adapt/register.hpp"

namespace iterconf::std_subjects {
namespace {

template <class Container>
Container built_from(const subject_input& in) {
  return Container(in.given.begin(), in.given.end());
}

/// A fixed-capacity sequence kept in a std::array: its first n elements are the range.
class array_backed {
 public:
  static constexpr std::size_t capacity = 64;

  explicit array_backed(const subject_input& in) : size_(in.given.size()) {
    std::copy(in.given.begin(), in.given.end(), items_.begin());
  }
  int* begin() { return items_.data(); }
  int* end() { return items_.data() + size_; }

 private:
  std::array<int, capacity> items_{};
  std::size_t size_;
};

}  // namespace
}  // namespace iterconf::std_subjects

ITERCONF_SUBJECTS(std_containers) {
  using namespace iterconf;
  using iterconf::std_subjects::built_from;
  subjects.add("std::vector<int>", {.description = "contiguous sequence container"}, built_from<std::vector<int>>);
  subjects.add("std::list<int>", {.description = "doubly linked list"}, built_from<std::list<int>>);
  subjects.add("std::forward_list<int>", {.description = "singly linked list, no size()"},
               built_from<std::forward_list<int>>);
  subjects.add("std::deque<int>", {.description = "double-ended queue"}, built_from<std::deque<int>>);
  subjects.add("std::set<int>", {.sequence = order::sorted_unique, .description = "ordered set: sorts, drops duplicates"},
               built_from<std::set<int>>);
  subjects.add("std::set<int> (begin counted)",
               {.sequence = order::sorted_unique, .probed = true,
                .description = "std::set with its begin() calls counted, to see that membership does not iterate"},
               [](const subject_input& in) { return adapt::begin_counter(built_from<std::set<int>>(in), in); });
  subjects.add("std::multiset<int>", {.sequence = order::sorted, .description = "ordered multiset: sorts"},
               built_from<std::multiset<int>>);
  subjects.add("std::unordered_set<int>",
               {.sequence = order::unique, .description = "hash set: no order, drops duplicates"},
               built_from<std::unordered_set<int>>);
  subjects.add("std::string", {.description = "a string iterated as its chars"}, built_from<std::string>);
  subjects.add("std::array<int64,4>", {.domain = domain::exactly(4), .description = "a fixed-size array: exactly 4 values"},
               [](const subject_input& in) {
                 std::array<value, 4> a{};
                 std::copy_n(in.given.begin(), std::min<std::size_t>(in.given.size(), a.size()), a.begin());
                 return a;
               });
  subjects.add("std::array<int,64> (first n)",
               {.domain = domain::at_most(std_subjects::array_backed::capacity),
                .description = "fixed-capacity range over a std::array"},
               [](const subject_input& in) { return std_subjects::array_backed(in); });
}
