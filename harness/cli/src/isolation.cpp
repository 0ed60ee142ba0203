// The cases of a run on the isolated runner.
#include "isolation.hpp"

#include <map>
#include <string>

#include "iterconf/executor.hpp"
#include "iterconf/report/json_report.hpp"

namespace iterconf::cli {

void execute_isolated(const std::vector<plan_item>& plan, const std::vector<std::vector<std::size_t>>& batches,
                      const isolation_options& options, const std::atomic<bool>& stop, const result_sink& record) {
  std::map<const subject_entry*, std::size_t> subject_numbers;
  for (const auto& item : plan) subject_numbers.emplace(item.subject, subject_numbers.size());
  isolated_work work;
  work.batches = batches;
  work.subject_of = [&](std::size_t item) { return subject_numbers.at(plan[item].subject); };
  work.run = [&](std::size_t item, const std::function<void(std::size_t)>& at_step) {
    const case_result r = execute(plan[item], at_step);
    // Most results say nothing but their outcome: the parent rebuilds those from its own plan.
    const bool plain = !r.step_number && r.message.empty() && r.expected.empty() && r.observed.empty();
    if (plain) return "outcome " + std::string(name_of(r.result)) + " " + std::to_string(r.seconds);
    return "result " + report::to_json(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  };
  work.accept = [&](std::size_t item, std::string_view line) {
    try {
      if (line.rfind("outcome ", 0) == 0) {
        const auto space = line.find(' ', 8);
        const auto o = outcome_named(line.substr(8, space - 8));
        if (!o || space == std::string_view::npos) return false;
        case_result r = faulted(plan[item], *o, std::nullopt, "");
        r.seconds = std::stod(std::string(line.substr(space + 1)));
        record(item, std::move(r));
        return true;
      }
      if (line.rfind("result ", 0) != 0) return false;
      record(item, report::result_from_json(nlohmann::json::parse(line.substr(7))));
      return true;
    } catch (const std::exception&) {
      return false;
    }
  };
  work.fault = [&](std::size_t item, const unit_fault& f) {
    case_result r = faulted(plan[item], f.result, f.step, f.message);
    r.seconds = f.seconds;
    record(item, std::move(r));
  };
  run_isolated(work, options, stop);
}

}  // namespace iterconf::cli
