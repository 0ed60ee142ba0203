// The JSON report: everything a machine needs, versioned (reports/schema/ describes it).
#include <nlohmann/json.hpp>

#include "iterconf/report/reporter.hpp"

namespace iterconf::report {
namespace {

nlohmann::json location_json(const location& l) {
  return {{"file", l.file}, {"line", l.line}, {"column", l.column}};
}

class json_reporter final : public reporter {
 public:
  void finish(const run_report& run, std::ostream& out) override {
    nlohmann::json totals = nlohmann::json::object();
    const outcome_counts counts = run.totals();
    for (auto o : all_outcomes) totals[std::string(name_of(o))] = counts.of(o);
    nlohmann::json results = nlohmann::json::array();
    for (const auto& r : run.results) {
      nlohmann::json j = {{"subject", r.subject},  {"family", r.family},
                          {"case", r.case_id},      {"area", r.area},
                          {"rules", r.rules},       {"outcome", std::string(name_of(r.result))},
                          {"message", r.message},   {"seconds", r.seconds},
                          {"case_location", location_json(r.case_location)}};
      if (r.step_number) {
        j["step"] = {{"number", *r.step_number}, {"text", r.step}, {"location", location_json(r.step_location)}};
        j["expected"] = r.expected;
        j["observed"] = r.observed;
      }
      results.push_back(std::move(j));
    }
    nlohmann::json doc = {{"format", "iterconf-report"},
                          {"version", 1},
                          {"tool", {{"name", "iterconf"}, {"version", run.tool_version}}},
                          {"toolchain", run.toolchain},
                          {"started_at", run.started_at},
                          {"seconds", run.seconds},
                          {"seed", run.seed ? nlohmann::json(*run.seed) : nlohmann::json(nullptr)},
                          {"totals", totals},
                          {"results", results}};
    out << doc.dump(2) << '\n';
  }
};

}  // namespace

ITERCONF_REPORTER("json", "machine-readable results (versioned JSON)", json_reporter);

}  // namespace iterconf::report
