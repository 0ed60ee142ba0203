// The operations of the state machines as RapidCheck commands, and the subject under test they
// drive (RapidCheck's "Sut"): the object a factory built, the iterators iter() and copy() handed
// out (in the same order as the model's), and the probe the subject records into.
#pragma once

#include <cstddef>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include <rapidcheck.h>
#include <rapidcheck/state.h>

#include "iterconf/subject.hpp"
#include "reference_model.hpp"

namespace iterconf::properties::detail {

/// The last failure of a check: its operation, what the model expected and what came, and the
/// sequence up to it as run. RapidCheck reruns the shrunk sequence last, so this is its failure.
struct failure_note {
  std::size_t step = 0;
  std::string operation;
  std::string expected;
  std::string observed;
  std::string transcript;
};

struct system {
  probe events;
  step_budget budget{20000};
  std::unique_ptr<subject_object> object;
  std::vector<iterator_ptr> handles;
  // An unordered subject's items, and the order in which it showed them (a forward range shows
  // the same order on every pass; an iterator shows each item once).
  std::multiset<value> all;
  std::vector<value> learned;
  std::string header;                   // the values given, first line of a transcript
  std::vector<std::string> transcript;  // one line per operation run
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
