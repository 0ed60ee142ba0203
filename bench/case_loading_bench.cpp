// Loading and validating generated cases: cases per second.
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>

#include "iterconf/loader.hpp"

namespace {

constexpr int generated_cases = 10000;

std::filesystem::path generated_file() {
  const auto path = std::filesystem::temp_directory_path() / "iterconf-bench-cases.yaml";
  std::ofstream out(path);
  for (int i = 0; i < generated_cases; ++i) {
    out << "- id: bench.case-" << i << "\n  rule: exhaust.sticky\n  summary: generated case " << i
        << "\n  given: [1, 2, 3, " << i << "]\n  requires: [finite]\n  steps:\n    - iter: it\n    - next: it\n"
        << "      probe: { produced: 1 }\n    - drain: it\n    - next: it\n      expect: end\n"
        << "    - contains: " << i << "\n";
  }
  return path;
}

void load_generated_cases(benchmark::State& state) {
  const auto rules = iterconf::load_rules(ITERCONF_SPEC_DIR "/rules.yaml");
  const auto file = generated_file();
  for (auto _ : state) {
    auto loaded = iterconf::load_case_file(file, rules.book);
    if (loaded.cases.size() != generated_cases) state.SkipWithError("not every generated case loaded");
    benchmark::DoNotOptimize(loaded);
  }
  state.SetItemsProcessed(state.iterations() * generated_cases);
  std::filesystem::remove(file);
}
BENCHMARK(load_generated_cases)->Unit(benchmark::kMillisecond);

}  // namespace
