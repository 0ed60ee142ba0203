// Rules: the normative statements of spec/, as registered in spec/rules.yaml.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "iterconf/capability.hpp"
#include "iterconf/diagnostic.hpp"
#include "iterconf/python_marker.hpp"

namespace iterconf {

/// RFC 2119 levels; only MUST rules are required to have cases.
enum class level { must, should, may };
std::string_view name_of(level l);

/// One rule of the protocol.
struct rule {
  std::string id;
  level strength = level::must;
  std::string area;
  std::string title;
  std::vector<std::string> sources;
  std::string cpp;
  capability_set applies;
  /// How the rule stands to CPython (`python:`); every rule of the `cxx` area is C++-only.
  python_marker python;
  location where;
};

/// The rules registry.
class rule_book {
 public:
  void add(rule r) { rules_.push_back(std::move(r)); }
  [[nodiscard]] const std::vector<rule>& rules() const { return rules_; }
  [[nodiscard]] const rule* find(std::string_view id) const;
  [[nodiscard]] std::vector<std::string> ids() const;

 private:
  std::vector<rule> rules_;
};

}  // namespace iterconf
