// Model-based properties: RapidCheck writes random sequences of protocol operations (iter, next,
// loops, membership, copies, index access, size, and the C++ iterator operations) as cases of
// the case format, and the case runner judges every step against the one model of the protocol,
// as it judges cases/. A failure shrinks to a minimal case and is replayed from its seed.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "iterconf/action.hpp"
#include "iterconf/case.hpp"
#include "iterconf/expectations.hpp"
#include "iterconf/isolated_runner.hpp"
#include "iterconf/registry.hpp"
#include "iterconf/result.hpp"

namespace iterconf::properties {

/// What a property's sequences may do, in the case format's words: an action on the subject
/// itself or on an iterator the sequence holds (a loop over the subject starts a container again
/// and goes on with an iterator; `v in it` walks the iterator).
struct operation {
  action act = action::probe;
  bool on_subject = false;

  friend bool operator==(const operation&, const operation&) = default;
};

/// One property: random sequences of some operations, written as cases and run by the case
/// runner against the model, checking the rules it names.
struct property {
  std::string name;  // "prop.sequence": its case id in reports
  std::vector<std::string> rules;
  std::string summary;
  std::vector<operation> operations;
  /// The probe events compared with the model after every step (INTERPRETING.md section 9).
  probe_keys checks;
  /// How many iter() calls a sequence may make on a container, and on an iterator-role subject
  /// (where several iterators share one position: [exhaust.resumes]).
  std::size_t iters_on_containers = 1;
  std::size_t iters_on_iterators = 1;
  /// Injects the subject's error (raises_at) into some sequences, for subjects that honour it.
  bool injects_errors = false;
  /// Mixes loops and membership walks over an iterator-role subject itself with its iterators
  /// (they share one position: [exhaust.resumes], [in.partial-consume]); otherwise a sequence
  /// walks such a subject one way only.
  bool mixes_walks = false;
  /// Capabilities a subject needs for the property to apply (any of them, when `any_of`).
  std::vector<capability> requires_all = {};
  std::vector<capability> requires_any = {};
  /// Its sequences are C++ iterator operations at random positions (prop.positions), whose
  /// failing step names the one rule it checks; otherwise a failure is reported against all of
  /// the property's rules.
  bool cxx_operations = false;
};

/// Every property, in a fixed order.
const std::vector<property>& catalog();
/// The property named `name`, or null.
const property* find_property(std::string_view name);
/// Why `p` does not apply to `s` ("lacks capability 'forward'"), or nullopt when it does.
std::optional<std::string> why_not_applicable(const property& p, const subject_entry& s);

/// How hard one check searches.
struct check_options {
  int runs = 100;      // sequences that must pass
  int max_size = 48;   // the longest sequence; the values given are at most half of it
};

/// What one property on one subject found.
struct check_result {
  outcome result = outcome::pass;  // PASS, FAIL, UNSUPPORTED, or CRASH/TIMEOUT/ERROR from the pool
  unsigned long long seed = 0;     // the run's seed (what --seed replays)
  int passed = 0;                  // sequences that passed before the failure (or in all)
  int shrinks = 0;                 // shrinking steps that were taken
  // For FAIL: the minimal sequence's failing operation, and the sequence as a transcript.
  std::size_t failing_step = 0;    // 1-based
  std::string step;                // "next(it0)"
  std::string expected;
  std::string observed;
  std::string counterexample;      // given values, then one numbered operation per line
  std::string message;             // UNSUPPORTED: why; otherwise any further explanation
  /// The rules the failing step checks, when the engine knows them (generated cases): reports
  /// and known deviations then name these rather than all of the property's.
  std::vector<std::string> failing_rules;
  /// For a FAIL: the shrunk failure as a case of the case format, up to its failing step, after a
  /// comment saying what failed (`iterconf prop --write-cases` writes it; `iterconf run --cases`
  /// replays it); only comments when the case format cannot say it, with the reason.
  std::string regression_case;
  double seconds = 0;
};

/// The seed RapidCheck gets for `property` on `subject` in a run seeded with `run_seed`: a replay
/// with the same run seed repeats the same sequences, whatever else the run selects.
unsigned long long check_seed(unsigned long long run_seed, std::string_view property, std::string_view subject);

/// Runs `p` on `s` in this process. Never throws.
check_result check(const property& p, const subject_entry& s, unsigned long long run_seed, const check_options& options);

/// One check of a run.
struct check_job {
  const property* prop = nullptr;
  const subject_entry* subject = nullptr;
};

/// Runs the checks on the isolated runner (the same as the cases', with the same options), `jobs`
/// at a time; results in job order, those not reached when `stop` was raised left as they are.
/// `done` (optional) is told each result.
std::vector<check_result> run_checks(const std::vector<check_job>& jobs, unsigned long long run_seed,
                                     const check_options& options, const isolation_options& isolation,
                                     const std::function<void(std::size_t, const check_result&)>& done = {},
                                     const std::atomic<bool>& stop = never_stop);

/// A check as a result the reporters know: case id = the property's name, its rules, the failing
/// step with expected and observed, and the seed and the shrunk sequence in the message.
case_result to_case_result(const property& p, const subject_entry& s, const check_result& r);

/// The failure as printed: property, subject, seed, the shrunk sequence and the replay command.
std::string describe_failure(const property& p, const subject_entry& s, const check_result& r);

}  // namespace iterconf::properties
