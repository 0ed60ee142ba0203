// The executor: drives one case's steps through a subject and judges every answer.
#pragma once

#include "iterconf/plan.hpp"
#include "iterconf/result.hpp"

namespace iterconf {

/// Runs one plan item. Never throws: everything becomes an outcome.
case_result execute(const plan_item& item);

}  // namespace iterconf
