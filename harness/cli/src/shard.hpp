// Which part of the plan this process runs: --shard I/N, or a test runner's sharding protocol
// (Bazel's TEST_TOTAL_SHARDS/TEST_SHARD_INDEX, GoogleTest's GTEST_TOTAL_SHARDS/GTEST_SHARD_INDEX).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "iterconf/plan.hpp"
#include "iterconf/result.hpp"

namespace iterconf::cli {

/// The shard chosen by the command line (`I/N`, I from 1) or else by the environment, or nullopt
/// for the whole plan. Touches the protocol's status file (TEST_SHARD_STATUS_FILE,
/// GTEST_SHARD_STATUS_FILE) to tell the runner that sharding is honoured. Throws input_error
/// naming the option or variable on a bad value.
std::optional<shard_info> chosen_shard(const std::string& option);

/// The items of shard `s`: every N-th item of the plan, so shards differ in size by one at most
/// and the split is the same on every machine.
std::vector<plan_item> shard_of(const std::vector<plan_item>& plan, shard_info s);

}  // namespace iterconf::cli
