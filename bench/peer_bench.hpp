// Side by side with a peer (peer_bench.cpp): what Boost.Iterator's test helpers find on the mutants.
#pragma once

#include <map>
#include <string>

namespace iterconf::peer {

/// One mutant under Boost's helpers: whether they apply, and the errors they counted.
struct boost_verdict {
  bool applicable = false;
  int errors = 0;
  std::string helpers;  // which helpers its iterator category allowed
  std::string why_not;  // when they do not apply
};

/// Boost's helpers on every mutant of the zoo, by mutant name (peer_boost_side.cpp).
std::map<std::string, boost_verdict> run_boost_helpers();

}  // namespace iterconf::peer
