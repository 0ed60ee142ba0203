// The reports of real runs, checked with real parsers and validators: JUnit XML against a JUnit
// XSD (libxml2), JSON against the shipped JSON Schema (valijson), the Markdown summary, and the
// HTML matrix rendered in headless Chromium.
#include <gtest/gtest.h>
#include <libxml/xmlschemas.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <pugixml.hpp>
#include <sstream>
#include <valijson/adapters/nlohmann_json_adapter.hpp>
#include <valijson/schema.hpp>
#include <valijson/schema_parser.hpp>
#include <valijson/validator.hpp>

#include "support/run_cli.hpp"
#include "support/temp_dir.hpp"

namespace {

using iterconf::testing::iterconf;
using iterconf::testing::run_command;
using iterconf::testing::temp_dir;

std::string read_text(const std::filesystem::path& p) {
  std::ifstream in(p);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

/// Two real runs: the built-in one (all pass) and one with a wrong case (an ERROR to report).
class real_reports : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir = new temp_dir();
    const auto wrong = dir->write("wrong/cases.yaml",
                                  "- id: x.wrong\n  rule: next.end-signal\n  summary: s\n  given: [1]\n  steps:\n"
                                  "    - iter: it\n    - next: it\n      expect: end\n");
    const std::string formats[] = {"junit", "json", "markdown", "html"};
    for (const char* run : {"full", "failing"}) {
      std::string args = std::string("run --quiet") + (std::string(run) == "failing"
                                                            ? " --cases " + wrong.string() + " --subject 'std::*'"
                                                            : iterconf::testing::with_builtin_expectations);
      for (const auto& f : formats) args += " --report " + f + ":" + file(run, f).string();
      statuses[run] = iterconf(args).status;
    }
  }
  static void TearDownTestSuite() { delete dir; }
  static std::filesystem::path file(const std::string& run, const std::string& format) {
    // Chromium decides how to show a file by its extension.
    static const std::map<std::string, std::string> extension = {
        {"junit", ".xml"}, {"json", ".json"}, {"markdown", ".md"}, {"html", ".html"}};
    return dir->path() / run / ("report" + extension.at(format));
  }
  static inline temp_dir* dir = nullptr;
  static inline std::map<std::string, int> statuses;
};

TEST_F(real_reports, the_runs_exit_with_their_gate) {
  EXPECT_EQ(statuses["full"], 0);
  EXPECT_EQ(statuses["failing"], 1);
}

bool valid_against_xsd(const std::filesystem::path& xml, std::string& errors) {
  xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(ITERCONF_JUNIT_XSD);
  xmlSchemaPtr schema = xmlSchemaParse(parser);
  xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(schema);
  xmlSchemaSetValidStructuredErrors(
      validator, [](void* sink, xmlErrorPtr e) { *static_cast<std::string*>(sink) += e->message; }, &errors);
  const int result = xmlSchemaValidateFile(validator, xml.c_str(), 0);
  xmlSchemaFreeValidCtxt(validator);
  xmlSchemaFree(schema);
  xmlSchemaFreeParserCtxt(parser);
  return schema != nullptr && result == 0;
}

TEST_F(real_reports, junit_validates_against_the_junit_xsd) {
  for (const char* run : {"full", "failing"}) {
    std::string errors;
    EXPECT_TRUE(valid_against_xsd(file(run, "junit"), errors)) << run << ": " << errors;
  }
}

bool valid_against_schema(const nlohmann::json& doc, std::string& errors) {
  std::ifstream in(ITERCONF_REPORT_SCHEMA);
  const nlohmann::json schema_doc = nlohmann::json::parse(in);
  valijson::Schema schema;
  valijson::SchemaParser parser;
  valijson::adapters::NlohmannJsonAdapter schema_adapter(schema_doc);
  parser.populateSchema(schema_adapter, schema);
  valijson::Validator validator;
  valijson::ValidationResults results;
  valijson::adapters::NlohmannJsonAdapter target(doc);
  const bool ok = validator.validate(schema, target, &results);
  valijson::ValidationResults::Error e;
  while (results.popError(e)) {
    for (const auto& part : e.context) errors += part;
    errors += ": " + e.description + "\n";
  }
  return ok;
}

TEST_F(real_reports, json_validates_against_the_shipped_schema) {
  for (const char* run : {"full", "failing"}) {
    std::string errors;
    EXPECT_TRUE(valid_against_schema(nlohmann::json::parse(read_text(file(run, "json"))), errors)) << run << ": " << errors;
  }
}

TEST_F(real_reports, the_schema_rejects_a_report_that_breaks_it) {
  auto doc = nlohmann::json::parse(read_text(file("failing", "json")));
  doc["results"][0]["outcome"] = "MAYBE";
  std::string errors;
  EXPECT_FALSE(valid_against_schema(doc, errors));
  EXPECT_NE(errors.find("outcome"), std::string::npos) << errors;
}

TEST_F(real_reports, junit_and_json_count_the_same_results) {
  for (const char* run : {"full", "failing"}) {
    pugi::xml_document xml;
    ASSERT_TRUE(xml.load_file(file(run, "junit").c_str()));
    const auto json = nlohmann::json::parse(read_text(file(run, "json")));
    const auto suites = xml.child("testsuites");
    EXPECT_EQ(suites.attribute("tests").as_uint(), json["results"].size()) << run;
    EXPECT_EQ(suites.attribute("errors").as_uint(),
              json["totals"]["ERROR"].get<unsigned>() + json["totals"]["CRASH"].get<unsigned>() +
                  json["totals"]["TIMEOUT"].get<unsigned>())
        << run;
    EXPECT_EQ(suites.attribute("skipped").as_uint(),
              json["totals"]["UNSUPPORTED"].get<unsigned>() + json["totals"]["XFAIL"].get<unsigned>())
        << run;
  }
}

TEST_F(real_reports, markdown_shows_the_gate_the_matrix_and_the_failures) {
  const std::string full = read_text(file("full", "markdown"));
  EXPECT_NE(full.find("**Gate: passed.**"), std::string::npos) << full;
  EXPECT_NE(full.find("| subject | container | cxx | exhaust | gen | in | index | iter | loop | next |"), std::string::npos)
      << full;
  // A line for each subject with results other than PASS, none for the others.
  EXPECT_NE(full.find("| `std::istreambuf_iterator<char>` |"), std::string::npos) << full;
  EXPECT_EQ(full.find("| `std::vector<int>` |"), std::string::npos) << full;
  const std::string failing = read_text(file("failing", "markdown"));
  EXPECT_NE(failing.find("**Gate: FAILED**"), std::string::npos) << failing;
  EXPECT_NE(failing.find("- **ERROR** `std::vector<int>` `x.wrong`: step 2 `next: it`"), std::string::npos) << failing;
}

TEST_F(real_reports, the_html_matrix_is_one_file_with_no_network_access) {
  const std::string html = read_text(file("full", "html"));
  EXPECT_EQ(html.find("http://"), std::string::npos);
  EXPECT_EQ(html.find("https://"), std::string::npos);
  EXPECT_EQ(html.find("<script src"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos);
}

/// Headless Chromium's rendering of a page: the DOM after its scripts ran, and its console.
struct rendered_page {
  std::string dom;
  std::string console;
};

rendered_page render(const std::filesystem::path& page, const temp_dir& dir) {
  const auto profile = dir.path() / "chromium-profile";
  const auto log = dir.path() / "chromium.log";
  // The flags keep a root, headless, offline Chromium from trying the network or a sandbox.
  const std::string command = "chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-quic "
                              "--disable-background-networking --disable-component-update --disable-sync "
                              "--enable-logging=stderr --v=0 --user-data-dir=" + profile.string() +
                              " --dump-dom file://" + page.string() + " 2>" + log.string();
  const auto dom = run_command(command, false);
  return {dom.output, read_text(log)};
}

std::string count_in(const std::string& dom, const std::string& outcome) {
  const std::string marker = "id=\"count-" + outcome + "\" data-count=\"";
  const auto at = dom.find(marker);
  if (at == std::string::npos) return "missing";
  const auto start = at + marker.size();
  return dom.substr(start, dom.find('"', start) - start);
}

TEST_F(real_reports, the_html_matrix_renders_in_chromium_without_console_errors_and_with_the_right_counts) {
  if (run_command("command -v chromium").status != 0) GTEST_SKIP() << "chromium is not installed (.ci/install-deps installs it)";
  for (const char* run : {"full", "failing"}) {
    temp_dir scratch;
    const rendered_page page = render(file(run, "html"), scratch);
    EXPECT_NE(page.dom.find("data-rendered=\"true\""), std::string::npos) << run << "\n" << page.console;
    EXPECT_EQ(page.console.find(":CONSOLE("), std::string::npos) << run << "\n" << page.console;
    const auto json = nlohmann::json::parse(read_text(file(run, "json")));
    for (const char* o : {"PASS", "FAIL", "ERROR", "UNSUPPORTED", "XFAIL"})
      EXPECT_EQ(count_in(page.dom, o), std::to_string(json["totals"][o].get<unsigned>())) << run << " " << o;
    std::set<std::string> subjects;
    for (const auto& r : json["results"]) subjects.insert(r["subject"].get<std::string>());
    std::size_t rows = 0;
    for (auto at = page.dom.find("class=\"subject-row\""); at != std::string::npos;
         at = page.dom.find("class=\"subject-row\"", at + 1))
      ++rows;
    EXPECT_EQ(rows, subjects.size()) << run;
  }
}

}  // namespace
