// `iterconf prop` and `iterconf mutants` as a user runs them: exit codes, the printed seed and
// shrunk sequence, the replay command, and the reports their results flow into.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace {

using iterconf::testing::iterconf;

const std::string with_deviations =
    " --expectations " ITERCONF_EXPECTATIONS;

TEST(prop_cli, passes_every_builtin_subject_and_writes_the_reports) {
  iterconf::testing::temp_dir dir;
  const auto junit = dir.path() / "prop.junit.xml";
  const auto json = dir.path() / "prop.json";
  const auto r = iterconf("prop --seed 1 --runs 30 --report junit:" + junit.string() + " --report json:" +
                          json.string() + with_deviations);
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("iterconf prop: seed 1, 30 sequences per check"), std::string::npos) << r.output;
  const auto report = nlohmann::json::parse(std::ifstream(json));
  EXPECT_EQ(report["gate_failures"], 0);
  EXPECT_EQ(report["seed"], 1);
  bool cites_rules = false;
  for (const auto& result : report["results"])
    cites_rules = cites_rules || (result["case"] == "prop.sequence" && result["rules"][0] == "next.in-order");
  EXPECT_TRUE(cites_rules);
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_file(junit.c_str()));
  EXPECT_EQ(doc.child("testsuites").attribute("tests").as_uint(), report["results"].size());
}

TEST(prop_cli, a_failure_prints_its_seed_shrunk_sequence_and_replay_command) {
  const std::string select = "prop --mutants --subject 'mutant::end_restarts' --property prop.sequence --seed 5";
  const auto r = iterconf(select);
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("FAIL    mutant::end_restarts  prop.sequence"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("seed 5, after "), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("  1. iter: it0\n"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("     -> FAIL: expected "), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("replay: iterconf prop --mutants --subject 'mutant::end_restarts' --property "
                          "prop.sequence --seed 5\n"),
            std::string::npos)
      << r.output;
  // The replay repeats it exactly, in this process too (all but the time it took).
  auto untimed = [](const std::string& out) { return out.substr(0, out.find("iterconf prop: 1 checks in")); };
  EXPECT_EQ(untimed(iterconf(select + " --no-isolate").output), untimed(r.output));
}

TEST(prop_cli, selectors_narrow_the_checks_and_a_typo_exits_2) {
  const auto r = iterconf("prop --subject 'std::vector<int>' --rule 'cxx.sized.*' --seed 1 -v");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("PASS  std::vector<int>  prop.size"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("PASS  std::vector<int>  prop.protocol"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("prop.sequence"), std::string::npos) << r.output;
  const auto typo = iterconf("prop --property 'prop.sequense'");
  EXPECT_EQ(typo.status, 2);
  EXPECT_EQ(typo.output, "<command line>: error: --property 'prop.sequense' matches no property\n");
}

TEST(prop_cli, a_known_deviation_is_an_expected_failure) {
  const auto r = iterconf("prop --subject 'range_v3::views::istream<int64>' --property prop.iterations --seed 2 -v" + with_deviations);
  if (r.output.find("matches no subject") != std::string::npos) GTEST_SKIP() << "built without range-v3";
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("XFAIL  range_v3::views::istream<int64>  prop.iterations"), std::string::npos) << r.output;
}

/// `iterconf prop --mutants SELECTION --write-cases FILE`, which finds one failure and writes it: the file.
std::string written_by_prop(const std::string& selection, const std::filesystem::path& file) {
  const auto r = iterconf("prop --mutants " + selection + " --write-cases " + file.string());
  EXPECT_EQ(r.status, 1) << r.output;
  EXPECT_NE(r.output.find("iterconf prop: wrote 1 cases to " + file.string()), std::string::npos) << r.output;
  std::ifstream in(file);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

TEST(prop_cli, writes_a_shrunk_failure_as_a_case_that_run_replays) {
  iterconf::testing::temp_dir dir;
  const auto found = dir.path() / "regress" / "found.yaml";
  std::filesystem::create_directories(found.parent_path());
  const std::string text =
      written_by_prop("--subject 'mutant::less_inverted' --property prop.positions --seed 42", found);
  EXPECT_NE(text.find("- id: cxx.random.order.found-by-positions.mutant-less-inverted.seed-42"), std::string::npos)
      << text;
  // The failing step is the written case's last: an order of two iterators.
  const auto last_step = text.rfind("    - ");
  ASSERT_NE(last_step, std::string::npos) << text;
  EXPECT_EQ(text.compare(last_step, 15, "    - order: [i"), 0) << text;
  // The written case is a case like any other: the built-in subjects that model it pass it.
  const auto replay = iterconf("run --no-isolate --cases " + found.parent_path().string() +
                               " --subject 'std::vector<int>' -v");
  EXPECT_EQ(replay.status, 0) << replay.output;
  EXPECT_NE(replay.output.find("PASS  std::vector<int>  cxx.random.order.found-by-positions"), std::string::npos)
      << replay.output;
}

TEST(prop_cli, writes_a_protocol_failure_as_a_case_that_run_replays_on_the_mutant) {
  iterconf::testing::temp_dir dir;
  const auto found = dir.path() / "found.yaml";
  const std::string text =
      written_by_prop("--subject 'mutant::end_restarts' --property prop.sequence --seed 5", found);
  EXPECT_NE(text.find("# replay: iterconf run --mutants --cases '" + found.string() +
                      "' --subject 'mutant::end_restarts'\n"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("- id: next.in-order.found-by-sequence.mutant-end-restarts.seed-5"), std::string::npos) << text;
  EXPECT_NE(text.find("  rules: [next.in-order, next.end-signal, exhaust.sticky,"), std::string::npos) << text;
  // "# ... step N of the shrunk case, STEP: expected E, observed O" and "replayed by step N".
  const auto at = text.find(": step ");
  ASSERT_NE(at, std::string::npos) << text;
  const std::string step = text.substr(at + 7, text.find(' ', at + 7) - at - 7);
  EXPECT_NE(text.find("# replayed by step " + step + " below"), std::string::npos) << text;

  // The mutant fails it at that step; a correct next-style object passes it.
  const auto replay = iterconf("run --mutants --cases " + found.string() + " --subject 'mutant::end_restarts' -v");
  EXPECT_EQ(replay.status, 1) << replay.output;
  EXPECT_NE(replay.output.find("FAIL  mutant::end_restarts  next.in-order.found-by-sequence"), std::string::npos)
      << replay.output;
  EXPECT_NE(replay.output.find("step " + step + " "), std::string::npos) << replay.output;
  const auto correct = iterconf("run --cases " + found.string() + " --subject 'seed::list_iterator' -v");
  EXPECT_EQ(correct.status, 0) << correct.output;
  EXPECT_NE(correct.output.find("PASS  seed::list_iterator  next.in-order.found-by-sequence"), std::string::npos)
      << correct.output;
}

TEST(prop_cli, an_interrupted_prop_writes_the_results_it_has_marked_incomplete) {
  iterconf::testing::temp_dir dir;
  const auto json = dir.path() / "prop.json";
  // Many long checks, one at a time: SIGTERM arrives while they run.
  const std::string command = std::string(ITERCONF_CLI) + " prop -q --jobs 1 --seed 3 --runs 100000 --report json:" +
                              json.string() + with_deviations;
  const auto r = iterconf::testing::run_command("sh -c '" + command + " & pid=$!; sleep 2; kill -TERM $pid; wait $pid'");
  EXPECT_EQ(r.status, 143) << r.output;
  const auto report = nlohmann::json::parse(std::ifstream(json));
  EXPECT_TRUE(report["incomplete"].get<bool>());
  for (const auto& result : report["results"]) EXPECT_FALSE(result["subject"].get<std::string>().empty());
}

TEST(mutants_cli, kills_every_mutant_and_prints_the_matrix) {
  const auto r = iterconf("mutants --seed 1");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("mutant::end_restarts"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("by neither 0\n"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("kill rate 100.0% (cases 100.0%, properties 100.0%)"), std::string::npos) << r.output;
  EXPECT_EQ(r.output.find("SURVIVOR"), std::string::npos) << r.output;
}

}  // namespace
