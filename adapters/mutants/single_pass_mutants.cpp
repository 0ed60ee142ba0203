// Registers the single-pass mutants (single_pass_mutants.hpp) into the zoo.
#include "single_pass_mutants.hpp"

#include "zoo_builder.hpp"

namespace iterconf::mutants {

void register_single_pass_mutants(zoo_builder& add) { visit_single_pass_mutants(add); }

}  // namespace iterconf::mutants
