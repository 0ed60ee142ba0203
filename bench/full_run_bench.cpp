// The full built-in run: every case of cases/ on every built-in subject, as `iterconf run` does.
#include <benchmark/benchmark.h>

#include "iterconf/executor.hpp"
#include "iterconf/loader.hpp"

namespace {

void full_builtin_run(benchmark::State& state) {
  const auto rules = iterconf::load_rules(ITERCONF_SPEC_DIR "/rules.yaml");
  const auto cases = iterconf::load_cases(ITERCONF_CASES_DIR, rules.book);
  const auto plan = iterconf::make_plan(iterconf::subject_registry::global(), cases.cases, {});
  for (auto _ : state) {
    std::size_t failed = 0;
    for (const auto& item : plan) failed += iterconf::fails_gate(iterconf::execute(item).result) ? 1 : 0;
    if (failed != 0) state.SkipWithError("the built-in run has unexpected results");
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * plan.size()));
  state.counters["results"] = static_cast<double>(plan.size());
}
BENCHMARK(full_builtin_run)->Unit(benchmark::kMillisecond);

}  // namespace
