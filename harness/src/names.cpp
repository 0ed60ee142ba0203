// The spellings of the small enums, shared by messages, loaders and reports.
#include <array>
#include <string>

#include "iterconf/case.hpp"
#include "iterconf/outcome.hpp"
#include "iterconf/probe.hpp"
#include "iterconf/rule.hpp"
#include "iterconf/signal.hpp"
#include "iterconf/subject.hpp"

namespace iterconf {

std::string_view name_of(level l) {
  constexpr std::array<std::string_view, 3> names = {"MUST", "SHOULD", "MAY"};
  return names.at(static_cast<std::size_t>(l));
}

std::string_view name_of(membership_path p) {
  constexpr std::array<std::string_view, 4> names = {"contains", "iterate", "index", "type-error"};
  return names.at(static_cast<std::size_t>(p));
}

std::string_view name_of(consumer_kind k) {
  constexpr std::array<std::string_view, 3> names = {"for", "collect", "pair"};
  return names.at(static_cast<std::size_t>(k));
}

std::string_view name_of(loop_consumer c) {
  constexpr std::array<std::string_view, 4> names = {"for", "collect", "pair", "in"};
  return names.at(static_cast<std::size_t>(c));
}

std::string_view name_of(action a) {
  constexpr std::array<std::string_view, 12> names = {"iter",    "next",   "take",     "drain",
                                                      "loop",    "contains", "getitem", "size",
                                                      "distance", "copy",  "equal",    "probe"};
  return names.at(static_cast<std::size_t>(a));
}

std::string_view name_of(outcome o) {
  constexpr std::array<std::string_view, all_outcomes.size()> names = {
      "PASS", "FAIL", "XFAIL", "XPASS", "UNSUPPORTED", "ERROR", "CRASH", "TIMEOUT"};
  return names.at(static_cast<std::size_t>(o));
}

std::optional<outcome> outcome_named(std::string_view name) {
  for (auto o : all_outcomes)
    if (name_of(o) == name) return o;
  return std::nullopt;
}

bool fails_gate(outcome o) {
  return o == outcome::fail || o == outcome::xpass || o == outcome::error || o == outcome::crash ||
         o == outcome::timeout;
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
  }
  return "?";
}

std::string step::str() const {
  std::string out(name_of(act));
  switch (act) {
    case action::contains:
      out += ": " + std::to_string(operand);
      if (!target.empty() && target != subject_name) out += " on " + target;
      break;
    case action::getitem: out += ": " + std::to_string(operand); break;
    case action::equal: out += ": [" + target + ", " + other + "]"; break;
    case action::probe: break;
    default:
      out += ": " + target;
      if (!of.empty()) out += " of " + of;
      if (act == action::take) out += " count " + std::to_string(count);
      if (act == action::loop && consumer != loop_consumer::for_loop)
        out += " with " + std::string(name_of(consumer));
  }
  return out;
}

}  // namespace iterconf
