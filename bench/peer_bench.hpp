// Side by side with a peer (peer_bench.cpp): what Boost.Iterator's test helpers find on the mutants.
#pragma once

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>

namespace iterconf::peer {

/// Boost's readable-iterator helpers (boost/iterator/new_iterator_tests.hpp), weakest first: each
/// applies where the iterator models its traversal.
enum class helper { readable, forward, bidirectional, random_access };
inline constexpr std::size_t helper_count = 4;
inline constexpr std::array<std::string_view, helper_count> helper_names = {"readable", "forward", "bidirectional",
                                                                            "random access"};
constexpr std::size_t index_of(helper h) { return static_cast<std::size_t>(h); }

/// Which part of the zoo a mutant's group belongs to: the 43 original mutants, or the 45 of C++
/// iterator semantics (forward, bidirectional, random-access, storage and writable groups).
enum class zoo_part { original, cxx_semantics };

/// One mutant under Boost's helpers: whether they apply, and the errors they counted.
struct boost_verdict {
  bool applicable = false;
  int errors = 0;
  std::string helpers;  // which helpers its traversal allowed
  std::string why_not = "not visited by the Boost side";  // when they do not apply
  zoo_part part = zoo_part::original;
  std::string group;  // the mutant group it comes from ("sequence", "random_access", ...)
  std::array<bool, helper_count> applied{};        // by helper: run at least once
  std::array<int, helper_count> errors_by_helper{};  // by helper: failed checks during its runs
  std::string escaped;  // what escaped a helper (an exception ends that test program: a kill)

  [[nodiscard]] bool killed() const { return applicable && errors > 0; }
  [[nodiscard]] bool killed_by(helper h) const { return errors_by_helper[index_of(h)] > 0; }
};

/// Boost's helpers on every mutant of the zoo, by mutant name (peer_boost_side.cpp).
std::map<std::string, boost_verdict> run_boost_helpers();

}  // namespace iterconf::peer
