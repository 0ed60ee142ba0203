// Registers the container mutants (container_mutants.hpp) into the zoo.
#include "container_mutants.hpp"

#include "zoo_builder.hpp"

namespace iterconf::mutants {

void register_container_mutants(zoo_builder& add) { visit_container_mutants(add); }

}  // namespace iterconf::mutants
