// A type's conformance as one test of your own GoogleTest suite:
//
//   #include <iterconf/conformance_test.hpp>
//   ITERCONF_TEST(ring_conforms, "my::ring<int>", {.description = "a ring buffer"},
//                 [](const iterconf::subject_input& in) { return my::ring<int>(in.given.begin(), in.given.end()); });
//
// The test fails with every result that fails the gate, each at its case file:line.
#pragma once

#include <gtest/gtest.h>

#include "iterconf/conforms.hpp"

/// TEST(iterconf, test_name) checking the subject that `iterconf::conforms(...)` registers; a
/// failure is the verdict as printed, with nothing of GoogleTest's "Value of: ..." around it.
#define ITERCONF_TEST(test_name, ...)                                                        \
  TEST(iterconf, test_name) {                                                                \
    const ::iterconf::conformance iterconf_verdict = ::iterconf::conforms(__VA_ARGS__);       \
    if (!iterconf_verdict) ADD_FAILURE() << "the subject does not conform:\n" << iterconf_verdict; \
  }
