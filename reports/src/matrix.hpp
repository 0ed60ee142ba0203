// The conformance matrix the Markdown and HTML reports show: subjects (per toolchain) by rule areas.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "iterconf/result.hpp"

namespace iterconf::report::detail {

/// The outcomes of the results that fall in one cell.
struct matrix_cell {
  outcome_counts counts;
  /// The most severe outcome that ran (UNSUPPORTED only when nothing else did).
  [[nodiscard]] outcome worst() const;
  /// Results that ran: everything but UNSUPPORTED.
  [[nodiscard]] std::size_t ran() const;
};

struct matrix_row {
  std::string subject;
  std::string family;
  std::string toolchain;
};

/// Rows are subjects (one per toolchain when the report has several), columns the rule areas.
class area_matrix {
 public:
  /// Counts one more result (each once, as they come).
  void add(const case_result& r);

  [[nodiscard]] const std::vector<matrix_row>& rows() const { return rows_; }
  /// The areas in alphabetical order.
  [[nodiscard]] const std::vector<std::string>& areas() const { return areas_; }
  /// An empty cell where no result fell.
  [[nodiscard]] const matrix_cell& at(std::size_t row, std::size_t area) const;

 private:
  std::vector<matrix_row> rows_;
  std::vector<std::string> areas_;
  std::map<std::pair<std::string, std::string>, std::size_t> row_of_;
  std::size_t last_row_ = 0;
  std::map<std::pair<std::size_t, std::string>, matrix_cell> cells_;
};

/// Outcomes from most to least severe, for "worst of" decisions.
const std::vector<outcome>& outcomes_by_severity();

}  // namespace iterconf::report::detail
