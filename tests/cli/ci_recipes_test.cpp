// The CI recipes in docs/ci/ parse, have the shape their CI system needs, and their iterconf
// commands really run: each shard's run, then the merge, with the variables CI would set.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <regex>

#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace {

using iterconf::testing::run_command;
using iterconf::testing::temp_dir;

const std::string recipes = ITERCONF_SOURCE_DIR "/docs/ci/";

/// Every iterconf command line in a recipe's scripts, in order.
std::vector<std::string> iterconf_commands(const YAML::Node& node) {
  std::vector<std::string> out;
  if (node.IsScalar() && node.Scalar().find("build/bin/iterconf ") != std::string::npos) {
    const std::string& text = node.Scalar();
    out.push_back(text.substr(text.find("build/bin/iterconf ")));
  } else if (node.IsSequence() || node.IsMap()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      auto more = iterconf_commands(node.IsMap() ? it->second : *it);
      out.insert(out.end(), more.begin(), more.end());
    }
  }
  return out;
}

/// Runs a recipe's command as CI would, with its variables set and its reports in `dir`.
int run_as_ci(std::string command, const std::map<std::string, std::string>& variables, const temp_dir& dir) {
  for (const auto& [name, value] : variables) command = std::regex_replace(command, std::regex(name), value);
  command = std::regex_replace(command, std::regex("ci-reports/"), dir.path().string() + "/");
  command = std::regex_replace(command, std::regex("build/bin/iterconf"), ITERCONF_CLI);
  const auto r = run_command("cd " ITERCONF_SOURCE_DIR " && " + command + " --quiet");
  EXPECT_EQ(r.status, 0) << command << "\n" << r.output;
  return r.status;
}

TEST(ci_recipes, the_github_actions_workflow_shards_merges_and_publishes) {
  const YAML::Node flow = YAML::LoadFile(recipes + "github-actions.yml");
  ASSERT_TRUE(flow["on"]);
  const YAML::Node jobs = flow["jobs"];
  ASSERT_TRUE(jobs["conformance"]["strategy"]["matrix"]["shard"].IsSequence());
  EXPECT_EQ(jobs["report"]["needs"].as<std::string>(), "conformance");
  bool uploads = false, summary = false;
  for (const auto& step : jobs["report"]["steps"]) {
    if (step["uses"] && step["uses"].as<std::string>().rfind("actions/upload-artifact", 0) == 0) uploads = true;
    if (step["run"] && step["run"].as<std::string>().find("GITHUB_STEP_SUMMARY") != std::string::npos) summary = true;
  }
  EXPECT_TRUE(uploads);
  EXPECT_TRUE(summary);

  const auto shard_run = iterconf_commands(jobs["conformance"]["steps"]);
  const auto merge = iterconf_commands(jobs["report"]["steps"]);
  ASSERT_EQ(shard_run.size(), 1u);
  ASSERT_EQ(merge.size(), 1u);
  temp_dir dir;
  for (const char* shard : {"1", "2"}) run_as_ci(shard_run[0], {{R"(\$\{\{ matrix\.shard \}\})", shard}}, dir);
  run_as_ci(merge[0], {}, dir);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "summary.md"));
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "iterconf.html"));
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "iterconf.junit.xml"));
}

TEST(ci_recipes, the_gitlab_job_shards_reports_junit_and_merges) {
  const YAML::Node ci = YAML::LoadFile(recipes + "gitlab-ci.yml");
  EXPECT_EQ(ci["conformance"]["parallel"].as<int>(), 2);
  EXPECT_TRUE(ci["conformance"]["artifacts"]["reports"]["junit"]);
  EXPECT_EQ(ci["report"]["stage"].as<std::string>(), "report");
  EXPECT_TRUE(ci["report"]["artifacts"]["paths"].IsSequence());

  const auto shard_run = iterconf_commands(ci["conformance"]["script"]);
  const auto merge = iterconf_commands(ci["report"]["script"]);
  ASSERT_EQ(shard_run.size(), 1u);
  ASSERT_EQ(merge.size(), 1u);
  temp_dir dir;
  for (const char* index : {"1", "2"})
    run_as_ci(shard_run[0], {{R"(\$CI_NODE_INDEX)", index}, {R"(\$CI_NODE_TOTAL)", "2"}}, dir);
  run_as_ci(merge[0], {}, dir);
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "iterconf.html"));
  EXPECT_TRUE(std::filesystem::exists(dir.path() / "iterconf-1.junit.xml"));
}

}  // namespace
