// The library's own GoogleTest suite: the ring buffer's conformance is one test, in one line.
#include <iterconf/conformance_test.hpp>

#include "wrapped_ring.hpp"

ITERCONF_TEST(ring_buffer_conforms, "ring::ring_buffer<int,4> (wrapped)", {.domain = iterconf::domain::at_most(4)},
              [](const iterconf::subject_input& in) { return wrapped_ring(in); });
