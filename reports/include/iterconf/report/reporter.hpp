// Reporters: each writes one format from the same stream of results. One registration each.
#pragma once

#include <filesystem>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "iterconf/result.hpp"

namespace iterconf::report {

/// Receives every result as it is produced, then the whole run once it is over.
class reporter {
 public:
  virtual ~reporter() = default;
  virtual void on_result(const case_result& /*result*/) {}
  virtual void finish(const run_report& run, std::ostream& out) = 0;
};

/// A registered format: `--report FORMAT:FILE` picks it by name.
struct reporter_entry {
  std::string format;
  std::string description;
  std::function<std::unique_ptr<reporter>()> make;
};

class reporter_registry {
 public:
  static reporter_registry& global();
  void add(reporter_entry entry);
  [[nodiscard]] const reporter_entry* find(const std::string& format) const;
  [[nodiscard]] const std::vector<reporter_entry>& entries() const { return entries_; }

 private:
  std::vector<reporter_entry> entries_;
};

/// Registers a reporter class at program start.
struct reporter_registrar {
  reporter_registrar(std::string format, std::string description, std::function<std::unique_ptr<reporter>()> make) {
    reporter_registry::global().add({std::move(format), std::move(description), std::move(make)});
  }
};

/// Writes `text` to `path` through a temporary file and a rename, so a reader never sees half a
/// report. Throws std::runtime_error naming the path on failure.
void write_atomically(const std::filesystem::path& path, const std::string& text);

}  // namespace iterconf::report

/// Registers `Class` (default-constructible, derived from reporter) as format `format`.
#define ITERCONF_REPORTER(format, description, Class)                                           \
  [[maybe_unused]] static const ::iterconf::report::reporter_registrar iterconf_reporter_##Class{ \
      format, description, [] { return std::unique_ptr<::iterconf::report::reporter>(new Class()); }}
