// Report targets.
#include "report_targets.hpp"

#include <iostream>
#include <sstream>

namespace iterconf::cli {

std::optional<std::vector<report_target>> parse_report_targets(const std::vector<std::string>& specs) {
  std::vector<report_target> out;
  for (const auto& spec : specs) {
    const auto colon = spec.find(':');
    const std::string format = spec.substr(0, colon);
    const auto* entry = report::reporter_registry::global().find(format);
    if (colon == std::string::npos || colon + 1 == spec.size() || entry == nullptr) {
      std::string known;
      for (const auto& e : report::reporter_registry::global().entries()) known += (known.empty() ? "" : ", ") + e.format;
      std::cerr << "<command line>: error: --report '" << spec << "' is not FORMAT:FILE with FORMAT one of " << known
                << '\n';
      return std::nullopt;
    }
    out.push_back({entry, spec.substr(colon + 1)});
  }
  return out;
}

bool write_reports(const run_report& run, const std::vector<report_target>& targets) {
  bool ok = true;
  for (const auto& target : targets) {
    try {
      std::ostringstream text;
      target.entry->make()->finish(run, text);
      report::write_atomically(target.file, text.str());
    } catch (const std::exception& e) {
      std::cerr << "iterconf: error: " << e.what() << '\n';
      ok = false;
    }
  }
  return ok;
}

void print_summary(const run_report& run, const std::vector<report_target>& targets) {
  report::reporter_registry::global().find("console")->make()->finish(run, std::cout);
  for (const auto& target : targets)
    std::cout << "iterconf: wrote " << target.entry->format << " report " << target.file << '\n';
}

}  // namespace iterconf::cli
