// The reference model of the state-machine properties.
#include "reference_model.hpp"

#include <algorithm>
#include <stdexcept>

namespace iterconf::properties::detail {

using step_kind = expected_step::kind;

setup::setup(const property& p, const subject_entry& s, std::vector<value> values, std::optional<std::size_t> raises,
             bool copyable_iterators)
    : prop(&p), subject(&s), given(std::move(values)), raises_at(raises),
      model(given, s.traits.sequence, raises, s.capabilities.has(capability::generator)) {
  how = s.shape.iteration;
  who = s.shape.role;
  path = s.shape.membership;
  input_iterators = how == iteration_style::range && who == subject_role::iterator && !copyable_iterators;
  exclusive = how == iteration_style::range && who == subject_role::iterator && copyable_iterators;
  // A range with no role (an input range declared neither single-pass nor a generator): a second
  // begin() on it is unspecified ([range.range]), so a sequence walks it once, as an exclusive one.
  if (how == iteration_style::range && who == subject_role::none) {
    who = subject_role::iterator;
    exclusive = true;
  }
}

bool setup::has(capability c) const { return subject->capabilities.has(c); }

bool setup::found_ahead(value v, std::size_t position) const {
  if (finite()) return true;
  return sequence().find(v, position).has_value();
}

bool setup::representable(value v) const {
  const value looked_up[] = {v};
  return !subject->traits.domain || !subject->traits.domain(looked_up);
}

std::string describe(const expected_step& e) {
  switch (e.what) {
    case step_kind::item: return "item " + std::to_string(e.item);
    case step_kind::any: return "an item not produced yet (position " + std::to_string(e.position) + ")";
    case step_kind::end: return "end";
    case step_kind::error: return "error";
    case step_kind::type_error: return "type-error";
    case step_kind::index_error: return "index-error";
  }
  return "?";
}

std::string show(const operation_args& op) {
  const std::string it = "it" + std::to_string(op.a);
  auto consumer = [&](const std::string& over) {
    switch (op.consumer) {
      case consumer_kind::for_loop: return "for x in " + over;
      case consumer_kind::collect: return "list(" + over + ")";
      case consumer_kind::pair: return "zip(count(), " + over + ")";
      default: return std::string(name_of(op.consumer)) + " over " + over;
    }
  };
  switch (op.kind) {
    case operation_kind::iter: return it + " = iter(subject)";
    case operation_kind::next: return "next(" + it + ")";
    case operation_kind::take: return "for x in " + it + ": break after " + std::to_string(op.n);
    case operation_kind::loop: return consumer(it);
    case operation_kind::reiterate: return consumer("subject");
    case operation_kind::contains: return std::to_string(op.v) + " in subject";
    case operation_kind::contains_on: return std::to_string(op.v) + " in " + it;
    case operation_kind::copy: return "it" + std::to_string(op.b) + " = copy(" + it + ")";
    case operation_kind::equal: return it + " == it" + std::to_string(op.b);
    case operation_kind::getitem: return "subject[" + std::to_string(op.n) + "]";
    case operation_kind::size: return "size(subject)";
    case operation_kind::distance: return "distance(subject)";
    case operation_kind::probe: return "probe";
  }
  return "?";
}

world::world(std::shared_ptr<const setup> setup) : s(std::move(setup)) {
  if (s->who == subject_role::iterator) cursors.emplace_back();
}

expected_step world::step(cursor& c, bool index_walk) {
  using kind = iterconf::detail::prediction::kind;
  // The index walk tries the index where it stands, the failing one included, until it has ended.
  if (index_walk && !c.met_end) indices.push_back(c.position);
  const auto p = s->model.predict_next(c);
  switch (p.what) {
    case kind::item:
    case kind::any_remaining: {
      const expected_step e = p.what == kind::item ? expected_step{step_kind::item, p.item}
                                                   : expected_step{step_kind::any, 0, c.position};
      // An unordered item is not known here (it is learned from the subject), only its position.
      if (p.what == kind::item) s->model.advance(c, p, p.item);
      else ++c.position;
      ++computed;
      reached = std::max(reached, c.position);
      return e;
    }
    case kind::error:
      // A generator is finished by its error; of anything else the protocol says nothing more.
      s->model.advance(c, p, 0);
      if (s->how == iteration_style::range) begins_known = false;
      return {step_kind::error};
    case kind::end: c.met_end = true; return {step_kind::end};
    case kind::unknown: break;
  }
  // The preconditions keep every operation to handles whose position is known.
  throw std::logic_error("iterconf: the property model was asked about an iterator whose position is unknown");
}

std::vector<expected_step> world::walk(cursor& c, bool index_walk, std::optional<value> until) {
  std::vector<expected_step> out;
  for (;;) {
    out.push_back(step(c, index_walk));
    const expected_step& e = out.back();
    if (e.what == step_kind::item && until && e.item == *until) break;
    if (e.what == step_kind::end || e.what == step_kind::error) break;
  }
  return out;
}

void world::use(model_handle& h) {
  if (s->how == iteration_style::range) {
    // INTERPRETING.md 5.1: begin() at the first use, and again when another begin() made it stale.
    const bool stale = s->input_iterators && h.begun && h.begin_number != begins;
    if (!h.begun || stale) {
      ++begins;
      h.begin_number = begins;
      ++walks;
    }
  } else if (!h.begun) {
    ++walks;
  }
  h.begun = true;
  started = true;
}

void world::after_walk(std::size_t handle, const std::vector<expected_step>& steps) {
  if (!s->input_iterators) return;
  for (const auto& e : steps)
    if (e.what == step_kind::error)
      for (std::size_t h = 0; h < handles.size(); ++h)
        if (h != handle) handles[h].usable = false;
}

void world::begin_subject_walk() {
  if (s->how == iteration_style::range) ++begins;
  ++walks;
  started = true;
  subject_walked = true;
}

expectation world::perform(const operation_args& op) {
  using ek = expectation::kind;
  expectation out;
  const bool index_walk = s->how == iteration_style::index_walk;
  switch (op.kind) {
    case operation_kind::iter:
      ++iter_calls;
      if (s->how == iteration_style::none) {
        out.what = ek::type_error;
        break;
      }
      if (s->who == subject_role::container) {
        cursors.emplace_back();
        handles.push_back({cursors.size() - 1});
      } else {
        handles.push_back({0});
      }
      out.what = ek::iterator;
      break;
    case operation_kind::next: {
      model_handle& h = handles[op.a];
      use(h);
      out.what = ek::steps;
      out.steps.push_back(step(cursors[h.cursor], index_walk));
      after_walk(op.a, out.steps);
      break;
    }
    case operation_kind::take: {
      model_handle& h = handles[op.a];
      use(h);
      out.what = ek::steps;
      for (std::size_t i = 0; i < op.n; ++i) {
        out.steps.push_back(step(cursors[h.cursor], index_walk));
        const auto k = out.steps.back().what;
        if (k != step_kind::item && k != step_kind::any) break;
      }
      after_walk(op.a, out.steps);
      break;
    }
    case operation_kind::loop: {
      model_handle& h = handles[op.a];
      use(h);
      out.what = ek::steps;
      out.steps = walk(cursors[h.cursor], index_walk, std::nullopt);
      after_walk(op.a, out.steps);
      break;
    }
    case operation_kind::reiterate: {
      if (s->how == iteration_style::none) {
        out.what = ek::type_error;
        break;
      }
      out.what = ek::steps;
      begin_subject_walk();
      if (s->who == subject_role::iterator) {
        out.steps = walk(cursors[0], false, std::nullopt);
      } else {
        cursor fresh;  // a container starts again ([container.fresh-iterator])
        out.steps = walk(fresh, index_walk, std::nullopt);
      }
      break;
    }
    case operation_kind::contains: {
      path = s->path;
      if (s->path == membership_path::type_error) {
        out.what = ek::type_error;
        break;
      }
      out.what = ek::membership;
      if (s->path == membership_path::contains) {
        ++contains_calls;  // [in.contains-first]: asked once, trusted, nothing iterated
        out.membership = s->sequence().contains(op.v) ? expectation::answer::found : expectation::answer::absent;
        break;
      }
      if (s->path == membership_path::iterate) begin_subject_walk();
      cursor fresh;
      cursor& target = s->who == subject_role::iterator && s->path == membership_path::iterate ? cursors[0] : fresh;
      if (!s->sequence().ordered()) {
        // Which items an unordered walk passes is unknown; only the answer is.
        computed += s->length();
        if (&target == &fresh) {
          out.membership = s->sequence().contains(op.v) ? expectation::answer::found : expectation::answer::absent;
        } else {
          out.membership = expectation::answer::unordered;
          out.position = target.position;
          target.unknown = true;
        }
        break;
      }
      const auto steps = walk(target, s->path == membership_path::index, op.v);
      out.membership = steps.back().what == step_kind::item    ? expectation::answer::found
                       : steps.back().what == step_kind::error ? expectation::answer::error
                                                               : expectation::answer::absent;
      break;
    }
    case operation_kind::contains_on: {
      model_handle& h = handles[op.a];
      use(h);
      path = membership_path::iterate;  // an iterator has no contains of its own
      out.what = ek::membership;
      cursor& target = cursors[h.cursor];
      if (!s->sequence().ordered()) {
        computed += s->length();
        out.membership = expectation::answer::unordered;
        out.position = target.position;
        target.unknown = true;
        break;
      }
      const auto steps = walk(target, index_walk, op.v);
      after_walk(op.a, steps);
      out.membership = steps.back().what == step_kind::item    ? expectation::answer::found
                       : steps.back().what == step_kind::error ? expectation::answer::error
                                                               : expectation::answer::absent;
      break;
    }
    case operation_kind::copy: {
      const model_handle original = handles[op.a];
      cursors.push_back(cursors[original.cursor]);
      handles.push_back({cursors.size() - 1, original.begun, original.begin_number});
      out.what = ek::iterator;
      break;
    }
    case operation_kind::equal: {
      // Settling begins a handle that has not begun, and performs its pending increment.
      for (std::size_t h : {op.a, op.b}) {
        if (!handles[h].begun) {
          ++begins;
          ++walks;
          handles[h].begun = true;
          started = true;
        }
        ++computed;
      }
      out.what = ek::equality;
      out.equal = cursors[handles[op.a].cursor].position == cursors[handles[op.b].cursor].position;
      break;
    }
    case operation_kind::getitem: {
      indices.push_back(op.n);
      out.what = ek::steps;
      if (op.n >= s->length()) {
        out.steps.push_back({step_kind::index_error});
      } else if (s->raises_at && *s->raises_at == op.n) {
        out.steps.push_back({step_kind::error});
      } else {
        out.steps.push_back({step_kind::item, s->sequence().at(op.n)});
        ++computed;
      }
      break;
    }
    case operation_kind::size:
      out.what = ek::count;
      out.count = s->length();
      break;
    case operation_kind::distance:
      ++begins;
      ++walks;
      computed += s->length();
      out.what = ek::count;
      out.count = s->length();
      break;
    case operation_kind::probe: out.what = ek::nothing; break;
  }
  return out;
}

std::size_t world::produced_at_least() const { return s->who == subject_role::iterator ? cursors[0].position : reached; }

std::size_t world::produced_at_most() const {
  const std::size_t lookahead = s->subject->traits.lookahead;
  if (s->who == subject_role::iterator) return cursors[0].position + lookahead;
  return computed + lookahead * walks;
}

bool world::finished() const {
  return s->who == subject_role::iterator && cursors[0].met_end && !cursors[0].raised;
}

std::size_t world::calls() const {
  if (s->who != subject_role::iterator) return 0;
  return cursors[0].position + (cursors[0].met_end ? 1 : 0);
}

}  // namespace iterconf::properties::detail
