// One type checked from your own code, with no subjects file and no runner:
//
//   const iterconf::conformance verdict = iterconf::conforms("my::ring<int>", {},
//       [](const iterconf::subject_input& in) { return my::ring<int>(in.given.begin(), in.given.end()); });
//   if (!verdict) std::cerr << verdict << '\n';   // each failure at its case file:line, then the totals
//
// In a GoogleTest suite, iterconf/conformance_test.hpp makes it one line: ITERCONF_TEST(...).
#pragma once

#include <string>
#include <utility>

#include "iterconf/adapt/register.hpp"
#include "iterconf/conformance.hpp"

namespace iterconf {

/// Registers one subject, exactly as `subjects.add(name, traits, factory)` does in an
/// ITERCONF_SUBJECTS block, and runs every case on it in this process.
template <class Factory>
  requires adapt::registration_has<Factory, adapt::registration_problem::none>
conformance conforms(std::string name, subject_traits traits, Factory factory, const conformance_options& options = {}) {
  subject_registry one;
  adapt::subject_family subjects(one, "conforms");
  subjects.add(std::move(name), std::move(traits), std::move(factory));
  return check_conformance(one, options);
}

// A bad registration is an error at its own line, naming what to do (registration_checks.hpp).
template <class Factory> requires adapt::registration_has<Factory, adapt::registration_problem::factory_signature>
conformance conforms(std::string, subject_traits, Factory, const conformance_options& = {}, registration_error::the_factory_must_be_callable_as_factory_of_const_iterconf_subject_input_ref = {}) = delete;
template <class Factory> requires adapt::registration_has<Factory, adapt::registration_problem::factory_returns_void>
conformance conforms(std::string, subject_traits, Factory, const conformance_options& = {}, registration_error::the_factory_returns_void_but_must_return_the_subject_it_builds = {}) = delete;
template <class Factory> requires adapt::registration_has<Factory, adapt::registration_problem::element_does_not_convert>
conformance conforms(std::string, subject_traits, Factory, const conformance_options& = {}, registration_error::the_element_type_does_not_convert_to_iterconf_value_so_specialise_iterconf_element_projection_for_it = {}) = delete;

}  // namespace iterconf
