// The project's own rules registry, for tests that load cases.
#pragma once

#include <gtest/gtest.h>

#include "iterconf/loader.hpp"

namespace iterconf::testing {

inline const rule_book& project_rules() {
  static const rule_book book = [] {
    rules_load loaded = load_rules(ITERCONF_SPEC_DIR "/rules.yaml");
    if (!loaded.problems.empty()) ADD_FAILURE() << loaded.problems.front().str();
    return loaded.book;
  }();
  return book;
}

}  // namespace iterconf::testing
