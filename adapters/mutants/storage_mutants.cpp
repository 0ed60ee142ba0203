// Registers the storage mutants (storage_mutants.hpp) into the zoo.
#include "storage_mutants.hpp"

#include "zoo_builder.hpp"

namespace iterconf::mutants {

void register_storage_mutants(zoo_builder& add) { visit_storage_mutants(add); }

}  // namespace iterconf::mutants
