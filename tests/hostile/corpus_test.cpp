// Hostile input (README.md here): every file of the bad-input corpus loads to exactly the
// diagnostics of its .expected file, and `iterconf` exits 2 on it with them (0 when there are
// none), never crashing; inputs too large to keep in the repository are generated here.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "iterconf/expectations.hpp"
#include "iterconf/loader.hpp"
#include "iterconf/spec_check.hpp"
#include "support/rule_book_for_tests.hpp"
#include "support/temp_dir.hpp"

namespace iterconf {
namespace {

using testing::project_rules;
using testing::temp_dir;

const std::filesystem::path corpus_dir = ITERCONF_HOSTILE_CORPUS;

/// What a corpus file is read as: the folder it is in says (rules/, expectations/, else cases).
enum class file_kind { cases, rules, expectations };

file_kind kind_of(const std::filesystem::path& relative) {
  const std::string folder = relative.begin()->string();
  if (folder == "rules") return file_kind::rules;
  if (folder == "expectations") return file_kind::expectations;
  return file_kind::cases;
}

/// The corpus files, relative to the corpus folder, sorted.
std::vector<std::string> corpus_files() {
  std::vector<std::string> out;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(corpus_dir))
    if (entry.is_regular_file() && entry.path().extension() == ".yaml")
      out.push_back(std::filesystem::relative(entry.path(), corpus_dir).string());
  std::sort(out.begin(), out.end());
  return out;
}

/// The case and rules files of the corpus: `iterconf list` reads them (expectations files are
/// read by `run` only, after it has planned, so the loader test covers those).
std::vector<std::string> command_line_files() {
  std::vector<std::string> out;
  for (auto& f : corpus_files())
    if (kind_of(f) != file_kind::expectations) out.push_back(std::move(f));
  return out;
}

/// "line:column: message", as the .expected files hold them.
std::vector<std::string> lines_of(const std::vector<diagnostic>& problems) {
  std::vector<std::string> out;
  for (const auto& p : problems)
    out.push_back(std::to_string(p.where.line) + ":" + std::to_string(p.where.column) + ": " + p.message);
  return out;
}

std::vector<diagnostic> load(const std::filesystem::path& file, file_kind kind) {
  switch (kind) {
    case file_kind::rules: return load_rules(file).problems;
    case file_kind::expectations: return load_expectations(file).problems;
    case file_kind::cases: break;
  }
  return load_case_file(file, project_rules()).problems;
}

std::vector<std::string> expected_for(const std::filesystem::path& file) {
  std::ifstream in(std::filesystem::path(file).replace_extension(".expected"));
  EXPECT_TRUE(in) << "no .expected file beside " << file;
  std::vector<std::string> out;
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

struct command_result {
  int status;  // -1 when killed by a signal (a crash)
  std::string output;
};

command_result iterconf_cli(const std::string& arguments) {
  FILE* pipe = popen((std::string(ITERCONF_CLI) + " " + arguments + " 2>&1").c_str(), "r");
  std::string output;
  std::array<char, 4096> chunk{};
  while (std::size_t n = std::fread(chunk.data(), 1, chunk.size(), pipe)) output.append(chunk.data(), n);
  const int status = pclose(pipe);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, output};
}

/// How the command line prints one of the expected "line:column: message" lines for `file`.
std::string as_printed(const std::string& expected_line, const std::string& file) {
  const std::size_t colon = expected_line.find(": ");
  const std::string place = expected_line.substr(0, colon);
  const std::string message = expected_line.substr(colon + 2);
  return file + (place == "0:0" ? "" : ":" + place) + ": error: " + message;
}

class corpus : public ::testing::TestWithParam<std::string> {};

TEST_P(corpus, loads_to_exactly_the_expected_diagnostics) {
  const auto file = corpus_dir / GetParam();
  const auto problems = load(file, kind_of(GetParam()));
  EXPECT_EQ(lines_of(problems), expected_for(file));
  for (const auto& p : problems) EXPECT_EQ(p.where.file, file.string()) << p.message;
}

class corpus_on_the_command_line : public ::testing::TestWithParam<std::string> {};

TEST_P(corpus_on_the_command_line, iterconf_exits_2_with_the_same_diagnostics) {
  const auto file = corpus_dir / GetParam();
  const auto expected = expected_for(file);
  std::string printed_file = file.string();
  command_result r{0, ""};
  switch (kind_of(GetParam())) {
    case file_kind::cases: r = iterconf_cli("list cases --cases '" + file.string() + "'"); break;
    case file_kind::rules: {
      temp_dir spec;
      std::filesystem::copy_file(file, spec.path() / "rules.yaml");
      printed_file = (spec.path() / "rules.yaml").string();
      r = iterconf_cli("list rules --spec '" + spec.path().string() + "'");
      break;
    }
    case file_kind::expectations: FAIL() << "not a command-line file";
  }
  ASSERT_EQ(r.status, expected.empty() ? 0 : 2) << r.output;
  for (const auto& line : expected)
    EXPECT_NE(r.output.find(as_printed(line, printed_file) + "\n"), std::string::npos) << line << "\nin\n" << r.output;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = std::filesystem::path(info.param).replace_extension().string();
  for (char& c : name)
    if (std::isalnum(static_cast<unsigned char>(c)) == 0) c = '_';
  return name;
}

INSTANTIATE_TEST_SUITE_P(hostile, corpus, ::testing::ValuesIn(corpus_files()), test_name);
INSTANTIATE_TEST_SUITE_P(hostile, corpus_on_the_command_line, ::testing::ValuesIn(command_line_files()), test_name);

TEST(hostile, the_corpus_has_a_file_for_every_kind_of_bad_input) {
  const auto files = corpus_files();
  EXPECT_GE(files.size(), 40u);
  for (const auto& f : files)
    EXPECT_TRUE(std::filesystem::exists(std::filesystem::path(corpus_dir / f).replace_extension(".expected"))) << f;
}

std::string problems_as_lines(const std::vector<diagnostic>& problems) {
  std::string out;
  for (const auto& line : lines_of(problems)) out += line + "\n";
  return out;
}

TEST(hostile, a_file_over_4_mib_is_not_read_and_one_of_4_mib_is) {
  temp_dir dir;
  // Comment lines: if the limit were not there, this would load as an empty file.
  const std::string line = "# " + std::string(61, 'x') + "\n";
  std::string text;
  while (text.size() + line.size() <= (std::size_t{4} << 20)) text += line;
  text += std::string((std::size_t{4} << 20) - text.size(), '\n');
  ASSERT_EQ(text.size(), std::size_t{4} << 20);
  EXPECT_EQ(problems_as_lines(load_case_file(dir.write("at-limit.yaml", text), project_rules()).problems),
            "0:0: a case file holds a list of cases; this one is empty\n");
  EXPECT_EQ(problems_as_lines(load_case_file(dir.write("over-limit.yaml", text + "\n"), project_rules()).problems),
            "0:0: file is larger than 4 MiB, the most iterconf reads\n");
  EXPECT_EQ(problems_as_lines(load_rules(dir.write("rules.yaml", text + "\n")).problems),
            "0:0: file is larger than 4 MiB, the most iterconf reads\n");
}

TEST(hostile, more_than_500000_nodes_are_not_built) {
  temp_dir dir;
  // Nodes 1 to 10 are the case list, the case and its keys and values up to `given`'s list.
  const std::string head = "- id: hostile.sample\n  rule: exhaust.sticky\n  summary: s\n  given: [";
  std::string text = head;
  for (int i = 0; i < 499'991; ++i) text += "1,";
  text += "1]\n  steps:\n    - iter: it\n";
  // The 500,001st node is entry 499,991 of given, at column 11 + 2 * 499,990 of line 4.
  EXPECT_EQ(problems_as_lines(load_case_file(dir.write("nodes.yaml", text), project_rules()).problems),
            "4:" + std::to_string(11 + 2 * 499'990) + ": more than 500000 YAML nodes in one file; split it\n");
}

TEST(hostile, nesting_past_64_levels_is_stopped_before_yaml_cpp_recurses) {
  temp_dir dir;
  // Far past yaml-cpp's own recursion guard (2000), which would throw only after deep recursion.
  const std::string deep = std::string(100'000, '[') + std::string(100'000, ']') + "\n";
  EXPECT_EQ(problems_as_lines(load_case_file(dir.write("deep.yaml", deep), project_rules()).problems),
            "1:65: lists and mappings nested more than 64 levels deep\n");
}

TEST(hostile, a_directory_a_device_and_a_missing_file_are_one_problem_for_every_kind_of_file) {
  temp_dir dir;
  std::filesystem::create_directories(dir.path() / "folder.yaml");
  const auto folder = dir.path() / "folder.yaml";
  const auto missing = dir.path() / "missing.yaml";
  const std::filesystem::path device = "/dev/null";
  EXPECT_EQ(problems_as_lines(load_case_file(folder, project_rules()).problems), "0:0: is a directory, not a case file\n");
  EXPECT_EQ(problems_as_lines(load_rules(folder).problems), "0:0: is a directory, not a rules file\n");
  EXPECT_EQ(problems_as_lines(load_expectations(folder).problems), "0:0: is a directory, not an expectations file\n");
  EXPECT_EQ(problems_as_lines(load_case_file(missing, project_rules()).problems), "0:0: no such file or directory\n");
  EXPECT_EQ(problems_as_lines(load_rules(missing).problems), "0:0: no such file or directory\n");
  EXPECT_EQ(problems_as_lines(load_expectations(missing).problems), "0:0: no such file or directory\n");
  EXPECT_EQ(problems_as_lines(load_case_file(device, project_rules()).problems),
            "0:0: is not a regular file, so cannot be a case file\n");
  EXPECT_EQ(problems_as_lines(load_rules(device).problems), "0:0: is not a regular file, so cannot be a rules file\n");
  EXPECT_EQ(problems_as_lines(load_expectations(device).problems),
            "0:0: is not a regular file, so cannot be an expectations file\n");
}

TEST(hostile, an_unreadable_file_is_one_problem_for_every_kind_of_file) {
  if (geteuid() == 0) GTEST_SKIP() << "root reads files whatever their permissions";
  temp_dir dir;
  const auto file = dir.write("locked.yaml", "- id: a.b\n");
  std::filesystem::permissions(file, std::filesystem::perms::none);
  EXPECT_EQ(problems_as_lines(load_case_file(file, project_rules()).problems), "0:0: cannot read file: Permission denied\n");
  EXPECT_EQ(problems_as_lines(load_rules(file).problems), "0:0: cannot read file: Permission denied\n");
  EXPECT_EQ(problems_as_lines(load_expectations(file).problems), "0:0: cannot read file: Permission denied\n");
}

TEST(hostile, the_spec_checker_takes_a_megabyte_long_source) {
  // std::regex recursed once per character here and overflowed the stack.
  temp_dir dir;
  const std::string good = "python:" + std::string(1 << 20, 'a') + "#b";
  const std::string bad = "python:" + std::string(1 << 20, 'a') + "#b c";
  const auto loaded = load_rules(dir.write("rules.yaml", "- id: area.rule\n  level: SHOULD\n  area: area\n  title: t\n"
                                                         "  sources: [" + good + ", '" + bad + "']\n  cpp: c\n"));
  ASSERT_TRUE(loaded.problems.empty()) << loaded.problems.front().str();
  const auto problems = check_spec(loaded.book, {}, dir.path());
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0].message, "rule 'area.rule' has source 'python:" + std::string(53, 'a') +
                                     "...', which is none of python:<page>#<anchor>, cpp:[stable.name], seed:<n>");
  EXPECT_EQ(problems[1].message, "area 'area' has rules but no spec page");
}

TEST(hostile, suggestions_stay_cheap_among_many_names) {
  // 2,000 bound names and 2,000 misspelt uses: a suggestion per use among every name would be
  // 4 million edit distances; past 1,000 candidates none is computed, past 100 problems none shown.
  std::string text = "- id: hostile.sample\n  rule: exhaust.sticky\n  summary: s\n  steps:\n";
  for (int i = 0; i < 2000; ++i) text += "    - iter: name" + std::to_string(i) + "\n";
  for (int i = 0; i < 2000; ++i) text += "    - next: nmae" + std::to_string(i) + "\n";
  temp_dir dir;
  const auto problems = load_case_file(dir.write("names.yaml", text), project_rules()).problems;
  ASSERT_EQ(problems.size(), 101u);
  EXPECT_EQ(problems[0].message, "'nmae0' is not an iterator bound by an earlier step");
  EXPECT_EQ(problems[100].message, "more than 100 problems; the rest of this file is not reported");
}

}  // namespace
}  // namespace iterconf
