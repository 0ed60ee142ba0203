// The executor: runs one plan item and turns everything that happens into an outcome.
#include "iterconf/executor.hpp"

#include <chrono>

#include "case_run.hpp"

namespace iterconf {

namespace {

case_result blank_result(const plan_item& item) {
  case_result r;
  r.subject = item.subject->name;
  r.family = item.subject->family;
  r.case_id = item.the_case->id;
  r.area = item.the_case->area;
  r.rules = item.the_case->rules;
  r.case_location = item.the_case->where;
  return r;
}

void record_step(case_result& r, const conformance_case& c, std::size_t index) {
  if (index >= c.steps.size()) return;
  r.step_number = index + 1;
  r.step = c.steps[index].str();
  r.step_location = c.steps[index].where;
}

}  // namespace

case_result faulted(const plan_item& item, outcome o, std::optional<std::size_t> step_index, std::string message) {
  case_result r = blank_result(item);
  r.result = o;
  r.message = std::move(message);
  if (step_index) record_step(r, *item.the_case, *step_index);
  return r;
}

case_result execute(const plan_item& item, const step_observer& on_step) {
  case_result r = blank_result(item);
  if (item.unsupported) {
    r.result = outcome::unsupported;
    r.message = *item.unsupported;
    return r;
  }
  const auto started = std::chrono::steady_clock::now();
  std::size_t at_step = 0;
  try {
    detail::case_run run(item);
    if (auto v = run.run(at_step, on_step)) {
      r.result = v->result;
      r.expected = v->expected;
      r.observed = v->observed;
      r.message = v->message;
      record_step(r, *item.the_case, at_step);
      if (item.shaped && v->contradicts_model) {
        // The case's claims were written for its own values: on shaped ones it says nothing.
        r = blank_result(item);
        r.result = outcome::unsupported;
        r.message = "given values outside the subject's domain (" + item.subject->traits.domain.description() +
                    "), and step " + std::to_string(at_step + 1) + " of the case does not hold for them shaped to " +
                    detail::show(item.the_case->given) + ": " + v->message;
      }
    } else {
      r.result = outcome::pass;
    }
    if (item.shaped && r.result != outcome::unsupported)
      r.message = "run on the given values shaped to the subject's domain (" +
                  item.subject->traits.domain.description() + "): " + detail::show(item.the_case->given) +
                  (r.message.empty() ? "" : "; " + r.message);
  } catch (const budget_exhausted& b) {
    r.result = outcome::timeout;
    r.message = "the case used its whole budget of " + std::to_string(b.limit) + " protocol operations";
    record_step(r, *item.the_case, at_step);
  } catch (const std::bad_alloc&) {
    // The adapters let it through: running out of memory is a fault of the run, not a signal.
    r.result = outcome::crash;
    r.message = "the subject exhausted the memory limit (std::bad_alloc)";
    record_step(r, *item.the_case, at_step);
  } catch (const std::exception& e) {
    // Only the factory and the harness itself can get here: steps turn the subject's errors into signals.
    r.result = outcome::crash;
    r.message = std::string("the subject failed outside the protocol: ") + e.what();
    record_step(r, *item.the_case, at_step);
  } catch (...) {
    r.result = outcome::crash;
    r.message = "the subject threw something that is not a std::exception outside the protocol";
    record_step(r, *item.the_case, at_step);
  }
  r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return r;
}

}  // namespace iterconf
