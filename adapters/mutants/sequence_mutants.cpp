// Registers the sequence mutants (sequence_mutants.hpp) into the zoo.
#include "sequence_mutants.hpp"

#include "zoo_builder.hpp"

namespace iterconf::mutants {

void register_sequence_mutants(zoo_builder& add) { visit_sequence_mutants(add); }

}  // namespace iterconf::mutants
