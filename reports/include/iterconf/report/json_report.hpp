// The JSON report as data: written by the json reporter, read back by `iterconf merge`.
// Its format is versioned and described by reports/schema/iterconf-report.schema.json.
#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>

#include "iterconf/report/reporter.hpp"
#include "iterconf/result.hpp"

namespace iterconf::report {

/// The version of the JSON report format this build writes and reads.
inline constexpr int json_report_version = 1;

/// The report's fields but its results, in the order the report writes them.
nlohmann::ordered_json header_json(const run_summary& summary);

/// One result, as the report's "results" hold it (also how isolated workers send results home).
nlohmann::json to_json(const case_result& result);
/// Throws std::exception naming what is missing or wrong.
case_result result_from_json(const nlohmann::json& j);

/// Reads a JSON report one result at a time, handing each to `each` as it is parsed, and returns
/// the run's facts (its `results` empty). Throws input_error naming the file (and the field) when
/// it is not one.
run_report read_json_report(const std::filesystem::path& file, const std::function<void(case_result&&)>& each);

}  // namespace iterconf::report
