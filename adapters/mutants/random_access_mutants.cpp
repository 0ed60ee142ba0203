// Registers the random-access iterator mutants (random_access_mutants.hpp) into the zoo.
#include "random_access_mutants.hpp"

#include "zoo_builder.hpp"

namespace iterconf::mutants {

void register_random_access_mutants(zoo_builder& add) { visit_random_access_mutants(add); }

}  // namespace iterconf::mutants
