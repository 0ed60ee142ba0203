// The reporter catalog and atomic report files.
#include <fstream>
#include <stdexcept>
#include <unistd.h>

#include "iterconf/report/reporter.hpp"

namespace iterconf::report {

reporter_registry& reporter_registry::global() {
  static reporter_registry registry;
  return registry;
}

void reporter_registry::add(reporter_entry entry) {
  if (find(entry.format) != nullptr) throw std::logic_error("iterconf: reporter '" + entry.format + "' registered twice");
  entries_.push_back(std::move(entry));
}

const reporter_entry* reporter_registry::find(const std::string& format) const {
  for (const auto& e : entries_)
    if (e.format == format) return &e;
  return nullptr;
}

void write_atomically(const std::filesystem::path& path, const std::string& text) {
  if (path.has_parent_path()) std::filesystem::create_directories(path.parent_path());
  const std::filesystem::path temporary = path.string() + ".tmp." + std::to_string(::getpid());
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) throw std::runtime_error(path.string() + ": cannot write report");
  }
  std::error_code ec;
  std::filesystem::rename(temporary, path, ec);
  if (ec) {
    std::filesystem::remove(temporary);
    throw std::runtime_error(path.string() + ": cannot write report: " + ec.message());
  }
}

}  // namespace iterconf::report
