// iter() of a type with only index access: Python's sequence iterator ([index.iter-walk]).
#pragma once

#include <memory>

#include "iterconf/adapt/consumer.hpp"
#include "iterconf/adapt/handle_base.hpp"

namespace iterconf::adapt {

/// Walks at(0), at(1), ... The index error becomes the end, and the walk then stays ended
/// without indexing again ([index.error-ends]): this handle *is* the protocol's iterator here,
/// so its stickiness is the specified behaviour, not something added over a subject.
template <indexable T>
class index_walk_handle final : public handle_base {
 public:
  index_walk_handle(T& object, subject_input input, access_policy policy)
      : handle_base(input), object_(&object), policy_(policy) {}

  signal next() override {
    if (ended_) return signal::of_end();
    return guarded([&] {
      input_.budget.spend();
      auto item = index_get(*object_, index_, input_.events, policy_);
      if (!item) {
        ended_ = true;
        return signal::of_end();
      }
      ++index_;
      return signal::of_item(*item);
    });
  }

  std::unique_ptr<iterator_handle> copy() override { return std::make_unique<index_walk_handle>(*this); }

  std::optional<equality> compare(iterator_handle& other) override {
    auto* that = dynamic_cast<index_walk_handle*>(&other);
    if (that == nullptr) return std::nullopt;
    const bool same = index_ == that->index_ && ended_ == that->ended_;
    return equality{same, same, !same};
  }

 private:
  T* object_;
  access_policy policy_;
  std::size_t index_ = 0;
  bool ended_ = false;
};

}  // namespace iterconf::adapt
