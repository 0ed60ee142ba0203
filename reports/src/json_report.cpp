// The JSON report as data: one mapping between run_report and the versioned JSON format.
#include "iterconf/report/json_report.hpp"

#include <exception>
#include <fstream>

namespace iterconf::report {

namespace {

nlohmann::json location_json(const location& l) { return {{"file", l.file}, {"line", l.line}, {"column", l.column}}; }

location location_from(const nlohmann::json& j) {
  return {j.at("file").get<std::string>(), j.at("line").get<int>(), j.at("column").get<int>()};
}

}  // namespace

nlohmann::json to_json(const case_result& r) {
  nlohmann::json j = {{"subject", r.subject},   {"family", r.family},
                      {"toolchain", r.toolchain}, {"case", r.case_id},
                      {"area", r.area},         {"rules", r.rules},
                      {"outcome", std::string(name_of(r.result))},
                      {"message", r.message},   {"seconds", r.seconds},
                      {"case_location", location_json(r.case_location)}};
  if (!r.deviation.empty()) j["deviation"] = r.deviation;
  if (r.step_number) {
    j["step"] = {{"number", *r.step_number}, {"text", r.step}, {"location", location_json(r.step_location)}};
    j["expected"] = r.expected;
    j["observed"] = r.observed;
  }
  return j;
}

case_result result_from_json(const nlohmann::json& j) {
  case_result r;
  r.subject = j.at("subject").get<std::string>();
  r.family = j.at("family").get<std::string>();
  r.toolchain = j.at("toolchain").get<std::string>();
  r.case_id = j.at("case").get<std::string>();
  r.area = j.at("area").get<std::string>();
  r.rules = j.at("rules").get<std::vector<std::string>>();
  const auto name = j.at("outcome").get<std::string>();
  const auto o = outcome_named(name);
  if (!o) throw std::runtime_error("unknown outcome '" + name + "'");
  r.result = *o;
  r.message = j.at("message").get<std::string>();
  r.seconds = j.at("seconds").get<double>();
  r.case_location = location_from(j.at("case_location"));
  if (j.contains("deviation")) r.deviation = j.at("deviation").get<std::string>();
  if (j.contains("step")) {
    const auto& s = j.at("step");
    r.step_number = s.at("number").get<std::size_t>();
    r.step = s.at("text").get<std::string>();
    r.step_location = location_from(s.at("location"));
    r.expected = j.at("expected").get<std::string>();
    r.observed = j.at("observed").get<std::string>();
  }
  return r;
}

nlohmann::ordered_json header_json(const run_summary& summary) {
  const run_report& run = summary.run;
  nlohmann::ordered_json totals = nlohmann::ordered_json::object();
  for (auto o : all_outcomes) totals[std::string(name_of(o))] = summary.totals.of(o);
  return {{"format", "iterconf-report"},
          {"version", json_report_version},
          {"tool", {{"name", "iterconf"}, {"version", run.tool_version}}},
          {"toolchains", run.toolchains},
          {"started_at", run.started_at},
          {"seconds", run.seconds},
          {"seed", run.seed ? nlohmann::ordered_json(*run.seed) : nlohmann::ordered_json(nullptr)},
          {"shard", run.shard ? nlohmann::ordered_json{{"index", run.shard->index}, {"total", run.shard->total}}
                              : nlohmann::ordered_json(nullptr)},
          {"allow_xpass", run.allow_xpass},
          {"incomplete", run.incomplete},
          {"gate_failures", summary.gate_failures()},
          {"totals", totals}};
}

run_report read_json_report(const std::filesystem::path& file, const std::function<void(case_result&&)>& each) {
  std::ifstream in(file);
  if (!in) throw input_error(diagnostic{{file.string(), 0, 0}, "cannot read file"});
  // The header is kept whole; each result is converted as soon as it is parsed, then dropped, so
  // a report of a million results is never held as one document.
  std::string key;
  std::exception_ptr bad_result;
  const nlohmann::json::parser_callback_t one_at_a_time = [&](int depth, nlohmann::json::parse_event_t event,
                                                              nlohmann::json& parsed) {
    if (depth == 1 && event == nlohmann::json::parse_event_t::key) key = parsed.get<std::string>();
    if (depth != 2 || key != "results" || event != nlohmann::json::parse_event_t::object_end) return true;
    if (!bad_result) {
      try {
        each(result_from_json(parsed));
      } catch (const std::exception&) {
        bad_result = std::current_exception();
      }
    }
    return false;
  };
  nlohmann::json doc;
  try {
    doc = nlohmann::json::parse(in, one_at_a_time);
  } catch (const nlohmann::json::parse_error& e) {
    throw input_error(diagnostic{{file.string(), 0, 0}, std::string("not JSON: ") + e.what()});
  }
  try {
    if (!doc.is_object() || doc.value("format", "") != "iterconf-report")
      throw std::runtime_error("not an iterconf report (its \"format\" is not \"iterconf-report\")");
    const int version = doc.at("version").get<int>();
    if (version != json_report_version)
      throw std::runtime_error("report format version " + std::to_string(version) + ", this iterconf reads version " +
                               std::to_string(json_report_version));
    if (bad_result) std::rethrow_exception(bad_result);
    if (!doc.contains("results")) throw std::runtime_error("key 'results' not found");
    run_report run;
    run.tool_version = doc.at("tool").at("version").get<std::string>();
    run.toolchains = doc.at("toolchains").get<std::vector<std::string>>();
    run.started_at = doc.at("started_at").get<std::string>();
    run.seconds = doc.at("seconds").get<double>();
    if (!doc.at("seed").is_null()) run.seed = doc.at("seed").get<unsigned long long>();
    if (!doc.at("shard").is_null())
      run.shard = shard_info{doc.at("shard").at("index").get<std::size_t>(), doc.at("shard").at("total").get<std::size_t>()};
    run.allow_xpass = doc.at("allow_xpass").get<bool>();
    run.incomplete = doc.at("incomplete").get<bool>();
    return run;
  } catch (const std::exception& e) {
    throw input_error(diagnostic{{file.string(), 0, 0}, std::string("not a usable iterconf report: ") + e.what()});
  }
}

}  // namespace iterconf::report
