// The operations of the state machines as RapidCheck commands, and the subject under test they
// drive (RapidCheck's "Sut"): the object a factory built, the iterators iter() and copy() handed
// out (in the same order as the model's), and the probe the subject records into.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include <rapidcheck.h>
#include <rapidcheck/state.h>

#include "iterconf/case.hpp"
#include "iterconf/subject.hpp"
#include "reference_model.hpp"

namespace iterconf::properties::detail {

/// What a sequence gives the subject: it is built from these values, raising where asked, and a
/// callable subject returns the sentinel after them; the operations it may make in all.
inline constexpr value sequence_sentinel = 1000;
inline constexpr std::size_t sequence_budget = 20000;

/// One operation as it ran: a bounded loop that met the end or the error walked to it.
struct ran_operation {
  operation_args op;
  bool reached_stop = false;  // take: its last answer was the end or the error, not an item
};

/// The last failure of a check: its operation, what the model expected and what came, and the
/// sequence up to it as run. RapidCheck reruns the shrunk sequence last, so this is its failure.
struct failure_note {
  std::size_t step = 0;
  std::string operation;
  std::string expected;
  std::string observed;
  std::string transcript;
  // The same failure in the case format's words (sequence_case.hpp writes it as a case).
  std::vector<value> given;
  std::optional<std::size_t> raises_at;
  std::vector<ran_operation> operations;     // up to the failing one, as run
  std::optional<iterconf::expectation> expect;  // the failing operation's answer, as an `expect`
  std::optional<iterconf::probe_check> probe;   // a failing probe: the model's value of its key
  std::string unwritable;                      // why the failure is no case of today's format
};

struct system {
  probe events;
  step_budget budget{sequence_budget};
  std::unique_ptr<subject_object> object;
  std::vector<iterator_ptr> handles;
  // An unordered subject's items, and the order in which it showed them (a forward range shows
  // the same order on every pass; an iterator shows each item once).
  std::multiset<value> all;
  std::vector<value> learned;
  std::string header;                   // the values given, first line of a transcript
  std::vector<std::string> transcript;  // one line per operation run
  std::vector<value> given;
  std::optional<std::size_t> raises_at;
  std::vector<ran_operation> ran;          // the operations run, the current one last
  const expectation* answer = nullptr;     // the model's answer to the current operation
  failure_note* note = nullptr;
};

using operation_base = rc::state::Command<world, system>;

class operation final : public operation_base {
 public:
  explicit operation(operation_args args) : args_(args) {}

  void checkPreconditions(const world& w) const override;
  void apply(world& w) const override;
  void run(const world& w, system& sut) const override;
  void show(std::ostream& os) const override;

 private:
  operation_args args_;
};

/// The generator of the next operation in a model state: one of the property's operations that
/// the state allows, with arguments that fit it.
rc::Gen<std::shared_ptr<const operation_base>> next_operation(const world& w);

}  // namespace iterconf::properties::detail
