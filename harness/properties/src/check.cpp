// One property on one subject: RapidCheck generates the values and the sequences, written as
// cases that the case runner runs against the model, and shrinks a failure to a minimal case.
#include <chrono>
#include <iostream>
#include <ostream>

#include <rapidcheck.h>
#include <rapidcheck/detail/Configuration.h>

#include "generated_case.hpp"
#include "iterconf/case_writer.hpp"
#include "iterconf/executor.hpp"
#include "iterconf/properties.hpp"
#include "sequence_generator.hpp"

namespace iterconf::properties {
namespace detail {

/// The values a sequence runs on, and where the subject raises (shown in a counterexample).
struct given_values {
  std::vector<value> values;
  std::optional<std::size_t> raises_at;
};

void showValue(const given_values& g, std::ostream& os) {
  os << "given [";
  for (std::size_t i = 0; i < g.values.size(); ++i) os << (i ? ", " : "") << g.values[i];
  os << "]";
  if (g.raises_at) os << ", raising at item " << *g.raises_at;
}

namespace {

/// Values the subject can represent (traits.hpp, shaped_for_domain).
std::vector<value> values_for(const subject_entry& s, std::vector<value> given) {
  auto shaped = shaped_for_domain(s.traits.domain, std::move(given));
  if (!shaped) RC_DISCARD("no shape of values fits the subject's domain");
  return std::move(*shaped);
}

rc::Gen<given_values> given_for(const property& p, const subject_entry& s) {
  const bool raising = p.injects_errors && s.capabilities.has(capability::raises) &&
                       is_ordered(s.traits.sequence);
  return rc::gen::exec([&s, raising] {
    given_values g;
    // Values from -20 to 20 that shrink towards 0: 0, -1, 1, -2, 2, ...
    const auto small = rc::gen::map(rc::gen::inRange<value>(0, 41), [](value k) { return k % 2 ? -(k + 1) / 2 : k / 2; });
    g.values = values_for(s, *rc::gen::scale(0.5, rc::gen::container<std::vector<value>>(small)));
    // One sequence in three raises, somewhere among the items (or just past them: never reached).
    if (raising && *rc::gen::inRange(0, 3) == 0) g.raises_at = *rc::gen::inRange<std::size_t>(0, g.values.size() + 2);
    return g;
  });
}

// RapidCheck reads its configuration (RC_PARAMS) once and announces it on stderr; every check here
// gets its parameters explicitly, so the announcement would only be noise.
void load_configuration_quietly() {
  static const bool loaded = [] {
    std::streambuf* saved = std::cerr.rdbuf(nullptr);
    rc::detail::configuration();
    std::cerr.rdbuf(saved);
    std::cerr.clear();
    return true;
  }();
  (void)loaded;
}

struct quiet_listener final : rc::detail::TestListener {
  void onTestCaseFinished(const rc::detail::CaseDescription&) override {}
  void onShrinkTried(const rc::detail::CaseDescription&, bool) override {}
  void onTestFinished(const rc::detail::TestMetadata&, const rc::detail::TestResult&) override {}
};

/// `text` as YAML comments, line by line.
std::string commented(const std::string& text) {
  std::string out;
  std::size_t from = 0;
  while (from < text.size()) {
    const std::size_t to = text.find('\n', from);
    const std::string line = text.substr(from, to == std::string::npos ? std::string::npos : to - from);
    out += line.empty() ? "#\n" : "# " + line + "\n";
    if (to == std::string::npos) break;
    from = to + 1;
  }
  return out;
}

}  // namespace

/// A generated case's failure as a check result: the minimal case's failing step, its transcript
/// and the same case in the case format, to be replayed by `iterconf run --cases`.
void describe_case_failure(check_result& out, const minimal_failure& found, const std::string& given,
                           const subject_entry& s) {
  const case_result& r = found.result;
  out.result = r.result;  // an ERROR or CRASH of a generated case keeps its outcome
  out.failing_step = r.step_number.value_or(0);
  out.step = r.step.empty() ? "the factory" : r.step;
  out.expected = r.expected;
  out.observed = r.observed.empty() ? r.message : r.observed;
  out.counterexample = "  " + given + "\n";
  for (std::size_t i = 0; i < found.the_case.steps.size(); ++i)
    out.counterexample += "  " + std::to_string(i + 1) + ". " + found.the_case.steps[i].str() + "\n";
  out.counterexample += "     -> " + std::string(name_of(r.result)) + ": " +
                        (r.expected.empty() ? r.message : "expected " + r.expected + ", observed " + r.observed) + "\n";
  out.failing_rules = found.rules;
  // The minimal case is what ran last: its result is the replay the comment reports.
  const std::string what = r.expected.empty() ? std::string(name_of(r.result)) + ", " + r.message
                                              : "expected " + r.expected + ", observed " + r.observed;
  out.regression_case = commented(found.the_case.id + " on " + s.name + ", seed " + std::to_string(out.seed) +
                                  ": step " + std::to_string(out.failing_step) + " of the shrunk case, " + out.step +
                                  ": " + what + "\nreplayed by step " + std::to_string(out.failing_step) + " below") +
                        write_case(regression_case(found, s, out.seed));
}

}  // namespace detail

unsigned long long check_seed(unsigned long long run_seed, std::string_view property, std::string_view subject) {
  // FNV-1a over the names, mixed with the run's seed by splitmix64: independent sequences per
  // check, the same ones whenever the same run seed is given.
  unsigned long long h = 1469598103934665603ull;
  for (std::string_view part : {property, std::string_view("\x1f"), subject})
    for (unsigned char c : part) h = (h ^ c) * 1099511628211ull;
  unsigned long long z = run_seed + h + 0x9e3779b97f4a7c15ull;
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
  return z ^ (z >> 31);
}

check_result check(const property& p, const subject_entry& s, unsigned long long run_seed,
                   const check_options& options) {
  using namespace detail;
  check_result out;
  out.seed = run_seed;
  if (auto why = why_not_applicable(p, s)) {
    out.result = outcome::unsupported;
    out.message = *why;
    return out;
  }
  load_configuration_quietly();
  const auto started = std::chrono::steady_clock::now();
  // Every sequence is a case, run as the cases are: one model and one runner for both.
  std::optional<conformance_case> failing_case;
  std::optional<case_result> failing_result;
  std::string failing_given;
  auto testable = [&] {
    const given_values g = *given_for(p, s);
    const conformance_case written =
        p.cxx_operations ? *generated_case(p, s, g.values)
                         : *generated_sequence(p, s, g.values, g.raises_at);
    const case_result r = execute({&s, &written, std::nullopt});
    if (!fails_gate(r.result)) return;
    failing_case = written;
    failing_result = r;
    failing_given = rc::toString(g);
    RC_FAIL(r.step + ": " + (r.observed.empty() ? r.message : r.observed));
  };
  rc::detail::TestParams params;
  params.seed = check_seed(run_seed, p.name, s.name);
  params.maxSuccess = options.runs;
  params.maxSize = options.max_size;
  params.maxDiscardRatio = 20;
  rc::detail::TestMetadata metadata{p.name + " " + s.name, p.summary};
  quiet_listener listener;
  const auto result = rc::detail::checkTestable(testable, metadata, params, listener);
  out.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  rc::detail::SuccessResult ok;
  rc::detail::FailureResult failed;
  rc::detail::GaveUpResult gave_up;
  rc::detail::Error error;
  if (result.match(ok)) {
    out.passed = ok.numSuccess;
  } else if (result.match(failed)) {
    out.result = outcome::fail;
    out.passed = failed.numSuccess;
    out.shrinks = static_cast<int>(failed.reproduce.shrinkPath.size());
    // RapidCheck reruns the shrunk case last, so the case kept is the shrunk one.
    if (failing_case) {
      minimal_failure found = minimize(*failing_case, s, *failing_result);
      // Only a C++ operation names the one rule its step checks; any other step cites the
      // property's, led by the one the failure is the evidence of.
      if (!p.cxx_operations && !found.the_case.steps.empty())
        found.rules = rules_of_failure(p.rules, found.the_case.steps.back(), found.result);
      else if (!p.cxx_operations)
        found.rules = p.rules;
      describe_case_failure(out, found, failing_given, s);
      if (!p.cxx_operations) out.failing_rules.clear();
    } else {
      // A failure that did not come through a case (RapidCheck's own text).
      out.step = "the sequence";
      out.observed = failed.description;
      out.counterexample.clear();
      for (const auto& [type, shown] : failed.counterExample) out.counterexample += "  " + shown + "\n";
    }
  } else if (result.match(gave_up)) {
    out.result = outcome::error;
    out.passed = gave_up.numSuccess;
    out.message = "gave up: " + gave_up.description;
  } else if (result.match(error)) {
    out.result = outcome::error;
    out.message = "RapidCheck: " + error.description;
  }
  return out;
}

}  // namespace iterconf::properties
