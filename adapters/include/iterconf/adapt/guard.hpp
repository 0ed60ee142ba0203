// Turning what a subject throws into the protocol's error signal, and nothing else.
#pragma once

#include <exception>
#include <new>
#include <string>

#include "iterconf/budget.hpp"
#include "iterconf/signal.hpp"

namespace iterconf::adapt {

/// Runs `f` (which returns a signal); an exception from the subject becomes an error signal, so it
/// reaches the consumer and is never mistaken for the end ([next.error-propagates]). The step
/// budget's exception and std::bad_alloc pass through: they are faults of the run, not signals.
template <class F>
[[gnu::always_inline]] inline signal guarded(F&& f) {
  try {
    return f();
  } catch (const budget_exhausted&) {
    throw;
  } catch (const std::bad_alloc&) {
    throw;  // the memory limit: a fault of the run (CRASH), not the subject's error signal
  } catch (const std::exception& e) {
    return signal::of_error(e.what());
  } catch (...) {
    return signal::of_error("an exception that is not a std::exception");
  }
}

}  // namespace iterconf::adapt
