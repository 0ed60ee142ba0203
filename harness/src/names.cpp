// The spellings of the small enums, shared by messages, loaders and reports.
#include <array>
#include <string>

#include "iterconf/case.hpp"
#include "iterconf/outcome.hpp"
#include "iterconf/probe.hpp"
#include "iterconf/rule.hpp"
#include "iterconf/signal.hpp"
#include "iterconf/subject.hpp"
#include "step_form.hpp"

namespace iterconf {

std::string_view name_of(level l) {
  constexpr std::array<std::string_view, 3> names = {"MUST", "SHOULD", "MAY"};
  return names.at(static_cast<std::size_t>(l));
}

std::string_view name_of(membership_path p) {
  constexpr std::array<std::string_view, 4> names = {"contains", "iterate", "index", "type-error"};
  return names.at(static_cast<std::size_t>(p));
}

namespace {

using ck = consumer_kind;
constexpr std::array<consumer_info, static_cast<std::size_t>(ck::count_)> consumers = {{
    {ck::for_loop, "for", false, false, std::nullopt, ""},
    {ck::collect, "collect", false, false, std::nullopt, ""},
    {ck::pair, "pair", false, false, std::nullopt, ""},
    {ck::membership, "in", false, true, std::nullopt, ""},
    {ck::backward, "backward", true, true, capability::bidirectional, "cxx.bidir.reverse"},
    {ck::reverse_iterator, "reverse-iterator", true, true, capability::bidirectional, "cxx.bidir.reverse"},
    {ck::reverse_view, "reverse-view", true, true, capability::bidirectional, "cxx.bidir.reverse"},
    {ck::as_const, "const", false, true, capability::const_iterable, "cxx.const.same-sequence"},
}};

}  // namespace

const consumer_info& info(consumer_kind k) { return consumers.at(static_cast<std::size_t>(k)); }

std::string_view name_of(consumer_kind k) { return info(k).spelling; }

std::optional<consumer_kind> consumer_named(std::string_view name) {
  for (const auto& c : consumers)
    if (c.spelling == name) return c.kind;
  return std::nullopt;
}

std::string_view name_of(action a) { return info(a).spelling; }

std::string_view name_of(outcome o) { return info(o).name; }

std::optional<outcome> outcome_named(std::string_view name) {
  for (auto o : all_outcomes)
    if (name_of(o) == name) return o;
  return std::nullopt;
}

const std::string& signal::message() const {
  static const std::string none;
  return text ? *text : none;
}

std::string signal::str() const {
  switch (kind) {
    case signal_kind::item: return "item " + std::to_string(item);
    case signal_kind::end: return "end";
    case signal_kind::error: return "error (" + message() + ")";
    case signal_kind::type_error: return "type-error (" + message() + ")";
    case signal_kind::index_error: return "index-error";
  }
  return "?";
}

std::string expectation::str() const {
  switch (what) {
    case kind::model: return "model";
    case kind::item: return "item";
    case kind::end: return "end";
    case kind::error: return "error";
    case kind::type_error: return "type-error";
    case kind::index_error: return "index-error";
    case kind::iterator: return "iterator";
    case kind::boolean: return flag ? "true" : "false";
    case kind::count: return std::to_string(number);
    case kind::ordering: return number < 0 ? "less" : number == 0 ? "equal" : "greater";
  }
  return "?";
}

std::string step::str() const {
  const detail::step_form& form = detail::form_of(*this);
  std::string out = form.spelling;
  switch (form.operand) {
    case step_operand::assertions:
    case step_operand::operation: break;
    case step_operand::two_iterators: out += ": [" + target + ", " + other + "]"; break;
    case step_operand::value:
      out += ": " + std::to_string(operand);
      if (!target.empty() && target != subject_name) out += " on " + target;
      break;
    case step_operand::index: out += ": " + std::to_string(operand); break;
    default: out += ": " + target;
  }
  if (!form.source.empty() && !of.empty()) out += " " + form.source + " " + of;
  if (form.takes("count")) out += " count " + std::to_string(count);
  if (form.takes("consumer") && consumer != consumer_kind::for_loop) out += " with " + std::string(name_of(consumer));
  if (form.takes("by")) out += " by " + std::to_string(by);
  if (form.takes("at")) out += " at " + std::to_string(by);
  if (form.takes("value")) out += " value " + std::to_string(operand);
  return out;
}

}  // namespace iterconf
