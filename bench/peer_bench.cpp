// Boost.Iterator's test helpers beside iterconf on the mutant zoo: kill rates by zoo part, then timings.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <array>
#include <iomanip>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <string_view>

#include "iterconf/executor.hpp"
#include "iterconf/loader.hpp"
#include "iterconf/plan.hpp"
#include "iterconf/properties.hpp"
#include "mutants/zoo.hpp"
#include "peer_bench.hpp"

namespace iterconf::peer {
namespace {

bool kills(outcome o) { return o == outcome::fail || o == outcome::crash || o == outcome::timeout; }

const std::vector<conformance_case>& cases() {
  static const std::vector<conformance_case> all = [] {
    const auto rules = load_rules(std::filesystem::path(ITERCONF_SPEC_DIR) / "rules.yaml");
    return load_cases(ITERCONF_CASES_DIR, rules.book).cases;
  }();
  return all;
}

/// The mutants iterconf's cases kill (in this process: the mutants never crash or hang).
std::set<std::string> killed_by_cases() {
  std::set<std::string> killed;
  for (const auto& item : make_plan(mutants::zoo(), cases(), {}))
    if (!item.unsupported && !killed.count(item.subject->name) && kills(execute(item).result))
      killed.insert(item.subject->name);
  return killed;
}

/// The mutants iterconf's properties kill (100 sequences per check, a fixed seed).
std::set<std::string> killed_by_properties() {
  std::set<std::string> killed;
  for (const auto& s : mutants::zoo().entries())
    for (const auto& p : properties::catalog())
      if (!killed.count(s.name) && kills(properties::check(p, s, 1, {}).result)) killed.insert(s.name);
  return killed;
}

std::string percent(std::size_t part, std::size_t whole) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(1) << (whole ? 100.0 * static_cast<double>(part) / static_cast<double>(whole) : 0.0)
      << '%';
  return out.str();
}

/// What each side killed in one part of the zoo.
struct tally {
  std::size_t total = 0, applicable = 0, boost_kills = 0, iterconf_kills = 0, iterconf_kills_applicable = 0,
              by_cases = 0, by_properties = 0, only_stronger_helpers = 0;
  std::array<std::size_t, helper_count> helper_applies{}, helper_kills{};

  void add(const boost_verdict& b, bool c, bool p) {
    ++total;
    applicable += b.applicable;
    boost_kills += b.killed();
    iterconf_kills += c || p;
    iterconf_kills_applicable += b.applicable && (c || p);
    by_cases += c;
    by_properties += p;
    for (std::size_t h = 0; h < helper_count; ++h) {
      helper_applies[h] += b.applied[h];
      helper_kills[h] += b.errors_by_helper[h] > 0;
    }
    only_stronger_helpers += b.killed() && !b.killed_by(helper::readable) && !b.killed_by(helper::forward);
  }
};

/// A part's two kill rates, in the lines the whole zoo's always had, then what each helper killed.
void print_tally(std::string_view title, const tally& t) {
  std::cout << title << " (" << t.total << " mutants)\n"
            << "Boost.Iterator helpers: killed " << t.boost_kills << " of the " << t.applicable
            << " mutants they apply to (" << percent(t.boost_kills, t.applicable) << "); " << t.boost_kills
            << " of all " << t.total << " (" << percent(t.boost_kills, t.total) << ")\n"
            << "iterconf (cases and properties): killed " << t.iterconf_kills_applicable << " of those " << t.applicable
            << " (" << percent(t.iterconf_kills_applicable, t.applicable) << "); " << t.iterconf_kills << " of all "
            << t.total << " (" << percent(t.iterconf_kills, t.total) << "); cases alone " << t.by_cases
            << ", properties alone " << t.by_properties << "\n"
            << "Boost.Iterator helpers one by one:";
  for (std::size_t h = 0; h < helper_count; ++h)
    std::cout << (h ? ", " : " ") << helper_names[h] << " killed " << t.helper_kills[h] << " of the "
              << t.helper_applies[h] << " it applies to";
  std::cout << "; killed only by bidirectional or random access: " << t.only_stronger_helpers << "\n\n";
}

/// The zoo's parts, each counted apart, then the whole zoo.
struct part_title {
  std::string_view title;
  std::optional<zoo_part> part;  // none: the whole zoo
};
constexpr std::array<part_title, 3> parts = {{
    {"Original zoo: sequence, container, single-pass and object mutants", zoo_part::original},
    {"New zoo: forward, bidirectional, random-access, storage and writable mutants", zoo_part::cxx_semantics},
    {"Whole zoo", std::nullopt},
}};

std::string boost_text(const boost_verdict& b) {
  if (!b.applicable) return "n/a (" + b.why_not + ")";
  if (!b.killed()) return "survives";
  return "killed (" + std::to_string(b.errors) + " errors" + (b.escaped.empty() ? "" : ", one an exception") + ")";
}

void print_side_by_side() {
  const auto boost = run_boost_helpers();
  const auto by_cases = killed_by_cases();
  const auto by_properties = killed_by_properties();
  std::size_t width = 6, rule_width = 28, boost_width = 44;
  const boost_verdict unvisited;
  const auto verdict = [&](const std::string& name) -> const boost_verdict& {
    const auto found = boost.find(name);
    return found == boost.end() ? unvisited : found->second;
  };
  for (const auto& m : mutants::catalog()) {
    width = std::max(width, m.name.size());
    rule_width = std::max(rule_width, m.rule.size());
    boost_width = std::max(boost_width, boost_text(verdict(m.name)).size());
  }
  const auto column = [](std::size_t w) { return std::setw(static_cast<int>(w)); };
  std::cout << std::left << column(width) << "mutant" << "  " << column(rule_width) << "breaks" << "  "
            << column(boost_width) << "Boost.Iterator helpers" << "  iterconf\n";
  std::array<tally, parts.size()> tallies{};
  for (const auto& m : mutants::catalog()) {
    const auto& b = verdict(m.name);
    const bool c = by_cases.count(m.name) > 0, p = by_properties.count(m.name) > 0;
    for (std::size_t k = 0; k < parts.size(); ++k)
      if (!parts[k].part || parts[k].part == b.part) tallies[k].add(b, c, p);
    std::cout << std::left << column(width) << m.name << "  " << column(rule_width) << m.rule << "  "
              << column(boost_width) << boost_text(b) << "  "
              << (c && p ? "killed (cases, properties)" : c ? "killed (cases)" : p ? "killed (properties)" : "survives")
              << '\n';
  }
  std::cout << '\n';
  for (std::size_t k = 0; k < parts.size(); ++k) print_tally(parts[k].title, tallies[k]);
}

// What each side costs over the whole zoo.
void boost_helpers_on_the_zoo(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(run_boost_helpers());
}
void iterconf_cases_on_the_zoo(benchmark::State& state) {
  cases();
  for (auto _ : state) benchmark::DoNotOptimize(killed_by_cases());
}
void iterconf_properties_on_the_zoo(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(killed_by_properties());
}
BENCHMARK(boost_helpers_on_the_zoo)->Unit(benchmark::kMillisecond);
BENCHMARK(iterconf_cases_on_the_zoo)->Unit(benchmark::kMillisecond);
BENCHMARK(iterconf_properties_on_the_zoo)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace iterconf::peer

int main(int argc, char** argv) {
  iterconf::peer::print_side_by_side();
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
