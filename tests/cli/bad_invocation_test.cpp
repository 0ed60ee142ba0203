// Bad invocations: each gets one readable line naming the option, exit 2, and no report written.
#include <gtest/gtest.h>

#include <filesystem>

#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace {

using iterconf::testing::iterconf;
using iterconf::testing::temp_dir;

void expect_refused(const std::string& arguments, const std::string& message) {
  const auto r = iterconf(arguments);
  EXPECT_EQ(r.status, 2) << arguments << "\n" << r.output;
  EXPECT_NE(r.output.find(message), std::string::npos) << arguments << "\n" << r.output;
}

TEST(bad_invocation, numbers_out_of_range_name_the_option_and_its_range) {
  expect_refused("run --jobs 0", "--jobs: must be a whole number from 1 to 4096, not '0'");
  expect_refused("run --timeout -3", "--timeout: must be a number of seconds above 0 and at most 86400, not '-3'");
  expect_refused("run --memory-limit 1", "--memory-limit: must be a whole number from 16 to 16777216, not '1'");
  expect_refused("run --seed 18446744073709551616",
                 "--seed: must be a whole number from 0 to 18446744073709551615, not '18446744073709551616'");
  expect_refused("run --seed -1", "--seed: must be a whole number from 0 to 18446744073709551615, not '-1'");
  expect_refused("prop --runs 0", "--runs: must be a whole number from 1 to 1000000, not '0'");
  expect_refused("prop --fault-limit x", "--fault-limit: must be a whole number from 0 to 1000000, not 'x'");
}

TEST(bad_invocation, two_reports_into_one_file_are_refused_before_the_run) {
  temp_dir dir;
  const auto file = (dir.path() / "out.json").string();
  expect_refused("run --report json:" + file + " --report junit:" + dir.path().string() + "/./out.json",
                 "' write the same file");
  EXPECT_FALSE(std::filesystem::exists(file));
}

TEST(bad_invocation, a_report_that_cannot_be_created_is_refused_before_the_run) {
  temp_dir dir;
  const auto blocker = dir.write("a-file", "not a folder");
  expect_refused("run --report json:" + blocker.string() + "/report.json", "is not a directory");
  expect_refused("run --report json:" + dir.path().string(), "it is a directory");
}

}  // namespace
