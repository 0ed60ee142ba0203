// Diagnostics in the compiler's format, so editors and CI annotate the offending line.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace iterconf {

/// A place in an input file; line and column count from 1, 0 means "unknown".
struct location {
  std::string file;
  int line = 0;
  int column = 0;
};

/// One problem found in the input: `file:line:column: error: message`. A warning does not stop
/// the command, unless it is asked to be strict.
struct diagnostic {
  enum class level { error, warning };
  location where;
  std::string message;
  level severity = level::error;

  [[nodiscard]] std::string str() const;
};

/// Thrown when input (a case file, the rules registry, a selector) cannot be used.
/// Carries every problem found, not only the first.
class input_error : public std::runtime_error {
 public:
  explicit input_error(std::vector<diagnostic> problems);
  explicit input_error(diagnostic problem);

  [[nodiscard]] const std::vector<diagnostic>& problems() const noexcept { return problems_; }

 private:
  std::vector<diagnostic> problems_;
};

/// A "did you mean" suggestion: the closest of `candidates` to `word`, or "" if none is close
/// (or `word` is longer than 64 bytes, or there are more than 1000 candidates).
std::string closest_match(const std::string& word, const std::vector<std::string>& candidates);

}  // namespace iterconf
