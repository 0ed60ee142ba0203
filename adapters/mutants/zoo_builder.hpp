// Building the zoo: each group of mutants registers through one builder, which records the rule
// each mutant breaks beside its registry entry.
#pragma once

#include <string>
#include <vector>

#include "iterconf/adapt/register.hpp"
#include "zoo.hpp"

namespace iterconf::mutants {

class zoo_builder {
 public:
  zoo_builder(subject_registry& registry, std::vector<mutant_info>& infos) : family_(registry, "mutants"), infos_(infos) {}

  template <class Factory>
  void operator()(std::string name, std::string rule, subject_traits traits, Factory factory) {
    infos_.push_back({name, std::move(rule)});
    family_.add(std::move(name), std::move(traits), std::move(factory));
  }

 private:
  adapt::subject_family family_;
  std::vector<mutant_info>& infos_;
};

// One translation unit per group, so that each stays small to compile.
void register_sequence_mutants(zoo_builder& add);
void register_container_mutants(zoo_builder& add);
void register_single_pass_mutants(zoo_builder& add);
void register_object_mutants(zoo_builder& add);
void register_forward_mutants(zoo_builder& add);
void register_bidirectional_mutants(zoo_builder& add);
void register_random_access_mutants(zoo_builder& add);
void register_storage_mutants(zoo_builder& add);
void register_writable_mutants(zoo_builder& add);

}  // namespace iterconf::mutants
