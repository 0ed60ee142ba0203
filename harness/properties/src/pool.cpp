// A run's checks on the isolated runner (iterconf/isolated_runner.hpp): one unit per check, a
// child per batch of whole subjects, so that two cores check two subjects at once (RapidCheck
// keeps its context in statics: one check per process at a time) and a subject that crashes or
// hangs costs its check only (CRASH, TIMEOUT).
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "iterconf/properties.hpp"

namespace iterconf::properties {
namespace {

std::string encode(const check_result& r) {
  const nlohmann::json j = {{"result", std::string(name_of(r.result))},
                            {"passed", r.passed},
                            {"shrinks", r.shrinks},
                            {"failing_step", r.failing_step},
                            {"step", r.step},
                            {"expected", r.expected},
                            {"observed", r.observed},
                            {"counterexample", r.counterexample},
                            {"message", r.message},
                            {"failing_rules", r.failing_rules},
                            {"regression_case", r.regression_case},
                            {"seconds", r.seconds}};
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::optional<check_result> decode(std::string_view line) {
  try {
    const auto j = nlohmann::json::parse(line);
    check_result r;
    const auto o = outcome_named(j.at("result").get<std::string>());
    if (!o) return std::nullopt;
    r.result = *o;
    r.passed = j.at("passed").get<int>();
    r.shrinks = j.at("shrinks").get<int>();
    r.failing_step = j.at("failing_step").get<std::size_t>();
    r.step = j.at("step").get<std::string>();
    r.expected = j.at("expected").get<std::string>();
    r.observed = j.at("observed").get<std::string>();
    r.counterexample = j.at("counterexample").get<std::string>();
    r.message = j.at("message").get<std::string>();
    r.failing_rules = j.at("failing_rules").get<std::vector<std::string>>();
    r.regression_case = j.at("regression_case").get<std::string>();
    r.seconds = j.at("seconds").get<double>();
    return r;
  } catch (const nlohmann::json::exception&) {
    return std::nullopt;
  }
}

}  // namespace

std::vector<check_result> run_checks(const std::vector<check_job>& jobs, unsigned long long run_seed,
                                     const check_options& options, const isolation_options& isolation,
                                     const std::function<void(std::size_t, const check_result&)>& done,
                                     const std::atomic<bool>& stop) {
  std::vector<check_result> results(jobs.size());
  auto finish = [&](std::size_t i, check_result r) {
    r.seed = run_seed;
    results[i] = std::move(r);
    if (done) done(i, results[i]);
  };
  // An inapplicable check needs no process; the others run subject by subject.
  std::map<const subject_entry*, std::size_t> subject_numbers;
  std::vector<std::vector<std::size_t>> by_subject;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (stop) return results;
    if (!isolation.isolate || why_not_applicable(*jobs[i].prop, *jobs[i].subject)) {
      finish(i, check(*jobs[i].prop, *jobs[i].subject, run_seed, options));
      continue;
    }
    const auto [at, fresh] = subject_numbers.emplace(jobs[i].subject, by_subject.size());
    if (fresh) by_subject.emplace_back();
    by_subject[at->second].push_back(i);
  }
  if (by_subject.empty()) return results;
  isolated_work work;
  work.batches = std::move(by_subject);
  work.subject_of = [&](std::size_t i) { return subject_numbers.at(jobs[i].subject); };
  work.run = [&](std::size_t i, const std::function<void(std::size_t)>&) {
    return encode(check(*jobs[i].prop, *jobs[i].subject, run_seed, options));
  };
  work.accept = [&](std::size_t i, std::string_view line) {
    auto r = decode(line);
    if (r) finish(i, std::move(*r));
    return r.has_value();
  };
  work.fault = [&](std::size_t i, const unit_fault& f) {
    check_result r;
    r.result = f.result;
    r.message = f.message;
    r.seconds = f.seconds;
    finish(i, std::move(r));
  };
  run_isolated(work, isolation, stop);
  return results;
}

}  // namespace iterconf::properties
