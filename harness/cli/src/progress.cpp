// Progress output.
#include "progress.hpp"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace iterconf::cli {

progress::progress(verbosity level, std::size_t total)
    : level_(level), total_(total), terminal_(level != verbosity::quiet && ::isatty(STDOUT_FILENO) == 1) {}

progress::~progress() {
  std::lock_guard lock(mutex_);
  clear_line();
}

void progress::clear_line() {
  if (!line_shown_) return;
  std::cout << "\r\033[K" << std::flush;
  line_shown_ = false;
}

void progress::add(const case_result& r) {
  std::lock_guard lock(mutex_);
  ++done_;
  if (level_ == verbosity::verbose) {
    clear_line();
    std::cout << name_of(r.result) << "  " << r.subject << "  " << r.case_id;
    if (!r.message.empty() && r.result == outcome::unsupported) std::cout << "  (" << r.message << ')';
    std::cout << '\n';
  }
  if (!terminal_) return;
  // Redrawing for every result would cost more than running most cases.
  const auto now = std::chrono::steady_clock::now();
  if (done_ != total_ && now - last_draw_ < std::chrono::milliseconds(100)) return;
  last_draw_ = now;
  std::string line = "[" + std::to_string(done_) + "/" + std::to_string(total_) + "] " + r.subject + "  " + r.case_id;
  if (line.size() > 100) line.resize(100);
  std::cout << "\r\033[K" << line << std::flush;
  line_shown_ = true;
}

}  // namespace iterconf::cli
