// Side by side with a peer: Boost.Iterator's iterator test helpers and iterconf (its YAML cases
// and its properties) on every mutant of the zoo, in one run, with both kill rates; then the time
// each takes. Run: build/bench/iterconf_peer_bench
#include <benchmark/benchmark.h>

#include <iomanip>
#include <iostream>

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

void print_side_by_side() {
  const auto boost = run_boost_helpers();
  const auto by_cases = killed_by_cases();
  const auto by_properties = killed_by_properties();
  std::size_t width = 6, applicable = 0, boost_kills = 0, boost_kills_applicable = 0, iterconf_kills = 0,
              iterconf_kills_applicable = 0;
  for (const auto& m : mutants::catalog()) width = std::max(width, m.name.size());
  std::cout << std::left << std::setw(static_cast<int>(width)) << "mutant" << "  " << std::setw(28) << "breaks" << "  "
            << std::setw(44) << "Boost.Iterator helpers" << "  iterconf\n";
  for (const auto& m : mutants::catalog()) {
    const auto& b = boost.at(m.name);
    const bool boost_killed = b.applicable && b.errors > 0;
    const bool c = by_cases.count(m.name) > 0, p = by_properties.count(m.name) > 0;
    applicable += b.applicable;
    boost_kills += boost_killed;
    boost_kills_applicable += boost_killed;
    iterconf_kills += c || p;
    iterconf_kills_applicable += b.applicable && (c || p);
    const std::string boost_text =
        !b.applicable ? "n/a (" + b.why_not + ")" : boost_killed ? "killed (" + std::to_string(b.errors) + " errors)" : "survives";
    std::cout << std::left << std::setw(static_cast<int>(width)) << m.name << "  " << std::setw(28) << m.rule << "  "
              << std::setw(44) << boost_text << "  "
              << (c && p ? "killed (cases, properties)" : c ? "killed (cases)" : p ? "killed (properties)" : "survives")
              << '\n';
  }
  const std::size_t total = mutants::catalog().size();
  std::cout << "\nBoost.Iterator helpers: killed " << boost_kills_applicable << " of the " << applicable
            << " mutants they apply to (" << percent(boost_kills_applicable, applicable) << "); " << boost_kills << " of all "
            << total << " (" << percent(boost_kills, total) << ")\n"
            << "iterconf (cases and properties): killed " << iterconf_kills_applicable << " of those " << applicable << " ("
            << percent(iterconf_kills_applicable, applicable) << "); " << iterconf_kills << " of all " << total << " ("
            << percent(iterconf_kills, total) << "); cases alone " << by_cases.size() << ", properties alone "
            << by_properties.size() << "\n\n";
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
