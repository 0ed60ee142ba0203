// Mutants of containers (forward ranges): iterators that share state, begin() that does not start
// again, loops that call begin() twice, equality that lies, size() that disagrees with the items,
// and a member contains() that disagrees with iteration or consumes it.
#pragma once

#include <algorithm>
#include <memory>

#include "basis.hpp"

namespace iterconf::mutants {

/// A forward iterator over the first `n` values of a vector whose position lives in a shared cell:
/// `Deep` copies get a cell of their own (a copy is independent), shallow ones share it. Positions
/// past the items read stale slots, never past the buffer.
template <bool Deep>
class cell_iterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using iterator_concept = std::forward_iterator_tag;
  using value_type = value;
  using difference_type = std::ptrdiff_t;
  using pointer = const value*;
  using reference = const value&;

  cell_iterator() = default;
  cell_iterator(const std::vector<value>* items, std::size_t n, std::shared_ptr<std::size_t> cell)
      : items_(items), n_(n), cell_(std::move(cell)) {}
  cell_iterator(const cell_iterator& o)
      : items_(o.items_), n_(o.n_), cell_(Deep && o.cell_ ? std::make_shared<std::size_t>(*o.cell_) : o.cell_) {}
  cell_iterator(cell_iterator&&) noexcept = default;
  cell_iterator& operator=(const cell_iterator& o) {
    if (this != &o) *this = cell_iterator(o);
    return *this;
  }
  cell_iterator& operator=(cell_iterator&&) noexcept = default;

  reference operator*() const { return (*items_)[std::min(*cell_, items_->size() - 1)]; }
  cell_iterator& operator++() {
    ++*cell_;
    return *this;
  }
  cell_iterator operator++(int) {
    cell_iterator old(*this);
    ++*cell_;
    return old;
  }
  bool operator==(const cell_iterator& o) const { return cell_ == o.cell_ || (cell_ && o.cell_ && *cell_ == *o.cell_); }
  bool operator==(std::default_sentinel_t) const { return *cell_ >= n_; }

 private:
  const std::vector<value>* items_ = nullptr;
  std::size_t n_ = 0;
  std::shared_ptr<std::size_t> cell_;
};

/// Copies share the position of the iterator they copy, while the range claims forward: the
/// iterator is a handle on a cursor, not a value [cxx.forward.multipass].
class shared_cursor_copies {
 public:
  explicit shared_cursor_copies(const subject_input& in) : items_(values_of(in, 4)), n_(in.given.size()) {}
  [[nodiscard]] cell_iterator<false> begin() const { return {&items_, n_, std::make_shared<std::size_t>(0)}; }
  [[nodiscard]] std::default_sentinel_t end() const { return {}; }

 private:
  std::vector<value> items_;
  std::size_t n_;
};

/// Every begin() hands out an iterator on the container's one cursor, reset to the start: a
/// second iterator moves the first one back [container.independent-iterators].
class one_cursor_container {
 public:
  explicit one_cursor_container(const subject_input& in)
      : items_(values_of(in, 4)), n_(in.given.size()), cursor_(std::make_shared<std::size_t>(0)) {}
  [[nodiscard]] cell_iterator<true> begin() const {
    *cursor_ = 0;
    return {&items_, n_, cursor_};
  }
  [[nodiscard]] std::default_sentinel_t end() const { return {}; }

 private:
  std::vector<value> items_;
  std::size_t n_;
  std::shared_ptr<std::size_t> cursor_;
};

/// begin() resumes where the last iterator stopped ("resumable" container) instead of starting
/// again: each ++ records its position in the container [container.fresh-iterator].
class resuming_container {
 public:
  explicit resuming_container(const subject_input& in) : items_(values_of(in)) {}
  class iterator {
   public:
    using iterator_category = std::forward_iterator_tag;
    using iterator_concept = std::forward_iterator_tag;
    using value_type = value;
    using difference_type = std::ptrdiff_t;
    using pointer = const value*;
    using reference = const value&;
    iterator() = default;
    iterator(const resuming_container* c, std::size_t i) : c_(c), i_(i) {}
    reference operator*() const { return c_->items_[i_]; }
    iterator& operator++() {
      c_->resume_ = ++i_;
      return *this;
    }
    iterator operator++(int) {
      auto old = *this;
      ++*this;
      return old;
    }
    bool operator==(const iterator& o) const { return i_ == o.i_; }
    bool operator==(std::default_sentinel_t) const { return i_ >= c_->items_.size(); }

   private:
    const resuming_container* c_ = nullptr;
    std::size_t i_ = 0;
  };
  [[nodiscard]] iterator begin() const { return {this, resume_}; }
  [[nodiscard]] std::default_sentinel_t end() const { return {}; }

 private:
  std::vector<value> items_;
  mutable std::size_t resume_ = 0;
};

/// A probed container whose begin() first asks empty(), which is itself begin() == end(): every
/// loop calls begin() twice [loop.iter-once].
class begins_twice {
 public:
  explicit begins_twice(const subject_input& in) : items_(values_of(in)), in_(in) {}
  [[nodiscard]] position_iterator begin() const {
    if (empty()) return end();
    return counted_begin();
  }
  [[nodiscard]] position_iterator end() const { return {&items_, items_.size()}; }
  [[nodiscard]] bool empty() const { return counted_begin() == end(); }

 private:
  [[nodiscard]] position_iterator counted_begin() const {
    in_.events.iter_called();
    return {&items_, 0};
  }
  std::vector<value> items_;
  subject_input in_;
};

/// A vector whose size() counts one more than its items [cxx.sized.size-is-distance].
class size_one_more {
 public:
  explicit size_one_more(const subject_input& in) : items_(values_of(in)) {}
  [[nodiscard]] auto begin() const { return items_.begin(); }
  [[nodiscard]] auto end() const { return items_.end(); }
  [[nodiscard]] std::size_t size() const { return items_.size() + 1; }

 private:
  std::vector<value> items_;
};

/// A sorted set (sorted, duplicates dropped) whose size() is the number of values it was given,
/// duplicates included [cxx.sized.size-is-distance].
class set_counting_duplicates {
 public:
  explicit set_counting_duplicates(const subject_input& in) : items_(values_of(in)), given_(in.given.size()) {
    std::sort(items_.begin(), items_.end());
    items_.erase(std::unique(items_.begin(), items_.end()), items_.end());
  }
  [[nodiscard]] auto begin() const { return items_.begin(); }
  [[nodiscard]] auto end() const { return items_.end(); }
  [[nodiscard]] std::size_t size() const { return given_; }
  [[nodiscard]] bool contains(value v) const { return std::binary_search(items_.begin(), items_.end(), v); }

 private:
  std::vector<value> items_;
  std::size_t given_;
};

/// Iterators whose `==` compares positions (or the owner only) and whose `!=` is its own code.
template <class Equal, class NotEqual>
class comparing_iterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using iterator_concept = std::forward_iterator_tag;
  using value_type = value;
  using difference_type = std::ptrdiff_t;
  using pointer = const value*;
  using reference = const value&;
  comparing_iterator() = default;
  comparing_iterator(const std::vector<value>* items, std::size_t i, std::size_t generation)
      : items_(items), i_(i), generation_(generation) {}
  reference operator*() const { return (*items_)[i_]; }
  comparing_iterator& operator++() {
    ++i_;
    return *this;
  }
  comparing_iterator operator++(int) {
    auto old = *this;
    ++i_;
    return old;
  }
  bool operator==(const comparing_iterator& o) const { return Equal{}(*this, o); }
  bool operator!=(const comparing_iterator& o) const { return NotEqual{}(*this, o); }
  bool operator==(std::default_sentinel_t) const { return i_ >= items_->size(); }

  const std::vector<value>* items_ = nullptr;
  std::size_t i_ = 0;
  std::size_t generation_ = 0;
};

template <class Iterator>
class comparing_range {
 public:
  explicit comparing_range(const subject_input& in) : items_(values_of(in)) {}
  [[nodiscard]] Iterator begin() const { return {&items_, 0, ++generation_}; }
  [[nodiscard]] std::default_sentinel_t end() const { return {}; }

 private:
  std::vector<value> items_;
  mutable std::size_t generation_ = 0;
};

struct same_position {
  template <class I>
  bool operator()(const I& a, const I& b) const { return a.i_ == b.i_; }
};
struct not_same_position {
  template <class I>
  bool operator()(const I& a, const I& b) const { return !(a.i_ == b.i_); }
};
/// `!=` written as `<`, as a loop condition would have it [cxx.equality.consistent].
struct before {
  template <class I>
  bool operator()(const I& a, const I& b) const { return a.i_ < b.i_; }
};
/// `==` compares the container the iterators walk, not where they stand [cxx.forward.equal-positions].
struct same_owner {
  template <class I>
  bool operator()(const I& a, const I& b) const { return a.items_ == b.items_; }
};
struct not_same_owner {
  template <class I>
  bool operator()(const I& a, const I& b) const { return a.items_ != b.items_; }
};
/// `==` also compares which begin() made the iterators: two begin() never agree [cxx.begin.equal].
struct same_begin_and_position {
  template <class I>
  bool operator()(const I& a, const I& b) const { return a.generation_ == b.generation_ && a.i_ == b.i_; }
};
struct not_same_begin_and_position {
  template <class I>
  bool operator()(const I& a, const I& b) const { return !same_begin_and_position{}(a, b); }
};

/// A vector-backed container with its own contains(), which `Search` implements.
template <class Search>
class searching_container {
 public:
  explicit searching_container(const subject_input& in) : items_(values_of(in)) {}
  [[nodiscard]] auto begin() const { return items_.begin() + static_cast<std::ptrdiff_t>(start_); }
  [[nodiscard]] auto end() const { return items_.end(); }
  [[nodiscard]] bool contains(value v) const { return Search{}(items_, start_, v); }

 private:
  std::vector<value> items_;
  mutable std::size_t start_ = 0;  // where iteration starts (moved only by the consuming search)
};

/// contains() as a binary search of values kept in the given order [loop.consumers-agree].
struct binary_search_unsorted {
  bool operator()(const std::vector<value>& items, std::size_t&, value v) const {
    return std::binary_search(items.begin(), items.end(), v);
  }
};
/// contains() searches on from where the last search stopped, and iteration starts there too: a
/// membership test consumes the container [in.contains-first].
struct resumable_search {
  bool operator()(const std::vector<value>& items, std::size_t& start, value v) const {
    while (start < items.size())
      if (items[start++] == v) return true;
    return false;
  }
};
/// contains() stops one short: `for (i = 0; i + 1 < n; ++i)` [in.contains-first].
struct search_misses_last {
  bool operator()(const std::vector<value>& items, std::size_t&, value v) const {
    for (std::size_t i = 0; i + 1 < items.size(); ++i)
      if (items[i] == v) return true;
    return false;
  }
};

template <class Visitor>
void visit_container_mutants(Visitor&& add) {
  add("mutant::shared_cursor_copies", "cxx.forward.multipass",
      subject_traits{.description = "forward iterators whose copies share one position"},
      [](const subject_input& in) { return shared_cursor_copies(in); });
  add("mutant::one_cursor_container", "container.independent-iterators",
      subject_traits{.description = "every begin() hands out the container's one cursor, reset to the start"},
      [](const subject_input& in) { return one_cursor_container(in); });
  add("mutant::resuming_container", "container.fresh-iterator",
      subject_traits{.description = "a second begin() continues where the last loop stopped"},
      [](const subject_input& in) { return resuming_container(in); });
  add("mutant::begins_twice", "loop.iter-once",
      subject_traits{.probed = true, .description = "begin() asks empty(), itself begin() == end(): two begin() a loop"},
      [](const subject_input& in) { return begins_twice(in); });
  add("mutant::size_one_more", "cxx.sized.size-is-distance",
      subject_traits{.description = "size() counts one more than the items"},
      [](const subject_input& in) { return size_one_more(in); });
  add("mutant::set_counting_duplicates", "cxx.sized.size-is-distance",
      subject_traits{.sequence = order::sorted_unique, .description = "a set whose size() counts the duplicates it dropped"},
      [](const subject_input& in) { return set_counting_duplicates(in); });
  add("mutant::not_equal_is_less", "cxx.equality.consistent",
      subject_traits{.description = "!= written as <: an iterator ahead is neither equal nor unequal"},
      [](const subject_input& in) { return comparing_range<comparing_iterator<same_position, before>>(in); });
  add("mutant::equal_ignores_position", "cxx.forward.equal-positions",
      subject_traits{.description = "== compares the container walked, not the position"},
      [](const subject_input& in) { return comparing_range<comparing_iterator<same_owner, not_same_owner>>(in); });
  add("mutant::begins_unequal", "cxx.begin.equal",
      subject_traits{.description = "== also compares which begin() made the iterators"},
      [](const subject_input& in) {
        return comparing_range<comparing_iterator<same_begin_and_position, not_same_begin_and_position>>(in);
      });
  add("mutant::contains_binary_search", "loop.consumers-agree",
      subject_traits{.description = "contains() binary-searches values kept in the given order"},
      [](const subject_input& in) { return searching_container<binary_search_unsorted>(in); });
  add("mutant::contains_consumes", "in.contains-first",
      subject_traits{.description = "contains() resumes the last search, and iteration starts where it stopped"},
      [](const subject_input& in) { return searching_container<resumable_search>(in); });
  add("mutant::contains_misses_last", "in.contains-first",
      subject_traits{.description = "contains() stops before the last item"},
      [](const subject_input& in) { return searching_container<search_misses_last>(in); });
}

}  // namespace iterconf::mutants
