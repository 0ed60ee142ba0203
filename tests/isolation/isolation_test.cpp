// Fault isolation with real faulty subjects: each fault costs its case (CRASH or TIMEOUT, with the
// signal or limit and the step), the run goes on, no result is lost; an interrupted run still
// writes what it has.
#include <gtest/gtest.h>

#include <csignal>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace {

using iterconf::testing::run_command;
using iterconf::testing::temp_dir;

const char* const two_cases =
    "- id: x.drain\n  rule: next.in-order\n  summary: s\n  given: [1, 2, 3]\n  steps:\n    - iter: it\n    - next: it\n"
    "    - drain: it\n"
    "- id: x.loop\n  rule: loop.consumers-agree\n  summary: s\n  given: [4, 5]\n  steps:\n    - loop: subject\n";

class isolation : public ::testing::Test {
 protected:
  nlohmann::json run(const std::string& options, int expected_status) {
    const auto cases = dir.write("cases.yaml", two_cases);
    const auto report = dir.path() / "report.json";
    const auto r = run_command(std::string(ITERCONF_FAULTY_CLI) + " run -q --cases " + cases.string() +
                               " --report json:" + report.string() + " " + options);
    EXPECT_EQ(r.status, expected_status) << r.output;
    return nlohmann::json::parse(std::ifstream(report));
  }
  static const nlohmann::json& result(const nlohmann::json& report, const std::string& subject, const std::string& id) {
    for (const auto& r : report["results"])
      if (r["subject"] == subject && r["case"] == id) return r;
    throw std::runtime_error("no result for " + subject + " " + id);
  }
  temp_dir dir;
};

#if defined(__SANITIZE_ADDRESS__)
constexpr bool sanitized = true;  // no memory limit, and the hoarding subject would exhaust the machine
#else
constexpr bool sanitized = false;
#endif

TEST_F(isolation, every_fault_costs_only_its_own_case_and_says_how_and_where) {
  const auto report = run(std::string("--timeout 2 --memory-limit 256") + (sanitized ? " --subject 'faulty::[!a]*' --subject faulty::abort" : ""), 1);
  if (sanitized) {
    EXPECT_EQ(report["results"].size(), 14u);
    EXPECT_EQ(result(report, "faulty::segfault", "x.drain")["outcome"], "CRASH");
    EXPECT_EQ(result(report, "faulty::hang", "x.drain")["outcome"], "TIMEOUT");
    EXPECT_EQ(result(report, "faulty::fine", "x.loop")["outcome"], "PASS");
    return;
  }
  ASSERT_EQ(report["results"].size(), 16u);  // 8 subjects x 2 cases: none lost
  // kill(0, SIGTERM) reaches the child's own process group only: the run goes on.
  const auto& group = result(report, "faulty::signals_its_group", "x.drain");
  EXPECT_EQ(group["outcome"], "CRASH");
  EXPECT_EQ(group["message"], "the subject crashed the child process: signal 15 (Terminated)");
  EXPECT_EQ(result(report, "faulty::signals_its_group", "x.loop")["outcome"], "CRASH");
  const auto& segfault = result(report, "faulty::segfault", "x.drain");
  EXPECT_EQ(segfault["outcome"], "CRASH");
  EXPECT_EQ(segfault["message"], "the subject crashed the child process: signal 11 (Segmentation fault)");
  EXPECT_EQ(segfault["step"]["text"], "drain: it");
  EXPECT_EQ(result(report, "faulty::segfault", "x.loop")["outcome"], "CRASH");
  EXPECT_EQ(result(report, "faulty::abort", "x.drain")["message"], "the subject crashed the child process: signal 6 (Aborted)");
  EXPECT_EQ(result(report, "faulty::terminate", "x.drain")["message"],
            "the subject crashed the child process: signal 6 (Aborted)");
  const auto& hang = result(report, "faulty::hang", "x.drain");
  EXPECT_EQ(hang["outcome"], "TIMEOUT");
  EXPECT_EQ(hang["step"]["text"], "drain: it");
  EXPECT_NE(hang["message"].get<std::string>().find("no result within the time limit of 2"), std::string::npos);
  const auto& hoard = result(report, "faulty::allocate", "x.loop");
  EXPECT_EQ(hoard["outcome"], "CRASH");
  EXPECT_EQ(hoard["message"], "the subject exhausted the memory limit (std::bad_alloc)");
  EXPECT_EQ(result(report, "faulty::throws_from_factory", "x.drain")["message"],
            "the subject threw something that is not a std::exception outside the protocol");
  EXPECT_EQ(result(report, "faulty::fine", "x.drain")["outcome"], "PASS");
  EXPECT_EQ(result(report, "faulty::fine", "x.loop")["outcome"], "PASS");
}

TEST_F(isolation, without_isolation_a_recoverable_fault_is_still_reported) {
  const auto report = run("--no-isolate --subject 'faulty::throws_from_factory' --subject 'faulty::fine'", 1);
  EXPECT_EQ(result(report, "faulty::throws_from_factory", "x.loop")["outcome"], "CRASH");
  EXPECT_EQ(result(report, "faulty::fine", "x.loop")["outcome"], "PASS");
}

TEST_F(isolation, an_interrupted_run_writes_the_results_it_has_marked_incomplete) {
  const auto cases = dir.write("cases.yaml", two_cases);
  const auto report = dir.path() / "report.json";
  const std::string command = std::string(ITERCONF_FAULTY_CLI) + " run -q --jobs 2 --timeout 60 --cases " +
                              cases.string() + " --subject 'faulty::hang' --subject 'faulty::fine' --report json:" +
                              report.string();
  // The hanging subject keeps the run busy; SIGINT arrives while it hangs.
  const auto r = run_command("sh -c '" + command + " & pid=$!; sleep 1; kill -INT $pid; wait $pid'");
  EXPECT_EQ(r.status, 130) << r.output;
  const auto json = nlohmann::json::parse(std::ifstream(report));
  EXPECT_TRUE(json["incomplete"].get<bool>());
  std::size_t fine = 0;
  for (const auto& result : json["results"]) fine += result["subject"] == "faulty::fine" ? 1 : 0;
  EXPECT_EQ(fine, 2u);
}

}  // namespace
