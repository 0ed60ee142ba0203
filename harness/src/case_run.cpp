// Driving a case's iteration steps (iter, next, take, drain, loop, copy) against the model.
#include "case_run.hpp"

#include <algorithm>

namespace iterconf::detail {

std::string show(const std::vector<value>& values) {
  std::string out = "[";
  for (std::size_t i = 0; i < values.size(); ++i) out += (i ? ", " : "") + std::to_string(values[i]);
  return out + "]";
}

verdict case_error(const std::string& message) {
  return {outcome::error, {}, {}, "the case contradicts the model of its given values for this subject: " + message, true};
}

verdict mismatch(std::string expected, std::string observed) {
  return {outcome::fail, std::move(expected), std::move(observed), {}};
}

namespace {

std::string show_signal_list(const consumed& seen) {
  return show(seen.items) + " then " + seen.stop.str();
}

bool same_items(std::vector<value> a, std::vector<value> b, bool ordered) {
  if (!ordered) {
    std::sort(a.begin(), a.end());
    std::sort(b.begin(), b.end());
  }
  return a == b;
}

}  // namespace

case_run::case_run(const plan_item& item)
    : subject_(*item.subject),
      case_(*item.the_case),
      budget_(item.the_case->budget),
      model_(item.the_case->given, item.subject->traits.sequence, item.the_case->raises_at,
             item.subject->traits.generator),
      shared_cursor_(model_.fresh_cursor()),
      probes_(subject_, model_, is_iterable() && !is_container() ? shared_cursor_.get() : nullptr) {}

std::optional<verdict> case_run::same_order_as_before(std::size_t position, value got) {
  if (model_.sequence().ordered() || !subject_.capabilities.has(capability::forward)) return std::nullopt;
  if (position == shown_.size()) shown_.push_back(got);
  if (position < shown_.size() && shown_[position] != got)
    return mismatch("item " + std::to_string(shown_[position]) + " at position " + std::to_string(position) +
                        ", as an earlier pass showed there",
                    "item " + std::to_string(got));
  return std::nullopt;
}

std::unique_ptr<subject_object> case_run::build(probe& events, step_budget& budget) const {
  subject_input input{case_.given, events, budget, case_.raises_at, case_.sentinel};
  return subject_.make(input);
}

std::optional<verdict> case_run::run(std::size_t& failed_step, const std::function<void(std::size_t)>& on_step) {
  failed_step = 0;
  if (on_step) on_step(0);
  object_ = build(events_, budget_);
  for (std::size_t i = 0; i < case_.steps.size(); ++i) {
    failed_step = i;
    if (on_step && i > 0) on_step(i);
    const step& s = case_.steps[i];
    if (auto v = run_step(s)) return v;
    if (s.probe && s.act != action::probe)
      if (auto v = check_probe(*s.probe)) return v;
  }
  return std::nullopt;
}

std::optional<verdict> case_run::run_step(const step& s) {
  static constexpr auto table = drivers();
  static_assert(table.size() == action_rows::action_table.size() &&
                    rows_follow_enum(table, &std::pair<action, driver>::first),
                "case_run::drivers() must have one row per action, in action order");
  return (this->*table[static_cast<std::size_t>(s.act)].second)(s);
}

std::shared_ptr<cursor> case_run::cursor_for(const std::string& target) {
  if (target != subject_name) return names_.at(target).where;
  return is_container() ? model_.fresh_cursor() : shared_cursor_;
}

std::optional<verdict> case_run::do_iter(const step& s) {
  const bool expect_iterator = s.of.empty() ? is_iterable() : true;
  const auto asserted = s.expect.what;
  if (asserted == expectation::kind::type_error && expect_iterator)
    return case_error("iter() of this subject returns an iterator, the case expects a type error");
  if (!s.of.empty()) {
    // iter(it) is it ([iter.iterator-is-self]): the very same iterator, sharing its position.
    names_[s.target] = names_.at(s.of);
    return std::nullopt;
  }
  auto made = object_->iter();
  if (auto* failed = std::get_if<signal>(&made)) {
    if (expect_iterator) return mismatch("an iterator", failed->str());
    if (failed->kind != signal_kind::type_error) return mismatch("type-error", failed->str());
    return std::nullopt;
  }
  if (!expect_iterator) return mismatch("type-error", "an iterator");
  auto& handle = std::get<iterator_ptr>(made);
  names_[s.target] = {handle, is_container() ? model_.fresh_cursor() : shared_cursor_};
  return std::nullopt;
}

std::optional<verdict> case_run::judge_next(bound_iterator& it, const expectation& expect,
                                            const std::optional<value>& literal, value* produced) {
  using k = prediction::kind;
  const prediction p = model_.predict_next(*it.where);
  if (p.what == k::unknown)
    return case_error("after an error only a generator's next() is predictable; require 'generator'");
  // The case's own claims must agree with the model before the subject is judged.
  const bool predicts_item = p.what == k::item || p.what == k::any_remaining;
  if ((expect.what == expectation::kind::item && !predicts_item) ||
      (expect.what == expectation::kind::end && p.what != k::end) ||
      (expect.what == expectation::kind::error && p.what != k::error))
    return case_error("the case expects " + expect.str() + ", the model predicts " + p.str());
  if (literal && (p.what != k::item || p.item != *literal))
    return case_error("the case expects item " + std::to_string(*literal) + ", the model predicts " + p.str());

  probes_.use(*it.begun);
  const signal got = it.handle->next();
  switch (p.what) {
    case k::item:
      if (got.kind != signal_kind::item || got.item != p.item) return mismatch(p.str(), got.str());
      break;
    case k::any_remaining:
      if (got.kind != signal_kind::item || it.where->remaining.count(got.item) == 0) {
        std::vector<value> left(it.where->remaining.begin(), it.where->remaining.end());
        return mismatch("an item not produced yet, one of " + show(left), got.str());
      }
      if (auto v = same_order_as_before(it.where->position, got.item)) return v;
      break;
    case k::end:
      if (got.kind != signal_kind::end) return mismatch("end", got.str());
      break;
    case k::error:
      if (got.kind != signal_kind::error) return mismatch("error (the injected one)", got.str());
      break;
    case k::unknown: break;
  }
  probes_.next_answered(*it.where, p, index_walk());
  model_.advance(*it.where, p, got.item);
  if (produced != nullptr) *produced = got.item;
  return std::nullopt;
}

std::optional<verdict> case_run::do_next(const step& s) {
  std::optional<value> literal;
  if (s.yields) literal = s.yields->front();
  return judge_next(names_.at(s.target), s.expect, literal);
}

std::optional<verdict> case_run::do_take(const step& s) {
  for (std::size_t i = 0; i < s.count; ++i) {
    std::optional<value> literal;
    if (s.yields) literal = (*s.yields)[i];
    if (auto v = judge_next(names_.at(s.target), {expectation::kind::item}, literal)) {
      v->message = "at item " + std::to_string(i + 1) + " of " + std::to_string(s.count) +
                   (v->message.empty() ? "" : "; " + v->message);
      return v;
    }
  }
  return std::nullopt;
}

std::optional<verdict> case_run::do_drain(const step& s) {
  bound_iterator& it = names_.at(s.target);
  const auto rest = model_.predict_rest(*it.where);
  if (rest.unknown) return case_error("after an error only a generator's next() is predictable; require 'generator'");
  if (s.yields && *s.yields != rest.items)
    return case_error("the case expects " + show(*s.yields) + ", the model predicts " + show(rest.items));
  if (s.expect.what == expectation::kind::end && rest.ends_in_error)
    return case_error("the case expects the end, the model predicts the injected error first");
  if (s.expect.what == expectation::kind::error && !rest.ends_in_error)
    return case_error("the case expects an error, the model predicts the end");
  std::vector<value> seen;
  for (;;) {
    const prediction p = model_.predict_next(*it.where);
    value produced = 0;
    if (auto v = judge_next(it, {}, std::nullopt, &produced)) {
      v->message = "after " + show(seen) + " of the expected " + show(rest.items);
      return v;
    }
    if (p.what == prediction::kind::end || p.what == prediction::kind::error) return std::nullopt;
    seen.push_back(produced);
  }
}

std::optional<verdict> case_run::do_loop(const step& s) {
  if (s.consumer == consumer_kind::membership) return do_membership_loop(s);
  const bool on_subject = s.target == subject_name;
  if (on_subject && !is_iterable()) {
    if (s.expect.what != expectation::kind::model && s.expect.what != expectation::kind::type_error)
      return case_error("this subject is not iterable, the case expects " + s.expect.str());
    const consumed seen = object_->consume(s.consumer);
    if (seen.stop.kind != signal_kind::type_error) return mismatch("type-error", show_signal_list(seen));
    return std::nullopt;
  }
  if (s.expect.what == expectation::kind::type_error)
    return case_error("the target is iterable, the case expects a type error");
  auto where = cursor_for(s.target);
  auto rest = model_.predict_rest(*where);
  if (info(s.consumer).reversed) std::reverse(rest.items.begin(), rest.items.end());
  if (rest.unknown) return case_error("after an error only a generator is predictable; require 'generator'");
  if (s.yields && *s.yields != rest.items)
    return case_error("the case expects " + show(*s.yields) + ", the model predicts " + show(rest.items));
  if (s.expect.what == expectation::kind::error && !rest.ends_in_error)
    return case_error("the case expects an error, the model predicts the end");

  const auto kind = s.consumer;
  if (on_subject) probes_.walk_subject();
  else probes_.use(*names_.at(s.target).begun);
  const consumed seen = on_subject ? object_->consume(kind) : names_.at(s.target).handle->consume(kind);
  const signal_kind want_stop = rest.ends_in_error ? signal_kind::error : signal_kind::end;
  const std::string expected = show(rest.items) + " then " + (rest.ends_in_error ? "error" : "end");
  if (!same_items(seen.items, rest.items, model_.sequence().ordered()) || seen.stop.kind != want_stop)
    return mismatch(expected, show_signal_list(seen));
  const std::size_t from = where->position;
  if (!info(s.consumer).reversed)
    for (std::size_t i = 0; i < seen.items.size(); ++i)
      if (auto v = same_order_as_before(from + i, seen.items[i])) {
        v->message = "the loop gave " + show_signal_list(seen);
        return v;
      }
  probes_.walked(*where, from, rest.items.size(),
                 rest.ends_in_error ? probe_model::stop::error : probe_model::stop::end, index_walk());
  model_.exhaust(*where);
  return std::nullopt;
}

std::optional<verdict> case_run::do_membership_loop(const step& s) {
  (void)s;
  // `in` for every item, each on a fresh subject, so one lookup cannot disturb the next.
  const auto expected = model_.predict_rest(*model_.fresh_cursor());
  std::vector<value> found;
  for (value v : expected.items) {
    probe events;
    auto fresh = build(events, budget_);
    const signal answer = fresh->contains(v);
    if (answer.kind != signal_kind::item)
      return mismatch(std::to_string(v) + " in subject is true", std::to_string(v) + " in subject gave " + answer.str());
    if (answer.item == 1) found.push_back(v);
  }
  if (found != expected.items) return mismatch("found " + show(expected.items), "found " + show(found));
  return std::nullopt;
}

std::optional<verdict> case_run::do_copy(const step& s) {
  bound_iterator& original = names_.at(s.of);
  auto duplicate = original.handle->copy();
  if (!duplicate) return verdict{outcome::error, {}, {}, "the adapter cannot copy an iterator of a forward subject"};
  names_[s.target] = {iterator_ptr(std::move(duplicate)), std::make_shared<cursor>(*original.where),
                      std::make_shared<begin_state>(*original.begun)};
  return std::nullopt;
}

}  // namespace iterconf::detail
