// What a run prints while it runs: a progress line on a terminal, every result with --verbose,
// nothing with --quiet.
#pragma once

#include <chrono>
#include <cstddef>
#include <mutex>

#include "iterconf/result.hpp"

namespace iterconf::cli {

enum class verbosity { quiet, normal, verbose };

class progress {
 public:
  progress(verbosity level, std::size_t total);
  ~progress();
  progress(const progress&) = delete;
  progress& operator=(const progress&) = delete;

  /// One result is in; safe to call from several threads.
  void add(const case_result& r);

 private:
  void clear_line();

  verbosity level_;
  std::size_t total_;
  std::size_t done_ = 0;
  bool terminal_;
  bool line_shown_ = false;
  std::chrono::steady_clock::time_point last_draw_{};
  std::mutex mutex_;
};

}  // namespace iterconf::cli
