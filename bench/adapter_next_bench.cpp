// The cost of one next() through the adapter, against a raw loop over the same std::vector<int>.
#include <benchmark/benchmark.h>

#include <numeric>
#include <vector>

#include "iterconf/registry.hpp"

namespace {

constexpr std::size_t items = 4096;

std::vector<iterconf::value> given_values() {
  std::vector<iterconf::value> v(items);
  std::iota(v.begin(), v.end(), 0);
  return v;
}

void raw_loop(benchmark::State& state) {
  const auto given = given_values();
  const std::vector<int> data(given.begin(), given.end());
  for (auto _ : state) {
    long sum = 0;
    for (auto it = data.begin(); it != data.end(); ++it) sum += *it;
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * items));
}
BENCHMARK(raw_loop);

// The same loop observing each item, as a consumer does (no vectorised sum).
void raw_loop_observed(benchmark::State& state) {
  const auto given = given_values();
  const std::vector<int> data(given.begin(), given.end());
  for (auto _ : state) {
    for (auto it = data.begin(); it != data.end(); ++it) {
      int item = *it;
      benchmark::DoNotOptimize(item);
    }
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * items));
}
BENCHMARK(raw_loop_observed);

void adapter_next(benchmark::State& state) {
  const auto given = given_values();
  const auto* subject = iterconf::subject_registry::global().find("std::vector<int>");
  iterconf::probe events;
  iterconf::step_budget budget(~std::size_t{0});
  auto object = subject->make(iterconf::subject_input{given, events, budget, std::nullopt, -1});
  for (auto _ : state) {
    auto it = std::get<iterconf::iterator_ptr>(object->iter());
    long sum = 0;
    for (auto s = it->next(); s.kind == iterconf::signal_kind::item; s = it->next()) sum += s.item;
    benchmark::DoNotOptimize(sum);
  }
  state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations() * items));
}
BENCHMARK(adapter_next);

}  // namespace
