// The JSON report: everything a machine needs, versioned (reports/schema/ describes it).
#include "iterconf/report/json_report.hpp"
#include "iterconf/report/reporter.hpp"

namespace iterconf::report {
namespace {

class json_reporter final : public reporter {
 public:
  void finish(const run_report& run, std::ostream& out) override {
    // A subject's message may hold bytes that are not UTF-8: replace them rather than fail.
    out << to_json(run).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) << '\n';
  }
};

}  // namespace

ITERCONF_REPORTER("json", "machine-readable results (versioned JSON, reports/schema/)", json_reporter);

}  // namespace iterconf::report
