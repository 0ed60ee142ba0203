// The Boost side's machinery (peer_boost_side.cpp): Boost's helpers run on one mutant, by traversal.
#pragma once

#include <ostream>

namespace iterconf::peer {
/// Where the helpers report each failed check (one stream for every translation unit that runs
/// them, so that lightweight_test's inline functions agree); only the error count matters here.
std::ostream& boost_messages();
}  // namespace iterconf::peer
#define BOOST_LIGHTWEIGHT_TEST_OSTREAM ::iterconf::peer::boost_messages()
#include <boost/core/lightweight_test.hpp>
#include <boost/iterator/new_iterator_tests.hpp>

#include <algorithm>
#include <exception>
#include <initializer_list>
#include <iterator>
#include <map>
#include <optional>
#include <ranges>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "iterconf/adapt/register.hpp"
#include "peer_bench.hpp"

namespace iterconf::peer::detail {

/// The values the mutants are built from, as a user's fixtures would be: duplicates and zeros,
/// and at least three distinct values in the first two, so that the bidirectional helper's v1 and
/// v2 differ and the random-access helper's N and vals tell positions apart.
inline const std::vector<std::vector<value>> fixtures = {{3, 1, 4, 1, 5, 9, 2, 6}, {0, 7, 0, 2}, {5}, {8, 8}};

/// The items a subject of this order yields, position by position; none for the unordered ones.
inline std::optional<std::vector<value>> expected_items(order o, std::vector<value> given) {
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

/// The strongest helper the traversal of R allows, as iterconf detects it (the C++20 iterator
/// concepts, and single-pass for a type that declares it is): both sides see one traversal.
template <class R>
helper strongest_helper(const subject_traits& traits) {
  const capability_set caps = adapt::detect_capabilities<R>(traits);
  return caps.has(capability::random_access)   ? helper::random_access
         : caps.has(capability::bidirectional) ? helper::bidirectional
         : caps.has(capability::forward)       ? helper::forward
                                               : helper::readable;
}

/// The helpers on `range`, expecting `want`, as far as `strongest` allows: their errors into `v`.
template <class Range>
void run_helpers(Range& range, const std::vector<value>& want, helper strongest, boost_verdict& v) {
  using It = std::ranges::iterator_t<Range>;
  helper current = helper::readable;  // begin() is called for the first helper a test runs
  int before = boost::detail::test_errors();
  const auto run = [&](helper h, auto&& test) {
    current = h;
    before = boost::detail::test_errors();
    v.applied[index_of(h)] = true;
    test();
    v.errors_by_helper[index_of(h)] += boost::detail::test_errors() - before;
  };
  const std::size_t n = want.size();
  try {
    auto it = std::ranges::begin(range);
    if (strongest == helper::readable) {
      // An input iterator's copies share one position, and the helper increments its copy: one
      // test, at the first item, is all a single pass allows.
      if (n > 0) run(helper::readable, [&] { boost::readable_iterator_test(it, want[0]); });
      return;
    }
    if constexpr (std::forward_iterator<It>) {
      for (std::size_t k = 0; k < n; ++k, ++it) {
        run(helper::readable, [&] { boost::readable_iterator_test(it, want[k]); });
        if (k + 1 == n) continue;  // the pair helpers need the next item too
        run(helper::forward,
            [&] { boost::forward_readable_iterator_test(it, std::ranges::next(it), want[k], want[k + 1]); });
        if constexpr (std::bidirectional_iterator<It>)
          if (strongest != helper::forward)
            run(helper::bidirectional, [&] { boost::bidirectional_readable_iterator_test(it, want[k], want[k + 1]); });
      }
      // [begin, begin + N) holds the N known items: the whole range, as the helper is meant.
      if constexpr (std::random_access_iterator<It>)
        if (strongest == helper::random_access && n >= 2)
          run(helper::random_access, [&] {
            boost::random_access_readable_iterator_test(std::ranges::begin(range), static_cast<int>(n), want);
          });
    }
  } catch (const std::exception& e) {
    // An exception out of a helper ends the user's test program: a failure, counted as one error.
    v.errors_by_helper[index_of(current)] += boost::detail::test_errors() - before + 1;
    v.escaped = e.what();
  } catch (...) {
    v.errors_by_helper[index_of(current)] += boost::detail::test_errors() - before + 1;
    v.escaped = "an exception of unknown type";
  }
}

/// The visitor the mutant lists take: for each range mutant, the helpers on every fixture.
struct boost_side {
  std::map<std::string, boost_verdict>& verdicts;
  zoo_part part;
  std::string_view group;

  template <class Factory>
  void operator()(const std::string& name, const std::string&, const subject_traits& traits, Factory factory) {
    using R = std::remove_cvref_t<std::invoke_result_t<Factory&, const subject_input&>>;
    boost_verdict& v = verdicts[name];
    v.part = part;
    v.group = group;
    v.why_not = "no C++ iterator";
    if constexpr (std::ranges::input_range<R>) {
      v.why_not = "unordered: no position holds a known item";
      for (const auto& fixture : fixtures) {
        const auto given = shaped_for_domain(traits.domain, fixture);
        if (!given) continue;  // values it cannot represent
        const auto want = expected_items(traits.sequence, *given);
        if (!want) return;  // an unordered range: no position has a value to test
        probe events;
        step_budget budget(100000);
        R range = factory(subject_input{*given, events, budget, std::nullopt, -1});
        v.applicable = true;
        run_helpers(range, *want, strongest_helper<R>(traits), v);
      }
    }
  }
};

/// One group of mutants: its name and its visit_*_mutants function.
struct group {
  std::string_view name;
  void (*visit)(boost_side&);
};

/// The helpers on every mutant of `groups`, into `verdicts`.
inline void visit_groups(std::map<std::string, boost_verdict>& verdicts, zoo_part part,
                         std::initializer_list<group> groups) {
  for (const auto& g : groups) {
    boost_side side{verdicts, part, g.name};
    g.visit(side);
  }
}

/// The Boost side on each part of the zoo, one translation unit each: the new groups' names clash
/// with the original ones' (a struct `skips_first` in storage_mutants.hpp, a function in
/// sequence_mutants.hpp), so no one file includes both (peer_boost_original.cpp, peer_boost_cxx.cpp).
void visit_original_zoo(std::map<std::string, boost_verdict>& verdicts);
void visit_cxx_semantics_zoo(std::map<std::string, boost_verdict>& verdicts);

}  // namespace iterconf::peer::detail
