// Reading one step of a case.
#include "step_reader.hpp"

#include "identifiers.hpp"
#include "input_limits.hpp"

#include <algorithm>
#include <map>

namespace iterconf::detail {

namespace {

std::optional<expectation> expectation_named(const std::string& word) {
  using k = expectation::kind;
  static const std::map<std::string, expectation> words = {
      {"item", {k::item}},         {"end", {k::end}},
      {"error", {k::error}},       {"type-error", {k::type_error}},
      {"index-error", {k::index_error}}, {"iterator", {k::iterator}},
      {"true", {k::boolean, true}}, {"false", {k::boolean, false}},
      {"less", {k::ordering, false, -1}}, {"equal", {k::ordering, false, 0}}, {"greater", {k::ordering, false, 1}}};
  auto it = words.find(word);
  if (it == words.end()) return std::nullopt;
  return it->second;
}

std::string join(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : ", ") + w;
  return out;
}

}  // namespace

/// "a 'take' step", "an 'advance' step".
std::string a_step(std::string_view action) {
  const bool vowel = !action.empty() && std::string_view("aeiou").find(action.front()) != std::string_view::npos;
  return std::string(vowel ? "an '" : "a '") + std::string(action) + "' step";
}

std::optional<step> step_reader::read(const YAML::Node& node) {
  std::optional<step> s = read_step(node);
  // A step that failed still binds the name it gives, so the steps that use the name do not
  // report the same mistake again as "not bound".
  if (!s && node.IsMap()) {
    for (auto it = node.begin(); it != node.end(); ++it) {
      const step_form* form = it->first.IsScalar() ? form_named(it->first.Scalar()) : nullptr;
      const bool binds = form != nullptr && form->operand == step_operand::new_iterator;
      if (binds && it->second.IsScalar() && is_iterator_name(it->second.Scalar()) && it->second.Scalar() != subject_name)
        bound_.insert(it->second.Scalar());
    }
  }
  return s;
}

std::optional<step> step_reader::read_step(const YAML::Node& node) {
  if (!node.IsMap()) {
    in_.error(node, "a step must be a mapping such as '{next: it}', not " + describe(node));
    return std::nullopt;
  }
  // Find the one action key first, so the modifiers can be checked against its form.
  // `probe` is an action on its own and a modifier beside any other action.
  std::vector<std::pair<std::string, YAML::Node>> actions;
  std::optional<YAML::Node> probe_key;
  for (auto it = node.begin(); it != node.end(); ++it) {
    if (!it->first.IsScalar() || form_named(it->first.Scalar()) == nullptr) continue;
    const std::string name = it->first.Scalar();
    const bool again = std::any_of(actions.begin(), actions.end(), [&](const auto& a) { return a.first == name; });
    if (name == "probe") {
      if (!probe_key) probe_key = it->first;
    } else if (!again) {  // the same action twice is a duplicate key, which mapping() reports
      actions.emplace_back(name, it->first);
    }
  }
  if (actions.empty() && probe_key) actions.emplace_back("probe", *probe_key);
  if (actions.empty()) {
    report_missing_action(node);
    return std::nullopt;
  }
  if (actions.size() > 1) {
    in_.error(actions[1].second, "a step has exactly one action; this one has '" + actions[0].first +
                                     "' and '" + actions[1].first + "'");
    return std::nullopt;
  }
  const step_form& form = *form_named(actions[0].first);
  std::vector<std::string> known = form.modifiers;
  known.push_back(form.spelling);
  auto fields = in_.mapping(node, a_step(form.spelling), known);
  if (!fields) return std::nullopt;

  step s;
  s.act = form.act;
  if (form.op) s.op = *form.op;
  s.where = in_.at(node);
  if (!read_modifiers(s, form, *fields, node)) return std::nullopt;
  if (!read_operand(s, form, (*fields)[form.spelling])) return std::nullopt;
  if (info(s.consumer).subject_only && s.target != subject_name) {
    in_.error((*fields)["consumer"], s.consumer == consumer_kind::membership
                                         ? "consumer 'in' builds a fresh subject for each item, so it runs on 'subject' only"
                                         : "consumer '" + std::string(name_of(s.consumer)) +
                                               "' walks the whole range, so it runs on 'subject' only");
    return std::nullopt;
  }
  if (fields->has("expect")) {
    const YAML::Node& e = (*fields)["expect"];
    if (form.expects.empty()) {
      in_.error(e, a_step(form.spelling) + " takes no 'expect'");
      return std::nullopt;
    }
    if (!read_expect(s, form, e)) return std::nullopt;
    const std::string word = s.expect.what == expectation::kind::count ? "<integer>" : s.expect.str();
    if (std::find(form.expects.begin(), form.expects.end(), word) == form.expects.end()) {
      in_.error(e, a_step(form.spelling) + " can expect " + join(form.expects) + "; not '" + shown(e.Scalar()) + "'");
      return std::nullopt;
    }
  }
  if (fields->has("yields") && !read_yields(s, form, (*fields)["yields"])) return std::nullopt;
  if (fields->has("probe") && form.operand != step_operand::assertions) {
    s.probe = read_probe((*fields)["probe"]);
    if (!s.probe) return std::nullopt;
  }
  // A failed iter() binds nothing: later steps cannot use what does not exist.
  if (form.operand == step_operand::new_iterator && s.expect.what != expectation::kind::type_error)
    bound_.insert(s.target);
  return s;
}

bool step_reader::read_modifiers(step& s, const step_form& form, const yaml_mapping& fields, const YAML::Node& node) {
  bool ok = true;
  // A modifier the form cannot go without is reported where the step is.
  auto present = [&](const std::string& key) {
    if (fields.has(key)) return true;
    if (std::find(form.required.begin(), form.required.end(), key) != form.required.end()) {
      in_.error(node, a_step(form.spelling) + " needs '" + key + "'");
      ok = false;
    }
    return false;
  };
  // The source, `on` and `consumer` shape what the operand means; they are read first.
  if (!form.source.empty() && present(form.source)) {
    auto of = in_.string(fields[form.source], form.source);
    if (of && require_bound(fields[form.source], *of, false)) s.of = *of;
    else ok = false;
  }
  if (form.takes("on") && present("on")) {
    auto on = in_.string(fields["on"], "on");
    if (on && require_bound(fields["on"], *on, true)) s.target = *on;
    else ok = false;
  }
  if (form.takes("consumer") && present("consumer")) {
    auto c = in_.string(fields["consumer"], "consumer");
    if (auto kind = c ? consumer_named(*c) : std::nullopt) {
      s.consumer = *kind;
    } else {
      if (c) {
        std::vector<std::string> names;
        for (std::size_t i = 0; i < static_cast<std::size_t>(consumer_kind::count_); ++i)
          names.emplace_back(name_of(static_cast<consumer_kind>(i)));
        in_.error(fields["consumer"], "consumer must be one of " + join(names) + "; not '" + shown(*c) + "'");
      }
      ok = false;
    }
  }
  if (form.takes("count") && present("count")) {
    if (auto n = in_.integer_at_least(fields["count"], "count", 1)) s.count = static_cast<std::size_t>(*n);
    else ok = false;
  }
  for (const char* by_key : {"by", "at"})
    if (form.takes(by_key) && present(by_key)) {
      if (auto n = in_.integer(fields[by_key], by_key)) s.by = static_cast<std::ptrdiff_t>(*n);
      else ok = false;
    }
  if (form.takes("value") && present("value")) {
    if (auto v = in_.integer(fields["value"], "value")) s.operand = *v;
    else ok = false;
  }
  if (form.takes("values") && present("values")) {
    if (auto list = in_.integer_list(fields["values"], "values")) s.values.assign(list->begin(), list->end());
    else ok = false;
  }
  return ok;
}

void step_reader::report_missing_action(const YAML::Node& node) {
  if (node.begin() == node.end()) {
    in_.error(node, "a step needs an action such as 'next: it', not an empty mapping");
    return;
  }
  // The first key that is no modifier is the misspelt action; if every key is a modifier, the
  // action was left out.
  for (auto it = node.begin(); it != node.end(); ++it) {
    const YAML::Node key = it->first;  // a copy: it-> returns a temporary proxy
    if (!key.IsScalar()) {
      in_.error(key, "a key in a step must be a plain word, not " + describe(key));
      return;
    }
    if (is_modifier(key.Scalar())) continue;
    in_.error(key, "unknown step '" + shown(key.Scalar()) + "'" + in_.did_you_mean(key.Scalar(), step_keys()));
    return;
  }
  const YAML::Node first = node.begin()->first;
  in_.error(first, "a step needs an action such as 'next: it'; '" + first.Scalar() + "' only modifies one");
}

bool step_reader::read_new_iterator(step& s, const YAML::Node& operand, const std::string& what) {
  auto name = in_.string(operand, what);
  if (!name) return false;
  if (!is_iterator_name(*name) || *name == subject_name) {
    in_.error(operand, "'" + shown(*name) + "' cannot name an iterator: use [a-z][a-z0-9_]* other than 'subject'");
    return false;
  }
  s.target = *name;
  return true;
}

bool step_reader::read_operand(step& s, const step_form& form, const YAML::Node& operand) {
  const std::string& key = form.spelling;
  switch (form.operand) {
    case step_operand::new_iterator: return read_new_iterator(s, operand, key + "'s name");
    case step_operand::iterator:
    case step_operand::iterable: {
      const bool iterable = form.operand == step_operand::iterable;
      auto name = in_.string(operand, key + (iterable ? "'s iterable" : "'s iterator"));
      if (!name || !require_bound(operand, *name, iterable)) return false;
      s.target = *name;
      return true;
    }
    case step_operand::subject: {
      auto name = in_.string(operand, key + "'s operand");
      if (!name) return false;
      if (*name != subject_name) {
        in_.error(operand, key + " applies to 'subject' only, not '" + shown(*name) + "'");
        return false;
      }
      s.target = *name;
      return true;
    }
    case step_operand::value: {
      auto v = in_.integer(operand, "the value to look for");
      if (!v) return false;
      s.operand = *v;
      if (s.target.empty()) s.target = std::string(subject_name);
      return true;
    }
    case step_operand::index: {
      auto v = in_.integer_at_least(operand, "the index", 0);
      if (!v) return false;
      s.operand = *v;
      s.target = std::string(subject_name);
      return true;
    }
    case step_operand::two_iterators: return read_two_iterators(s, operand, key);
    case step_operand::assertions: {
      s.probe = read_probe(operand);
      return s.probe.has_value();
    }
    case step_operand::operation: break;  // `operate` has no key of its own
  }
  return false;
}

bool step_reader::read_two_iterators(step& s, const YAML::Node& operand, const std::string& action) {
  auto names = in_.string_list(operand, action + "'s iterators");
  if (!names) return false;
  if (names->size() != 2) {
    in_.error(operand, action + " takes exactly two iterators, not " + std::to_string(names->size()));
    return false;
  }
  if (!require_bound(operand[0], (*names)[0], false) || !require_bound(operand[1], (*names)[1], false)) return false;
  s.target = (*names)[0];
  s.other = (*names)[1];
  return true;
}

bool step_reader::read_expect(step& s, const step_form& form, const YAML::Node& node) {
  if (!node.IsScalar()) {
    in_.error(node, "expect must be a word or an integer, not " + describe(node));
    return false;
  }
  if (form.count_min) {
    auto n = in_.integer_at_least(node, "the expected count", *form.count_min);
    if (!n) return false;
    s.expect = {expectation::kind::count, false, *n};
    return true;
  }
  if (std::find(form.expects.begin(), form.expects.end(), "<integer>") != form.expects.end()) {
    auto n = in_.integer(node, "the expected difference");
    if (!n) return false;
    s.expect = {expectation::kind::count, false, *n};
    return true;
  }
  auto e = expectation_named(node.Scalar());
  if (!e) {
    in_.error(node, "unknown expectation '" + shown(node.Scalar()) + "'");
    return false;
  }
  s.expect = *e;
  return true;
}

bool step_reader::read_yields(step& s, const step_form& form, const YAML::Node& node) {
  if (form.yields == yields_form::one) {
    auto v = in_.integer(node, "yields");
    if (!v) return false;
    s.yields = std::vector<value>{*v};
    return true;
  }
  auto values = in_.integer_list(node, "yields");
  if (!values) return false;
  if (form.takes("count") && values->size() != s.count) {
    in_.error(node, "yields lists " + std::to_string(values->size()) + " values but count is " +
                        std::to_string(s.count));
    return false;
  }
  s.yields = std::vector<value>(values->begin(), values->end());
  return true;
}

bool step_reader::require_bound(const YAML::Node& node, const std::string& name, bool subject_allowed) {
  if (subject_allowed && name == subject_name) return true;
  if (bound_.count(name) != 0) return true;
  std::vector<std::string> names;
  if (in_.reporting()) names.assign(bound_.begin(), bound_.end());
  in_.error(node, "'" + shown(name) + "' is not an iterator bound by an earlier step" + in_.did_you_mean(name, names));
  return false;
}

}  // namespace iterconf::detail
