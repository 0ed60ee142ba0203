// The executor: drives one case's steps through a subject and judges every answer.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>

#include "iterconf/plan.hpp"
#include "iterconf/result.hpp"

namespace iterconf {

/// Told the index (from 0) of each step as it begins, so that whoever watches a case from outside
/// (the isolating parent process) knows where it was if the subject kills it.
using step_observer = std::function<void(std::size_t step_index)>;

/// Runs one plan item. Never throws: everything becomes an outcome.
case_result execute(const plan_item& item, const step_observer& on_step = {});

/// The result of a case that did not finish by itself (CRASH, TIMEOUT), at the step it was on.
case_result faulted(const plan_item& item, outcome o, std::optional<std::size_t> step_index, std::string message);

}  // namespace iterconf
