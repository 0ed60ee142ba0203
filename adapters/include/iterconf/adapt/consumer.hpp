// The reference consumer: membership and the for-loop with Python's fallbacks, chosen at compile
// time through concepts: own contains -> iteration -> index walk -> type error.
#pragma once

#include <algorithm>
#include <iterator>
#include <optional>
#include <ranges>
#include <stdexcept>
#include <string>
#include <vector>

#include "iterconf/adapt/concepts.hpp"
#include "iterconf/adapt/cxx_walks.hpp"
#include "iterconf/adapt/guard.hpp"
#include "iterconf/adapt/handle_base.hpp"
#include "iterconf/adapt/access_policy.hpp"
#include "iterconf/subject.hpp"

namespace iterconf::adapt {

/// subject[i] for the index walk: nullopt is the index error (the policy's index error thrown by
/// at(), or i >= size() when only operator[] exists and is not declared bounds-checked; declared,
/// it is called there and must throw the index error); any other exception propagates
/// ([index.error-ends]). at(i) is never called at or past size() unless the policy says at()
/// checks its bounds: there it is a precondition (QList::at), and calling it undefined behaviour.
/// Every index tried is recorded in the probe, the one that meets the index error included.
template <indexable T>
std::optional<value> index_get(T& x, std::size_t i, probe& events, const access_policy& policy) {
  events.index_tried(i);
  if constexpr (sized_at<T>) {
    if (!policy.at_checked && i >= static_cast<std::size_t>(x.size()))
      throw index_refused("iterconf did not call at(" + std::to_string(i) + ") at or past size() " +
                          std::to_string(x.size()) +
                          ": the type's at() is not declared bounds-checked (.at_bounds = iterconf::bounds::checked)");
  } else if constexpr (!has_at<T>) {
    // operator[] usually has the precondition i < size(): the end is then i >= size(), and
    // operator[] is not called there, unless declared to have none.
    if (!policy.subscript_past_size && i >= static_cast<std::size_t>(x.size())) return std::nullopt;
  }
  try {
    if constexpr (has_at<T>) return to_value(x.at(i));
    else return to_value(x[i]);
  } catch (const budget_exhausted&) {
    throw;
  } catch (...) {
    if (policy.is_index_error(std::current_exception())) return std::nullopt;
    throw;
  }
}

/// `v in x` without the type's own contains: iterate, else walk the index, else a type error
/// ([in.fallback.iterate], [in.fallback.getitem], [in.type-error]).
template <class T>
signal membership_by_fallback(T& x, value v, const subject_input& in, const access_policy& policy) {
  if constexpr (std::ranges::input_range<T>) {
    in.events.membership_took(membership_path::iterate);
    return guarded([&] {
      for (auto&& e : x) {
        // A handle_view's next() spends the budget already.
        if constexpr (!std::is_same_v<T, handle_view>) in.budget.spend();
        if (to_value(e) == v) return signal::of_item(1);  // stop at the first match
      }
      return signal::of_item(0);
    });
  } else if constexpr (java_style<T>) {
    in.events.membership_took(membership_path::iterate);
    return guarded([&] {
      while (x.hasNext()) {
        in.budget.spend();
        if (to_value(x.next()) == v) return signal::of_item(1);
      }
      return signal::of_item(0);
    });
  } else if constexpr (optional_next<T>) {
    in.events.membership_took(membership_path::iterate);
    return guarded([&] {
      for (auto item = x.next(); item; item = x.next()) {
        in.budget.spend();
        if (to_value(*item) == v) return signal::of_item(1);
      }
      return signal::of_item(0);
    });
  } else if constexpr (indexable<T>) {
    if (!policy.positional) {
      in.events.membership_took(membership_path::type_error);
      return signal::of_type_error("the type's index access is keyed, not positional, and no contains of its own answers `in`");
    }
    in.events.membership_took(membership_path::index);
    return guarded([&] {
      for (std::size_t i = 0;; ++i) {
        in.budget.spend();
        auto item = index_get(x, i, in.events, policy);
        if (!item) return signal::of_item(0);
        if (*item == v) return signal::of_item(1);
      }
    });
  } else {
    in.events.membership_took(membership_path::type_error);
    return signal::of_type_error("the type has no contains, no iteration and no index access");
  }
}

/// `v in x` ([in.contains-first], then the fallbacks). Records the path taken in the probe; the
/// answer is an item signal holding 1 or 0. The subject's own contains/find, unless the policy
/// says it answers another question, is asked with the element `v` stands for (lookup_key); the
/// index walk follows `policy`, and a non-positional index access is no fallback at all.
template <class T>
signal membership(T& x, value v, const subject_input& in, const access_policy& policy = {}) {
  if constexpr (has_own_membership<T>) {
    if (policy.own_membership) {
      in.events.membership_took(membership_path::contains);
      in.events.contains_called();
      if constexpr (has_contains<T>) return guarded([&] { return signal::of_item(x.contains(lookup_key<T>(v)) ? 1 : 0); });
      else return guarded([&] { return signal::of_item(x.find(lookup_key<T>(v)) != x.end() ? 1 : 0); });
    }
  }
  return membership_by_fallback(x, v, in, policy);
}

/// Runs one consumer over a C++ range: a range-based for, std::ranges::transform into a vector,
/// or a lockstep walk paired with a counter. Items seen so far are kept when it stops on an error.
/// `budget` is null where the range's own next() already spends it (a handle_view).
template <std::ranges::input_range R>
consumed consume_range(R& r, consumer_kind kind, step_budget* budget) {
  auto spend = [budget] {
    if (budget != nullptr) budget->spend();
  };
  consumed out;
  out.stop = guarded([&] {
    switch (kind) {
      case consumer_kind::for_loop:
        for (auto&& e : r) {
          spend();
          out.items.push_back(to_value(e));
        }
        break;
      case consumer_kind::collect:
        std::ranges::transform(r, std::back_inserter(out.items), [&](auto&& e) {
          spend();
          return to_value(e);
        });
        break;
      case consumer_kind::pair: {
        auto counter = std::views::iota(std::size_t{0}).begin();
        auto it = std::ranges::begin(r);
        const auto last = std::ranges::end(r);
        for (; it != last; ++it, ++counter) {
          spend();
          if (*counter != out.items.size()) throw std::logic_error("pairing lost step with its counter");
          out.items.push_back(to_value(*it));
        }
        break;
      }
      case consumer_kind::backward:
      case consumer_kind::reverse_iterator:
      case consumer_kind::reverse_view:
      case consumer_kind::as_const: return cxx_walk(r, kind, out.items, spend);
      case consumer_kind::membership:
      case consumer_kind::count_: return signal::of_type_error("membership is not a walk of one range");
    }
    return signal::of_end();
  });
  return out;
}

}  // namespace iterconf::adapt
