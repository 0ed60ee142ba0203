// Does not compile: the factory takes the given values instead of the subject_input.
#include <span>
#include <vector>

#include "iterconf/adapt/register.hpp"

ITERCONF_SUBJECTS(bad_factory) {
  subjects.add("std::vector<int64>", {}, [](std::span<const iterconf::value> given) {
    return std::vector<iterconf::value>(given.begin(), given.end());
  });
}
