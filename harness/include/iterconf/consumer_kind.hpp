// The consumers a `loop` step runs over a subject or an iterator (spec/case-format.md,
// "Consumers"), with their facts in one table.
#pragma once

#include <optional>
#include <string_view>

#include "iterconf/capability.hpp"

namespace iterconf {

enum class consumer_kind {
  for_loop,          // for x in it
  collect,           // list(it)
  pair,              // zip(count(), it)
  membership,        // `x in subject` for every item, each on a fresh subject
  backward,          // C++: from end() back to begin() with --
  reverse_iterator,  // C++: std::reverse_iterator(end()) to std::reverse_iterator(begin())
  reverse_view,      // C++: std::views::reverse(subject)
  as_const,          // C++: a loop over std::as_const(subject)
  count_             // not a consumer: the number of them
};

/// What a consumer is.
struct consumer_info {
  consumer_kind kind;
  std::string_view spelling;  // in case files and messages
  bool reversed;              // it sees the sequence back to front
  bool subject_only;          // it runs on the subject, never on the rest of an iterator
  std::optional<capability> needs;  // the concept a case must require to use it
  std::string_view rule;            // the rule a loop with it checks beyond the loop's own, if any
};

const consumer_info& info(consumer_kind k);
std::string_view name_of(consumer_kind k);
/// The consumer spelled `name` in a case file, if any.
std::optional<consumer_kind> consumer_named(std::string_view name);

}  // namespace iterconf
