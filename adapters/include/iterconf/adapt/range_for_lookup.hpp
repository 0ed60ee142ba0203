// begin and end found as a range-based for finds them ([stmt.ranged]): the member begin()/end()
// when T has them, else begin(t)/end(t) by argument-dependent lookup. std::ranges::begin finds
// the same functions but also requires a C++20 iterator, so a C++17-style iterable has none.
#pragma once

namespace iterconf::adapt::detail {

template <class T>
auto legacy_begin(T& t) -> decltype(t.begin()) {
  return t.begin();
}
template <class T>
  requires(!requires(T& t) { t.begin(); })
auto legacy_begin(T& t) -> decltype(begin(t)) {
  return begin(t);  // found by argument-dependent lookup, as a range-based for finds it
}
template <class T>
auto legacy_end(T& t) -> decltype(t.end()) {
  return t.end();
}
template <class T>
  requires(!requires(T& t) { t.end(); })
auto legacy_end(T& t) -> decltype(end(t)) {
  return end(t);
}

}  // namespace iterconf::adapt::detail
