// What the loader says of a case file written from a string, for the loader's tests.
#pragma once

#include <string>
#include <vector>

#include "iterconf/loader.hpp"
#include "support/rule_book_for_tests.hpp"
#include "support/temp_dir.hpp"

namespace iterconf::testing {

/// The loader's messages for one file, as "line:column: message".
inline std::vector<std::string> problems_in(const std::string& text) {
  temp_dir dir;
  const auto file = dir.write("cases.yaml", text);
  std::vector<std::string> out;
  for (const auto& p : load_case_file(file, project_rules()).problems)
    out.push_back(std::to_string(p.where.line) + ":" + std::to_string(p.where.column) + ": " + p.message);
  return out;
}

}  // namespace iterconf::testing
