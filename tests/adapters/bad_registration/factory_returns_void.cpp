// Does not compile: the factory builds the subject but does not return it.
#include <vector>

#include "iterconf/adapt/register.hpp"

ITERCONF_SUBJECTS(bad_factory_result) {
  subjects.add("std::vector<int64>", {}, [](const iterconf::subject_input& in) {
    std::vector<iterconf::value> made(in.given.begin(), in.given.end());
  });
}
