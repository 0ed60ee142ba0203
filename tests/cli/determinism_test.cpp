// Determinism: one seed and one selection give the same results, field for field (timings aside),
// whatever the job count, the isolation or the sharding.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>

#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace {

using iterconf::testing::iterconf;
using iterconf::testing::temp_dir;
using iterconf::testing::with_builtin_expectations;

// The results without what a clock decides, in (subject, case) order.
nlohmann::json timeless_results(const std::vector<std::filesystem::path>& reports) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& file : reports) {
    const auto report = nlohmann::json::parse(std::ifstream(file));
    for (auto r : report["results"]) {
      r.erase("seconds");
      out.push_back(r);
    }
  }
  std::sort(out.begin(), out.end(), [](const nlohmann::json& a, const nlohmann::json& b) {
    return std::tie(a["subject"].get_ref<const std::string&>(), a["case"].get_ref<const std::string&>()) <
           std::tie(b["subject"].get_ref<const std::string&>(), b["case"].get_ref<const std::string&>());
  });
  return out;
}

TEST(determinism, the_same_seed_gives_the_same_results_whatever_the_jobs_isolation_and_shards) {
  temp_dir dir;
  // Every family but Boost's, whose counting_iterator crashes a getitem case (a known deviation):
  // the runs without isolation would end there.
  const std::string subjects = " --subject 'std::*' --subject 'seed::*' --subject 'range_v3::*' --subject 'absl::*'"
                               " --subject 'consumer::*'";
  auto run = [&](const std::string& name, const std::string& options) {
    const auto report = dir.path() / (name + ".json");
    const auto r = iterconf("run -q --seed 11" + with_builtin_expectations + subjects + " " + options +
                            " --report json:" + report.string());
    EXPECT_EQ(r.status, 0) << name << ": " << r.output;
    return report;
  };
  const auto reference = timeless_results({run("one-job", "--jobs 1")});
  ASSERT_GT(reference.size(), 1000u);
  EXPECT_EQ(timeless_results({run("two-jobs", "--jobs 2")}), reference) << "--jobs 2";
  EXPECT_EQ(timeless_results({run("in-process", "--jobs 2 --no-isolate")}), reference) << "--no-isolate";
  EXPECT_EQ(timeless_results({run("shard-1", "--shard 1/3"), run("shard-2", "--shard 2/3 --jobs 2"),
                              run("shard-3", "--shard 3/3 --no-isolate")}),
            reference)
      << "three shards";
}

}  // namespace
