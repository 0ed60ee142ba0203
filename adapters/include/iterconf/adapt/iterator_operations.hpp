// The C++ iterator operations of iterator_operation.hpp, evaluated on a range's iterator: each
// observes the facts its table row names, in that order, through the subject's own operators.
// An operation the iterator type does not support is a type error, never a guess; the harness
// only asks for what the model says is defined at the iterator's position.
#pragma once

#include <algorithm>
#include <array>
#include <compare>
#include <iterator>
#include <memory>
#include <optional>
#include <ranges>
#include <stdexcept>
#include <type_traits>

#include "iterconf/adapt/concepts.hpp"
#include "iterconf/adapt/cxx_walks.hpp"
#include "iterconf/budget.hpp"
#include "iterconf/iterator_operation.hpp"

namespace iterconf::adapt {

/// An iterator whose `->` can be compared with `&*it`: a pointer, or a class whose operator->
/// returns a pointer, over lvalue references ([input.iterators]: a->m is (*a).m).
template <class I>
concept arrow_iterator = std::is_lvalue_reference_v<std::iter_reference_t<I>> &&
                         (std::is_pointer_v<I> || requires(const I& i) {
                           { i.operator->() } -> std::convertible_to<const volatile void*>;
                         });

/// A range whose elements can be written with the harness's values: `*it = from_value<V>(v)`
/// stores v (a conversion, or the element projection's from_value). Writes are checked where
/// iterations see them again, so on forward ranges.
template <class R>
concept writable_range = std::ranges::forward_range<R> &&
                         std::indirectly_writable<std::ranges::iterator_t<R>, std::ranges::range_value_t<R>> &&
                         buildable_element<std::ranges::range_value_t<R>>;

template <std::ranges::input_range R>
class iterator_operations {
  using I = std::ranges::iterator_t<R>;
  using S = std::ranges::sentinel_t<R>;
  using D = std::iter_difference_t<I>;

 public:
  /// Evaluates `rq` on `it` (with `end`, and `other` for two-iterator operations); `jumped`
  /// receives the new iterator of a jump.
  static operation_answer apply(I& it, const S& end, const operation_request& rq, const I* other,
                                std::optional<I>& jumped, step_budget& budget) {
    operation_answer a;
    auto& f = a.facts;
    const D n = static_cast<D>(rq.by);
    switch (rq.op) {
      case iterator_op::read: f[0] = to_value(*it); return a;
      case iterator_op::iter_move:
        // Read through a const reference, so the element is not moved from: what is checked is
        // that iter_move denotes the item *it does ([iterator.cust.move]), not what a move leaves.
        f[0] = to_value(std::ranges::iter_move(it));
        f[1] = to_value(*it);
        return a;
      case iterator_op::same_object:
        if constexpr (std::forward_iterator<I> && std::is_lvalue_reference_v<std::iter_reference_t<I>>) {
          const I copy = it;
          f[0] = truth(std::addressof(*copy) == std::addressof(*it));
          return a;
        }
        break;
      case iterator_op::arrow:
        if constexpr (arrow_iterator<I>) {
          f[0] = truth(arrow_of(it) == std::addressof(*it));
          return a;
        }
        break;
      case iterator_op::increment: {
        auto& result = ++it;
        f[0] = truth(std::addressof(result) == std::addressof(it));
        return a;
      }
      case iterator_op::postfix_increment:
        if constexpr (std::forward_iterator<I>) {
          const I old = it;
          I b = it;
          const I returned = it++;
          f[0] = truth(returned == old);
          f[1] = truth(it == ++b);
        } else {
          it++;
        }
        return a;
      case iterator_op::decrement:
        if constexpr (std::bidirectional_iterator<I>) {
          const I original = it;
          if (rq.dereferenceable) {
            I c = it;
            ++c;
            --c;
            f[1] = truth(c == original);
          }
          I c = it;
          --c;
          ++c;
          f[2] = truth(c == original);
          auto& result = --it;
          f[0] = truth(std::addressof(result) == std::addressof(it));
          return a;
        }
        break;
      case iterator_op::postfix_decrement:
        if constexpr (std::bidirectional_iterator<I>) {
          const I old = it;
          I b = it;
          const I returned = it--;
          f[0] = truth(returned == old);
          f[1] = truth(it == --b);
          return a;
        }
        break;
      case iterator_op::advance:
        if constexpr (std::random_access_iterator<I>) {
          I stepped = it;
          for (D k = 0; k < n; ++k) budget.spend(), ++stepped;
          for (D k = 0; k > n; --k) budget.spend(), --stepped;
          I minus = it;
          minus -= -n;
          auto& result = (it += n);
          f[0] = truth(std::addressof(result) == std::addressof(it));
          f[1] = truth(it == stepped);
          f[2] = truth(minus == it);
          return a;
        }
        break;
      case iterator_op::jump:
        if constexpr (std::random_access_iterator<I>) {
          const I b = it + n;
          f[0] = truth(b == n + it);
          f[1] = truth(b - n == it);
          f[2] = truth(it - (-n) == b);
          jumped = b;
          return a;
        }
        break;
      case iterator_op::difference:
        if constexpr (std::random_access_iterator<I>) {
          f[0] = static_cast<value>(*other - it);
          f[1] = static_cast<value>(it - *other);
          // The model's distance, not the subject's: the walk must not trust what it checks.
          I lower = n >= 0 ? it : *other;
          for (D k = 0; k < (n >= 0 ? n : -n); ++k) budget.spend(), ++lower;
          f[2] = truth(lower == (n >= 0 ? *other : it));
          return a;
        }
        break;
      case iterator_op::order:
        if constexpr (std::random_access_iterator<I>) {
          const I& b = *other;
          if constexpr (std::three_way_comparable<I>) f[0] = sign(it <=> b);
          f[1] = truth(it < b);
          f[2] = truth(it <= b);
          f[3] = truth(it > b);
          f[4] = truth(it >= b);
          f[5] = truth(it == b);
          return a;
        }
        break;
      case iterator_op::subscript:
        if constexpr (std::random_access_iterator<I>) {
          // A stashing iterator's [] returns a reference into the temporary it + n: undefined to
          // read, so it is reported, not read.
          if (stashes(it, end))
            throw std::logic_error("the iterator stashes its element: it[n] refers into a destroyed temporary");
          f[0] = to_value(it[n]);
          f[1] = to_value(*(it + n));
          return a;
        }
        break;
      case iterator_op::to_end:
        if constexpr (std::sized_sentinel_for<S, I>) {
          f[0] = static_cast<value>(end - it);
          f[1] = static_cast<value>(it - end);
          if constexpr (std::forward_iterator<I>) {
            value steps = 0;
            for (I c = it; c != end; ++c) budget.spend(), ++steps;
            f[2] = steps;
          }
          return a;
        }
        break;
      case iterator_op::at_end:
        f[0] = truth(it == end);
        f[1] = truth(end == it);
        f[2] = truth(it != end);
        f[3] = truth(end != it);
        return a;
      case iterator_op::address:
        if constexpr (std::contiguous_iterator<I>) {
          f[0] = static_cast<value>(std::to_address(it + n) - std::to_address(it));
          if (rq.dereferenceable) f[1] = truth(std::to_address(it) == std::addressof(*it));
          return a;
        }
        break;
      case iterator_op::write:
        if constexpr (writable_range<R>) {
          *it = from_value<std::ranges::range_value_t<R>>(rq.v);
          f[0] = to_value(*it);
          return a;
        }
        break;
      case iterator_op::iter_swap:
        if constexpr (writable_range<R> && std::indirectly_swappable<I>) {
          // The swap gets copies, and other copies read the values after it: an iter_swap that
          // moved its iterators instead of the values cannot pass for one that swapped them.
          I x = it;
          I y = *other;
          const I x_seen = it;
          const I y_seen = *other;
          std::ranges::iter_swap(x, y);
          f[0] = to_value(*x_seen);
          f[1] = to_value(*y_seen);
          return a;
        }
        break;
      default: break;
    }
    return operation_answer::unsupported("the iterator type does not support " + std::string(info(rq.op).spelling));
  }

 private:
  static value truth(bool b) { return b ? 1 : 0; }
  template <class Ordering>
  static value sign(Ordering o) {
    return o < 0 ? -1 : o > 0 ? 1 : 0;
  }
  static const volatile void* arrow_of(const I& it)
    requires arrow_iterator<I>
  {
    if constexpr (std::is_pointer_v<I>) {
      return it;
    } else {
      return it.operator->();
    }
  }
};

/// The whole-range operations (data, value-init, fill, copy-in, empty) on a range object.
template <std::ranges::input_range R>
operation_answer apply_to_range(R& r, const operation_request& rq) {
  using I = std::ranges::iterator_t<R>;
  using V = std::ranges::range_value_t<R>;
  operation_answer a;
  switch (rq.op) {
    case iterator_op::data:
      if constexpr (std::ranges::contiguous_range<R>) {
        a.facts[0] = std::ranges::data(r) == std::to_address(std::ranges::begin(r)) ? 1 : 0;
        return a;
      }
      break;
    case iterator_op::value_init:
      if constexpr (std::forward_iterator<I>) {
        // Each value-initialized in storage filled with a different byte: an iterator whose I{}
        // leaves what == reads uninitialized then compares unequal every time, not by chance.
        // The construction goes through a pointer the optimizer cannot see through, so that it
        // cannot assume the bytes away: what == reads is what the type's I() left there.
        alignas(I) std::array<unsigned char, sizeof(I)> zeros{};
        alignas(I) std::array<unsigned char, sizeof(I)> ones{};
        ones.fill(0xFF);
        static void* (*volatile construct)(void*) = [](void* at) -> void* { return ::new (at) I(); };
        const I* x = static_cast<const I*>(construct(zeros.data()));
        const I* y = static_cast<const I*>(construct(ones.data()));
        a.facts[0] = *x == *y ? 1 : 0;
        a.facts[1] = *x != *y ? 1 : 0;
        std::destroy_at(x);
        std::destroy_at(y);
        return a;
      }
      break;
    case iterator_op::empty:
      if constexpr (std::ranges::forward_range<R>) {
        a.facts[0] = std::ranges::empty(r) ? 1 : 0;
        a.facts[1] = std::ranges::begin(r) == std::ranges::end(r) ? 1 : 0;
        return a;
      }
      break;
    case iterator_op::fill:
      if constexpr (writable_range<R> && std::ranges::output_range<R, V>) {
        std::ranges::fill(r, from_value<V>(rq.v));
        return a;
      }
      break;
    case iterator_op::copy_in:
      if constexpr (writable_range<R> && std::ranges::output_range<R, V>) {
        std::ranges::copy(rq.values | std::views::transform([](value v) { return from_value<V>(v); }),
                          std::ranges::begin(r));
        return a;
      }
      break;
    default: break;
  }
  return operation_answer::unsupported("the range does not support " + std::string(info(rq.op).spelling));
}

}  // namespace iterconf::adapt
