// Registers the bidirectional iterator mutants (bidirectional_mutants.hpp) into the zoo.
#include "bidirectional_mutants.hpp"

#include "zoo_builder.hpp"

namespace iterconf::mutants {

void register_bidirectional_mutants(zoo_builder& add) { visit_bidirectional_mutants(add); }

}  // namespace iterconf::mutants
