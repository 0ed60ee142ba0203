// Python's fallback orders (protocol_shape.hpp).
#include "iterconf/protocol_shape.hpp"

#include <array>

namespace iterconf {

protocol_shape shape_of(const capability_set& c) {
  protocol_shape out;
  // iter(x): __iter__, then an object that is its own iterator, then the __getitem__ walk.
  out.iteration = c.has(capability::range)                                    ? iteration_style::range
                  : c.has(capability::next_style)                             ? iteration_style::next_style
                  : c.has(capability::iterable) && c.has(capability::getitem) ? iteration_style::index_walk
                                                                              : iteration_style::none;
  out.role = c.has(capability::container) ? subject_role::container
             : c.has(capability::iterator) ? subject_role::iterator
                                           : subject_role::none;
  // v in x: __contains__, then iteration, then the __getitem__ walk, then TypeError.
  out.membership = c.has(capability::contains)                                  ? membership_path::contains
                   : c.has(capability::range) || c.has(capability::next_style) ? membership_path::iterate
                   : c.has(capability::getitem)                                ? membership_path::index
                                                                               : membership_path::type_error;
  out.input_only_iterators = out.iteration == iteration_style::range && !c.has(capability::forward);
  return out;
}

std::string_view name_of(iteration_style s) {
  constexpr std::array<std::string_view, 4> names = {"range", "next-style", "index-walk", "none"};
  return names.at(static_cast<std::size_t>(s));
}

std::string_view name_of(subject_role r) {
  constexpr std::array<std::string_view, 3> names = {"container", "iterator", "none"};
  return names.at(static_cast<std::size_t>(r));
}

}  // namespace iterconf
