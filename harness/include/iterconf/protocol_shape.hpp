// How a subject takes part in the protocol, decided once when it is registered (from the
// capabilities its concepts and traits gave it) and read by every later decision of both engines:
// Python's fallback orders, written in one place (protocol_shape.cpp).
#pragma once

#include <string_view>

#include "iterconf/capability.hpp"
#include "iterconf/probe.hpp"

namespace iterconf {

/// How iter() works on the subject: the first of Python's ways it has ([iter.*]).
enum class iteration_style { range, next_style, index_walk, none };
/// Whether iter() hands out fresh iterators (a container) or the subject is its own iterator.
enum class subject_role { container, iterator, none };

struct protocol_shape {
  iteration_style iteration = iteration_style::none;
  subject_role role = subject_role::none;
  /// How `v in subject` is answered ([in.contains-first], [in.fallback.*], [in.type-error]).
  membership_path membership = membership_path::type_error;
  /// A range whose iterators are input iterators, not forward: they cannot be copied, and on a
  /// subject that is its own iterator every begin() makes those handed out before it stale
  /// (INTERPRETING.md 5.1).
  bool input_only_iterators = false;
};

/// The shape of a subject with these capabilities.
protocol_shape shape_of(const capability_set& capabilities);

std::string_view name_of(iteration_style s);
std::string_view name_of(subject_role r);

}  // namespace iterconf
