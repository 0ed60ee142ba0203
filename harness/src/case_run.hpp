// One case on one subject: the state the executor keeps while it drives the steps.
#pragma once

#include <array>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "iterconf/case.hpp"
#include "iterconf/plan.hpp"
#include "iterconf/result.hpp"
#include "iterconf/subject.hpp"
#include "iterconf/model.hpp"
#include "probe_model.hpp"

namespace iterconf::detail {

/// How a step went wrong; a step that went right has none.
struct verdict {
  outcome result = outcome::fail;
  std::string expected;
  std::string observed;
  std::string message;
  /// The case's own claims disagree with the model of its values: the case is wrong, not the subject.
  bool contradicts_model = false;
};

class case_run {
 public:
  explicit case_run(const plan_item& item);

  /// Drives every step; throws only budget_exhausted and what the subject's factory throws.
  std::optional<verdict> run(std::size_t& failed_step, const std::function<void(std::size_t)>& on_step);

 private:
  struct bound_iterator {
    iterator_ptr handle;
    std::shared_ptr<cursor> where;
    std::shared_ptr<begin_state> begun = std::make_shared<begin_state>();  // shared by iter(it)'s aliases
  };

  std::optional<verdict> run_step(const step& s);
  // One driver an action: it checks the step's claims against the model, drives the subject and
  // judges what it did by the model's prediction.
  std::optional<verdict> do_iter(const step& s);
  std::optional<verdict> do_next(const step& s);
  std::optional<verdict> do_take(const step& s);
  std::optional<verdict> do_drain(const step& s);
  std::optional<verdict> do_loop(const step& s);
  std::optional<verdict> do_membership_loop(const step& s);
  std::optional<verdict> do_copy(const step& s);
  std::optional<verdict> do_contains(const step& s);
  std::optional<verdict> do_getitem(const step& s);
  std::optional<verdict> do_count(const step& s);
  std::optional<verdict> do_equal(const step& s);
  std::optional<verdict> do_probe(const step& s) { return check_probe(*s.probe); }
  std::optional<verdict> do_operate(const step& s);

  using driver = std::optional<verdict> (case_run::*)(const step&);
  /// Each action's driver, in action order (action.hpp): the one place a new action is wired in.
  static constexpr std::array<std::pair<action, driver>, 13> drivers() {
    return {{{action::iter, &case_run::do_iter},
             {action::next, &case_run::do_next},
             {action::take, &case_run::do_take},
             {action::drain, &case_run::do_drain},
             {action::loop, &case_run::do_loop},
             {action::contains, &case_run::do_contains},
             {action::copy, &case_run::do_copy},
             {action::equal, &case_run::do_equal},
             {action::getitem, &case_run::do_getitem},
             {action::size, &case_run::do_count},
             {action::distance, &case_run::do_count},
             {action::probe, &case_run::do_probe},
             {action::operate, &case_run::do_operate}}};
  }
  std::optional<verdict> check_probe(const probe_check& p) const;

  /// One next() judged against the model; `expect` is what the case asserts, if anything.
  std::optional<verdict> judge_next(bound_iterator& it, const expectation& expect,
                                    const std::optional<value>& literal, value* produced = nullptr);
  /// A forward subject shows its items in one order on every pass ([cxx.forward.multipass]): an
  /// unordered one's item at `position` must be the one shown there before, if any.
  std::optional<verdict> same_order_as_before(std::size_t position, value got);
  [[nodiscard]] bool index_walk() const { return subject_.shape.iteration == iteration_style::index_walk; }
  /// The cursor a consumer over `target` walks: the subject's (fresh or shared) or a name's.
  std::shared_ptr<cursor> cursor_for(const std::string& target);
  [[nodiscard]] bool is_container() const { return subject_.capabilities.has(capability::container); }
  [[nodiscard]] bool is_iterable() const { return subject_.capabilities.has(capability::iterable); }
  std::unique_ptr<subject_object> build(probe& events, step_budget& budget) const;

  const subject_entry& subject_;
  const conformance_case& case_;
  probe events_;
  step_budget budget_;
  protocol_model model_;
  std::unique_ptr<subject_object> object_;
  std::shared_ptr<cursor> shared_cursor_;  // the one iteration of a subject that is its own iterator
  probe_model probes_;
  std::vector<value> shown_;  // an unordered forward subject's items, in the order it showed them
  std::map<std::string, bound_iterator> names_;  // declared after object_: destroyed before it
};

/// "[1, 2, 3]"
std::string show(const std::vector<value>& values);
/// A verdict for a case that contradicts the model: the case is wrong, not the subject.
verdict case_error(const std::string& message);
verdict mismatch(std::string expected, std::string observed);

}  // namespace iterconf::detail
