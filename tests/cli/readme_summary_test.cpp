// The conformance summary page (docs/conformance-summary.md, linked from the README) is the
// tool's own output for the current code, not a table typed by hand: it must equal a fresh run's
// Markdown report.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace {

std::string read_text(const std::filesystem::path& p) {
  std::stringstream text;
  text << std::ifstream(p).rdbuf();
  return text.str();
}

TEST(conformance_summary, is_the_current_runs_markdown_report) {
  const std::string page = read_text(ITERCONF_SOURCE_DIR "/docs/conformance-summary.md");
  const std::string begin = "<!-- iterconf:summary:begin (generated: cmake --build build --target conformance-summary) -->\n";
  const auto from = page.find(begin);
  const auto to = page.find("<!-- iterconf:summary:end -->");
  ASSERT_NE(from, std::string::npos) << "docs/conformance-summary.md has no summary begin marker: " << begin;
  ASSERT_NE(to, std::string::npos) << "docs/conformance-summary.md has no summary end marker";
  const std::string published = page.substr(from + begin.size(), to - from - begin.size());

  iterconf::testing::temp_dir dir;
  const auto summary = dir.path() / "summary.md";
  const auto r = iterconf::testing::iterconf("run -q --report markdown:" + summary.string() +
                                             iterconf::testing::with_builtin_expectations);
  ASSERT_EQ(r.status, 0) << r.output;
  const std::string current = read_text(summary);
  // A build without one of the optional libraries (range-v3, Boost, Abseil) has fewer subjects:
  // it cannot judge.
  const auto subjects = iterconf::testing::iterconf("list subjects").output;
  for (const char* family : {"range_v3::", "boost::", "absl::"})
    if (published.find(family) != std::string::npos && subjects.find(family) == std::string::npos)
      GTEST_SKIP() << "this build has no " << family << " subjects";
  EXPECT_EQ(published, current) << "docs/conformance-summary.md is stale: run "
                                   "`cmake --build build --target conformance-summary` and commit it";
}

}  // namespace
