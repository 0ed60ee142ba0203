// The JSON report: everything a machine needs, versioned (reports/schema/ describes it). Written
// as the results come, one result a line.
#include "iterconf/report/json_report.hpp"
#include "builtin_reporters.hpp"
#include "iterconf/report/reporter.hpp"

namespace iterconf::report {
namespace {

// A subject's message may hold bytes that are not UTF-8: replace them rather than fail.
template <class Json>
std::string text_of(const Json& j, int indent = -1) {
  return j.dump(indent, ' ', false, nlohmann::json::error_handler_t::replace);
}

class json_reporter final : public reporter {
 public:
  void begin(const run_summary& run, std::ostream& out) override {
    std::string header = text_of(header_json(run), 2);
    header.pop_back();  // the closing brace: the results follow
    while (!header.empty() && header.back() == '\n') header.pop_back();
    out << header << ",\n  \"results\": [";
  }
  void on_result(const case_result& result, std::ostream& out) override {
    out << (first_ ? "\n    " : ",\n    ") << text_of(to_json(result));
    first_ = false;
  }
  void finish(const run_summary& /*run*/, std::ostream& out) override { out << (first_ ? "]\n}\n" : "\n  ]\n}\n"); }

 private:
  bool first_ = true;
};

}  // namespace

reporter_entry json_reporter_entry() {
  return entry_of<json_reporter>("json", "machine-readable results (versioned JSON, reports/schema/)");
}

}  // namespace iterconf::report
