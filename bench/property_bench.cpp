// Property throughput: operation sequences checked per second on one core (std::vector<int>, the
// cheapest subject, so the figure is the engine's: RapidCheck, the model, the adapters), and the
// whole default `iterconf prop` run over the built-in subjects as a user runs it.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

#include "iterconf/properties.hpp"

namespace {

void property_throughput(benchmark::State& state, const char* property, const char* subject) {
  const auto* s = iterconf::subject_registry::global().find(subject);
  const auto* p = iterconf::properties::find_property(property);
  const int runs = 100;
  unsigned long long seed = 1;
  for (auto _ : state) {
    const auto r = iterconf::properties::check(*p, *s, seed++, {.runs = runs});
    if (r.result != iterconf::outcome::pass) state.SkipWithError("the property failed");
  }
  // A rate over CPU time: sequences per second per core.
  state.counters["sequences_per_s"] =
      benchmark::Counter(static_cast<double>(runs) * static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
}

BENCHMARK_CAPTURE(property_throughput, protocol_on_vector, "prop.protocol", "std::vector<int>")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(property_throughput, sequence_on_vector, "prop.sequence", "std::vector<int>")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(property_throughput, copies_on_vector, "prop.copies", "std::vector<int>")->Unit(benchmark::kMillisecond);

// The default run (100 sequences per check, one check per core at a time), seeded for
// repeatability. Exit 1 (a property failed) is still a timing; only a broken run is an error.
void default_prop_run(benchmark::State& state, const std::string& options) {
  const std::string command = std::string(ITERCONF_CLI) + " prop -q --seed 1 " + options;
  for (auto _ : state) {
    const int status = std::system(command.c_str());
    if (status == -1 || !WIFEXITED(status) || WEXITSTATUS(status) > 1) state.SkipWithError(("failed: " + command).c_str());
  }
}

void default_prop_run_all_cores(benchmark::State& state) { default_prop_run(state, ""); }
void default_prop_run_two_jobs(benchmark::State& state) { default_prop_run(state, "--jobs 2"); }
void default_prop_run_one_job(benchmark::State& state) { default_prop_run(state, "--jobs 1"); }

BENCHMARK(default_prop_run_all_cores)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(default_prop_run_two_jobs)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);
BENCHMARK(default_prop_run_one_job)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(3);

}  // namespace
