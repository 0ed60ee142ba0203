// Typed, located reading of yaml-cpp nodes: every mistake becomes a diagnostic at its node.
// yaml-cpp keeps only one of two equal keys when asked by key, so mappings are walked pair by
// pair here and duplicates reported.
#pragma once

#include <yaml-cpp/yaml.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iterconf/capability.hpp"
#include "iterconf/diagnostic.hpp"

namespace iterconf::detail {

/// A mapping's entries by key (first occurrence), and where each key stands.
struct yaml_mapping {
  std::map<std::string, YAML::Node> values;
  std::map<std::string, YAML::Node> keys;

  [[nodiscard]] bool has(const std::string& key) const { return values.count(key) != 0; }
  [[nodiscard]] const YAML::Node& operator[](const std::string& key) const { return values.at(key); }
};

class yaml_reader {
 public:
  yaml_reader(std::string file, std::vector<diagnostic>& problems)
      : file_(std::move(file)), problems_(problems) {}

  /// Parses a whole file; a missing, unreadable or malformed file is reported and yields nullopt.
  std::optional<YAML::Node> parse(const std::filesystem::path& path);

  [[nodiscard]] location at(const YAML::Node& node) const;
  void error(const YAML::Node& node, std::string message);
  void error_at_file(std::string message);
  [[nodiscard]] const std::string& file() const { return file_; }

  /// A mapping whose keys are all in `known` (reported with a suggestion otherwise), none twice.
  std::optional<yaml_mapping> mapping(const YAML::Node& node, std::string_view what,
                                      const std::vector<std::string>& known);
  std::optional<std::string> string(const YAML::Node& node, std::string_view what);
  std::optional<std::int64_t> integer(const YAML::Node& node, std::string_view what);
  /// An integer no smaller than `minimum` ("count must be at least 1", "raises_at must be 0 or more").
  std::optional<std::int64_t> integer_at_least(const YAML::Node& node, std::string_view what, std::int64_t minimum);
  std::optional<bool> boolean(const YAML::Node& node, std::string_view what);
  std::optional<std::vector<std::string>> string_list(const YAML::Node& node, std::string_view what);
  std::optional<std::vector<std::int64_t>> integer_list(const YAML::Node& node, std::string_view what);
  /// A list of capability names, each known (with a suggestion otherwise).
  std::optional<capability_set> capabilities(const YAML::Node& node, std::string_view what);

 private:
  /// A list whose every entry `read_one` accepts; every bad entry is reported.
  template <class T, class ReadOne>
  std::optional<std::vector<T>> list_of(const YAML::Node& node, std::string_view what, std::string_view kind,
                                        ReadOne read_one);

  std::string file_;
  std::vector<diagnostic>& problems_;
};

/// "a mapping", "a list", "a string" ...: what a node is, for messages.
std::string describe(const YAML::Node& node);

}  // namespace iterconf::detail
