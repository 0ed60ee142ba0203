// Writing random cases of C++ iterator operations: each step is drawn among those the subject's
// capabilities allow and the model's positions make defined, so a generated case never
// contradicts the model; RapidCheck shrinks a failing one by drawing again with smaller choices.
#include "generated_case.hpp"

#include <algorithm>
#include <cctype>
#include <cstddef>

#include "iterconf/model.hpp"
#include "iterconf/executor.hpp"

namespace iterconf::properties::detail {

namespace {

/// The iterators a generated case has bound, by position (the model's positions, kept here so
/// that every step drawn is defined where its iterators stand).
struct drawing {
  const subject_entry& subject;
  std::ptrdiff_t length;
  std::vector<std::ptrdiff_t> at;  // position of iterator i, named "it<i>"
  conformance_case& out;

  [[nodiscard]] bool has(capability c) const { return subject.capabilities.has(c); }
  static std::string name(std::size_t i) { return "it" + std::to_string(i); }

  step& add(action a, std::string target) {
    step s;
    s.act = a;
    s.target = std::move(target);
    s.where = {"<" + out.id + ">", static_cast<int>(out.steps.size() + 1), 1};
    out.steps.push_back(std::move(s));
    return out.steps.back();
  }
  step& operate(iterator_op op, std::size_t i) {
    step& s = add(action::operate, name(i));
    s.op = op;
    return s;
  }
  std::size_t bind(std::ptrdiff_t position) {
    at.push_back(position);
    return at.size() - 1;
  }
};

/// What a step may be, given the iterators bound so far.
enum class draw {
  iter, next, read, same_object, arrow, increment, postfix_increment, decrement, postfix_decrement, advance,
  jump, difference, order, subscript, to_end, at_end, address, write, copy, equal, walk, fill, copy_in,
  value_init, data, empty, iter_swap, iter_move
};

std::vector<draw> possible(const drawing& d) {
  std::vector<draw> out;
  const bool any = !d.at.empty();
  const bool room = d.at.size() < 4;
  bool before_end = false, after_begin = false;
  for (auto p : d.at) {
    before_end = before_end || p < d.length;
    after_begin = after_begin || p > 0;
  }
  auto when = [&](bool ok, std::initializer_list<draw> ds) {
    if (ok) out.insert(out.end(), ds);
  };
  when(room, {draw::iter});
  when(before_end, {draw::next, draw::read, draw::increment, draw::postfix_increment});
  when(before_end && d.has(capability::lvalue_reference), {draw::same_object});
  when(before_end && d.has(capability::arrow), {draw::arrow});
  when(after_begin && d.has(capability::bidirectional), {draw::decrement, draw::postfix_decrement});
  when(any && d.has(capability::random_access), {draw::advance, draw::difference, draw::order});
  when(any && room && d.has(capability::random_access), {draw::jump});
  when(any && d.length > 0 && d.has(capability::random_access), {draw::subscript});
  when(any && d.has(capability::sized_sentinel), {draw::to_end});
  when(any, {draw::at_end});
  when(any && d.has(capability::contiguous), {draw::address});
  const bool writes = d.has(capability::writable) && d.has(capability::as_given) && !d.out.given.empty();
  when(before_end && writes, {draw::write, draw::iter_swap});
  when(any && room, {draw::copy});
  when(any, {draw::equal});
  out.push_back(draw::walk);
  when(writes, {draw::fill, draw::copy_in});
  out.push_back(draw::value_init);
  when(d.has(capability::contiguous), {draw::data});
  out.push_back(draw::empty);
  when(before_end, {draw::iter_move});
  return out;
}

/// An integer in [low, high), drawn over the whole range whatever RapidCheck's size (which
/// would otherwise keep sequences to a step or two); it still shrinks towards `low`.
template <class T>
T uniform(T low, T high) {
  return *rc::gen::resize(100, rc::gen::inRange<T>(low, high));
}

/// An iterator whose position satisfies `ok`; there is one (possible() said so).
std::size_t pick(const drawing& d, auto ok) {
  std::vector<std::size_t> fit;
  for (std::size_t i = 0; i < d.at.size(); ++i)
    if (ok(d.at[i])) fit.push_back(i);
  return *rc::gen::elementOf(fit);
}

/// A value to write: one the subject already holds. A view may constrain what its elements can
/// become (writing a value filter_view's predicate rejects is undefined, [range.filter.iterator]);
/// its own values never break that.
value value_to_write(const drawing& d) { return *rc::gen::elementOf(d.out.given); }

/// A walk over the whole subject, in a way its concept allows.
consumer_kind pick_walk(const drawing& d) {
  std::vector<consumer_kind> ways = {consumer_kind::for_loop};
  if (d.has(capability::bidirectional))
    ways.insert(ways.end(), {consumer_kind::backward, consumer_kind::reverse_iterator, consumer_kind::reverse_view});
  if (d.has(capability::const_iterable)) ways.push_back(consumer_kind::as_const);
  return *rc::gen::elementOf(ways);
}

void draw_step(drawing& d, draw what) {
  const auto n = d.length;
  auto anywhere = [](std::ptrdiff_t) { return true; };
  auto before_end = [n](std::ptrdiff_t p) { return p < n; };
  switch (what) {
    case draw::iter: d.add(action::iter, drawing::name(d.bind(0))); break;
    case draw::next: {
      const auto i = pick(d, before_end);
      d.add(action::next, drawing::name(i));
      ++d.at[i];
      break;
    }
    case draw::read: d.operate(iterator_op::read, pick(d, before_end)); break;
    case draw::iter_move: d.operate(iterator_op::iter_move, pick(d, before_end)); break;
    case draw::same_object: d.operate(iterator_op::same_object, pick(d, before_end)); break;
    case draw::arrow: d.operate(iterator_op::arrow, pick(d, before_end)); break;
    case draw::increment:
    case draw::postfix_increment: {
      const auto i = pick(d, before_end);
      d.operate(what == draw::increment ? iterator_op::increment : iterator_op::postfix_increment, i);
      ++d.at[i];
      break;
    }
    case draw::decrement:
    case draw::postfix_decrement: {
      const auto i = pick(d, [](std::ptrdiff_t p) { return p > 0; });
      d.operate(what == draw::decrement ? iterator_op::decrement : iterator_op::postfix_decrement, i);
      --d.at[i];
      break;
    }
    case draw::advance:
    case draw::jump:
    case draw::address: {
      const auto i = pick(d, anywhere);
      const auto by = uniform<std::ptrdiff_t>(-d.at[i], n - d.at[i] + 1);
      const auto op = what == draw::advance ? iterator_op::advance : what == draw::jump ? iterator_op::jump : iterator_op::address;
      step& s = d.operate(op, i);
      s.by = by;
      if (what == draw::advance) d.at[i] += by;
      if (what == draw::jump) {
        s.of = s.target;
        s.target = drawing::name(d.bind(d.at[i] + by));
      }
      break;
    }
    case draw::subscript: {
      const auto i = pick(d, anywhere);
      d.operate(iterator_op::subscript, i).by = uniform<std::ptrdiff_t>(-d.at[i], n - d.at[i]);
      break;
    }
    case draw::difference:
    case draw::order:
    case draw::equal: {
      const auto a = pick(d, anywhere);
      const auto b = pick(d, anywhere);
      step& s = what == draw::equal ? d.add(action::equal, drawing::name(a))
                                    : d.operate(what == draw::order ? iterator_op::order : iterator_op::difference, a);
      s.other = drawing::name(b);
      break;
    }
    case draw::to_end: d.operate(iterator_op::to_end, pick(d, anywhere)); break;
    case draw::at_end: d.operate(iterator_op::at_end, pick(d, anywhere)); break;
    case draw::write: d.operate(iterator_op::write, pick(d, before_end)).operand = value_to_write(d); break;
    case draw::iter_swap: {
      const auto a = pick(d, before_end);
      d.operate(iterator_op::iter_swap, a).other = drawing::name(pick(d, before_end));
      break;
    }
    case draw::copy: {
      const auto from = pick(d, anywhere);
      d.add(action::copy, drawing::name(d.bind(d.at[from]))).of = drawing::name(from);
      break;
    }
    case draw::walk: d.add(action::loop, std::string(subject_name)).consumer = pick_walk(d); break;
    case draw::fill: {
      step& s = d.add(action::operate, std::string(subject_name));
      s.op = iterator_op::fill;
      s.operand = value_to_write(d);
      break;
    }
    case draw::copy_in: {
      step& s = d.add(action::operate, std::string(subject_name));
      s.op = iterator_op::copy_in;
      const auto k = uniform<std::ptrdiff_t>(0, n + 1);
      for (std::ptrdiff_t j = 0; j < k; ++j) s.values.push_back(value_to_write(d));
      break;
    }
    case draw::value_init:
    case draw::data:
    case draw::empty: {
      step& s = d.add(action::operate, std::string(subject_name));
      s.op = what == draw::data ? iterator_op::data : what == draw::empty ? iterator_op::empty : iterator_op::value_init;
      break;
    }
  }
}

}  // namespace

rc::Gen<conformance_case> generated_case(const property& p, const subject_entry& s, std::vector<value> given) {
  return rc::gen::exec([&p, &s, given] {
    conformance_case c;
    c.id = p.name;
    c.rules = p.rules;
    c.summary = p.summary;
    c.given = given;
    c.area = "prop";
    c.budget = 100000;
    c.where = {"<" + p.name + ">", 0, 0};
    const iterconf::detail::sequence_model sequence(c.given, s.traits.sequence);
    drawing d{s, static_cast<std::ptrdiff_t>(sequence.size()), {}, c};
    const auto count = uniform<std::size_t>(1, 41);
    for (std::size_t k = 0; k < count; ++k) draw_step(d, *rc::gen::elementOf(possible(d)));
    return c;
  });
}

namespace {

bool same_failure(const case_result& a, const case_result& b) {
  return a.result == b.result && a.step == b.step && a.expected == b.expected && a.observed == b.observed;
}

}  // namespace

minimal_failure minimize(const conformance_case& written, const subject_entry& s, const case_result& failed) {
  minimal_failure out{written, failed, {}};
  if (failed.step_number && *failed.step_number < out.the_case.steps.size()) out.the_case.steps.resize(*failed.step_number);
  for (bool smaller = true; smaller;) {
    smaller = false;
    for (std::size_t i = 0; i + 1 < out.the_case.steps.size(); ++i) {
      conformance_case fewer = out.the_case;
      fewer.steps.erase(fewer.steps.begin() + static_cast<std::ptrdiff_t>(i));
      const case_result r = execute({&s, &fewer, std::nullopt});
      // The same failing operation, observed the same way, now at the last step.
      if (r.step_number == fewer.steps.size() && same_failure(r, failed)) {
        out.the_case = std::move(fewer);
        out.result = r;
        smaller = true;
        break;
      }
    }
  }
  for (std::size_t i = 0; i < out.the_case.steps.size(); ++i)
    out.the_case.steps[i].where = {"<" + written.id + ">", static_cast<int>(i + 1), 1};
  if (!out.the_case.steps.empty()) out.rules.push_back(rule_of(out.the_case.steps.back()));
  for (const auto& st : out.the_case.steps) {
    const std::string rule = rule_of(st);
    if (st.act == action::operate && std::find(out.rules.begin(), out.rules.end(), rule) == out.rules.end())
      out.rules.push_back(rule);
  }
  return out;
}

std::string found_case_id(const std::string& rule, const std::string& property, const std::string& subject,
                          unsigned long long seed) {
  // An id of the case format's words: the subject's name, lower case, non-alphanumerics as '-'.
  std::string slug;
  for (char ch : subject) {
    const bool word = std::isalnum(static_cast<unsigned char>(ch)) != 0;
    if (word) slug += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    else if (!slug.empty() && slug.back() != '-') slug += '-';
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return rule + ".found-by-" + property.substr(property.find('.') + 1) + "." + slug + ".seed-" + std::to_string(seed);
}

std::string found_case_summary(const std::string& property, const std::string& subject, unsigned long long seed) {
  return "what " + property + " found on " + subject + " with seed " + std::to_string(seed) +
         ", shrunk to its failing step";
}

conformance_case regression_case(const minimal_failure& found, const subject_entry& s, unsigned long long seed) {
  conformance_case c = found.the_case;
  const std::string property = c.id;
  c.rules = found.rules.empty() ? c.rules : found.rules;
  c.id = found_case_id(c.rules.front(), property, s.name, seed);
  c.summary = found_case_summary(property, s.name, seed);
  return c;
}

std::string rule_of(const step& s) {
  if (s.act == action::operate) return std::string(info(s.op).rule);
  if (s.act == action::loop && !info(s.consumer).rule.empty()) return std::string(info(s.consumer).rule);
  const std::string_view rule = info(s.act).rule;
  return rule.empty() ? "next.in-order" : std::string(rule);
}

namespace {

// The rule each probe key is the evidence of (INTERPRETING.md section 9).
std::string rule_of_probe_key(std::string_view key) {
  if (key == "started") return "gen.lazy-start";
  if (key == "finished" || key == "produced") return "gen.pause-at-yield";
  if (key == "calls") return "iter.callable-sentinel";
  if (key == "iters") return "loop.iter-once";
  if (key == "contains" || key == "path") return "in.contains-first";
  if (key == "index") return "index.iter-walk";
  return {};
}

}  // namespace

std::vector<std::string> rules_of_failure(const std::vector<std::string>& property_rules, const step& failing,
                                          const case_result& r) {
  constexpr std::string_view probe_prefix = "probe ";
  const std::string lead = r.message.rfind(probe_prefix, 0) == 0 ? rule_of_probe_key(r.message.substr(probe_prefix.size()))
                                                                 : rule_of(failing);
  std::vector<std::string> out = property_rules;
  auto it = std::find(out.begin(), out.end(), lead);
  if (it != out.end()) std::rotate(out.begin(), it, it + 1);
  return out;
}

}  // namespace iterconf::properties::detail
