// GoogleTest mode: the cases over the registered subjects as GoogleTest tests, one per subject and
// case, for projects that already live in GoogleTest.
#pragma once

#include <string>

namespace iterconf::gtest {

struct sources {
  std::string cases_dir;
  std::string spec_dir;
  std::string expectations;  // "" for none
  unsigned long long seed = 1;  // the properties' run seed (--iterconf-seed=N replays another)
};

/// Registers a test `<subject>.<case>` (names made of letters, digits and '_') for every
/// registered subject and every case, and `<subject>.<property>` for every property (RapidCheck
/// random cases, harness/properties/include/iterconf/properties.hpp). Returns false, after printing the problems, when the cases,
/// the rules or the expectations cannot be loaded.
bool register_cases(const sources& from);

}  // namespace iterconf::gtest
