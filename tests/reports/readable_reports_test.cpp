// The reports a person reads: failures with the same error grouped (console, Markdown), the
// Markdown summary bounded in size however large the run, and the HTML cells' "x of y" and the
// XFAIL reasons they show on hover.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "iterconf/report/failure_groups.hpp"
#include "iterconf/report/reporter.hpp"
#include "support/temp_dir.hpp"

namespace iterconf::report {
namespace {

case_result result(std::string subject, std::string case_id, outcome o) {
  return {.subject = std::move(subject), .family = "std", .toolchain = "test", .case_id = std::move(case_id),
          .area = "next", .rules = {"next.end-signal"}, .result = o};
}

case_result fail(std::string subject, std::string case_id, std::size_t step, std::string expected, std::string observed) {
  case_result r = result(std::move(subject), std::move(case_id), outcome::fail);
  r.step_number = step;
  r.step = "next: it";
  r.step_location = {"cases/next.yaml", static_cast<int>(10 * step), 7};
  r.expected = std::move(expected);
  r.observed = std::move(observed);
  return r;
}

case_result wrong_case(std::string subject) {
  case_result r = result(std::move(subject), "x.wrong", outcome::error);
  r.step_number = 2;
  r.step = "next: it";
  r.step_location = {"wrong/cases.yaml", 8, 7};
  r.message = "the case expects [1, 2], the model predicts [1]";
  return r;
}

run_report run_of(std::vector<case_result> results) {
  run_report run;
  run.tool_version = "0.1.0";
  run.toolchains = {"test"};
  run.results = std::move(results);
  return run;
}

std::string written(const std::string& format, const run_report& run) {
  const auto* entry = reporter_registry::global().find(format);
  EXPECT_NE(entry, nullptr) << format;
  std::ostringstream out;
  report_whole_run(*entry->make(), run, out);
  return out.str();
}

// One subject whose end comes one item early in three cases, another subject with the same bug
// in one case, a second bug of the first subject, and a case that is wrong on two subjects.
run_report grouped_run() {
  return run_of({fail("std::vector<int>", "next.a", 3, "item 5", "end"),
                 fail("std::vector<int>", "next.b", 2, "item 12", "end"),
                 fail("std::vector<int>", "next.c", 4, "item -1", "end"),
                 fail("std::vector<int>", "next.d", 1, "end", "item 57005"),
                 result("std::vector<int>", "next.pass", outcome::pass), wrong_case("std::vector<int>"),
                 fail("std::list<int>", "next.a", 3, "item 5", "end"), wrong_case("std::list<int>")});
}

TEST(failure_groups, take_the_cases_data_out_of_an_error_text) {
  EXPECT_EQ(detail::without_case_data("after [1, 2, 3] of the expected [1, 2, 3, 4]; item -7 at next.a:12:7",
                                      "next.a", "std::vector<int>"),
            "after […] of the expected […]; item # at <case>:#:#");
  // Numbers inside a word are the word's: a type's name stays whole.
  EXPECT_EQ(detail::without_case_data("int64 in range_v3::views::iota<int64> is -3, a - b = 4", "c", "range_v3::views::iota<int64>"),
            "int64 in <subject> is #, a - b = #");
}

TEST(failure_groups, the_same_error_is_the_same_outcome_step_and_observation_and_but_for_an_error_the_subject) {
  const auto run = grouped_run();
  const auto& r = run.results;
  EXPECT_EQ(detail::error_signature(r[0]), detail::error_signature(r[1]));  // the items differ, not the error
  EXPECT_EQ(detail::error_signature(r[0]), detail::error_signature(r[2]));
  EXPECT_NE(detail::error_signature(r[0]), detail::error_signature(r[3]));  // the end early, an item late
  EXPECT_NE(detail::error_signature(r[0]), detail::error_signature(r[6]));  // a FAIL is its subject's own
  EXPECT_EQ(detail::error_signature(r[5]), detail::error_signature(r[7]));  // a wrong case errs on every subject
}

TEST(failure_groups, keep_a_count_and_the_first_few_names_whatever_the_number_of_results) {
  detail::failure_groups groups(2, 3);
  // One wrong case in a thousand results of ten subjects, then five errors of one subject.
  for (int i = 0; i < 1000; ++i) {
    case_result r = wrong_case("s" + std::to_string(i / 100));
    r.case_id = "c" + std::to_string(i);
    groups.add(r);
  }
  for (int i = 0; i < 5; ++i) groups.add(fail("t", "d", 1, "item 1", "observed " + std::string(i + 1, 'x')));
  EXPECT_EQ(groups.results(), 1005u);
  EXPECT_EQ(groups.groups(), 3u);
  EXPECT_EQ(groups.ungrouped(), 3u);
  const auto largest = groups.largest_first();
  ASSERT_EQ(largest.size(), 3u);
  EXPECT_EQ(largest[0]->results, 1000u);
  EXPECT_EQ(largest[0]->subjects, 10u);
  EXPECT_EQ(largest[0]->first.case_id, "c0");
  EXPECT_EQ(largest[0]->more, (std::vector<std::pair<std::string, std::string>>{{"s0", "c1"}, {"s0", "c2"}}));
  EXPECT_EQ(largest[1]->results, 1u);
}

TEST(console_reporter, prints_one_block_per_error_with_the_cases_that_showed_it) {
  const std::string text = written("console", grouped_run());
  const std::string blocks =
      "FAIL    std::vector<int>  next.a\n"
      "        step 3 (next: it) at cases/next.yaml:30:7\n"
      "        expected: item 5\n"
      "        observed: end\n"
      "        the same error in 2 more results (1 subject in all):\n"
      "          std::vector<int>  next.b\n"
      "          std::vector<int>  next.c\n"
      "ERROR   std::vector<int>  x.wrong\n"
      "        step 2 (next: it) at wrong/cases.yaml:8:7\n"
      "        the case expects [1, 2], the model predicts [1]\n"
      "        the same error in 1 more result (2 subjects in all):\n"
      "          std::list<int>  x.wrong\n"
      "FAIL    std::vector<int>  next.d\n"
      "        step 1 (next: it) at cases/next.yaml:10:7\n"
      "        expected: end\n"
      "        observed: item 57005\n"
      "FAIL    std::list<int>  next.a\n"
      "        step 3 (next: it) at cases/next.yaml:30:7\n"
      "        expected: item 5\n"
      "        observed: end\n"
      "subject ";
  EXPECT_EQ(text.substr(0, blocks.size()), blocks) << text;
}

TEST(console_reporter, lists_the_first_five_cases_of_a_group_and_counts_the_rest) {
  std::vector<case_result> results;
  for (int i = 0; i < 9; ++i) results.push_back(fail("s", "c" + std::to_string(i), 1, "item " + std::to_string(i), "end"));
  const std::string text = written("console", run_of(results));
  EXPECT_NE(text.find("        the same error in 8 more results (1 subject in all):\n          s  c1\n          s  c2\n"
                      "          s  c3\n          s  c4\n          s  c5\n          and 3 more\nsubject"),
            std::string::npos)
      << text;
}

TEST(markdown_reporter, lists_one_item_per_error_with_the_cases_that_showed_it) {
  const std::string text = written("markdown", grouped_run());
  EXPECT_NE(text.find("### Results that fail the gate\n\n7 results, 4 distinct errors (the same outcome, step and "
                      "observation, but for the case's data).\n\n"
                      "- **FAIL** `std::vector<int>` `next.a`: step 3 `next: it` at `cases/next.yaml:30:7`; expected "
                      "`item 5`, observed `end`\n"
                      "  - the same error in 2 more results (1 subject in all): `std::vector<int>` `next.b`, "
                      "`std::vector<int>` `next.c`\n"
                      "- **ERROR** `std::vector<int>` `x.wrong`: step 2 `next: it` at `wrong/cases.yaml:8:7`; the case "
                      "expects [1, 2], the model predicts [1]\n"
                      "  - the same error in 1 more result (2 subjects in all): `std::list<int>` `x.wrong`\n"
                      "- **FAIL** `std::vector<int>` `next.d`"),
            std::string::npos)
      << text;
}

// A run as large as a user's: many subjects, each with a known deviation and a bug of its own.
run_report large_run(std::size_t subjects) {
  std::vector<case_result> results;
  for (std::size_t s = 0; s < subjects; ++s) {
    const std::string subject = "family" + std::to_string(s % 7) + "::subject_" + std::to_string(s);
    for (int c = 0; c < 20; ++c) {
      case_result r = result(subject, "next.case" + std::to_string(c), outcome::pass);
      r.family = "family" + std::to_string(s % 7);
      if (c == 0) {
        r.result = outcome::xfail;
        r.deviation = "a reason of subject " + std::to_string(s) + std::string(300, '.');
      }
      if (c == 1) r = fail(subject, r.case_id, 2, "end", "item " + std::to_string(s)), r.family = "family" + std::to_string(s % 7);
      if (c == 2) r.result = outcome::unsupported;
      results.push_back(r);
    }
  }
  return run_of(std::move(results));
}

std::size_t lines_of(const std::string& text) { return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n')); }

TEST(markdown_reporter, stays_small_however_many_subjects_and_says_what_it_left_out) {
  const std::string hundred = written("markdown", large_run(100));
  const std::string thousands = written("markdown", large_run(5000));
  EXPECT_LT(thousands.size(), 24000u) << thousands.size();
  EXPECT_LT(lines_of(thousands), 140u);
  EXPECT_LT(thousands.size(), hundred.size() + 200) << "grows with the run";
  EXPECT_NE(thousands.find("- … and 4980 more errors (4980 results; see the JSON or JUnit report)\n"), std::string::npos)
      << thousands;
  EXPECT_NE(thousands.find("\n… and 4975 more subjects with results other than PASS.\n"), std::string::npos);
  EXPECT_NE(thousands.find("\n… and 4985 more (4985 XFAIL results; see the JSON report).\n"), std::string::npos);
  // A family is one line, however many subjects it has.
  EXPECT_NE(thousands.find("| family | subjects | PASS | FAIL | XFAIL | UNSUPPORTED |\n| --- | ---: | ---: | ---: | ---: | ---: |\n"
                           "| family0 | 715 | 12155 | 715 | 715 | 715 |\n"),
            std::string::npos)
      << thousands;
  // A reason is cut at 200 bytes.
  EXPECT_NE(thousands.find("| a reason of subject 0" + std::string(179, '.') + "… |"), std::string::npos) << thousands;
}

TEST(markdown_reporter, shows_no_line_for_a_subject_that_passed_every_case) {
  std::vector<case_result> results;
  for (int s = 0; s < 500; ++s)
    for (int c = 0; c < 3; ++c) results.push_back(result("subject_" + std::to_string(s), "next.c" + std::to_string(c), outcome::pass));
  const std::string text = written("markdown", run_of(results));
  EXPECT_EQ(text.find("subject_"), std::string::npos) << text;
  EXPECT_NE(text.find("| std | 500 | 1500 |\n"), std::string::npos) << text;
  EXPECT_NE(text.find("Every case that applies passed on every one of the 500 subjects.\n"), std::string::npos) << text;
  EXPECT_LT(text.size(), 700u) << text;
}

// The run the HTML tests draw: one cell of 12 PASS, an XFAIL with its reason and 1 UNSUPPORTED.
run_report deviating_run() {
  std::vector<case_result> results;
  for (int c = 0; c < 12; ++c) results.push_back(result("std::vector<int>", "next.c" + std::to_string(c), outcome::pass));
  case_result x = result("std::vector<int>", "next.x", outcome::xfail);
  x.deviation = "its end repeats the last item (on purpose)";
  x.message = "expected FAIL (" + x.deviation + ", e.yaml:3)";
  results.push_back(x);
  results.push_back(result("std::vector<int>", "next.u", outcome::unsupported));
  return run_of(std::move(results));
}

std::string script_payload(const std::string& html, const std::string& id) {
  const std::string open = "<script id=\"" + id + "\" type=\"application/json\">";
  const auto from = html.find(open) + open.size();
  return html.substr(from, html.find("</script>", from) - from);
}

TEST(html_reporter, gives_each_cell_the_reasons_of_its_known_deviations) {
  const std::string html = written("html", deviating_run());
  const auto data = nlohmann::json::parse(script_payload(html, "iterconf-data"));
  EXPECT_EQ(data["reasons"], nlohmann::json::array({"its end repeats the last item (on purpose)"}));
  ASSERT_EQ(data["cells"].size(), 1u);
  EXPECT_EQ(data["cells"][0][4], nlohmann::json::array({0}));
  const auto details = nlohmann::json::parse(script_payload(html, "iterconf-details"));
  EXPECT_EQ(details["texts"][details["cells"][0][12][6].get<int>()], "its end repeats the last item (on purpose)");
}

std::string rendered(const std::string& html) {
  const iterconf::testing::temp_dir dir;
  const auto page = dir.write("report.html", html);
  const std::string command = "chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-quic "
                              "--disable-background-networking --disable-component-update --disable-sync "
                              "--user-data-dir=" + (dir.path() / "profile").string() + " --dump-dom file://" +
                              page.string() + " 2>/dev/null";
  std::string dom;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char chunk[4096];
    while (std::size_t n = std::fread(chunk, 1, sizeof chunk, pipe)) dom.append(chunk, n);
    pclose(pipe);
  }
  return dom;
}

TEST(html_reporter, cells_say_x_of_y_and_show_an_xfails_reason_on_hover) {
  if (std::system("command -v chromium >/dev/null") != 0) GTEST_SKIP() << "chromium is not installed";
  const std::string dom = rendered(written("html", deviating_run()));
  EXPECT_NE(dom.find("title=\"next.end-signal: 1 of 14 XFAIL (1 XFAIL, 12 PASS, 1 UNSUPPORTED)\n"
                     "known deviation: its end repeats the last item (on purpose)\">1 of 14 XFAIL</td>"),
            std::string::npos)
      << dom;
  std::vector<case_result> passing = deviating_run().results;
  passing[12].result = outcome::unsupported;
  const std::string plain = rendered(written("html", run_of(passing)));
  EXPECT_NE(plain.find("title=\"next.end-signal: 12 of 14 PASS (12 PASS, 2 UNSUPPORTED)\">12 of 14 PASS</td>"),
            std::string::npos)
      << plain;
}

}  // namespace
}  // namespace iterconf::report
