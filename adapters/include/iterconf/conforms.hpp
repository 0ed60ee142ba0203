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
conformance conforms(std::string name, subject_traits traits, Factory factory, const conformance_options& options = {}) {
  subject_registry one;
  adapt::subject_family subjects(one, "conforms");
  subjects.add(std::move(name), std::move(traits), std::move(factory));
  return check_conformance(one, options);
}

}  // namespace iterconf
