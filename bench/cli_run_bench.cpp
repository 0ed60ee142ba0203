// The whole `iterconf run` over the built-in subjects as a user runs it, with subjects isolated in
// child processes (the default) and in the one process: the price of isolation.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <string>

namespace {

void run_cli(benchmark::State& state, const std::string& options) {
  const std::string command = std::string(ITERCONF_CLI) + " run -q --expectations " ITERCONF_EXPECTATIONS " " + options;
  for (auto _ : state) {
    if (std::system(command.c_str()) != 0) state.SkipWithError(("failed: " + command).c_str());
  }
}

void full_run_isolated(benchmark::State& state) { run_cli(state, ""); }
void full_run_in_process(benchmark::State& state) { run_cli(state, "--no-isolate"); }
void full_run_isolated_two_jobs(benchmark::State& state) { run_cli(state, "--jobs 2"); }

BENCHMARK(full_run_isolated)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(full_run_in_process)->Unit(benchmark::kMillisecond)->UseRealTime();
BENCHMARK(full_run_isolated_two_jobs)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
