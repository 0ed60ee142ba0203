// The JUnit and JSON reporters: written from one run, parsed back with real parsers.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>

#include "iterconf/report/json_report.hpp"
#include "iterconf/report/reporter.hpp"
#include "iterconf/report/result_table.hpp"
#include "support/temp_dir.hpp"

namespace iterconf::report {
namespace {

run_report sample_run() {
  run_report run;
  run.tool_version = "0.1.0";
  run.toolchains = {"test"};
  run.started_at = "2026-11-26T00:00:00Z";
  run.seed = 7;
  case_result pass{.subject = "std::vector<int>", .family = "std", .case_id = "a.pass", .area = "a",
                   .rules = {"exhaust.sticky"}, .result = outcome::pass};
  case_result fail = pass;
  fail.case_id = "a.fail";
  fail.result = outcome::fail;
  fail.step_number = 3;
  fail.step = "next: it";
  fail.step_location = {"cases/a.yaml", 12, 7};
  fail.expected = "end";
  fail.observed = "item <3> & \"more\"";
  case_result skipped = pass;
  skipped.case_id = "a.skip";
  skipped.result = outcome::unsupported;
  skipped.message = "lacks capability 'forward'";
  case_result timeout = pass;
  timeout.subject = "seed::generator";
  timeout.family = "seed";
  timeout.case_id = "a.slow";
  timeout.result = outcome::timeout;
  timeout.message = "the case used its whole budget of 10 protocol operations\x01";
  run.results = {pass, fail, skipped, timeout};
  return run;
}

std::string written(const std::string& format) {
  const auto* entry = reporter_registry::global().find(format);
  EXPECT_NE(entry, nullptr) << format;
  std::ostringstream out;
  report_whole_run(*entry->make(), sample_run(), out);
  return out.str();
}

TEST(junit_reporter, parses_back_with_a_suite_per_subject_and_the_right_counts) {
  pugi::xml_document doc;
  const std::string text = written("junit");
  ASSERT_TRUE(doc.load_string(text.c_str())) << text;
  auto suites = doc.child("testsuites");
  EXPECT_EQ(suites.attribute("tests").as_int(), 4);
  EXPECT_EQ(suites.attribute("failures").as_int(), 1);
  EXPECT_EQ(suites.attribute("errors").as_int(), 1);
  EXPECT_EQ(suites.attribute("skipped").as_int(), 1);
  auto vector_suite = suites.find_child_by_attribute("testsuite", "name", "std::vector<int>");
  ASSERT_TRUE(vector_suite);
  EXPECT_EQ(vector_suite.attribute("tests").as_int(), 3);
  auto failed = vector_suite.find_child_by_attribute("testcase", "name", "a.fail");
  ASSERT_TRUE(failed.child("failure"));
  EXPECT_STREQ(failed.child("failure").attribute("type").value(), "FAIL");
  const std::string body = failed.child("failure").text().get();
  EXPECT_NE(body.find("step 3 (next: it) at cases/a.yaml:12:7"), std::string::npos) << body;
  EXPECT_NE(body.find("observed: item <3> & \"more\""), std::string::npos) << body;
  EXPECT_TRUE(vector_suite.find_child_by_attribute("testcase", "name", "a.skip").child("skipped"));
  auto gen_suite = suites.find_child_by_attribute("testsuite", "name", "seed::generator");
  EXPECT_STREQ(gen_suite.child("testcase").child("error").attribute("type").value(), "TIMEOUT");
  // A control character from a subject's message is shown, not written raw into the XML.
  EXPECT_STREQ(gen_suite.child("testcase").child("error").attribute("message").value(),
               "TIMEOUT: the case used its whole budget of 10 protocol operations\\x01");
}

TEST(json_reporter, parses_back_with_every_result_and_the_totals) {
  const auto doc = nlohmann::json::parse(written("json"));
  EXPECT_EQ(doc["format"], "iterconf-report");
  EXPECT_EQ(doc["version"], 1);
  EXPECT_EQ(doc["seed"], 7);
  EXPECT_EQ(doc["totals"]["PASS"], 1);
  EXPECT_EQ(doc["totals"]["FAIL"], 1);
  EXPECT_EQ(doc["totals"]["TIMEOUT"], 1);
  ASSERT_EQ(doc["results"].size(), 4u);
  const auto& fail = doc["results"][1];
  EXPECT_EQ(fail["outcome"], "FAIL");
  EXPECT_EQ(fail["step"]["number"], 3);
  EXPECT_EQ(fail["step"]["location"]["line"], 12);
  EXPECT_EQ(fail["observed"], "item <3> & \"more\"");
  EXPECT_FALSE(doc["results"][0].contains("step"));
}

TEST(console_reporter, prints_the_failures_the_table_and_the_gate) {
  const std::string text = written("console");
  EXPECT_NE(text.find("FAIL    std::vector<int>  a.fail"), std::string::npos) << text;
  EXPECT_NE(text.find("iterconf: 2 subjects, 4 cases, 4 results: 1 PASS, 1 FAIL, 1 UNSUPPORTED, 1 TIMEOUT"),
            std::string::npos)
      << text;
  EXPECT_NE(text.find("iterconf: conformance gate FAILED: 2 unexpected results"), std::string::npos) << text;
}

// Every field, so that a comparison of two results compares everything a report shows.
nlohmann::json fields(const case_result& r) {
  auto j = to_json(r);
  j["step_number"] = r.step_number ? nlohmann::json(*r.step_number) : nlohmann::json(nullptr);
  j["step_text"] = r.step;
  return j;
}

TEST(result_table, gives_back_every_result_as_it_was_added_with_its_strings_once) {
  const run_report run = sample_run();
  result_table table;
  for (const auto& r : run.results) table.add(r);
  ASSERT_EQ(table.size(), run.results.size());
  for (std::size_t i = 0; i < run.results.size(); ++i) EXPECT_EQ(fields(table.at(i)), fields(run.results[i])) << i;
  EXPECT_EQ(table.subjects(), 2u);
  EXPECT_EQ(table.cases(), 4u);
  EXPECT_EQ(table.totals().of(outcome::fail), 1u);
  table.reorder({3, 0});
  ASSERT_EQ(table.size(), 2u);
  EXPECT_EQ(table.at(0).case_id, "a.slow");
  EXPECT_EQ(table.at(1).case_id, "a.pass");
}

TEST(json_report, is_read_back_one_result_at_a_time_with_every_field) {
  const iterconf::testing::temp_dir dir;
  const auto file = dir.path() / "report.json";
  write_atomically(file, written("json"));
  std::vector<case_result> read;
  const run_report facts = read_json_report(file, [&](case_result&& r) { read.push_back(std::move(r)); });
  EXPECT_EQ(facts.seed, 7u);
  EXPECT_EQ(facts.toolchains, std::vector<std::string>{"test"});
  EXPECT_TRUE(facts.results.empty());
  const run_report run = sample_run();
  ASSERT_EQ(read.size(), run.results.size());
  for (std::size_t i = 0; i < read.size(); ++i) EXPECT_EQ(fields(read[i]), fields(run.results[i])) << i;
}

TEST(json_report, a_file_that_is_no_report_is_refused_naming_it) {
  const iterconf::testing::temp_dir dir;
  const auto file = dir.write("other.json", "{\"format\": \"something else\", \"results\": []}");
  try {
    read_json_report(file, [](case_result&&) {});
    FAIL() << "read";
  } catch (const input_error& e) {
    ASSERT_EQ(e.problems().size(), 1u);
    EXPECT_EQ(e.problems()[0].message,
              "not a usable iterconf report: not an iterconf report (its \"format\" is not \"iterconf-report\")");
  }
}

}  // namespace
}  // namespace iterconf::report
