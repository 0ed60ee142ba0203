// The step budget: a bound on protocol operations per case, so that a subject that never ends
// cannot hang a run. Exceeding it becomes the TIMEOUT outcome.
#pragma once

#include <cstddef>

namespace iterconf {

/// Thrown when a case has used its whole budget. Deliberately not a std::exception, so the
/// adapters' handlers, which turn the subject's exceptions into error signals, let it through.
struct budget_exhausted {
  std::size_t limit;
};

/// Counts protocol operations (next(), index tries, callable calls) against a limit.
class step_budget {
 public:
  explicit step_budget(std::size_t limit) : limit_(limit) {}

  /// One more operation; throws budget_exhausted past the limit.
  void spend() {
    if (++used_ > limit_) throw budget_exhausted{limit_};
  }
  [[nodiscard]] std::size_t used() const { return used_; }
  [[nodiscard]] std::size_t limit() const { return limit_; }

 private:
  std::size_t limit_;
  std::size_t used_ = 0;
};

}  // namespace iterconf
