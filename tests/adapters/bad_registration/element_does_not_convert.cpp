// Does not compile: the element (std::string) does not convert to iterconf::value and has no
// element_projection. The error must be the registration's, with what to do.
#include <string>
#include <vector>

#include "iterconf/adapt/register.hpp"

ITERCONF_SUBJECTS(bad_element) {
  subjects.add("std::vector<std::string>", {}, [](const iterconf::subject_input& in) {
    return std::vector<std::string>(in.given.size(), "x");
  });
}
