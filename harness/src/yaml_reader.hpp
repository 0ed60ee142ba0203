// Typed, located reading of yaml-cpp nodes: every mistake becomes a diagnostic at its node.
// yaml-cpp keeps only one of two equal keys when asked by key, so mappings are walked pair by
// pair here and duplicates reported. Files pass input_limits.hpp before yaml-cpp builds nodes.
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
      : file_(std::move(file)), problems_(problems), first_problem_(problems.size()) {}

  /// Parses a whole file; a missing, unreadable, oversized, binary or malformed file is reported
  /// (once) and yields nullopt. `kind` names what it should be: "a case file", "a rules file".
  std::optional<YAML::Node> parse(const std::filesystem::path& path, std::string_view kind);

  [[nodiscard]] location at(const YAML::Node& node) const;
  void error(const YAML::Node& node, std::string message);
  void error_at_file(std::string message);
  [[nodiscard]] const std::string& file() const { return file_; }
  /// Whether a new problem is still shown: false once this file has had `max_problems`, so the
  /// work of a suggestion can be skipped.
  [[nodiscard]] bool reporting() const;
  /// " (did you mean 'next'?)" or "" (always "" once not reporting()).
  [[nodiscard]] std::string did_you_mean(const std::string& word, const std::vector<std::string>& candidates) const;

  /// A mapping whose keys are all in `known` (reported with a suggestion otherwise), none twice.
  std::optional<yaml_mapping> mapping(const YAML::Node& node, std::string_view what,
                                      const std::vector<std::string>& known);
  /// A scalar without control characters (tab and line feed allowed).
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

  void add(diagnostic problem);

  std::string file_;
  std::vector<diagnostic>& problems_;
  std::size_t first_problem_;  // problems_ of other files come before this
};

/// "a mapping", "a list", "'text'" ...: what a node is, for messages (scalars through shown()).
std::string describe(const YAML::Node& node);

}  // namespace iterconf::detail
