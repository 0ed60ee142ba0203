// A view and the storage it refers to, in one object: for adaptors that only borrow a container
// (a ref_view, Boost.Range's adaptors, absl::Span), so that a factory can return a subject that
// owns its data (docs/adapter-guide.md, "A view over storage it does not own"). Public: the
// built-in families and users' registrations alike build such subjects with it.
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <ranges>
#include <type_traits>
#include <utility>

#include "iterconf/adapt/range_for_lookup.hpp"

namespace iterconf {

/// Owns `storage` and the view `make(storage)` over it:
///
///   return iterconf::owned(std::vector<int>(in.given.begin(), in.given.end()),
///                          [](std::vector<int>& v) { return boost::adaptors::reverse(v); });
///
/// The storage lives on the heap, so the
/// object can move (into a begin_counter, say) while the view keeps pointing into it; it cannot
/// be copied, as a copied view would still point into the first object's storage. It forwards
/// what the view itself offers (size, index access, member contains) and nothing more, so
/// detection sees the view's capabilities.
template <class Storage, class MakeView>
class owned {
  using view_type = std::invoke_result_t<MakeView&, Storage&>;

 public:
  owned(Storage storage, MakeView make)
      : storage_(std::make_unique<Storage>(std::move(storage))), view_(make(*storage_)) {}

  // Found as a range-based for finds them, so a view with C++17-style iterators (LLVM's
  // enumerate, simdjson's On-Demand array) is owned too, and then driven as a legacy range.
  auto begin() -> decltype(adapt::detail::legacy_begin(std::declval<view_type&>())) { return adapt::detail::legacy_begin(view_); }
  auto end() -> decltype(adapt::detail::legacy_end(std::declval<view_type&>())) { return adapt::detail::legacy_end(view_); }
  auto size()
    requires requires(view_type& v) { v.size(); }
  {
    return view_.size();
  }
  decltype(auto) at(std::size_t i)
    requires requires(view_type& v) { v.at(i); }
  {
    return view_.at(i);
  }
  decltype(auto) operator[](std::size_t i)
    requires requires(view_type& v) { v[i]; }
  {
    return view_[i];
  }
  template <class V>
  bool contains(const V& v)
    requires requires(view_type& view) { view.contains(v); }
  {
    return view_.contains(v);
  }

 private:
  std::unique_ptr<Storage> storage_;
  view_type view_;
};

}  // namespace iterconf
