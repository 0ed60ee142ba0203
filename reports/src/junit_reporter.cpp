// The JUnit XML report, as Jenkins, GitLab and GitHub test reporters read it: a testsuite per
// subject, a testcase per case, written as the results come.
#include <pugixml.hpp>
#include <sstream>

#include "builtin_reporters.hpp"
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

// Written a testsuite at a time: a subject's testcases are kept until its last result (the
// suite's counts come first, as attributes), then written and dropped.
class junit_reporter final : public reporter {
 public:
  void begin(const run_summary& run, std::ostream& out) override {
    auto count = [&](junit_element element) {
      std::size_t n = 0;
      for (auto o : all_outcomes)
        if (info(o).junit == element) n += run.totals.of(o);
      return n;
    };
    const std::size_t failures = count(junit_element::failure), errors = count(junit_element::error),
                      skipped = count(junit_element::skipped);
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"iterconf\" tests=\"" << run.totals.total()
        << "\" failures=\"" << failures << "\" errors=\"" << errors << "\" skipped=\"" << skipped << "\" time=\""
        << seconds_text(run.run.seconds) << "\">\n";
  }

  void on_result(const case_result& r, std::ostream& out) override {
    if (!suite_ || suite_.attribute("name").value() != r.subject) {
      write_suite(out);
      suite_ = doc_.append_child("testsuite");
      suite_.append_attribute("name") = r.subject.c_str();
    }
    auto tc = suite_.append_child("testcase");
    tc.append_attribute("name") = r.case_id.c_str();
    tc.append_attribute("classname") = ("iterconf." + r.family + "." + r.subject).c_str();
    tc.append_attribute("time") = seconds_text(r.seconds).c_str();
    tc.append_attribute("file") = r.case_location.file.c_str();
    tc.append_attribute("line") = r.case_location.line;
    ++tests_;
    seconds_ += r.seconds;
    const std::string name(name_of(r.result));
    switch (info(r.result).junit) {
      case junit_element::none: break;
      case junit_element::failure: {
        ++failures_;
        auto f = tc.append_child("failure");
        f.append_attribute("type") = name.c_str();
        f.append_attribute("message") =
            xml_safe(name + ": " + (r.expected.empty() ? r.message : "expected " + r.expected + ", observed " + r.observed))
                .c_str();
        f.text() = failure_text(r).c_str();
        break;
      }
      case junit_element::error: {
        ++errors_;
        auto e = tc.append_child("error");
        e.append_attribute("type") = name.c_str();
        e.append_attribute("message") = xml_safe(name + ": " + r.message).c_str();
        e.text() = failure_text(r).c_str();
        break;
      }
      case junit_element::skipped: {
        ++skipped_;
        auto s = tc.append_child("skipped");
        s.append_attribute("message") = xml_safe(name + ": " + r.message).c_str();
        break;
      }
    }
  }

  void finish(const run_summary& /*run*/, std::ostream& out) override {
    write_suite(out);
    out << "</testsuites>\n";
  }

 private:
  void write_suite(std::ostream& out) {
    if (!suite_) return;
    suite_.append_attribute("tests") = tests_;
    suite_.append_attribute("failures") = failures_;
    suite_.append_attribute("errors") = errors_;
    suite_.append_attribute("skipped") = skipped_;
    suite_.append_attribute("time") = seconds_text(seconds_).c_str();
    suite_.print(out, "  ", pugi::format_default, pugi::encoding_utf8, 1);
    doc_.remove_child(suite_);
    suite_ = {};
    tests_ = failures_ = errors_ = skipped_ = 0;
    seconds_ = 0;
  }

  pugi::xml_document doc_;
  pugi::xml_node suite_;
  std::size_t tests_ = 0, failures_ = 0, errors_ = 0, skipped_ = 0;
  double seconds_ = 0;
};

}  // namespace

reporter_entry junit_reporter_entry() {
  return entry_of<junit_reporter>("junit", "JUnit XML for CI test reporters");
}

}  // namespace iterconf::report
