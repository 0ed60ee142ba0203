// Where a property's sequence stands while it is written (sequence_state.hpp): the positions and
// begin() calls after each step, and which steps the protocol determines next.
#include "sequence_state.hpp"

#include <algorithm>
#include <stdexcept>

namespace iterconf::properties::detail {

using iterconf::detail::cursor;
using iterconf::detail::prediction;

setup::setup(const property& p, const subject_entry& s, std::vector<value> values, std::optional<std::size_t> raises)
    : prop(&p), subject(&s), given(std::move(values)), raises_at(raises),
      model(given, s.traits.sequence, raises, s.capabilities.has(capability::generator)) {
  how = s.shape.iteration;
  who = s.shape.role;
  path = s.shape.membership;
  input_iterators = who == subject_role::iterator && s.shape.input_only_iterators;
  exclusive = how == iteration_style::range && who == subject_role::iterator && !s.shape.input_only_iterators;
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

sequence_state::sequence_state(std::shared_ptr<const setup> setup) : s_(std::move(setup)) {
  if (s_->who == subject_role::iterator) cursors_.emplace_back();
}

bool sequence_state::next(cursor& c) {
  const auto p = s_->model.predict_next(c);
  switch (p.what) {
    case prediction::kind::item: s_->model.advance(c, p, p.item); return true;
    // An unordered item is learned from the subject, not known here: only its position is.
    case prediction::kind::any_remaining: ++c.position; return true;
    case prediction::kind::error: s_->model.advance(c, p, 0); return false;
    case prediction::kind::end: c.met_end = true; return false;
    case prediction::kind::unknown: break;
  }
  // The preconditions keep every step to iterators whose position is known.
  throw std::logic_error("iterconf: a property's sequence used an iterator whose position is unknown");
}

void sequence_state::walk(cursor& c, std::optional<value> until, std::optional<std::size_t> by) {
  for (std::size_t taken = 0; !by || taken < *by; ++taken) {
    const bool item = s_->model.sequence().ordered() && s_->model.predict_next(c).what == prediction::kind::item;
    const value seen = item ? s_->model.predict_next(c).item : 0;
    if (!next(c)) return;
    if (until && item && seen == *until) return;
  }
}

void sequence_state::use(bound_iterator& h) {
  if (s_->how == iteration_style::range) {
    // INTERPRETING.md 5.1: begin() at the first use, and again when another begin() made it stale.
    const bool stale = s_->input_iterators && h.begun && h.begin_number != begins_;
    if (!h.begun || stale) h.begin_number = ++begins_;
  }
  h.begun = true;
  started_ = true;
}

void sequence_state::after_error_of(std::size_t h) {
  if (!s_->input_iterators || !cursors_[handles_[h].cursor].raised) return;
  for (std::size_t other = 0; other < handles_.size(); ++other)
    if (other != h) handles_[other].usable = false;
}

void sequence_state::walk_as(const drawn_step& step, cursor& c) {
  switch (info(step.what.act).walks) {
    case walk_effect::none: break;
    case walk_effect::one: next(c); break;
    case walk_effect::count: walk(c, std::nullopt, step.n); break;
    case walk_effect::to_end: walk(c, std::nullopt); break;
    case walk_effect::to_value:
      // Which items an unordered walk passes is unknown; only its answer is.
      if (!s_->sequence().ordered()) c.unknown = true;
      else walk(c, step.v);
      break;
  }
}

bool sequence_state::walks_subject(const drawn_step& step) const {
  if (s_->how == iteration_style::none) return false;
  // `v in subject` walks it only when membership falls back to iteration; its own contains and
  // the index walk leave it where it stands (protocol_shape.hpp).
  if (step.what.act == action::contains) return s_->path == membership_path::iterate;
  return info(step.what.act).walks != walk_effect::none;
}

void sequence_state::take(const drawn_step& step) {
  switch (step.what.act) {
    case action::iter:
      ++iter_calls_;
      if (s_->how == iteration_style::none) return;
      if (s_->who == subject_role::container) {
        cursors_.emplace_back();
        handles_.push_back({cursors_.size() - 1});
      } else {
        handles_.push_back({0});
      }
      return;
    case action::copy: {
      const bound_iterator original = handles_[step.b];
      cursors_.push_back(cursors_[original.cursor]);
      handles_.push_back({cursors_.size() - 1, original.begun, original.begin_number});
      return;
    }
    case action::equal:
      // Comparing begins an iterator that has not begun.
      for (std::size_t h : {step.a, step.b})
        if (!handles_[h].begun) {
          handles_[h].begin_number = ++begins_;
          handles_[h].begun = true;
          started_ = true;
        }
      return;
    case action::distance: ++begins_; return;
    default: break;
  }
  if (info(step.what.act).walks == walk_effect::none) return;  // getitem, size and probe move nothing
  if (step.what.on_subject) {
    if (!walks_subject(step)) return;
    if (s_->how == iteration_style::range) ++begins_;
    started_ = true;
    subject_walked_ = true;
    // A container starts again ([container.fresh-iterator]); an iterator goes on.
    if (s_->who == subject_role::iterator) walk_as(step, cursors_[0]);
    return;
  }
  use(handles_[step.a]);
  walk_as(step, cursors_[handles_[step.a].cursor]);
  after_error_of(step.a);
}

std::optional<std::size_t> sequence_state::items_left(std::size_t h) const {
  const cursor& c = cursors_[handles_[h].cursor];
  if (c.finished || c.met_end) return 0;
  std::optional<std::size_t> stop;
  if (s_->finite()) stop = s_->length();
  if (s_->raises_at && !c.raised && (!stop || *s_->raises_at < *stop)) stop = *s_->raises_at;
  if (!stop) return std::nullopt;
  return *stop > c.position ? *stop - c.position : 0;
}

// The preconditions: which steps a state allows, and with which arguments, so that a sequence
// stays within what the protocol determines (and within the property's reach).

bool sequence_state::may_begin_walk() const {
  const bool one_walk = s_->exclusive || (s_->who == subject_role::iterator && !s_->prop->mixes_walks);
  return !one_walk || (handles_.empty() && !subject_walked_);
}

bool sequence_state::iter_allowed() const {
  const std::size_t limit = s_->who == subject_role::container  ? s_->prop->iters_on_containers
                            : s_->who == subject_role::iterator ? s_->prop->iters_on_iterators
                                                                : 2;
  return iter_calls_ < limit && handles_.size() < 6 && may_begin_walk();
}

bool sequence_state::usable(std::size_t h) const {
  return h < handles_.size() && handles_[h].usable && !cursors_[handles_[h].cursor].unknown;
}

std::vector<std::size_t> sequence_state::known() const {
  std::vector<std::size_t> out;
  for (std::size_t h = 0; h < handles_.size(); ++h)
    if (usable(h)) out.push_back(h);
  return out;
}

bool sequence_state::allows(const drawn_step& step) const {
  const bool range_forward = s_->how == iteration_style::range && s_->has(capability::forward);
  const bool on_subject = step.what.on_subject;
  const auto& row = info(step.what.act);
  // The steps whose precondition says more than their row.
  switch (step.what.act) {
    case action::iter: return step.a == handles_.size() && iter_allowed();
    case action::drain: return usable(step.a) && items_left(step.a).has_value();
    case action::loop:
      if (!on_subject) return usable(step.a) && s_->finite();
      if (s_->how == iteration_style::none) return true;
      if (!s_->finite()) return false;
      if (s_->who == subject_role::iterator) return !cursors_[0].unknown && may_begin_walk();
      return true;
    case action::contains:
      if (!s_->representable(step.v)) return false;
      if (!on_subject) return usable(step.a) && s_->found_ahead(step.v, position_of(step.a));
      switch (s_->path) {
        case membership_path::type_error:
        case membership_path::contains: return true;
        case membership_path::index: return s_->finite();
        case membership_path::iterate:
          if (s_->who == subject_role::iterator)
            return !cursors_[0].unknown && may_begin_walk() && s_->found_ahead(step.v, cursors_[0].position);
          return s_->found_ahead(step.v, 0);
      }
      return false;
    case action::copy:
      return (range_forward || s_->how == iteration_style::index_walk) && usable(step.b) && step.a == handles_.size() &&
             handles_.size() < 6;
    case action::getitem:
      // at(i) at or past size() is undefined unless the subject declares its at() checked (the
      // planner's index_past_end_undefined says the same of the cases).
      if (s_->subject->traits.at_bounds == bounds::unchecked && step.n >= s_->length()) return false;
      return s_->has(capability::getitem) && s_->finite() && (s_->sequence().ordered() || step.n >= s_->length());
    // An iterator-role subject's size() may count what is left (views::generate_n): asked only
    // before anything walked it.
    case action::size:
      return s_->has(capability::sized) && s_->finite() && (s_->who != subject_role::iterator || !started_);
    case action::distance: return range_forward && s_->finite() && !s_->raises_at;
    default: break;
  }
  // What the row says (action.hpp): what the subject must be, and iterators whose position is known.
  for (const auto& need : row.needs)
    if (need && !s_->has(*need)) return false;
  if (row.finite && !s_->finite()) return false;
  switch (row.operand) {
    case step_operand::iterator: return usable(step.a) && (row.walks != walk_effect::count || step.n >= 1);
    case step_operand::two_iterators: return usable(step.a) && usable(step.b);
    case step_operand::iterable:
    case step_operand::value: return on_subject || usable(step.a);
    default: return true;
  }
}

std::vector<operation> sequence_state::possible() const {
  std::vector<operation> out;
  const auto usable_now = known();
  for (const operation& o : s_->prop->operations) {
    bool ok = false;
    switch (o.act) {
      case action::iter: ok = iter_allowed(); break;
      case action::contains:
        if (!o.on_subject) {
          ok = !usable_now.empty();
          break;
        }
        switch (s_->path) {
          case membership_path::index: ok = s_->finite(); break;
          case membership_path::iterate:
            // An infinite ordered subject always has a value ahead to find.
            ok = s_->who != subject_role::iterator || (!cursors_[0].unknown && may_begin_walk());
            break;
          default: ok = true; break;
        }
        break;
      case action::loop:
        ok = o.on_subject ? allows({o}) : !usable_now.empty() && s_->finite();
        break;
      case action::copy:
        for (std::size_t h : usable_now) ok = ok || allows({o, handles_.size(), h});
        break;
      case action::getitem: ok = s_->has(capability::getitem) && s_->finite(); break;
      default: {
        // A step on iterators is possible when the first known one would do.
        const auto operand = info(o.act).operand;
        const bool on_iterators = operand == step_operand::iterator || operand == step_operand::two_iterators ||
                                  (!o.on_subject && (operand == step_operand::iterable || operand == step_operand::value));
        if (!on_iterators) ok = allows({o});
        else ok = !usable_now.empty() && allows({o, usable_now.front(), usable_now.front(), 0, 1});
        break;
      }
    }
    if (ok) out.push_back(o);
  }
  if (std::none_of(out.begin(), out.end(), [](const operation& o) { return o.act == action::probe; }))
    out.push_back({action::probe, true});
  return out;
}

}  // namespace iterconf::properties::detail
