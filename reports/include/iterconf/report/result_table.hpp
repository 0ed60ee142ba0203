// The results of a run or a merge, held compactly until they are reported: every string interned
// (a million results name a few hundred subjects, a few thousand cases and a few dozen messages),
// the step, expectation and observation kept only for the results that have them. A result is
// rebuilt in full only while it is handed to the reporters, one at a time.
#pragma once

#include <cstdint>
#include <deque>
#include <functional>
#include <string>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "iterconf/result.hpp"

namespace iterconf::report {

/// Strings by number, each stored once; numbers are given in first-seen order.
class string_pool {
 public:
  std::uint32_t id(std::string_view text);
  [[nodiscard]] const std::string& at(std::uint32_t id) const { return texts_[id]; }
  [[nodiscard]] std::size_t size() const { return texts_.size(); }

 private:
  std::deque<std::string> texts_;  // a deque: the map's views stay valid as it grows
  std::unordered_map<std::string_view, std::uint32_t> ids_;
};

class result_table {
 public:
  /// Adds `r` as the last row.
  void add(const case_result& r);
  [[nodiscard]] std::size_t size() const { return rows_.size(); }
  /// Row `i` rebuilt in full.
  [[nodiscard]] case_result at(std::size_t i) const;
  [[nodiscard]] outcome result_of(std::size_t i) const { return rows_[i].result; }
  /// What tells two results apart: (toolchain, subject, case), each numbered in first-seen order.
  [[nodiscard]] std::tuple<std::uint32_t, std::uint32_t, std::uint32_t> key(std::size_t i) const {
    return {rows_[i].toolchain, rows_[i].subject, rows_[i].case_id};
  }
  [[nodiscard]] const std::string& subject_of(std::size_t i) const { return subjects_.at(rows_[i].subject); }
  [[nodiscard]] const std::string& case_of(std::size_t i) const { return cases_.at(rows_[i].case_id); }
  [[nodiscard]] const std::string& toolchain_of(std::size_t i) const { return toolchains_.at(rows_[i].toolchain); }

  [[nodiscard]] outcome_counts totals() const;
  /// Distinct subjects and cases among the rows.
  [[nodiscard]] std::size_t subjects() const { return subjects_.size(); }
  [[nodiscard]] std::size_t cases() const { return cases_.size(); }

  /// Puts the rows in the order `rows` lists them (each row once; rows left out are dropped).
  void reorder(const std::vector<std::uint32_t>& rows);
  /// The rows sorted by subject, then case, then toolchain, each in first-seen order (stable).
  [[nodiscard]] std::vector<std::uint32_t> first_seen_order() const;
  /// Hands every row, rebuilt, to `each` in order.
  void for_each(const std::function<void(const case_result&)>& each) const;

 private:
  // A step, expectation and observation: FAIL, ERROR, CRASH and TIMEOUT results have them.
  struct details {
    std::optional<std::size_t> step_number;
    std::string step;
    std::string expected;
    std::string observed;
    location step_location;
  };
  struct row {
    std::uint32_t subject, family, toolchain, case_id, area, rules, message, deviation, case_file;
    int case_line, case_column;
    std::uint32_t details;  // in details_, or no_details
    double seconds;
    outcome result;
  };
  static constexpr std::uint32_t no_details = UINT32_MAX;

  std::vector<row> rows_;
  std::vector<details> details_;
  string_pool subjects_, cases_, toolchains_, texts_;
  std::vector<std::vector<std::string>> rule_lists_;
  std::unordered_map<std::string, std::uint32_t> rule_list_ids_;  // the list joined by '\n'
};

}  // namespace iterconf::report
