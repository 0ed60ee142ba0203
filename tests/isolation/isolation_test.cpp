// Fault isolation with real faulty subjects: each fault costs its case (CRASH or TIMEOUT, with the
// signal or limit and the step), the run goes on, no result is lost; an interrupted run still
// writes what it has.
#include <gtest/gtest.h>

#include <signal.h>

#include <chrono>
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
  nlohmann::json run(const std::string& options, int expected_status, const std::string& environment = "") {
    const auto cases = dir.write("cases.yaml", two_cases);
    const auto report = dir.path() / "report.json";
    const auto r = run_command(environment + ITERCONF_FAULTY_CLI + " run -q --cases " + cases.string() +
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
  const auto report = run(std::string("--timeout 2 --memory-limit 256") +
                              (sanitized ? " --subject 'faulty::[!a]*' --subject faulty::abort" : " --subject 'faulty::*'"),
                          1);
  if (sanitized) {
    EXPECT_EQ(report["results"].size(), 14u);
    EXPECT_EQ(result(report, "faulty::segfault", "x.drain")["outcome"], "CRASH");
    EXPECT_EQ(result(report, "faulty::hang", "x.drain")["outcome"], "TIMEOUT");
    EXPECT_EQ(result(report, "faulty::fine", "x.loop")["outcome"], "PASS");
    return;
  }
  ASSERT_EQ(report["results"].size(), 22u);  // 11 subjects x 2 cases: none lost
  // kill(0, SIGTERM) reaches the child's own process group only: the run goes on.
  const auto& group = result(report, "faulty::signals_its_group", "x.drain");
  EXPECT_EQ(group["outcome"], "CRASH");
  EXPECT_EQ(group["message"], "the subject crashed the child process: signal 15 (Terminated)");
  EXPECT_EQ(result(report, "faulty::signals_its_group", "x.loop")["outcome"], "CRASH");
  // Signals to the run's process, its group or its session are refused: the subject goes on.
  for (const char* id : {"x.drain", "x.loop"}) {
    EXPECT_EQ(result(report, "faulty::signals_its_parent", id)["outcome"], "PASS");
    EXPECT_EQ(result(report, "faulty::signals_the_run", id)["outcome"], "PASS");
  }
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

TEST_F(isolation, the_faults_a_user_tried_each_cost_only_their_own_cases) {
  const auto report = run("--timeout 2 --jobs 2 --subject 'odd::*' --subject faulty::fine", 1);
  ASSERT_EQ(report["results"].size(), 26u);  // 13 subjects x 2 cases: none lost
  const std::pair<const char*, const char*> outcomes[] = {
      {"odd::exit_0", "CRASH"},           {"odd::exit_3", "CRASH"},
      {"odd::closes_every_fd", "CRASH"},  {"odd::overflows_the_stack", "CRASH"},
      {"odd::destructor_throws", "CRASH"}, {"odd::destructor_hangs", "TIMEOUT"},
      {"odd::factory_sleeps", "TIMEOUT"}, {"odd::stops_itself", "TIMEOUT"},
      {"odd::throws_7", "FAIL"},          {"odd::throws_out_of_range", "FAIL"},  // an error where an item was due
      {"odd::floods_stdout", "PASS"},     {"odd::grandchild_keeps_the_pipe", "PASS"},
  };
  for (const auto& [subject, outcome] : outcomes)
    for (const char* id : {"x.drain", "x.loop"}) EXPECT_EQ(result(report, subject, id)["outcome"], outcome) << subject << " " << id;
  EXPECT_EQ(result(report, "odd::exit_0", "x.drain")["message"], "the child process exited with status 0 in the middle of it");
  EXPECT_EQ(result(report, "odd::overflows_the_stack", "x.drain")["message"],
            "the subject crashed the child process: signal 11 (Segmentation fault)");
  EXPECT_EQ(result(report, "odd::destructor_throws", "x.drain")["message"],
            "the subject crashed the child process: signal 6 (Aborted)");
  EXPECT_NE(result(report, "odd::stops_itself", "x.drain")["message"].get<std::string>().find("time limit of 2 s"),
            std::string::npos);
  EXPECT_EQ(result(report, "faulty::fine", "x.drain")["outcome"], "PASS");
  EXPECT_EQ(result(report, "faulty::fine", "x.loop")["outcome"], "PASS");
}

bool process_is_gone(int pid) {
  // A killed process that nobody has reaped yet is gone too (its state is Z).
  std::ifstream stat("/proc/" + std::to_string(pid) + "/stat");
  std::string line;
  if (!std::getline(stat, line)) return true;
  const auto paren = line.rfind(')');
  return paren != std::string::npos && paren + 2 < line.size() && line[paren + 2] == 'Z';
}

TEST_F(isolation, what_a_subject_forks_does_not_outlive_the_run_even_if_it_leaves_the_group) {
  const auto leftover = dir.path() / "leftover.pid";
  run("--subject faulty::leaves_its_group", 0, "ITERCONF_TEST_LEFTOVER_FILE=" + leftover.string() + " ");
  int pid = 0;
  std::ifstream(leftover) >> pid;
  ASSERT_GT(pid, 0) << "the subject did not fork";
  for (int i = 0; i < 50 && !process_is_gone(pid); ++i) std::this_thread::sleep_for(std::chrono::milliseconds(20));
  EXPECT_TRUE(process_is_gone(pid)) << "process " << pid << " outlived the run";
  if (!process_is_gone(pid)) kill(pid, SIGKILL);
}

TEST_F(isolation, a_subject_that_keeps_hanging_is_cut_off_and_each_case_not_run_is_reported) {
  const auto report = run("--timeout 1 --fault-limit 1 --subject faulty::hang --subject faulty::fine", 1);
  ASSERT_EQ(report["results"].size(), 4u);
  EXPECT_EQ(result(report, "faulty::hang", "x.drain")["outcome"], "TIMEOUT");
  const auto& cut = result(report, "faulty::hang", "x.loop");
  EXPECT_EQ(cut["outcome"], "ERROR");
  EXPECT_NE(cut["message"].get<std::string>().find("not run: the subject's last 1 units in a row ended in TIMEOUT"),
            std::string::npos)
      << cut["message"];
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
