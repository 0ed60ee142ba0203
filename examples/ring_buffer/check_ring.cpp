// The same check from a plain program, with the harness alone: no runner, no GoogleTest.
#include <iostream>
#include <iterconf/conforms.hpp>

#include "wrapped_ring.hpp"

int main() {
  const iterconf::conformance verdict =
      iterconf::conforms("ring::ring_buffer<int,4> (wrapped)", {.domain = iterconf::domain::at_most(4)},
                         [](const iterconf::subject_input& in) { return wrapped_ring(in); });
  std::cout << verdict << '\n';
  return verdict ? 0 : 1;
}
