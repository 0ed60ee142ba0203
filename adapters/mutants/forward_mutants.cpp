// Registers the forward iterator mutants (forward_mutants.hpp) into the zoo.
#include "forward_mutants.hpp"

#include "zoo_builder.hpp"

namespace iterconf::mutants {

void register_forward_mutants(zoo_builder& add) { visit_forward_mutants(add); }

}  // namespace iterconf::mutants
