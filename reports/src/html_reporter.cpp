// The HTML conformance matrix: one self-contained file (no network), subjects by rules, cells
// coloured by outcome, filters by family and outcome, and each cell's steps on a click.
#include <nlohmann/json.hpp>

#include "html_assets.hpp"
#include "iterconf/report/json_report.hpp"
#include "iterconf/report/reporter.hpp"

namespace iterconf::report {
namespace {

// The report's JSON goes inside a <script> element: "</" must not end it early.
std::string script_safe(const std::string& json) {
  std::string out;
  out.reserve(json.size());
  for (std::size_t i = 0; i < json.size(); ++i) {
    if (json[i] == '<' && i + 1 < json.size() && json[i + 1] == '/') out += "<\\";
    else out += json[i];
  }
  return out;
}

class html_reporter final : public reporter {
 public:
  void finish(const run_report& run, std::ostream& out) override {
    const std::string data = to_json(run).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        << "<title>iterconf conformance matrix</title>\n<style>" << detail::matrix_style << "</style>\n</head>\n<body>\n"
        << "<h1>iterconf conformance matrix</h1>\n<p id=\"gate\"></p>\n<div id=\"counts\"></div>\n"
        << "<div id=\"filters\"><label>family <select id=\"family\"><option value=\"\">all</option></select></label>"
        << "<label>outcome <select id=\"outcome\"><option value=\"\">any</option></select></label>"
        << "<span><span id=\"visible-rows\"></span> subjects shown; click a cell for its cases</span></div>\n"
        << "<table class=\"matrix\" id=\"matrix\"></table>\n<div id=\"details\"></div>\n"
        << "<script id=\"iterconf-data\" type=\"application/json\">" << script_safe(data) << "</script>\n"
        << "<script>" << detail::matrix_script << "</script>\n</body>\n</html>\n";
  }
};

}  // namespace

ITERCONF_REPORTER("html", "self-contained conformance matrix: subjects by rules, filters, steps on click",
                  html_reporter);

}  // namespace iterconf::report
