// Registers the writable range mutants (writable_mutants.hpp) into the zoo.
#include "writable_mutants.hpp"

#include "zoo_builder.hpp"

namespace iterconf::mutants {

void register_writable_mutants(zoo_builder& add) { visit_writable_mutants(add); }

}  // namespace iterconf::mutants
