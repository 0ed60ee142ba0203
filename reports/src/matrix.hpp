// The conformance matrix the Markdown and HTML reports show: subjects (per toolchain) by rule areas.
#pragma once

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
  explicit area_matrix(const run_report& run);

  [[nodiscard]] const std::vector<matrix_row>& rows() const { return rows_; }
  [[nodiscard]] const std::vector<std::string>& areas() const { return areas_; }
  [[nodiscard]] const matrix_cell& at(std::size_t row, std::size_t area) const { return cells_[row * areas_.size() + area]; }

 private:
  std::vector<matrix_row> rows_;
  std::vector<std::string> areas_;
  std::vector<matrix_cell> cells_;
};

/// Outcomes from most to least severe, for "worst of" decisions.
const std::vector<outcome>& outcomes_by_severity();

}  // namespace iterconf::report::detail
