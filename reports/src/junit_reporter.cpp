// The JUnit XML report, as Jenkins, GitLab and GitHub test reporters read it: a testsuite per
// subject, a testcase per case.
#include <map>
#include <pugixml.hpp>
#include <sstream>

#include "iterconf/report/reporter.hpp"

namespace iterconf::report {
namespace {

// XML 1.0 cannot carry most control characters, and a subject's error message may hold any byte:
// show them as \xNN rather than write a file no CI parser accepts.
std::string xml_safe(const std::string& text) {
  std::string out;
  for (unsigned char c : text) {
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
      static const char hex[] = "0123456789abcdef";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 0xf];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::string failure_text(const case_result& r) {
  std::ostringstream text;
  if (r.step_number)
    text << "step " << *r.step_number << " (" << r.step << ") at " << r.step_location.file << ':'
         << r.step_location.line << ':' << r.step_location.column << '\n';
  if (!r.expected.empty() || !r.observed.empty())
    text << "expected: " << r.expected << "\nobserved: " << r.observed << '\n';
  if (!r.message.empty()) text << r.message << '\n';
  return xml_safe(text.str());
}

std::string seconds_text(double s) {
  std::ostringstream out;
  out.precision(6);
  out << std::fixed << s;
  return out.str();
}

class junit_reporter final : public reporter {
 public:
  void finish(const run_report& run, std::ostream& out) override {
    std::map<std::string, std::vector<const case_result*>> by_subject;
    std::vector<std::string> order;
    for (const auto& r : run.results) {
      if (by_subject.count(r.subject) == 0) order.push_back(r.subject);
      by_subject[r.subject].push_back(&r);
    }
    pugi::xml_document doc;
    auto decl = doc.append_child(pugi::node_declaration);
    decl.append_attribute("version") = "1.0";
    decl.append_attribute("encoding") = "UTF-8";
    auto suites = doc.append_child("testsuites");
    suites.append_attribute("name") = "iterconf";
    std::size_t all_tests = 0, all_failures = 0, all_errors = 0, all_skipped = 0;
    for (const auto& subject : order) {
      auto suite = suites.append_child("testsuite");
      suite.append_attribute("name") = subject.c_str();
      std::size_t failures = 0, errors = 0, skipped = 0;
      double seconds = 0;
      for (const case_result* r : by_subject[subject]) {
        auto tc = suite.append_child("testcase");
        tc.append_attribute("name") = r->case_id.c_str();
        tc.append_attribute("classname") = ("iterconf." + r->family + "." + r->subject).c_str();
        tc.append_attribute("time") = seconds_text(r->seconds).c_str();
        tc.append_attribute("file") = r->case_location.file.c_str();
        tc.append_attribute("line") = r->case_location.line;
        seconds += r->seconds;
        const std::string name(name_of(r->result));
        switch (info(r->result).junit) {
          case junit_element::none: break;
          case junit_element::failure: {
            ++failures;
            auto f = tc.append_child("failure");
            f.append_attribute("type") = name.c_str();
            f.append_attribute("message") =
                xml_safe(name + ": " +
                         (r->expected.empty() ? r->message : "expected " + r->expected + ", observed " + r->observed))
                    .c_str();
            f.text() = failure_text(*r).c_str();
            break;
          }
          case junit_element::error: {
            ++errors;
            auto e = tc.append_child("error");
            e.append_attribute("type") = name.c_str();
            e.append_attribute("message") = xml_safe(name + ": " + r->message).c_str();
            e.text() = failure_text(*r).c_str();
            break;
          }
          case junit_element::skipped: {
            ++skipped;
            auto s = tc.append_child("skipped");
            s.append_attribute("message") = xml_safe(name + ": " + r->message).c_str();
            break;
          }
        }
      }
      const std::size_t tests = by_subject[subject].size();
      suite.append_attribute("tests") = tests;
      suite.append_attribute("failures") = failures;
      suite.append_attribute("errors") = errors;
      suite.append_attribute("skipped") = skipped;
      suite.append_attribute("time") = seconds_text(seconds).c_str();
      all_tests += tests;
      all_failures += failures;
      all_errors += errors;
      all_skipped += skipped;
    }
    suites.append_attribute("tests") = all_tests;
    suites.append_attribute("failures") = all_failures;
    suites.append_attribute("errors") = all_errors;
    suites.append_attribute("skipped") = all_skipped;
    suites.append_attribute("time") = seconds_text(run.seconds).c_str();
    doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  }
};

}  // namespace

ITERCONF_REPORTER("junit", "JUnit XML for CI test reporters", junit_reporter);

}  // namespace iterconf::report
