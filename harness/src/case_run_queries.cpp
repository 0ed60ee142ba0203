// Driving a case's query steps (contains, getitem, size, distance, equal) and probe checks.
#include "case_run.hpp"

namespace iterconf::detail {

namespace {

std::string yes_no(bool b) { return b ? "true" : "false"; }

}  // namespace

std::optional<verdict> case_run::do_contains(const step& s) {
  const bool on_subject = s.target == subject_name;
  // An iterator has no contains of its own: `v in it` walks it.
  const membership_path path = on_subject ? subject_.shape.membership : membership_path::iterate;
  // What the answer must be, walking the model as the path walks the subject.
  enum class want { yes, no, error, type_error } predicted = want::no;
  std::shared_ptr<cursor> walked;
  probes_.took_path(path);
  switch (path) {
    case membership_path::contains:
      predicted = model_.sequence().contains(s.operand) ? want::yes : want::no;
      probes_.asked_contains();
      break;
    case membership_path::type_error: predicted = want::type_error; break;
    case membership_path::iterate:
    case membership_path::index: {
      // The index walk is a fresh iteration every time, like iter() on a container.
      walked = on_subject && path == membership_path::index ? model_.fresh_cursor() : cursor_for(s.target);
      if (!on_subject) probes_.use(*names_.at(s.target).begun);
      else if (path == membership_path::iterate) probes_.walk_subject();
      const std::size_t from = walked->position;
      const bool by_index = on_subject ? path == membership_path::index : index_walk();
      const auto answer = model_.predict_walk(*walked, s.operand);
      const std::size_t passed = walked->position - from;
      // Which items an unordered walk passes is unknown: it may compute them all.
      if (!model_.sequence().ordered()) {
        probes_.walked_unordered();
      } else if (answer == protocol_model::walk::found || answer == protocol_model::walk::not_found ||
                 answer == protocol_model::walk::error) {
        const auto how = answer == protocol_model::walk::found       ? probe_model::stop::found
                         : answer == protocol_model::walk::not_found ? probe_model::stop::end
                                                                     : probe_model::stop::error;
        probes_.walked(*walked, from, passed, how, by_index);
      }
      switch (answer) {
        case protocol_model::walk::found: predicted = want::yes; break;
        case protocol_model::walk::not_found: predicted = want::no; break;
        case protocol_model::walk::error: predicted = want::error; break;
        case protocol_model::walk::unknown:
          return case_error("after an error only a generator is predictable; require 'generator'");
        case protocol_model::walk::endless:
          return case_error("the value does not occur in this infinite subject: the walk would never end");
      }
      break;
    }
  }
  static const char* names[] = {"true", "false", "error", "type-error"};
  const std::string expected = names[static_cast<int>(predicted)];
  if (s.expect.what != expectation::kind::model && s.expect.str() != expected)
    return case_error("the case expects " + s.expect.str() + ", the model predicts " + expected);

  const signal got = on_subject ? object_->contains(s.operand) : names_.at(s.target).handle->contains(s.operand);
  std::string observed;
  switch (got.kind) {
    case signal_kind::item: observed = yes_no(got.item == 1); break;
    case signal_kind::error: observed = "error"; break;
    case signal_kind::type_error: observed = "type-error"; break;
    default: observed = got.str();
  }
  if (observed != expected) return mismatch(expected, observed == "error" ? got.str() : observed);
  return std::nullopt;
}

std::optional<verdict> case_run::do_getitem(const step& s) {
  const auto index = static_cast<std::size_t>(s.operand);
  std::string expected;
  if (case_.raises_at && *case_.raises_at == index && index < model_.sequence().size()) expected = "error";
  else if (index < model_.sequence().size()) {
    if (!model_.sequence().ordered()) return case_error("indexing needs an ordered subject");
    expected = "item " + std::to_string(model_.sequence().at(index));
  } else {
    expected = "index-error";
  }
  if (s.yields && expected != "item " + std::to_string(s.yields->front()))
    return case_error("the case expects item " + std::to_string(s.yields->front()) + ", the model predicts " + expected);
  if (s.expect.what != expectation::kind::model && expected.rfind(s.expect.str(), 0) != 0)
    return case_error("the case expects " + s.expect.str() + ", the model predicts " + expected);
  probes_.indexed(index, expected.rfind("item", 0) == 0);
  const signal got = object_->getitem(index);
  const std::string observed = got.kind == signal_kind::error ? "error" : got.str();
  if (observed != expected) return mismatch(expected, got.str());
  return std::nullopt;
}

std::optional<verdict> case_run::do_count(const step& s) {
  const std::size_t n = model_.sequence().size();
  if (s.expect.what == expectation::kind::count && s.expect.number != static_cast<value>(n))
    return case_error("the case expects " + std::to_string(s.expect.number) + ", the model predicts " +
                      std::to_string(n));
  if (s.act == action::distance) probes_.measured();
  const signal got = s.act == action::size ? object_->size() : object_->distance();
  if (got.kind != signal_kind::item || got.item != static_cast<value>(n))
    return mismatch(std::to_string(n), got.kind == signal_kind::item ? std::to_string(got.item) : got.str());
  return std::nullopt;
}

std::optional<verdict> case_run::do_equal(const step& s) {
  bound_iterator& a = names_.at(s.target);
  bound_iterator& b = names_.at(s.other);
  const bool predicted = a.where->position == b.where->position;
  if (s.expect.what == expectation::kind::boolean && s.expect.flag != predicted)
    return case_error("the case expects " + s.expect.str() + ", the model predicts " + yes_no(predicted));
  probes_.settle(*a.begun);
  probes_.settle(*b.begun);
  auto got = a.handle->compare(*b.handle);
  if (!got) return verdict{outcome::error, {}, {}, "the adapter cannot compare these iterators"};
  const std::string pair = s.target + " == " + s.other;
  if (got->a_eq_b != got->b_eq_a || got->a_ne_b == got->a_eq_b)
    return mismatch("== symmetric and != its negation",
                    s.target + " == " + s.other + " is " + yes_no(got->a_eq_b) + ", " + s.other + " == " + s.target +
                        " is " + yes_no(got->b_eq_a) + ", " + s.target + " != " + s.other + " is " +
                        yes_no(got->a_ne_b));
  if (got->a_eq_b != predicted) return mismatch(pair + " is " + yes_no(predicted), pair + " is " + yes_no(got->a_eq_b));
  return std::nullopt;
}

// A probe's verdict says which key disagreed ("probe iters"), so that a report, and a property's
// regression case, can name the rule that key is the evidence of.
std::optional<verdict> case_run::check_probe(const probe_check& p) const {
  auto differs = [](const char* key, std::string expected, std::string observed) -> std::optional<verdict> {
    return verdict{outcome::fail, std::move(expected), std::move(observed), std::string("probe ") + key};
  };
  auto exact = [&](const char* key, const char* what, std::size_t want, std::size_t got) -> std::optional<verdict> {
    if (want == got) return std::nullopt;
    return differs(key, std::string(what) + " " + std::to_string(want), std::string(what) + " " + std::to_string(got));
  };
  auto flag = [&](const char* key, bool want, bool got) -> std::optional<verdict> {
    if (want == got) return std::nullopt;
    return differs(key, std::string(key) + " " + yes_no(want), std::string(key) + " " + yes_no(got));
  };
  if (p.started)
    if (auto v = flag("started", *p.started, events_.started())) return v;
  if (p.finished)
    if (auto v = flag("finished", *p.finished, events_.finished())) return v;
  if (p.produced) {
    // [gen.pause-at-yield]: at least what was asked for, at most that plus the declared look-ahead.
    const std::size_t low = *p.produced;
    const std::size_t high = low + subject_.traits.lookahead;
    if (events_.produced() < low || events_.produced() > high)
      return differs("produced", "produced " + std::to_string(low) + (high > low ? " to " + std::to_string(high) : ""),
                     "produced " + std::to_string(events_.produced()));
  }
  if (p.calls)
    if (auto v = exact("calls", "calls", *p.calls, events_.calls())) return v;
  if (p.iters)
    if (auto v = exact("iters", "iters", *p.iters, events_.iters())) return v;
  if (p.contains)
    if (auto v = exact("contains", "contains calls", *p.contains, events_.contains_calls())) return v;
  if (p.index) {
    std::vector<value> want(p.index->begin(), p.index->end());
    std::vector<value> got(events_.indices().begin(), events_.indices().end());
    if (want != got) return differs("index", "indices " + show(want), "indices " + show(got));
  }
  if (p.path) {
    const auto got = events_.path();
    if (!got || *got != *p.path)
      return differs("path", "path " + std::string(name_of(*p.path)),
                     got ? "path " + std::string(name_of(*got)) : "no membership test");
  }
  if (auto d = probes_.compare(p.by_model, events_)) return differs(d->key, d->expected, d->observed);
  return std::nullopt;
}

}  // namespace iterconf::detail
