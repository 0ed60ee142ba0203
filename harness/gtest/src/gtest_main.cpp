// main() of a GoogleTest-mode runner: iterconf's own options first, then GoogleTest's.
//   RUNNER --iterconf-cases=DIR --iterconf-spec=DIR [--iterconf-expectations=FILE] [--iterconf-seed=N]
//          [gtest options]
#include <gtest/gtest.h>

#include <cstring>
#include <iostream>
#include <string>

#include "gtest_cases.hpp"
#include "iterconf/data_dir.hpp"

int main(int argc, char** argv) {
  iterconf::gtest::sources from{iterconf::default_data_dir("cases"), iterconf::default_data_dir("spec"), ""};
  int kept = 1;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto take = [&](const char* prefix, std::string& into) {
      if (arg.rfind(prefix, 0) != 0) return false;
      into = arg.substr(std::strlen(prefix));
      return true;
    };
    std::string seed;
    if (take("--iterconf-seed=", seed)) {
      from.seed = std::stoull(seed);
      continue;
    }
    if (take("--iterconf-cases=", from.cases_dir) || take("--iterconf-spec=", from.spec_dir) ||
        take("--iterconf-expectations=", from.expectations))
      continue;
    argv[kept++] = argv[i];
  }
  argc = kept;
  ::testing::InitGoogleTest(&argc, argv);
  if (!iterconf::gtest::register_cases(from)) return 2;
  return RUN_ALL_TESTS();
}
