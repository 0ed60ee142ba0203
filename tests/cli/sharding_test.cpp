// Sharding (--shard, Bazel's and GoogleTest's protocols), parallel jobs, and merging reports:
// nothing lost, nothing doubled.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace {

using iterconf::testing::iterconf;
using iterconf::testing::temp_dir;
using iterconf::testing::with_builtin_expectations;

nlohmann::json read_json(const std::filesystem::path& p) { return nlohmann::json::parse(std::ifstream(p)); }

/// (toolchain, subject, case) -> outcome, for comparing runs.
std::map<std::tuple<std::string, std::string, std::string>, std::string> outcomes(const nlohmann::json& report) {
  std::map<std::tuple<std::string, std::string, std::string>, std::string> out;
  for (const auto& r : report["results"])
    out[{r["toolchain"], r["subject"], r["case"]}] = r["outcome"].get<std::string>();
  return out;
}

class sharded : public ::testing::Test {
 protected:
  std::filesystem::path json(const std::string& name) const { return dir.path() / (name + ".json"); }
  temp_dir dir;
};

TEST_F(sharded, two_shards_merge_into_exactly_the_whole_run) {
  ASSERT_EQ(iterconf("run -q" + with_builtin_expectations + " --report json:" + json("whole").string()).status, 0);
  ASSERT_EQ(iterconf("run -q" + with_builtin_expectations + " --shard 1/2 --report json:" + json("one").string()).status, 0);
  ASSERT_EQ(iterconf("run -q" + with_builtin_expectations + " --shard 2/2 --report json:" + json("two").string()).status, 0);
  const auto whole = read_json(json("whole"));
  const auto one = read_json(json("one"));
  const auto two = read_json(json("two"));
  // Even: the shards differ by one result at most.
  const long difference = static_cast<long>(one["results"].size()) - static_cast<long>(two["results"].size());
  EXPECT_LE(std::abs(difference), 1);
  EXPECT_EQ(one["shard"]["index"], 0);
  EXPECT_EQ(two["shard"]["total"], 2);

  const auto merged = iterconf("merge " + json("one").string() + " " + json("two").string() +
                               " --report json:" + json("merged").string());
  EXPECT_EQ(merged.status, 0) << merged.output;
  const auto result = read_json(json("merged"));
  EXPECT_EQ(result["results"].size(), whole["results"].size());
  EXPECT_EQ(result["results"].size(), one["results"].size() + two["results"].size());
  EXPECT_EQ(outcomes(result), outcomes(whole));
  EXPECT_EQ(result["totals"], whole["totals"]);
  EXPECT_TRUE(result["shard"].is_null());
}

TEST_F(sharded, merging_a_shard_twice_is_refused_as_doubled) {
  ASSERT_EQ(iterconf("run -q" + with_builtin_expectations + " --shard 1/3 --report json:" + json("one").string()).status, 0);
  const auto r = iterconf("merge " + json("one").string() + " " + json("one").string());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find("is also in " + json("one").string() + ": the shards overlap"), std::string::npos) << r.output;
}

TEST_F(sharded, googletest_and_bazel_sharding_variables_are_honoured) {
  const auto status = dir.path() / "gtest-status";
  ASSERT_EQ(iterconf("run -q" + with_builtin_expectations + " --report json:" + json("flag").string() + " --shard 2/2").status, 0);
  const auto r = iterconf("run -q" + with_builtin_expectations + " --report json:" + json("gtest").string(),
                          "GTEST_TOTAL_SHARDS=2 GTEST_SHARD_INDEX=1 GTEST_SHARD_STATUS_FILE=" + status.string() + " ");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_TRUE(std::filesystem::exists(status));
  EXPECT_EQ(outcomes(read_json(json("gtest"))), outcomes(read_json(json("flag"))));

  const auto bazel_status = dir.path() / "bazel-status";
  // Bazel's variables win over GoogleTest's when both are set.
  const auto b = iterconf("run -q" + with_builtin_expectations + " --report json:" + json("bazel").string(),
                          "GTEST_TOTAL_SHARDS=3 GTEST_SHARD_INDEX=0 TEST_TOTAL_SHARDS=2 TEST_SHARD_INDEX=1 "
                          "TEST_SHARD_STATUS_FILE=" + bazel_status.string() + " ");
  EXPECT_EQ(b.status, 0) << b.output;
  EXPECT_TRUE(std::filesystem::exists(bazel_status));
  EXPECT_EQ(outcomes(read_json(json("bazel"))), outcomes(read_json(json("flag"))));
}

TEST_F(sharded, bad_shard_values_exit_2_naming_where_they_came_from) {
  auto r = iterconf("run -q" + with_builtin_expectations + " --shard 3/2");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.output, "<command line>: error: --shard '3/2' needs 1 <= I <= N\n");
  r = iterconf("run -q", "GTEST_TOTAL_SHARDS=2 GTEST_SHARD_INDEX=2 ");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.output, "<environment>: error: GTEST_SHARD_INDEX=2 must be below GTEST_TOTAL_SHARDS=2\n");
  r = iterconf("run -q", "TEST_TOTAL_SHARDS=two TEST_SHARD_INDEX=0 ");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.output, "<environment> TEST_TOTAL_SHARDS: error: 'two' is not a whole number\n");
}

TEST_F(sharded, parallel_jobs_give_the_same_results_as_one) {
  ASSERT_EQ(iterconf("run -q" + with_builtin_expectations + " --jobs 1 --report json:" + json("one").string()).status, 0);
  ASSERT_EQ(iterconf("run -q" + with_builtin_expectations + " --jobs 2 --seed 7 --report json:" + json("two").string()).status, 0);
  EXPECT_EQ(outcomes(read_json(json("one"))), outcomes(read_json(json("two"))));
}

TEST_F(sharded, reports_of_two_toolchains_merge_into_a_column_per_toolchain) {
  ASSERT_EQ(iterconf("run -q" + with_builtin_expectations + " --subject 'seed::*' --report json:" + json("gcc").string()).status, 0);
  // The same run as if built by a second toolchain (the CI recipe builds it with clang and libc++).
  auto other = read_json(json("gcc"));
  other["toolchains"] = {"clang 14, libc++"};
  for (auto& r : other["results"]) r["toolchain"] = "clang 14, libc++";
  std::ofstream(json("clang")) << other.dump();
  const auto markdown = dir.path() / "merged.md";
  const auto html = dir.path() / "merged.html";
  const auto r = iterconf("merge " + json("gcc").string() + " " + json("clang").string() + " --report json:" +
                          json("merged").string() + " --report markdown:" + markdown.string() + " --report html:" +
                          html.string());
  EXPECT_EQ(r.status, 0) << r.output;
  const auto merged = read_json(json("merged"));
  EXPECT_EQ(merged["toolchains"].size(), 2u);
  EXPECT_EQ(merged["results"].size(), 2 * read_json(json("gcc"))["results"].size());
  std::stringstream text;
  text << std::ifstream(markdown).rdbuf();
  EXPECT_NE(text.str().find("| family | toolchain |"), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("| clang 14, libc++ |"), std::string::npos) << text.str();
}

}  // namespace
