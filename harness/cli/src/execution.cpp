// Running a plan.
#include "execution.hpp"

#include <algorithm>
#include <map>
#include <mutex>
#include <random>
#include <thread>

#include "iterconf/executor.hpp"

namespace iterconf::cli {
namespace {

// Each subject's items, in plan order (or shuffled by the seed); a subject's cases never run on
// two threads or processes at once.
std::vector<std::vector<std::size_t>> subject_groups(const std::vector<plan_item>& plan,
                                                     const execution_options& options) {
  std::vector<std::vector<std::size_t>> groups;
  std::map<const subject_entry*, std::size_t> group_of;
  for (std::size_t i = 0; i < plan.size(); ++i) {
    auto [it, fresh] = group_of.emplace(plan[i].subject, groups.size());
    if (fresh) groups.emplace_back();
    groups[it->second].push_back(i);
  }
  if (options.seed) {
    std::mt19937_64 random(*options.seed);
    std::shuffle(groups.begin(), groups.end(), random);
    for (auto& g : groups) std::shuffle(g.begin(), g.end(), random);
  }
  return groups;
}

void execute_in_process(const std::vector<plan_item>& plan, std::vector<std::vector<std::size_t>> groups,
                        const execution_options& options, const std::atomic<bool>& stop, const result_sink& record) {
  if (options.seed && options.isolation.jobs <= 1) {
    // One thread: shuffle across subjects too, so a leak between any two cases can show.
    std::vector<std::size_t> all;
    for (const auto& g : groups) all.insert(all.end(), g.begin(), g.end());
    std::shuffle(all.begin(), all.end(), std::mt19937_64(*options.seed + 1));
    groups = {all};
  }
  std::atomic<std::size_t> next_group{0};
  auto work = [&] {
    for (std::size_t g = next_group++; g < groups.size(); g = next_group++) {
      for (std::size_t i : groups[g]) {
        if (stop) return;
        record(i, execute(plan[i]));
      }
    }
  };
  const std::size_t threads = std::min(std::max<std::size_t>(options.isolation.jobs, 1), std::max<std::size_t>(groups.size(), 1));
  std::vector<std::thread> pool;
  for (std::size_t t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (auto& t : pool) t.join();
}

}  // namespace

void execute_plan(const std::vector<plan_item>& plan, const execution_options& options, progress& shown,
                  const std::atomic<bool>& stop, const result_sink& record) {
  std::mutex one_at_a_time;
  const result_sink shown_and_recorded = [&](std::size_t item, case_result&& r) {
    std::lock_guard lock(one_at_a_time);
    shown.add(r);
    record(item, std::move(r));
  };
  auto groups = subject_groups(plan, options);
  // An UNSUPPORTED item runs nothing of the subject's: no child needed for it.
  if (options.isolation.isolate) {
    for (auto& g : groups) {
      std::vector<std::size_t> to_run;
      for (std::size_t i : g) {
        if (plan[i].unsupported) shown_and_recorded(i, execute(plan[i]));
        else to_run.push_back(i);
      }
      g = std::move(to_run);
    }
    // One batch of whole subjects per job: a fork costs more than most subjects' cases.
    const std::size_t jobs = std::max<std::size_t>(options.isolation.jobs, 1);
    std::vector<std::vector<std::size_t>> batches(std::min(jobs, std::max<std::size_t>(groups.size(), 1)));
    for (std::size_t g = 0; g < groups.size(); ++g)
      batches[g % batches.size()].insert(batches[g % batches.size()].end(), groups[g].begin(), groups[g].end());
    execute_isolated(plan, batches, options.isolation, stop, shown_and_recorded);
  } else {
    execute_in_process(plan, std::move(groups), options, stop, shown_and_recorded);
  }
}

}  // namespace iterconf::cli
