// Iterator handles over objects that are their own iterator: hasNext()/next() or optional next().
#pragma once

#include <memory>

#include "iterconf/adapt/concepts.hpp"
#include "iterconf/adapt/guard.hpp"
#include "iterconf/adapt/handle_base.hpp"

namespace iterconf::adapt {

/// Every handle refers to the one object, so iter() of it is it ([iter.iterator-is-self]).
template <next_style T>
class next_style_handle final : public handle_base {
 public:
  next_style_handle(T& object, subject_input input) : handle_base(input), object_(&object) {}

  signal next() override {
    return guarded([&] {
      input_.budget.spend();
      if constexpr (java_style<T>) {
        if (!object_->hasNext()) return signal::of_end();
        return signal::of_item(to_value(object_->next()));
      } else {
        auto item = object_->next();
        if (!item) return signal::of_end();
        return signal::of_item(to_value(*item));
      }
    });
  }

  // One shared object has no independent copies and no positions to compare.
  std::unique_ptr<iterator_handle> copy() override { return nullptr; }
  std::optional<equality> compare(iterator_handle&) override { return std::nullopt; }

 private:
  T* object_;
};

}  // namespace iterconf::adapt
