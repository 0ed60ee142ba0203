// Registers the object mutants (object_mutants.hpp) into the zoo.
#include "object_mutants.hpp"

#include "zoo_builder.hpp"

namespace iterconf::mutants {

void register_object_mutants(zoo_builder& add) { visit_object_mutants(add); }

}  // namespace iterconf::mutants
