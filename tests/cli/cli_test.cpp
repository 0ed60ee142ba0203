// The iterconf command line as a user runs it: exit codes, messages and the reports it writes.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <sstream>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>

#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace {

using iterconf::testing::iterconf;

TEST(cli, run_passes_the_builtin_subjects_and_writes_both_reports) {
  iterconf::testing::temp_dir dir;
  const auto junit = dir.path() / "out" / "iterconf.junit.xml";
  const auto json = dir.path() / "out" / "iterconf.json";
  const auto r = iterconf("run --report junit:" + junit.string() + " --report json:" + json.string() +
                          iterconf::testing::with_builtin_expectations);
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("iterconf: conformance gate passed"), std::string::npos) << r.output;
  pugi::xml_document doc;
  ASSERT_TRUE(doc.load_file(junit.c_str()));
  const auto report = nlohmann::json::parse(std::ifstream(json));
  EXPECT_EQ(doc.child("testsuites").attribute("tests").as_uint(), report["results"].size());
  EXPECT_EQ(report["gate_failures"], 0);
}

TEST(cli, selectors_narrow_the_run) {
  const auto r = iterconf("run --subject 'std::vector<int>' --rule 'exhaust.*'");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("iterconf: 1 subjects,"), std::string::npos) << r.output;
}

TEST(cli, a_selector_matching_nothing_exits_2_with_a_message) {
  const auto r = iterconf("run --subject 'nothing*'");
  EXPECT_EQ(r.status, 2);
  EXPECT_EQ(r.output, "<command line>: error: --subject 'nothing*' matches no subject\n");
}

TEST(cli, a_malformed_case_file_exits_2_naming_its_place_and_writes_no_report) {
  iterconf::testing::temp_dir dir;
  const auto cases = dir.write("bad.yaml", "- id: a.b\n  rule: exhaust.sticky\n  summary: s\n  steps:\n    - nxt: it\n");
  const auto report = dir.path() / "report.json";
  const auto r = iterconf("run --cases " + cases.string() + " --report json:" + report.string());
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find(cases.string() + ":5:7: error: unknown step 'nxt' (did you mean 'next'?)"), std::string::npos)
      << r.output;
  EXPECT_FALSE(std::filesystem::exists(report));
}

TEST(cli, an_unknown_report_format_exits_2) {
  const auto r = iterconf("run --report xml:out.xml");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find("--report 'xml:out.xml' is not FORMAT:FILE"), std::string::npos) << r.output;
}

TEST(cli, an_unreadable_path_exits_2) {
  const auto r = iterconf("check --cases /nonexistent/cases");
  EXPECT_EQ(r.status, 2);
  EXPECT_NE(r.output.find("/nonexistent/cases: error: no such file or directory"), std::string::npos) << r.output;
}

TEST(cli, an_unexpected_result_exits_1_and_an_expected_one_0_and_an_xpass_1) {
  iterconf::testing::temp_dir dir;
  // A case that contradicts the model gives ERROR: a result that fails the gate.
  const auto cases = dir.write("wrong.yaml",
                               "- id: x.wrong\n  rule: next.end-signal\n  summary: s\n  given: [1]\n  steps:\n"
                               "    - iter: it\n    - next: it\n      expect: end\n"
                               "- id: x.right\n  rule: next.end-signal\n  summary: s\n  given: [1]\n  steps:\n"
                               "    - iter: it\n    - next: it\n    - next: it\n      expect: end\n");
  const std::string base = "run --cases " + cases.string() + " --subject 'std::vector<int>'";
  const auto unexpected = iterconf(base);
  EXPECT_EQ(unexpected.status, 1) << unexpected.output;
  EXPECT_NE(unexpected.output.find("ERROR   std::vector<int>  x.wrong"), std::string::npos) << unexpected.output;

  const auto known = dir.write("known.yaml", "- case: x.wrong\n  reason: the case is wrong on purpose\n");
  const auto expected = iterconf(base + " --expectations " + known.string());
  EXPECT_EQ(expected.status, 0) << expected.output;
  EXPECT_NE(expected.output.find("1 PASS, 1 XFAIL"), std::string::npos) << expected.output;

  const auto stale = dir.write("stale.yaml", "- case: 'x.*'\n  reason: both expected to fail\n");
  const auto xpass = iterconf(base + " --expectations " + stale.string());
  EXPECT_EQ(xpass.status, 1) << xpass.output;
  EXPECT_NE(xpass.output.find("XPASS   std::vector<int>  x.right"), std::string::npos) << xpass.output;
}

TEST(cli, write_expectations_records_deviations_and_allow_xpass_lets_an_xpass_through) {
  iterconf::testing::temp_dir dir;
  const auto cases = dir.write("cases.yaml",
                               "- id: x.wrong\n  rule: next.end-signal\n  summary: s\n  given: [1]\n  steps:\n"
                               "    - iter: it\n    - next: it\n      expect: end\n"
                               "- id: x.right\n  rule: next.end-signal\n  summary: s\n  given: [1]\n  steps:\n"
                               "    - iter: it\n    - next: it\n    - next: it\n      expect: end\n");
  const auto recorded = dir.path() / "recorded.yaml";
  const std::string base = "run -q --cases " + cases.string() + " --subject 'std::vector<int>'";
  EXPECT_EQ(iterconf(base + " --write-expectations " + recorded.string()).status, 1);
  std::stringstream text;
  text << std::ifstream(recorded).rdbuf();
  EXPECT_NE(text.str().find("subject: std::vector<int>\n  case: x.wrong\n  reason: \"ERROR at step 2 (next: it): the case "
                            "contradicts the model"),
            std::string::npos)
      << text.str();
  EXPECT_EQ(text.str().find("x.right"), std::string::npos) << text.str();
  EXPECT_EQ(iterconf(base + " --expectations " + recorded.string()).status, 0);

  const auto both = dir.write("both.yaml", "- case: 'x.*'\n  reason: both expected to fail\n");
  EXPECT_EQ(iterconf(base + " --expectations " + both.string()).status, 1);
  EXPECT_EQ(iterconf(base + " --expectations " + both.string() + " --allow-xpass").status, 0);
}

TEST(cli, an_expectation_that_covers_nothing_is_a_located_warning_and_strict_it_fails_the_gate) {
  iterconf::testing::temp_dir dir;
  const auto file = dir.write("e.yaml", "- {subject: 'std::vectr<int>', rule: exhaust.sticky, reason: misspelt}\n");
  const std::string base = "run -q --subject 'std::vector<int>' --case 'exhaust.sticky.*' --expectations " + file.string();
  const auto warned = iterconf(base);
  EXPECT_EQ(warned.status, 0) << warned.output;
  EXPECT_NE(warned.output.find(file.string() + ":1:3: warning: this expectation covers nothing: no subject is named "
                                               "'std::vectr<int>' (did you mean 'std::vector<int>'?)"),
            std::string::npos)
      << warned.output;
  const auto strict = iterconf(base + " --strict-expectations");
  EXPECT_EQ(strict.status, 1) << strict.output;
}

TEST(cli, verbose_prints_every_result_and_quiet_prints_nothing) {
  const std::string selection = "run --subject 'std::vector<int>' --case 'exhaust.sticky.*'";
  const auto verbose = iterconf(selection + " --verbose");
  EXPECT_EQ(verbose.status, 0);
  EXPECT_NE(verbose.output.find("PASS  std::vector<int>  exhaust.sticky.after-drain.empty\n"), std::string::npos)
      << verbose.output;
  const auto quiet = iterconf(selection + " --quiet");
  EXPECT_EQ(quiet.status, 0);
  EXPECT_EQ(quiet.output, "");
}

TEST(cli, check_reports_the_spec_and_passes) {
  const auto r = iterconf("check");
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find(": OK"), std::string::npos) << r.output;
}

TEST(cli, list_names_subjects_cases_and_rules) {
  EXPECT_NE(iterconf("list subjects").output.find("seed::generator"), std::string::npos);
  EXPECT_NE(iterconf("list rules").output.find("exhaust.sticky  MUST"), std::string::npos);
  EXPECT_NE(iterconf("list cases --case 'exhaust.*'").output.find("exhaust."), std::string::npos);
  EXPECT_EQ(iterconf("list things").status, 2);
}

TEST(cli, every_command_has_help) {
  for (const char* command : {"", "run", "prop", "mutants", "check", "list", "merge", "init"}) {
    const auto r = iterconf(std::string(command) + " --help");
    EXPECT_EQ(r.status, 0) << command;
    EXPECT_NE(r.output.find("Usage"), std::string::npos) << command;
  }
}

TEST(cli, list_reporters_describes_each_builtin_reporter) {
  const auto r = iterconf("list reporters");
  EXPECT_EQ(r.status, 0) << r.output;
  for (const char* format : {"console", "junit", "json", "markdown", "html"})
    EXPECT_NE(r.output.find(format), std::string::npos) << format << " missing from:\n" << r.output;
}

TEST(cli, init_writes_a_project_once_and_never_overwrites) {
  iterconf::testing::temp_dir dir;
  const auto project = dir.path() / "my-lib";
  const auto r = iterconf("init " + project.string());
  EXPECT_EQ(r.status, 0) << r.output;
  for (const char* file : {"CMakeLists.txt", "subjects.cpp", "expectations.yaml"})
    EXPECT_TRUE(std::filesystem::exists(project / file)) << file;
  std::ifstream cmake(project / "CMakeLists.txt");
  const std::string text((std::istreambuf_iterator<char>(cmake)), std::istreambuf_iterator<char>());
  EXPECT_NE(text.find("iterconf_add_conformance_test(NAME my_lib_conformance"), std::string::npos) << text;
  // GoogleTest mode is asked for, so that it is loaded when installed, but not required.
  EXPECT_NE(text.find("COMPONENTS cli OPTIONAL_COMPONENTS gtest"), std::string::npos) << text;
  // The written expectations file is one `run --expectations` reads.
  EXPECT_EQ(iterconf("run --subject 'std::vector<int>' --rule 'exhaust.*' --expectations " +
                     (project / "expectations.yaml").string()).status, 0);
  const auto again = iterconf("init " + project.string());
  EXPECT_EQ(again.status, 2);
  EXPECT_EQ(again.output, (project / "CMakeLists.txt").string() + ": error: already exists; iterconf init writes only new files\n");
}

}  // namespace
