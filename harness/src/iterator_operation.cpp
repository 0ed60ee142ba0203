// The table of C++ iterator operations (iterator_operation.hpp).
#include "iterconf/iterator_operation.hpp"

namespace iterconf {

namespace {

using o = iterator_op;
using k = op_operand;
using c = capability;

// One row per operation, in enum order. The facts are written as the C++ expressions the
// adapters evaluate; messages show them with the observed and the predicted number.
constexpr std::array<iterator_op_info, static_cast<std::size_t>(o::count_)> table = {{
    {o::read, "read", k::iterator, c::range, false, false, false, false, "item", "cxx.readable.stable", {"*it"}},
    {o::same_object, "same-object", k::iterator, c::lvalue_reference, false, false, false, false, "", "cxx.forward.stable-references",
     {"std::addressof(*copy) == std::addressof(*it)"}},
    {o::arrow, "arrow", k::iterator, c::arrow, false, false, false, false, "", "cxx.readable.arrow", {"it.operator->() == std::addressof(*it)"}},
    {o::increment, "increment", k::iterator, c::range, false, false, false, true, "", "cxx.inc.prefix-self", {"&++it == &it"}},
    {o::postfix_increment, "postfix-increment", k::iterator, c::range, false, false, false, true, "", "cxx.inc.postfix",
     {"(it++) == (old it)", "(it after it++) == ++(old it)"}},
    {o::decrement, "decrement", k::iterator, c::bidirectional, false, false, false, true, "", "cxx.bidir.decrement",
     {"&--it == &it", "--(++a) == a", "++(--a) == a"}},
    {o::postfix_decrement, "postfix-decrement", k::iterator, c::bidirectional, false, false, false, true, "", "cxx.bidir.postfix",
     {"(it--) == (old it)", "(it after it--) == --(old it)"}},
    {o::advance, "advance", k::iterator, c::random_access, true, false, false, true, "", "cxx.random.advance",
     {"&(it += n) == &it", "(it += n) == (n single steps)", "(it -= -n) == (it += n)"}},
    {o::jump, "jump", k::new_iterator, c::random_access, true, false, false, false, "", "cxx.random.arithmetic",
     {"a + n == n + a", "(a + n) - n == a", "a - (-n) == a + n"}},
    {o::difference, "difference", k::two_iterators, c::random_access, false, false, false, false, "<integer>", "cxx.random.difference",
     {"b - a", "a - b", "the lower one incremented |b - a| times == the higher"}},
    {o::order, "order", k::two_iterators, c::random_access, false, false, false, false, "ordering", "cxx.random.order",
     {"a <=> b", "a < b", "a <= b", "a > b", "a >= b", "a == b"}},
    {o::subscript, "subscript", k::iterator, c::random_access, true, false, false, false, "item", "cxx.random.subscript", {"it[n]", "*(it + n)"}},
    {o::to_end, "to-end", k::iterator, c::sized_sentinel, false, false, false, false, "<integer>", "cxx.sized-sentinel.difference",
     {"end - it", "it - end", "increments of a copy of it to reach end"}},
    {o::at_end, "at-end", k::iterator, c::range, false, false, false, false, "boolean", "cxx.sentinel.agree",
     {"it == end", "end == it", "it != end", "end != it"}},
    {o::address, "address", k::iterator, c::contiguous, true, false, false, false, "", "cxx.contiguous.address",
     {"std::to_address(it + n) - std::to_address(it)", "std::to_address(it) == std::addressof(*it)"}},
    {o::write, "write", k::iterator, c::writable, false, true, false, false, "", "cxx.writable.read-back", {"*it after *it = v"}},
    {o::data, "data", k::subject, c::contiguous, false, false, false, false, "", "cxx.contiguous.data",
     {"std::ranges::data(r) == std::to_address(std::ranges::begin(r))"}},
    {o::value_init, "value-init", k::subject, c::forward, false, false, false, false, "", "cxx.forward.value-init", {"I{} == I{}", "I{} != I{}"}},
    {o::fill, "fill", k::subject, c::writable, false, true, false, false, "", "cxx.writable.algorithms", {}},
    {o::copy_in, "copy-in", k::subject, c::writable, false, false, true, false, "", "cxx.writable.algorithms", {}},
}};

constexpr bool in_enum_order() {
  for (std::size_t i = 0; i < table.size(); ++i)
    if (static_cast<std::size_t>(table[i].op) != i) return false;
  return true;
}
static_assert(in_enum_order(), "the table's rows must follow iterator_op's order");

}  // namespace

const iterator_op_info& info(iterator_op op) { return table.at(static_cast<std::size_t>(op)); }

std::optional<iterator_op> iterator_op_named(std::string_view name) {
  for (const auto& row : table)
    if (row.spelling == name) return row.op;
  return std::nullopt;
}

std::vector<std::string> iterator_op_names() {
  std::vector<std::string> out;
  for (const auto& row : table) out.emplace_back(row.spelling);
  return out;
}

}  // namespace iterconf
