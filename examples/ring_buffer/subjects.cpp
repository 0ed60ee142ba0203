// The example library's subjects, for iterconf.
#include <iterconf/adapt/register.hpp>
#include <sstream>

#include "ring/line_numbers.hpp"
#include "wrapped_ring.hpp"

// The lines of a text, and the range that reads them.
struct numbered_text {
  explicit numbered_text(const iterconf::subject_input& in) {
    for (auto v : in.given) text << v << '\n';
  }
  auto begin() { return lines.begin(); }
  auto end() { return lines.end(); }
  std::stringstream text;
  ring::line_numbers lines{text};
};

ITERCONF_SUBJECTS(ring_example) {
  using namespace iterconf;
  subjects.add("ring::ring_buffer<int,4> (wrapped)", {.domain = domain::at_most(4)},
               [](const subject_input& in) { return wrapped_ring(in); });
  subjects.add("ring::line_numbers", {.single_pass = true},
               [](const subject_input& in) { return numbered_text(in); });
}
