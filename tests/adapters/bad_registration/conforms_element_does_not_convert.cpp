// Does not compile: iterconf::conforms on a type whose element (std::string) does not convert to
// iterconf::value and has no element_projection. The error must be at this call, with what to do.
#include <string>
#include <vector>

#include "iterconf/conforms.hpp"

int main() {
  const iterconf::conformance verdict =
      iterconf::conforms("std::vector<std::string>", {}, [](const iterconf::subject_input& in) {
        return std::vector<std::string>(in.given.size(), "x");
      });
  return verdict ? 0 : 1;
}
