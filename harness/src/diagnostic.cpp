// Diagnostics and "did you mean" suggestions.
#include "iterconf/diagnostic.hpp"

#include <algorithm>
#include <numeric>

namespace iterconf {

std::string diagnostic::str() const {
  std::string out = where.file.empty() ? std::string("<input>") : where.file;
  if (where.line > 0) {
    out += ':' + std::to_string(where.line);
    if (where.column > 0) out += ':' + std::to_string(where.column);
  }
  return out + (severity == level::warning ? ": warning: " : ": error: ") + message;
}

namespace {

std::string join_problems(const std::vector<diagnostic>& problems) {
  std::string text;
  for (const auto& p : problems) {
    if (!text.empty()) text += '\n';
    text += p.str();
  }
  return text;
}

std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

}  // namespace

input_error::input_error(std::vector<diagnostic> problems)
    : std::runtime_error(join_problems(problems)), problems_(std::move(problems)) {}

input_error::input_error(diagnostic problem) : input_error(std::vector<diagnostic>{std::move(problem)}) {}

std::string closest_match(const std::string& word, const std::vector<std::string>& candidates) {
  // Nobody misspells a word of 64 letters, or one among thousands: a suggestion there would
  // cost time (the distance is quadratic) and help no one.
  if (word.size() > 64 || candidates.size() > 1000) return "";
  std::string best;
  // A suggestion is only useful when it is much closer than a random word.
  std::size_t best_distance = std::max<std::size_t>(2, word.size() / 3) + 1;
  for (const auto& c : candidates) {
    // The lengths alone bound the distance from below.
    if ((c.size() > word.size() ? c.size() - word.size() : word.size() - c.size()) >= best_distance) continue;
    std::size_t d = edit_distance(word, c);
    if (d < best_distance) {
      best_distance = d;
      best = c;
    }
  }
  return best;
}

}  // namespace iterconf
