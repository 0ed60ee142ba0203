// Abseil's sequences as subjects: InlinedVector, FixedArray, and a Span over storage it is kept
// with.
#include <vector>

#include <absl/container/fixed_array.h>
#include <absl/container/inlined_vector.h>
#include <absl/types/span.h>

#include "iterconf/adapt/register.hpp"
#include "std/given_values.hpp"
#include "iterconf/adapt/owned.hpp"

ITERCONF_SUBJECTS(absl_sequences) {
  using namespace iterconf;
  subjects.add("absl::InlinedVector<int, 4>",
               {.at_bounds = bounds::checked,  // at(): "Bounds-checked access", throws std::out_of_range
                .description = "vector with room for four values inline, on the heap beyond"},
               [](const subject_input& in) { return absl::InlinedVector<int, 4>(in.given.begin(), in.given.end()); });
  subjects.add("absl::FixedArray<int>",
               {.at_bounds = bounds::checked,  // at(): "Bounds-checked access", throws std::out_of_range
                .description = "array whose size is fixed when it is built"},
               [](const subject_input& in) { return absl::FixedArray<int>(in.given.begin(), in.given.end()); });
  subjects.add("absl::Span<const int>",
               {.at_bounds = bounds::checked,  // at(): throws std::out_of_range for i >= size()
                .description = "span over a std::vector<int> kept beside it"},
               [](const subject_input& in) {
                 return iterconf::owned(families::given_ints(in),
                                        [](std::vector<int>& v) { return absl::Span<const int>(v); });
               });
}
