// The full built-in run: every case of cases/ on every built-in subject, as `iterconf run` does.
#include <benchmark/benchmark.h>

#include "iterconf/executor.hpp"
#include "iterconf/expectations.hpp"
#include "iterconf/loader.hpp"

namespace {

void full_builtin_run(benchmark::State& state) {
  const auto rules = iterconf::load_rules(ITERCONF_SPEC_DIR "/rules.yaml");
  const auto cases = iterconf::load_cases(ITERCONF_CASES_DIR, rules.book);
  const auto plan = iterconf::make_plan(iterconf::subject_registry::global(), cases.cases, {});
  const auto known = iterconf::load_expectations(ITERCONF_EXPECTATIONS);
  for (auto _ : state) {
    std::vector<iterconf::case_result> results;
    results.reserve(plan.size());
    for (const auto& item : plan) results.push_back(iterconf::execute(item));
    iterconf::apply_expectations(results, known.entries);
    for (const auto& r : results)
      if (iterconf::fails_gate(r.result)) state.SkipWithError("the built-in run has unexpected results");
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * plan.size()));
  state.counters["results"] = static_cast<double>(plan.size());
}
BENCHMARK(full_builtin_run)->Unit(benchmark::kMillisecond);

}  // namespace
