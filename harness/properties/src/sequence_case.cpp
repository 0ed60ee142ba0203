// Writing a shrunk state-machine failure as a case: each operation is the case step that drives
// the subject the same way (spec/case-format.md, "Steps"), and the case is replayed before it is
// written, so that a file never holds a case that would not fail as the property did.
#include "sequence_case.hpp"

#include "generated_case.hpp"
#include "iterconf/case_writer.hpp"
#include "iterconf/executor.hpp"

namespace iterconf::properties::detail {
namespace {

std::string handle_name(std::size_t h) { return "it" + std::to_string(h); }

/// The step that drives the subject as `ran` did; nullopt for a probe, which drives nothing.
std::optional<step> step_of(const ran_operation& ran) {
  const operation_args& op = ran.op;
  step st;
  st.target = handle_name(op.a);
  switch (op.kind) {
    case operation_kind::iter: st.act = action::iter; break;
    case operation_kind::next: st.act = action::next; break;
    case operation_kind::take:
      // A bounded loop that met the end or the error is next() to the end: a drain.
      st.act = ran.reached_stop ? action::drain : action::take;
      st.count = op.n;
      break;
    case operation_kind::loop: st.act = action::loop; st.consumer = op.consumer; break;
    case operation_kind::reiterate:
      st.act = action::loop;
      st.target = std::string(subject_name);
      st.consumer = op.consumer;
      break;
    case operation_kind::contains:
    case operation_kind::contains_on:
      st.act = action::contains;
      st.operand = op.v;
      if (op.kind == operation_kind::contains) st.target = std::string(subject_name);
      break;
    case operation_kind::copy:
      st.act = action::copy;
      st.target = handle_name(op.b);
      st.of = handle_name(op.a);
      break;
    case operation_kind::equal: st.act = action::equal; st.other = handle_name(op.b); break;
    case operation_kind::getitem:
      st.act = action::getitem;
      st.target = std::string(subject_name);
      st.operand = static_cast<value>(op.n);
      break;
    case operation_kind::size:
    case operation_kind::distance:
      st.act = op.kind == operation_kind::size ? action::size : action::distance;
      st.target = std::string(subject_name);
      break;
    case operation_kind::probe: return std::nullopt;
  }
  return st;
}

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

sequence_as_case sequence_case(const property& p, const subject_entry& s, const failure_note& note,
                               unsigned long long seed) {
  sequence_as_case out;
  if (note.operations.empty()) {
    out.why_not = "the subject's factory threw, before any step a case could hold";
    return out;
  }
  if (!note.unwritable.empty()) {
    out.why_not = note.unwritable;
    return out;
  }
  conformance_case c;
  c.rules = p.rules;
  c.id = found_case_id(c.rules.front(), p.name, s.name, seed);
  c.summary = found_case_summary(p.name, s.name, seed);
  c.given = note.given;
  c.raises_at = note.raises_at;
  c.sentinel = sequence_sentinel;
  c.budget = sequence_budget;
  c.area = "prop";
  c.where = {"<" + p.name + ">", 0, 0};
  // The operations walk an infinite subject only as far as they must (bounded loops, finds).
  if (s.capabilities.has(capability::infinite)) c.required.add(capability::infinite);
  for (std::size_t i = 0; i < note.operations.size(); ++i) {
    const ran_operation& ran = note.operations[i];
    const bool failing = i + 1 == note.operations.size();
    if (ran.op.kind == operation_kind::contains_on && !is_ordered(s.traits.sequence)) {
      out.why_not = "`contains` with `on` needs an ordered subject (capability 'ordered'), and " + s.name +
                    " is not";
      return out;
    }
    std::optional<step> st = step_of(ran);
    if (!st && failing) {
      if (!note.probe) {
        out.why_not = "the failing probe has no assertion in the case format";
        return out;
      }
      st = step{};
      st->act = action::probe;
    }
    if (!st) continue;
    if (failing) {
      if (note.expect) st->expect = *note.expect;
      if (note.probe) st->probe = note.probe;
    }
    st->where = {"<" + c.id + ">", static_cast<int>(c.steps.size() + 1), 1};
    c.steps.push_back(std::move(*st));
  }
  out.failing_step = c.steps.size();
  out.the_case = std::move(c);
  return out;
}

std::string written_failure(const property& p, const subject_entry& s, const failure_note& note,
                            unsigned long long seed) {
  sequence_as_case found = sequence_case(p, s, note, seed);
  const std::string what = p.name + " on " + s.name + ", seed " + std::to_string(seed) + ": operation " +
                           std::to_string(note.step) + " of the shrunk sequence, " + note.operation + ": expected " +
                           note.expected + ", observed " + note.observed;
  if (found.the_case) {
    // Replayed here, where the property ran: only a case that fails at that step is written.
    const case_result r = execute({&s, &*found.the_case, std::nullopt});
    if (r.result == outcome::fail && r.step_number == found.failing_step)
      return commented(what + "\nreplayed by step " + std::to_string(found.failing_step) + " below: expected " +
                       r.expected + ", observed " + r.observed) +
             write_case(*found.the_case);
    found.why_not = "written as a case it gives " + std::string(name_of(r.result)) +
                    (r.step_number ? " at step " + std::to_string(*r.step_number) : std::string()) +
                    (r.message.empty() ? "" : " (" + r.message + ")") + ", not this failure";
  }
  return commented(what + "\nnot written as a case: " + found.why_not + ". The shrunk sequence:\n" + note.transcript);
}

}  // namespace iterconf::properties::detail
