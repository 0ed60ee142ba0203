// The given values as the subject families build their subjects from them: as containers, cut in
// groups, by index, and through the function objects that probed subjects are built on, which
// record what they compute in the case's probe and raise where the case asks (spec/INTERPRETING.md,
// section 9).
#pragma once

#include <algorithm>
#include <cstddef>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "iterconf/subject.hpp"

namespace iterconf::families {

/// The given values as `int`s, for containers whose element type is `int`.
inline std::vector<int> given_ints(const subject_input& in) { return {in.given.begin(), in.given.end()}; }

/// The given values as the harness's values.
inline std::vector<value> given_values(const subject_input& in) { return {in.given.begin(), in.given.end()}; }

/// The given values as the words of a text ("1 2 3 "), for subjects that read them from a stream.
inline std::string given_as_words(const subject_input& in) {
  std::string text;
  for (value v : in.given) text += std::to_string(v) + ' ';
  return text;
}

/// A string stream of the given values and a view reading it (std's or range-v3's istream view):
/// a single-pass range that owns what it reads.
template <class View>
class stream_view_of_given {
 public:
  explicit stream_view_of_given(const subject_input& in) : stream_(given_as_words(in)), view_(stream_) {}
  stream_view_of_given(const stream_view_of_given&) = delete;
  stream_view_of_given& operator=(const stream_view_of_given&) = delete;

  auto begin() { return view_.begin(); }
  auto end() { return view_.end(); }

 private:
  std::istringstream stream_;
  View view_;
};

/// The given values in groups of one and two, each followed by an empty group: joined again they
/// are the given values, and a join must skip the empty groups.
inline std::vector<std::vector<value>> given_in_groups(const subject_input& in) {
  std::vector<std::vector<value>> groups;
  for (std::size_t i = 0; i < in.given.size();) {
    const std::size_t n = std::min<std::size_t>(1 + groups.size() / 2 % 2, in.given.size() - i);
    groups.emplace_back(in.given.begin() + static_cast<std::ptrdiff_t>(i),
                        in.given.begin() + static_cast<std::ptrdiff_t>(i + n));
    groups.emplace_back();
    i += n;
  }
  return groups;
}

/// `i -> given[i]` over a copy of the values it owns: lets an index view own its data, where an
/// adaptor cannot own a container. Default constructible and assignable, like those below.
class given_at {
 public:
  given_at() = default;
  explicit given_at(const subject_input& in) : values_(std::make_shared<const std::vector<value>>(given_values(in))) {}

  value operator()(std::size_t i) const { return (*values_)[i]; }

 private:
  std::shared_ptr<const std::vector<value>> values_;
};

/// `i -> given[i]`, recording each value it computes and raising at `raises_at`. Default
/// constructible and assignable, unlike a lambda that captures: Boost's iterators and the C++20
/// forward-iterator concepts need regular function objects.
class probed_item {
 public:
  probed_item() = default;
  explicit probed_item(const subject_input& in) : in_(std::make_shared<const subject_input>(in)) {}

  value operator()(std::size_t i) const {
    in_->raise_if_due(i);
    in_->events.value_produced();
    return in_->given[i];
  }

 private:
  std::shared_ptr<const subject_input> in_;
};

/// A predicate that admits every value and records each test as a value produced: a filter
/// built on it yields the given values, and the probe counts how far it has looked.
class probed_admit {
 public:
  probed_admit() = default;
  explicit probed_admit(const subject_input& in) : in_(std::make_shared<const subject_input>(in)) {}

  template <class V>
  bool operator()(const V&) const {
    in_->events.value_produced();
    return true;
  }

 private:
  std::shared_ptr<const subject_input> in_;
};

/// The given values, read one call at a time (a generator function's body as a nullary
/// function): call k returns given[k % n], recording it and raising at `raises_at`. Past the
/// given values it starts over, so that a call the range should not have made shows as an item
/// instead of reading out of bounds.
class probed_source {
 public:
  probed_source() = default;
  explicit probed_source(const subject_input& in) : in_(std::make_shared<const subject_input>(in)) {}

  value operator()() {
    const std::size_t k = next_++;
    in_->raise_if_due(k);
    in_->events.value_produced();
    return in_->given.empty() ? 0 : in_->given[k % in_->given.size()];
  }

 private:
  std::shared_ptr<const subject_input> in_;
  std::size_t next_ = 0;
};

/// A counter from `first`, recording each value it computes and raising at `raises_at`: the
/// generating function of an infinite counting generator.
class probed_counter {
 public:
  probed_counter() = default;
  explicit probed_counter(const subject_input& in)
      : in_(std::make_shared<const subject_input>(in)), first_(in.given.empty() ? 0 : in.given.front()) {}

  value operator()() {
    const std::size_t k = next_++;
    in_->raise_if_due(k);
    in_->events.value_produced();
    return first_ + static_cast<value>(k);
  }

 private:
  std::shared_ptr<const subject_input> in_;
  value first_ = 0;
  std::size_t next_ = 0;
};

}  // namespace iterconf::families
