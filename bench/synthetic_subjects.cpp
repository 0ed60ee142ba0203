// The synthetic catalogue of bench/million_results.sh: ITERCONF_SYNTHETIC_SUBJECTS generated
// subjects (200 unless set), each a standard container under a name of its own, cycling through
// six kinds so that the cases' capabilities split them as they split real libraries.
#include <cstdlib>
#include <deque>
#include <forward_list>
#include <list>
#include <set>
#include <string>
#include <vector>

#include "iterconf/adapt/register.hpp"

namespace {

template <class Container>
Container built_from(const iterconf::subject_input& in) {
  return Container(in.given.begin(), in.given.end());
}

std::size_t subject_count() {
  const char* count = std::getenv("ITERCONF_SYNTHETIC_SUBJECTS");
  return count == nullptr ? 200 : std::strtoul(count, nullptr, 10);
}

}  // namespace

ITERCONF_SUBJECTS(synthetic) {
  using namespace iterconf;
  for (std::size_t i = 0; i < subject_count(); ++i) {
    const std::string n = " #" + std::to_string(i);
    switch (i % 6) {
      case 0: subjects.add("synthetic::vector<int>" + n, {}, built_from<std::vector<int>>); break;
      case 1: subjects.add("synthetic::list<int>" + n, {}, built_from<std::list<int>>); break;
      case 2: subjects.add("synthetic::forward_list<int>" + n, {}, built_from<std::forward_list<int>>); break;
      case 3: subjects.add("synthetic::deque<int>" + n, {}, built_from<std::deque<int>>); break;
      case 4: subjects.add("synthetic::set<int>" + n, {.sequence = order::sorted_unique}, built_from<std::set<int>>); break;
      default: subjects.add("synthetic::string" + n, {}, built_from<std::string>); break;
    }
  }
}
