// Running the iterconf CLI (or any command) as a user would, capturing its output and exit code.
#pragma once

#include <sys/wait.h>

#include <array>
#include <cstdio>
#include <string>

namespace iterconf::testing {

struct command_result {
  int status;          // the exit code, or -1 if the command did not exit normally
  std::string output;  // stdout and stderr together
};

/// Runs `command` through the shell; its stderr joins stdout unless `command` redirects it.
inline command_result run_command(const std::string& command, bool merge_stderr = true) {
  FILE* pipe = popen((merge_stderr ? command + " 2>&1" : command).c_str(), "r");
  if (pipe == nullptr) return {-1, "popen failed"};
  std::string output;
  std::array<char, 4096> chunk{};
  while (std::size_t n = std::fread(chunk.data(), 1, chunk.size(), pipe)) output.append(chunk.data(), n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

/// The option that applies the built-in subjects' known deviations to a full run.
inline const std::string with_builtin_expectations = " --expectations " ITERCONF_EXPECTATIONS;

/// `iterconf ARGUMENTS`, with `environment` (e.g. "GTEST_TOTAL_SHARDS=2 ") set for it.
inline command_result iterconf(const std::string& arguments, const std::string& environment = "") {
  return run_command(environment + std::string(ITERCONF_CLI) + " " + arguments);
}

}  // namespace iterconf::testing
