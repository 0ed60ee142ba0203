// The model's answers in the terms of the subject under test.
#include "answers.hpp"

#include <algorithm>
#include <set>

namespace iterconf::properties::detail {

using step_kind = expected_step::kind;

std::vector<value> not_yet_shown(const system& sut, std::size_t position) {
  std::multiset<value> rest = sut.all;
  for (std::size_t i = 0; i < position && i < sut.learned.size(); ++i) rest.erase(rest.find(sut.learned[i]));
  return {rest.begin(), rest.end()};
}

signal membership_answer(const system& sut, const expectation& e, value v) {
  switch (e.membership) {
    case expectation::answer::found: return signal::of_item(1);
    case expectation::answer::absent: return signal::of_item(0);
    case expectation::answer::error: return signal::of_error("");
    case expectation::answer::unordered: {
      const auto rest = not_yet_shown(sut, e.position);
      return signal::of_item(std::find(rest.begin(), rest.end(), v) != rest.end() ? 1 : 0);
    }
  }
  return signal::of_end();
}

bool is_item(const expected_step& e) { return e.what == step_kind::item || e.what == step_kind::any; }

std::optional<iterconf::expectation> written_expectation(const system& sut, const expectation& e,
                                                         const ran_operation& ran) {
  using written = iterconf::expectation;
  using ek = expectation::kind;
  auto of_step = [](const expected_step& st) -> written {
    switch (st.what) {
      case step_kind::item:
      case step_kind::any: return {written::kind::item};
      case step_kind::end: return {written::kind::end};
      case step_kind::error: return {written::kind::error};
      case step_kind::type_error: return {written::kind::type_error};
      case step_kind::index_error: return {written::kind::index_error};
    }
    return {};
  };
  if (e.what == ek::type_error) return written{written::kind::type_error};
  switch (ran.op.kind) {
    case operation_kind::iter: return written{written::kind::iterator};
    case operation_kind::next:
    case operation_kind::getitem: return of_step(e.steps.front());
    case operation_kind::take:  // written as a drain when it met the stop
    case operation_kind::loop:
    case operation_kind::reiterate:
      if (e.steps.empty() || is_item(e.steps.back())) return std::nullopt;
      if (e.steps.back().what == step_kind::error) return written{written::kind::error};
      return ran.op.kind == operation_kind::take ? std::optional(written{written::kind::end}) : std::nullopt;
    case operation_kind::contains:
    case operation_kind::contains_on: {
      const signal want = membership_answer(sut, e, ran.op.v);
      if (want.kind == signal_kind::error) return written{written::kind::error};
      return written{written::kind::boolean, want.item != 0};
    }
    case operation_kind::equal: return written{written::kind::boolean, e.equal};
    case operation_kind::size:
    case operation_kind::distance: return written{written::kind::count, false, static_cast<value>(e.count)};
    case operation_kind::copy:
    case operation_kind::probe: return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace iterconf::properties::detail
