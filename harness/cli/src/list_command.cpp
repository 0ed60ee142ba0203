// `iterconf list subjects|cases|rules|outcomes|reporters`.
#include <fnmatch.h>

#include <algorithm>
#include <iomanip>
#include <iostream>

#include "commands.hpp"
#include "iterconf/outcome.hpp"
#include "iterconf/registry.hpp"
#include "iterconf/report/reporter.hpp"
#include "load_inputs.hpp"

namespace iterconf::cli {
namespace {

bool selected(const std::vector<std::string>& patterns, const std::string& name) {
  if (patterns.empty()) return true;
  for (const auto& p : patterns)
    if (fnmatch(p.c_str(), name.c_str(), 0) == 0) return true;
  return false;
}

std::string joined(const std::vector<std::string>& words, const char* separator) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : separator) + w;
  return out;
}

}  // namespace

int list(const list_options& options) {
  if (options.what == "outcomes") {
    for (auto o : all_outcomes)
      std::cout << info(o).name << (fails_gate(o) ? "  fails the gate  " : "  passes the gate  ") << info(o).meaning
                << '\n';
    return exit_ok;
  }
  if (options.what == "capabilities") {
    constexpr std::string_view sources[] = {"detected", "declared", "derived"};
    for (const auto& name : capability_names()) {
      const auto& row = info(*capability_named(name));
      std::cout << row.name << "  " << sources[static_cast<std::size_t>(row.source)] << "  " << row.meaning << '\n';
    }
    return exit_ok;
  }
  if (options.what == "reporters") {
    std::size_t width = 0;
    for (const auto& r : report::reporter_registry::global().entries()) width = std::max(width, r.format.size());
    for (const auto& r : report::reporter_registry::global().entries())
      std::cout << std::left << std::setw(static_cast<int>(width + 2)) << r.format << r.description << '\n';
    return exit_ok;
  }
  if (options.what == "subjects") {
    for (const auto& s : subject_registry::global().entries()) {
      if (!selected(options.select.subjects, s.name)) continue;
      std::cout << s.name << "  [" << s.family << "] " << s.traits.description << "\n    order "
                << name_of(s.traits.sequence) << ", domain " << s.traits.domain.description() << "; iter() by "
                << name_of(s.shape.iteration) << ", a " << name_of(s.shape.role) << ", membership by "
                << name_of(s.shape.membership) << "; " << joined(s.capabilities.names(), " ") << '\n';
      for (const auto& [c, why] : s.missing) std::cout << "    not " << name_of(c) << ": " << why << '\n';
    }
    return exit_ok;
  }
  auto loaded = load_inputs(options.from);
  if (!loaded) return exit_input_error;
  if (options.what == "rules") {
    for (const auto& r : loaded->rules.rules())
      if (selected(options.select.rules, r.id))
        std::cout << r.id << "  " << name_of(r.strength) << "  " << r.title << '\n';
    return exit_ok;
  }
  for (const auto& c : loaded->cases)
    if (selected(options.select.cases, c.id))
      std::cout << c.id << "  [" << joined(c.rules, ", ") << "]  " << c.where.file << ':' << c.where.line << "\n    "
                << c.summary << '\n';
  return exit_ok;
}

}  // namespace iterconf::cli
