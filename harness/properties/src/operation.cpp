// Running one operation on the subject and on the model, and judging the answer.
#include "operation.hpp"

#include "answers.hpp"

#include <algorithm>
#include <sstream>

namespace iterconf::properties::detail {
namespace {

using step_kind = expected_step::kind;

std::string show_items(const std::vector<value>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) out += (i ? ", " : "") + std::to_string(items[i]);
  return out + "]";
}

std::string show_consumed(const consumed& c) { return show_items(c.items) + " then " + c.stop.str(); }

std::string expected_text(const system& sut, const expected_step& e) {
  if (e.what != step_kind::any) return describe(e);
  if (e.position < sut.learned.size())
    return "item " + std::to_string(sut.learned[e.position]) + " (the order this subject showed before)";
  return "one of the items not produced yet " + show_items(not_yet_shown(sut, e.position));
}

std::string expected_text(const system& sut, const std::vector<expected_step>& steps) {
  std::vector<value> items;
  std::string out;
  bool unordered = false;
  for (const auto& e : steps) {
    if (e.what == step_kind::item) items.push_back(e.item);
    else if (e.what == step_kind::any) unordered = true;
  }
  if (unordered) {
    const std::size_t from = steps.front().position;
    out = "the items " + show_items(not_yet_shown(sut, from)) + " (in the order shown before, if any)";
  } else {
    out = show_items(items);
  }
  // A bounded loop may expect items only; a walk ends with the end or the error.
  return steps.empty() || is_item(steps.back()) ? out : out + " then " + describe(steps.back());
}

/// Whether `got` answers `e`; an item of an unordered subject at a new position is learned.
bool matches(system& sut, const expected_step& e, const signal& got) {
  switch (e.what) {
    case step_kind::item: return got.kind == signal_kind::item && got.item == e.item;
    case step_kind::any: {
      if (got.kind != signal_kind::item) return false;
      if (e.position < sut.learned.size()) return sut.learned[e.position] == got.item;
      if (e.position > sut.learned.size()) return false;
      const auto shown = std::count(sut.learned.begin(), sut.learned.end(), got.item);
      if (static_cast<std::size_t>(shown) >= sut.all.count(got.item)) return false;
      sut.learned.push_back(got.item);
      return true;
    }
    case step_kind::end: return got.kind == signal_kind::end;
    case step_kind::error: return got.kind == signal_kind::error;
    case step_kind::type_error: return got.kind == signal_kind::type_error;
    case step_kind::index_error: return got.kind == signal_kind::index_error;
  }
  return false;
}

class judge {
 public:
  judge(system& sut, std::string op) : sut_(sut), op_(std::move(op)), number_(sut.transcript.size() + 1) {}

  /// Records the failure (the transcript up to it, and the same in the case format's words: the
  /// model's answer, or the probe key that differed with the model's value) and fails the
  /// RapidCheck case.
  [[noreturn]] void fail(const std::string& what, const std::string& expected, const std::string& observed,
                         std::optional<iterconf::probe_check> probe = std::nullopt, std::string unwritable = {}) {
    std::string transcript = sut_.header;
    for (const auto& l : sut_.transcript) transcript += l + "\n";
    std::ostringstream line;
    // A probe that fails after its operation answered adds a line under the operation's.
    if (recorded_) line << "     " << observed << "    (expected " << expected << ")";
    else line << "  " << number_ << ". " << op_ << "  ->  " << observed << "    (expected " << expected << ")";
    transcript += line.str() + "\n";
    if (sut_.note != nullptr) {
      sut_.note->step = number_;
      sut_.note->operation = what;
      sut_.note->expected = expected;
      sut_.note->observed = observed;
      sut_.note->transcript = transcript;
      sut_.note->given = sut_.given;
      sut_.note->raises_at = sut_.raises_at;
      sut_.note->operations = sut_.ran;
      sut_.note->expect.reset();
      if (!recorded_ && sut_.answer != nullptr && !sut_.ran.empty())
        sut_.note->expect = written_expectation(sut_, *sut_.answer, sut_.ran.back());
      sut_.note->probe = std::move(probe);
      sut_.note->unwritable = std::move(unwritable);
    }
    RC_FAIL(what + ": expected " + expected + ", observed " + observed);
  }

  void expect(bool ok, const std::string& expected, const std::string& observed) {
    if (!ok) fail(op_, expected, observed);
  }

  void record(const std::string& observed) {
    std::ostringstream line;
    line << "  " << number_ << ". " << op_ << "  ->  " << observed;
    sut_.transcript.push_back(line.str());
    recorded_ = true;
  }

  /// A walk (a consumer, a loop over the subject) against the model's steps.
  void walk(const std::vector<expected_step>& steps, const consumed& got) {
    const std::string expected = expected_text(sut_, steps);
    for (std::size_t i = 0; i < got.items.size(); ++i)
      expect(i < steps.size() && is_item(steps[i]) && matches(sut_, steps[i], signal::of_item(got.items[i])),
             expected, show_consumed(got));
    const std::size_t last = got.items.size();
    expect(last < steps.size() && matches(sut_, steps[last], got.stop), expected, show_consumed(got));
  }

  const std::string& op() const { return op_; }

 private:
  system& sut_;
  std::string op_;
  std::size_t number_;
  bool recorded_ = false;
};

std::string show_answer(const signal& s) {
  if (s.kind == signal_kind::item) return s.item != 0 ? "true" : "false";
  return s.kind == signal_kind::error ? "error" : s.str();
}

std::string show_indices(const std::vector<std::size_t>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + std::to_string(v[i]);
  return out + "]";
}

/// A probe assertion of one key.
template <class T, class V>
probe_check probe_key(std::optional<T> probe_check::*key, V v) {
  probe_check c;
  c.*key = v;
  return c;
}

/// The probe events after an operation, within what the subject's traits declare.
void check_probes(const world& w, system& sut, judge& j) {
  const setup& s = *w.s;
  const probe_checks& pc = s.prop->checks;
  const probe& ev = sut.events;
  const std::string after = "probe after " + j.op();
  // `written` is the probe assertion of the case format that fails the same way, where it has one.
  auto mismatch = [&](const std::string& key, const std::string& expected, const std::string& observed,
                      std::optional<probe_check> written, std::string unwritable = {}) {
    j.fail(after + ": " + key, key + " " + expected, key + " " + observed, std::move(written), std::move(unwritable));
  };
  const bool own_known = s.who != subject_role::iterator || !w.cursors[0].unknown;
  if (pc.iters && s.has(capability::probed) && s.how == iteration_style::range && w.begins_known && ev.iters() != w.begins)
    mismatch("iters", std::to_string(w.begins), std::to_string(ev.iters()), probe_key(&probe_check::iters, w.begins));
  if (pc.produced && s.has(capability::lazy) && s.has(capability::probed) && own_known) {
    const std::size_t lo = w.produced_at_least(), hi = w.produced_at_most();
    // A case's `produced: n` allows n to n plus the look-ahead: the window that excludes what came.
    const std::size_t lookahead = s.subject->traits.lookahead;
    if (ev.produced() < lo || ev.produced() > hi)
      mismatch("produced", lo == hi ? std::to_string(lo) : "between " + std::to_string(lo) + " and " + std::to_string(hi),
               std::to_string(ev.produced()),
               probe_key(&probe_check::produced, ev.produced() < lo ? lo : hi >= lookahead ? hi - lookahead : 0));
  }
  if (pc.lifecycle && s.has(capability::generator) && s.has(capability::probed)) {
    if (ev.started() != w.started)
      mismatch("started", w.started ? "true" : "false", ev.started() ? "true" : "false", probe_key(&probe_check::started, w.started));
    if (own_known && ev.finished() != w.finished())
      mismatch("finished", w.finished() ? "true" : "false", ev.finished() ? "true" : "false",
               probe_key(&probe_check::finished, w.finished()));
  }
  if (pc.calls && s.has(capability::callable) && own_known && ev.calls() != w.calls())
    mismatch("calls", std::to_string(w.calls()), std::to_string(ev.calls()), probe_key(&probe_check::calls, w.calls()));
  if (pc.membership) {
    if (ev.path() != w.path) {
      std::optional<probe_check> written;
      if (w.path) written = probe_key(&probe_check::path, *w.path);
      mismatch("path", w.path ? std::string(name_of(*w.path)) : "none", ev.path() ? std::string(name_of(*ev.path())) : "none",
               written, w.path ? "" : "a probe's `path` cannot say that no membership test was made");
    }
    if (s.has(capability::contains) && ev.contains_calls() != w.contains_calls)
      mismatch("contains", std::to_string(w.contains_calls), std::to_string(ev.contains_calls()),
               probe_key(&probe_check::contains, w.contains_calls));
  }
  if ((pc.membership || pc.index) && s.has(capability::getitem) && ev.indices() != w.indices)
    mismatch("index", show_indices(w.indices), show_indices(ev.indices()), probe_key(&probe_check::index, w.indices));
}

value pick_value(const setup& s, std::size_t from) {
  if (!s.finite() && s.sequence().ordered()) return s.sequence().at(from + *rc::gen::inRange<std::size_t>(0, 4));
  // A value given (found), or any from -22 to 22, shrinking towards 0.
  const value v = !s.given.empty() && *rc::gen::arbitrary<bool>()
                      ? *rc::gen::elementOf(s.given)
                      : *rc::gen::map(rc::gen::inRange<value>(0, 45), [](value k) { return k % 2 ? -(k + 1) / 2 : k / 2; });
  for (value shaped : {v, v & 1, v < 0 ? -v : v, value{0}})
    if (s.representable(shaped)) return shaped;
  return v;
}

}  // namespace

void operation::checkPreconditions(const world& w) const { RC_PRE(w.allows(args_)); }

void operation::apply(world& w) const { w.perform(args_); }

void operation::show(std::ostream& os) const { os << detail::show(args_); }

void operation::run(const world& w0, system& sut) const {
  world w = w0;
  const expectation e = w.perform(args_);
  sut.ran.push_back({args_, args_.kind == operation_kind::take && !e.steps.empty() && !is_item(e.steps.back())});
  sut.answer = &e;
  judge j(sut, detail::show(args_));
  using ek = expectation::kind;
  std::string observed;
  try {
    switch (args_.kind) {
      case operation_kind::iter: {
        auto made = sut.object->iter();
        if (auto* h = std::get_if<iterator_ptr>(&made)) {
          sut.handles.push_back(*h);
          observed = "iterator";
        } else {
          observed = std::get<signal>(made).str();
        }
        if (e.what == ek::iterator)
          j.expect(observed == "iterator", "iterator", observed);
        else
          j.expect(std::get_if<signal>(&made) && std::get<signal>(made).kind == signal_kind::type_error, "type-error",
                   observed);
        break;
      }
      case operation_kind::next:
      case operation_kind::getitem: {
        const signal got = args_.kind == operation_kind::next ? sut.handles[args_.a]->next()
                                                              : sut.object->getitem(args_.n);
        observed = got.str();
        j.expect(matches(sut, e.steps.front(), got), expected_text(sut, e.steps.front()), observed);
        break;
      }
      case operation_kind::take: {
        std::vector<value> items;
        for (const auto& step : e.steps) {
          const signal got = sut.handles[args_.a]->next();
          if (got.kind == signal_kind::item) items.push_back(got.item);
          observed = show_items(items) + (got.kind == signal_kind::item ? "" : " then " + got.str());
          j.expect(matches(sut, step, got), expected_text(sut, e.steps), observed);
        }
        break;
      }
      case operation_kind::loop:
      case operation_kind::reiterate: {
        const consumed got = args_.kind == operation_kind::loop ? sut.handles[args_.a]->consume(args_.consumer)
                                                                : sut.object->consume(args_.consumer);
        observed = show_consumed(got);
        if (e.what == ek::type_error)
          j.expect(got.items.empty() && got.stop.kind == signal_kind::type_error, "[] then type-error", observed);
        else
          j.walk(e.steps, got);
        break;
      }
      case operation_kind::contains:
      case operation_kind::contains_on: {
        const signal got = args_.kind == operation_kind::contains ? sut.object->contains(args_.v)
                                                                  : sut.handles[args_.a]->contains(args_.v);
        observed = show_answer(got);
        if (e.what == ek::type_error) {
          j.expect(got.kind == signal_kind::type_error, "type-error", observed);
        } else {
          const signal want = membership_answer(sut, e, args_.v);
          j.expect(got.kind == want.kind && (got.kind != signal_kind::item || (got.item != 0) == (want.item != 0)),
                   show_answer(want), observed);
        }
        break;
      }
      case operation_kind::copy: {
        auto copied = sut.handles[args_.a]->copy();
        observed = copied ? "iterator" : "no copy (the iterator cannot be copied)";
        j.expect(copied != nullptr, "iterator", observed);
        sut.handles.push_back(std::move(copied));
        break;
      }
      case operation_kind::equal: {
        const auto q = sut.handles[args_.a]->compare(*sut.handles[args_.b]);
        if (!q) j.fail(j.op(), e.equal ? "true" : "false", "no comparison (the iterators cannot be compared)");
        observed = q->a_eq_b ? "true" : "false";
        // [cxx.equality.consistent]: a == b, b == a and !(a != b) agree.
        if (q->a_eq_b != q->b_eq_a || q->a_ne_b == q->a_eq_b)
          j.fail(j.op(), "a == b, b == a and !(a != b) agreeing",
                 std::string("a == b is ") + (q->a_eq_b ? "true" : "false") + ", b == a is " +
                     (q->b_eq_a ? "true" : "false") + ", a != b is " + (q->a_ne_b ? "true" : "false"));
        j.expect(q->a_eq_b == e.equal, e.equal ? "true" : "false", observed);
        break;
      }
      case operation_kind::size:
      case operation_kind::distance: {
        const signal got = args_.kind == operation_kind::size ? sut.object->size() : sut.object->distance();
        observed = got.kind == signal_kind::item ? std::to_string(got.item) : got.str();
        j.expect(got.kind == signal_kind::item && got.item == static_cast<value>(e.count), std::to_string(e.count),
                 observed);
        break;
      }
      case operation_kind::probe: observed = "checked"; break;
    }
  } catch (const budget_exhausted& b) {
    j.fail(j.op(), "an answer", "none within the budget of " + std::to_string(b.limit) + " operations");
  } catch (const std::exception& ex) {
    j.fail(j.op(), "an answer", std::string("an exception outside the protocol: ") + ex.what());
  }
  j.record(observed);
  check_probes(w, sut, j);
  sut.answer = nullptr;
}

rc::Gen<std::shared_ptr<const operation_base>> next_operation(const world& w) {
  return rc::gen::exec([w]() -> std::shared_ptr<const operation_base> {
    const setup& s = *w.s;
    operation_args a;
    a.kind = *rc::gen::elementOf(w.possible());
    const auto known = w.known_handles();
    auto pick = [&](auto&& fits) {
      std::vector<std::size_t> candidates;
      for (std::size_t h : known)
        if (fits(h)) candidates.push_back(h);
      RC_PRE(!candidates.empty());
      return *rc::gen::elementOf(candidates);
    };
    auto any_handle = [](std::size_t) { return true; };
    auto pick_consumer = [] {
      return *rc::gen::element(consumer_kind::for_loop, consumer_kind::collect, consumer_kind::pair);
    };
    switch (a.kind) {
      case operation_kind::iter: a.a = w.handles.size(); break;
      case operation_kind::next: a.a = pick(any_handle); break;
      case operation_kind::take:
        a.a = pick(any_handle);
        a.n = *rc::gen::inRange<std::size_t>(1, 5);
        break;
      case operation_kind::loop:
        a.a = pick(any_handle);
        a.consumer = pick_consumer();
        break;
      case operation_kind::reiterate: a.consumer = pick_consumer(); break;
      case operation_kind::contains: {
        const bool shared = s.who == subject_role::iterator && s.path == membership_path::iterate;
        a.v = pick_value(s, shared ? w.cursors[0].position : 0);
        break;
      }
      case operation_kind::contains_on:
        a.a = pick(any_handle);
        a.v = pick_value(s, w.cursors[w.handles[a.a].cursor].position);
        break;
      case operation_kind::copy:
        a.b = w.handles.size();
        a.a = pick([&](std::size_t h) { return w.allows({operation_kind::copy, h, w.handles.size()}); });
        break;
      case operation_kind::equal:
        a.a = pick(any_handle);
        a.b = pick(any_handle);
        break;
      case operation_kind::getitem:
        a.n = s.sequence().ordered() ? *rc::gen::inRange<std::size_t>(0, s.length() + 3)
                                   : s.length() + *rc::gen::inRange<std::size_t>(0, 3);
        break;
      default: break;
    }
    RC_PRE(w.allows(a));
    return std::make_shared<const operation>(a);
  });
}

}  // namespace iterconf::properties::detail
