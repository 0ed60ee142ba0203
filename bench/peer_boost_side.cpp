// Boost.Iterator's test helpers (boost/iterator/new_iterator_tests.hpp) applied to the mutants,
// as a careful user applies them: at every position of a range built from known values, the
// strongest helper its iterator category allows, with Boost's lightweight_test counting errors.
#include <sstream>

namespace {
// The helpers report each failed check on this stream; only the error count matters here.
std::ostringstream boost_messages;
}  // namespace
#define BOOST_LIGHTWEIGHT_TEST_OSTREAM boost_messages
#include <boost/core/lightweight_test.hpp>
#include <boost/iterator/new_iterator_tests.hpp>

#include <algorithm>
#include <iterator>
#include <ranges>
#include <type_traits>

#include "mutants/container_mutants.hpp"
#include "mutants/object_mutants.hpp"
#include "mutants/sequence_mutants.hpp"
#include "mutants/single_pass_mutants.hpp"
#include "peer_bench.hpp"

namespace iterconf::peer {
namespace {

/// The values the helpers are given, some with duplicates and zeros, as a user's fixtures would be.
const std::vector<std::vector<value>> fixtures = {{3, 1, 4, 1, 5, 9, 2, 6}, {0, 7, 0, 2}, {5}, {8, 8}};

/// The items a subject of this order yields, position by position; none for the unordered ones.
std::optional<std::vector<value>> expected_items(order o, std::vector<value> given) {
  switch (o) {
    case order::as_given:
    case order::cycling: return given;  // a cycle's first round
    case order::sorted: std::sort(given.begin(), given.end()); return given;
    case order::sorted_unique:
      std::sort(given.begin(), given.end());
      given.erase(std::unique(given.begin(), given.end()), given.end());
      return given;
    default: return std::nullopt;  // no position holds a known value
  }
}

template <class Iterator, class Tag>
constexpr bool is_at_least = std::is_base_of_v<Tag, typename std::iterator_traits<Iterator>::iterator_category>;

/// The helpers at every position of `range`, expecting `want`; the number of errors they count.
template <class Range>
int helper_errors(Range& range, const std::vector<value>& want, std::string& helpers) {
  using It = std::ranges::iterator_t<Range>;
  const int before = boost::detail::test_errors();
  const std::size_t n = want.size();
  auto it = std::ranges::begin(range);
  if constexpr (!is_at_least<It, std::forward_iterator_tag>) {
    // An input iterator's copies share one position, and the helper increments its copy: one
    // test, at the first item, is all a single pass allows.
    if (n > 0) boost::readable_iterator_test(it, want[0]);
    helpers = "readable";
    return boost::detail::test_errors() - before;
  }
  for (std::size_t k = 0; k < n; ++k) {
    boost::readable_iterator_test(it, want[k]);
    helpers = "readable";
    if constexpr (is_at_least<It, std::forward_iterator_tag>) {
      if (k + 1 < n) {
        It next = it;
        ++next;
        boost::forward_readable_iterator_test(it, next, want[k], want[k + 1]);
      }
      helpers = "readable, forward";
    }
    if constexpr (is_at_least<It, std::bidirectional_iterator_tag>) {
      if (k + 1 < n) boost::bidirectional_readable_iterator_test(it, want[k], want[k + 1]);
      helpers = "readable, forward, bidirectional";
    }
    ++it;
  }
  if constexpr (is_at_least<It, std::random_access_iterator_tag>) {
    if (n >= 2) boost::random_access_readable_iterator_test(std::ranges::begin(range), static_cast<int>(n), want);
    helpers = "readable, forward, bidirectional, random access";
  }
  return boost::detail::test_errors() - before;
}

/// The visitor the mutant lists take: for each range mutant, the helpers on every fixture.
struct boost_side {
  std::map<std::string, boost_verdict>& verdicts;

  template <class Factory>
  void operator()(const std::string& name, const std::string&, const subject_traits& traits, Factory factory) {
    using R = std::remove_cvref_t<std::invoke_result_t<Factory&, const subject_input&>>;
    boost_verdict& v = verdicts[name];
    v.why_not = "no C++ iterator";
    if constexpr (std::ranges::input_range<R>) {
      v.why_not = "unordered: no position holds a known item";
      for (const auto& given : fixtures) {
        const auto want = expected_items(traits.sequence, given);
        if (!want) return;  // an unordered range: no position has a value to test
        probe events;
        step_budget budget(100000);
        R range = factory(subject_input{given, events, budget, std::nullopt, -1});
        v.applicable = true;
        v.errors += helper_errors(range, *want, v.helpers);
      }
    }
  }
};

}  // namespace

std::map<std::string, boost_verdict> run_boost_helpers() {
  std::map<std::string, boost_verdict> verdicts;
  boost_side side{verdicts};
  mutants::visit_sequence_mutants(side);
  mutants::visit_container_mutants(side);
  mutants::visit_single_pass_mutants(side);
  mutants::visit_object_mutants(side);
  return verdicts;
}

}  // namespace iterconf::peer
