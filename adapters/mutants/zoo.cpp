// The zoo's registry: built on first use, apart from subject_registry::global().
#include "zoo.hpp"

#include "zoo_builder.hpp"

namespace iterconf::mutants {
namespace {

struct built_zoo {
  subject_registry registry;
  std::vector<mutant_info> infos;
};

const built_zoo& the_zoo() {
  static const built_zoo zoo = [] {
    built_zoo z;
    zoo_builder add(z.registry, z.infos);
    register_sequence_mutants(add);
    register_container_mutants(add);
    register_single_pass_mutants(add);
    register_object_mutants(add);
    register_forward_mutants(add);
    register_bidirectional_mutants(add);
    register_random_access_mutants(add);
    register_storage_mutants(add);
    register_writable_mutants(add);
    return z;
  }();
  return zoo;
}

}  // namespace

const subject_registry& zoo() { return the_zoo().registry; }

const std::vector<mutant_info>& catalog() { return the_zoo().infos; }

std::string_view broken_rule(std::string_view name) {
  for (const auto& m : catalog())
    if (m.name == name) return m.rule;
  return {};
}

}  // namespace iterconf::mutants
