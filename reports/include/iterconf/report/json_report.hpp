// The JSON report as data: written by the json reporter, read back by `iterconf merge`.
// Its format is versioned and described by reports/schema/iterconf-report.schema.json.
#pragma once

#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

#include "iterconf/result.hpp"

namespace iterconf::report {

/// The version of the JSON report format this build writes and reads.
inline constexpr int json_report_version = 1;

nlohmann::json to_json(const run_report& run);

/// One result, as the report's "results" hold it (also how isolated workers send results home).
nlohmann::json to_json(const case_result& result);
/// Throws std::exception naming what is missing or wrong.
case_result result_from_json(const nlohmann::json& j);

/// Reads a JSON report; throws input_error naming the file (and the field) when it is not one.
run_report read_json_report(const std::filesystem::path& file);

}  // namespace iterconf::report
