// Deliberately broken subjects, each breaking one rule the way real iterator code does, so the
// executor tests can show that the suite catches them.
#pragma once

#include <memory>
#include <optional>
#include <stdexcept>
#include <vector>

#include "iterconf/adapt/register.hpp"

namespace iterconf::testing {

/// next() signals the end once, then starts over: [exhaust.sticky] broken.
class restarting_iterator {
 public:
  explicit restarting_iterator(const subject_input& in) : items_(in.given.begin(), in.given.end()) {}
  std::optional<value> next() {
    if (position_ == items_.size()) {
      position_ = 0;
      return std::nullopt;
    }
    return items_[position_++];
  }

 private:
  std::vector<value> items_;
  std::size_t position_ = 0;
};

/// A forward range whose iterators share one position: [cxx.forward.multipass] broken.
class shared_position_range {
 public:
  explicit shared_position_range(const subject_input& in)
      : items_(in.given.begin(), in.given.end()), position_(std::make_shared<std::size_t>(0)) {}

  class iterator {
   public:
    using iterator_concept = std::forward_iterator_tag;
    using value_type = value;
    using difference_type = std::ptrdiff_t;
    iterator() = default;
    iterator(const std::vector<value>* items, std::shared_ptr<std::size_t> at) : items_(items), at_(std::move(at)) {}
    value operator*() const { return (*items_)[*at_]; }
    iterator& operator++() {
      ++*at_;
      return *this;
    }
    iterator operator++(int) {
      auto old = *this;
      ++*at_;
      return old;
    }
    bool operator==(const iterator& other) const { return at_ == other.at_ || (at_ && other.at_ && *at_ == *other.at_); }
    bool operator==(std::default_sentinel_t) const { return *at_ >= items_->size(); }

   private:
    const std::vector<value>* items_ = nullptr;
    std::shared_ptr<std::size_t> at_;
  };

  iterator begin() {
    *position_ = 0;
    return {&items_, position_};
  }
  std::default_sentinel_t end() const { return {}; }

 private:
  std::vector<value> items_;
  std::shared_ptr<std::size_t> position_;
};

/// size() one more than the items: [cxx.sized.size-is-distance] broken.
class oversized_vector : public std::vector<int> {
 public:
  explicit oversized_vector(const subject_input& in) : std::vector<int>(in.given.begin(), in.given.end()) {}
  [[nodiscard]] std::size_t size() const { return std::vector<int>::size() + 1; }
};

/// A Java-style iterator that treats the subject's own error as the end: [next.error-propagates] broken.
class error_swallowing_iterator {
 public:
  explicit error_swallowing_iterator(const subject_input& in) : items_(in.given.begin(), in.given.end()), in_(in) {}
  bool hasNext() {
    if (position_ >= items_.size()) return false;
    try {
      in_.raise_if_due(position_);
    } catch (const std::exception&) {
      return false;
    }
    return true;
  }
  value next() { return items_[position_++]; }

 private:
  std::vector<value> items_;
  std::size_t position_ = 0;
  subject_input in_;
};

/// Never reaches its end although it claims to be finite.
class endless_iterator {
 public:
  explicit endless_iterator(const subject_input&) {}
  std::optional<value> next() { return 1; }
};

/// Registers the broken subjects above into `registry`.
inline void register_broken_subjects(subject_registry& registry) {
  adapt::subject_family subjects(registry, "broken");
  subjects.add("broken::restarting", {.raises = false}, [](const subject_input& in) { return restarting_iterator(in); });
  subjects.add("broken::shared_position", {}, [](const subject_input& in) { return shared_position_range(in); });
  subjects.add("broken::oversized", {}, [](const subject_input& in) { return oversized_vector(in); });
  subjects.add("broken::error_swallowing", {.raises = true},
               [](const subject_input& in) { return error_swallowing_iterator(in); });
  subjects.add("broken::endless", {}, [](const subject_input& in) { return endless_iterator(in); });
  subjects.add("broken::factory_throws", {}, [](const subject_input&) -> std::vector<int> {
    throw std::runtime_error("cannot build");
  });
}

}  // namespace iterconf::testing
