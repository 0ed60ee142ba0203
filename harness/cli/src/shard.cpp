// Sharding.
#include "shard.hpp"

#include <charconv>
#include <cstdlib>
#include <fstream>

#include "iterconf/diagnostic.hpp"

namespace iterconf::cli {

namespace {

[[noreturn]] void bad(const std::string& where, const std::string& message) {
  throw input_error(diagnostic{{where, 0, 0}, message});
}

std::size_t number(const std::string& text, const std::string& where) {
  std::size_t n = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty())
    bad(where, "'" + text + "' is not a whole number");
  return n;
}

const char* env(const char* name) { return std::getenv(name); }

// One protocol: a total, an index from 0, and a status file to touch.
std::optional<shard_info> from_protocol(const char* total_var, const char* index_var, const char* status_var) {
  const char* total = env(total_var);
  const char* index = env(index_var);
  if (total == nullptr && index == nullptr) return std::nullopt;
  if (total == nullptr || index == nullptr)
    bad("<environment>", std::string(total == nullptr ? total_var : index_var) + " is not set but " +
                             (total == nullptr ? index_var : total_var) + " is");
  const shard_info s{number(index, std::string("<environment> ") + index_var),
                     number(total, std::string("<environment> ") + total_var)};
  if (s.total == 0) bad("<environment>", std::string(total_var) + " must be at least 1");
  if (s.index >= s.total)
    bad("<environment>", std::string(index_var) + "=" + index + " must be below " + total_var + "=" + total);
  if (const char* status = env(status_var)) std::ofstream(status, std::ios::app);
  return s;
}

}  // namespace

std::optional<shard_info> chosen_shard(const std::string& option) {
  if (!option.empty()) {
    const auto slash = option.find('/');
    if (slash == std::string::npos) bad("<command line>", "--shard '" + option + "' is not I/N (shard I of N, I from 1)");
    const std::size_t i = number(option.substr(0, slash), "<command line> --shard");
    const std::size_t n = number(option.substr(slash + 1), "<command line> --shard");
    if (n == 0 || i == 0 || i > n) bad("<command line>", "--shard '" + option + "' needs 1 <= I <= N");
    return shard_info{i - 1, n};
  }
  if (auto s = from_protocol("TEST_TOTAL_SHARDS", "TEST_SHARD_INDEX", "TEST_SHARD_STATUS_FILE")) return s;
  return from_protocol("GTEST_TOTAL_SHARDS", "GTEST_SHARD_INDEX", "GTEST_SHARD_STATUS_FILE");
}

std::vector<plan_item> shard_of(const std::vector<plan_item>& plan, shard_info s) {
  std::vector<plan_item> out;
  for (std::size_t i = s.index; i < plan.size(); i += s.total) out.push_back(plan[i]);
  return out;
}

}  // namespace iterconf::cli
