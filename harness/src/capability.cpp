// Capability names as case files and reports spell them.
#include "iterconf/capability.hpp"
#include "iterconf/enum_table.hpp"

#include <array>

namespace iterconf {

namespace {

using src = capability_source;
constexpr std::array<capability_info, static_cast<std::size_t>(capability::count_)> table = {{
    {capability::iterable, "iterable", src::derived, "iter() works on it (a range, next-style, or an index walk)"},
    {capability::range, "range", src::detected, "std::ranges::input_range, or a C++17 iterable driven through its own iterators"},
    {capability::next_style, "next-style", src::detected, "Java-style hasNext()/next() or an optional-returning next()"},
    {capability::input, "input", src::detected, "an input range"},
    {capability::forward, "forward", src::detected, "std::ranges::forward_range"},
    {capability::bidirectional, "bidirectional", src::detected, "std::ranges::bidirectional_range"},
    {capability::random_access, "random-access", src::detected, "std::ranges::random_access_range"},
    {capability::contiguous, "contiguous", src::detected, "std::ranges::contiguous_range"},
    {capability::sized, "sized", src::detected, "std::ranges::size works on it"},
    {capability::common, "common", src::detected, "begin() and end() have one type"},
    {capability::borrowed, "borrowed", src::detected, "std::ranges::borrowed_range"},
    {capability::contains, "contains", src::detected, "a membership test of its own (contains or find)"},
    {capability::getitem, "getitem", src::detected, "positional at(i) or [i] (not keyed; see .positional)"},
    {capability::container, "container", src::derived, "iter() hands out a fresh, independent iterator each time"},
    {capability::iterator, "iterator", src::derived, "it is its own iterator: one pass, shared by every iter()"},
    {capability::finite, "finite", src::declared, "its order yields finitely many items"},
    {capability::infinite, "infinite", src::declared, "its order never ends (counting, cycling)"},
    {capability::ordered, "ordered", src::declared, "the order of its items is known from the given values"},
    {capability::as_given, "as-given", src::declared, "it yields the given values in the given order"},
    {capability::lazy, "lazy", src::declared, "computes items on demand (.lazy, or a generator)"},
    {capability::probed, "probed", src::declared, "records probe events (.probed)"},
    {capability::generator, "generator", src::declared, "a generator: lazy start, paused at each yield, finished by an error"},
    {capability::single_pass, "single-pass", src::declared, "one pass only (.single_pass)"},
    {capability::raises, "raises", src::declared, "honours an injected error (.raises)"},
    {capability::callable, "callable", src::declared, "iter(f, sentinel) over a callable (.callable)"},
    {capability::writable, "writable", src::detected, "indirectly_writable and an output range for the harness's values"},
    {capability::sized_sentinel, "sized-sentinel", src::detected, "std::sized_sentinel_for its iterator"},
    {capability::const_iterable, "const-iterable", src::detected, "a const object is a range too"},
    {capability::arrow, "arrow", src::detected, "its iterator has operator->"},
    {capability::lvalue_reference, "lvalue-reference", src::detected, "its iterator's * returns an lvalue reference"},
}};

static_assert(rows_follow_enum(table, &capability_info::what), "the capability table follows the enum's order");

}  // namespace

const capability_info& info(capability c) { return table.at(static_cast<std::size_t>(c)); }

std::string_view name_of(capability c) { return info(c).name; }

std::optional<capability> capability_named(std::string_view name) {
  for (const auto& row : table)
    if (row.name == name) return row.what;
  return std::nullopt;
}

std::vector<std::string> capability_names() {
  std::vector<std::string> out;
  for (const auto& row : table) out.emplace_back(row.name);
  return out;
}

std::vector<std::string> capability_set::names() const {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < bits_.size(); ++i)
    if (bits_.test(i)) out.emplace_back(name_of(static_cast<capability>(i)));
  return out;
}

}  // namespace iterconf
