// Writing a property's sequence as a case (sequence_generator.hpp).
#include "sequence_generator.hpp"

#include <memory>
#include <string>

#include "sequence_state.hpp"

namespace iterconf::properties::detail {

namespace {

std::string name(std::size_t iterator) { return "it" + std::to_string(iterator); }

/// A value to look up: one ahead on an infinite ordered subject, else one given (found) or any
/// from -22 to 22, shrinking towards 0, made representable if the subject's domain is narrower.
value pick_value(const setup& s, std::size_t from) {
  if (!s.finite() && s.sequence().ordered()) return s.sequence().at(from + *rc::gen::inRange<std::size_t>(0, 4));
  const value v = !s.given.empty() && *rc::gen::arbitrary<bool>()
                      ? *rc::gen::elementOf(s.given)
                      : *rc::gen::map(rc::gen::inRange<value>(0, 45), [](value k) { return k % 2 ? -(k + 1) / 2 : k / 2; });
  for (value shaped : {v, v & 1, v < 0 ? -v : v, value{0}})
    if (s.representable(shaped)) return shaped;
  return v;
}

consumer_kind pick_consumer() {
  return *rc::gen::element(consumer_kind::for_loop, consumer_kind::collect, consumer_kind::pair);
}

/// The arguments of a step of `what`, drawn among those the state allows; nullopt when none fits.
std::optional<drawn_step> draw(const sequence_state& state, const operation& what) {
  const setup& s = state.settings();
  drawn_step d{what};
  const auto known = state.known();
  auto pick = [&](auto&& fits) -> std::optional<std::size_t> {
    std::vector<std::size_t> candidates;
    for (std::size_t h : known)
      if (fits(h)) candidates.push_back(h);
    if (candidates.empty()) return std::nullopt;
    return *rc::gen::elementOf(candidates);
  };
  auto any = [](std::size_t) { return true; };
  auto iterator = [&](std::size_t& into) {
    auto h = pick(any);
    if (h) into = *h;
    return h.has_value();
  };
  switch (what.act) {  // the steps drawn otherwise than their operand says
    case action::copy: {
      d.a = state.iterators();
      auto from = pick([&](std::size_t h) { return state.allows({what, state.iterators(), h}); });
      if (!from) return std::nullopt;
      d.b = *from;
      break;
    }
    case action::getitem:
      d.n = s.sequence().ordered() ? *rc::gen::inRange<std::size_t>(0, s.length() + 3)
                                   : s.length() + *rc::gen::inRange<std::size_t>(0, 3);
      break;
    default: {
      const auto& row = info(what.act);
      switch (row.operand) {
        case step_operand::new_iterator: d.a = state.iterators(); break;
        case step_operand::iterator:
          if (!iterator(d.a)) return std::nullopt;
          break;
        case step_operand::iterable:
          if (!what.on_subject && !iterator(d.a)) return std::nullopt;
          break;
        case step_operand::value:
          if (what.on_subject) {
            // The value is looked for from where a walk of the subject starts.
            const bool walks_on = s.who == subject_role::iterator && s.path == membership_path::iterate;
            d.v = pick_value(s, walks_on ? state.own_position() : 0);
          } else {
            if (!iterator(d.a)) return std::nullopt;
            d.v = pick_value(s, state.position_of(d.a));
          }
          break;
        case step_operand::two_iterators:
          if (!iterator(d.a) || !iterator(d.b)) return std::nullopt;
          break;
        default: break;
      }
      if (row.takes("count")) {
        d.n = *rc::gen::inRange<std::size_t>(1, 5);
        // A bounded loop that meets the end or the error is next() to it: a drain.
        const auto left = state.items_left(d.a);
        if (what.act == action::take && left && *left < d.n) d.what.act = action::drain;
      }
    }
  }
  if (!state.allows(d)) return std::nullopt;
  return d;
}

/// The step of the case format that takes `d`.
step written(const drawn_step& d, consumer_kind consumer) {
  const auto& row = info(d.what.act);
  step st;
  st.act = d.what.act;
  st.target = d.what.on_subject ? std::string(subject_name) : name(d.a);
  switch (row.operand) {
    case step_operand::value: st.operand = d.v; break;
    case step_operand::index: st.operand = static_cast<value>(d.n); break;
    case step_operand::two_iterators: st.other = name(d.b); break;
    default: break;
  }
  // A new iterator taken of another one: its source.
  if (row.operand == step_operand::new_iterator && row.required == "of") st.of = name(d.b);
  if (row.takes("count")) st.count = d.n;
  if (row.takes("consumer")) st.consumer = consumer;
  return st;
}

}  // namespace

rc::Gen<conformance_case> generated_sequence(const property& p, const subject_entry& s, std::vector<value> given,
                                             std::optional<std::size_t> raises_at) {
  return rc::gen::exec([&p, &s, given = std::move(given), raises_at] {
    conformance_case c;
    c.id = p.name;
    c.rules = p.rules;
    c.summary = p.summary;
    c.given = given;
    c.raises_at = raises_at;
    c.sentinel = sequence_sentinel;
    c.budget = sequence_budget;
    c.area = "prop";
    c.where = {"<" + p.name + ">", 0, 0};
    // A sequence walks an infinite subject only as far as it must (bounded loops, finds).
    if (s.capabilities.has(capability::infinite)) c.required.add(capability::infinite);
    sequence_state state(std::make_shared<const setup>(p, s, given, raises_at));
    // Up to size + 1 steps, uniformly (inRange alone would narrow with the size as well).
    const auto count = *rc::gen::withSize([](int size) {
      return rc::gen::resize(100, rc::gen::inRange<std::size_t>(1, static_cast<std::size_t>(size) + 2));
    });
    for (std::size_t k = 0; k < count; ++k) {
      // A step whose arguments do not fit now is drawn again, as RapidCheck's commands are.
      std::optional<drawn_step> d;
      for (int tries = 0; tries < 20 && !d; ++tries) d = draw(state, *rc::gen::elementOf(state.possible()));
      if (!d) continue;
      if (d->what.act == action::probe && !p.checks.any()) continue;  // nothing to look at
      const consumer_kind consumer = info(d->what.act).takes("consumer") ? pick_consumer() : consumer_kind::for_loop;
      state.take(*d);
      step st = written(*d, consumer);
      if (p.checks.any()) {
        st.probe.emplace();
        st.probe->by_model = p.checks;
      }
      st.where = {"<" + p.name + ">", static_cast<int>(c.steps.size() + 1), 1};
      c.steps.push_back(std::move(st));
    }
    return c;
  });
}

}  // namespace iterconf::properties::detail
