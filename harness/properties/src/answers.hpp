// The model's answers in the terms of the subject under test: which items an unordered subject
// has not shown yet, what `v in x` must say, and an answer as the `expect` of a case step (for
// `prop --write-cases`).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "iterconf/case.hpp"
#include "operation.hpp"

namespace iterconf::properties::detail {

/// An item the model expects: a known one, or any not shown yet.
bool is_item(const expected_step& e);

/// The items of an unordered subject not shown yet, once the first `position` were.
std::vector<value> not_yet_shown(const system& sut, std::size_t position);

/// The answer `v in x` must give under the model's expectation `e`.
signal membership_answer(const system& sut, const expectation& e, value v);

/// The model's answer to `ran` as the `expect` of a case step, where the case format has a word
/// for it (a bounded loop and a copy take none; a loop only `error` and `type-error`).
std::optional<iterconf::expectation> written_expectation(const system& sut, const expectation& e,
                                                         const ran_operation& ran);

}  // namespace iterconf::properties::detail
