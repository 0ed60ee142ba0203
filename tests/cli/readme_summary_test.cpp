// The README's conformance summary is the tool's own output for the current code, not a table
// typed by hand: it must equal a fresh run's Markdown report.
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

TEST(readme, the_conformance_summary_is_the_current_runs_markdown_report) {
  const std::string readme = read_text(ITERCONF_SOURCE_DIR "/README.md");
  const std::string begin = "<!-- iterconf:summary:begin (generated: cmake --build build --target readme-summary) -->\n";
  const auto from = readme.find(begin);
  const auto to = readme.find("<!-- iterconf:summary:end -->");
  ASSERT_NE(from, std::string::npos);
  ASSERT_NE(to, std::string::npos);
  const std::string published = readme.substr(from + begin.size(), to - from - begin.size());

  iterconf::testing::temp_dir dir;
  const auto summary = dir.path() / "summary.md";
  const auto r = iterconf::testing::iterconf("run -q --report markdown:" + summary.string() +
                                             iterconf::testing::with_builtin_expectations);
  ASSERT_EQ(r.status, 0) << r.output;
  const std::string current = read_text(summary);
  // A build without one of the optional library families has fewer subjects: it cannot judge.
  const auto subjects = iterconf::testing::iterconf("list subjects").output;
  for (const char* family : {"range_v3::", "boost::", "absl::"})
    if (published.find(family) != std::string::npos && subjects.find(family) == std::string::npos)
      GTEST_SKIP() << "this build has no " << family << " subjects";
  EXPECT_EQ(published, current) << "README.md's conformance summary is stale: run "
                                   "`cmake --build build --target readme-summary` and commit README.md";
}

}  // namespace
