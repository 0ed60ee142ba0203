// The standard library's stream iterators as subjects: istream_iterator reads a value when it is
// made and on ++; istreambuf_iterator peeks at a character and consumes it only on ++.
#include <iterator>
#include <sstream>
#include <string>

#include "iterconf/adapt/register.hpp"
#include "std/given_values.hpp"

namespace iterconf::std_subjects {
namespace {

/// A stream holding the given values; begin() makes a new stream iterator on it, as a loop over
/// `std::istream_iterator<T>(stream)` does.
template <class Iterator>
class stream_range {
 public:
  explicit stream_range(std::string text) : stream_(std::move(text)) {}
  stream_range(const stream_range&) = delete;
  stream_range& operator=(const stream_range&) = delete;

  Iterator begin() { return Iterator(stream_); }
  Iterator end() { return Iterator(); }

 private:
  std::istringstream stream_;
};

std::string as_chars(const subject_input& in) {
  std::string text;
  for (value v : in.given) text += static_cast<char>(v);
  return text;
}

}  // namespace
}  // namespace iterconf::std_subjects

ITERCONF_SUBJECTS(std_stream_iterators) {
  using namespace iterconf;
  using namespace iterconf::std_subjects;
  subjects.add("std::istream_iterator<int64>",
               {.single_pass = true, .description = "reads the values from a stream: each begin() reads the next one"},
               [](const subject_input& in) { return stream_range<std::istream_iterator<value>>(families::given_as_words(in)); });
  subjects.add("std::istreambuf_iterator<char>",
               {.single_pass = true, .description = "reads the values as chars from a stream buffer"},
               [](const subject_input& in) { return stream_range<std::istreambuf_iterator<char>>(as_chars(in)); });
}
