// range-v3's generating views as subjects: generate, generate_n and istream, single-pass views
// that compute (or read) one value at a time.
#include <sstream>
#include <string>

#include <range/v3/view/generate.hpp>
#include <range/v3/view/generate_n.hpp>
#include <range/v3/view/istream.hpp>

#include "iterconf/adapt/begin_counter.hpp"
#include "iterconf/adapt/register.hpp"
#include "std/given_values.hpp"

namespace iterconf::range_v3_subjects {
namespace {

/// range-v3's istream_view over a string stream of the given values.
using istream_values = families::stream_view_of_given<ranges::istream_view<value>>;

}  // namespace
}  // namespace iterconf::range_v3_subjects

ITERCONF_SUBJECTS(range_v3_generators) {
  using namespace iterconf;
  using namespace iterconf::range_v3_subjects;
  subjects.add("range_v3::views::generate",
               {.sequence = order::counting, .lazy = true, .probed = true, .raises = true,
                .description = "infinite view calling a counting function once per item"},
               [](const subject_input& in) {
                 return adapt::begin_counter(ranges::views::generate(families::probed_counter(in)), in);
               });
  subjects.add("range_v3::views::generate_n",
               {.lazy = true, .probed = true, .raises = true,
                .description = "n calls of a function reading the given values, one per item"},
               [](const subject_input& in) {
                 return adapt::begin_counter(ranges::views::generate_n(families::probed_source(in), in.given.size()),
                                             in);
               });
  subjects.add("range_v3::views::istream<int64>", {.single_pass = true, .description = "reads a stream: single pass"},
               [](const subject_input& in) { return istream_values(in); });
}
