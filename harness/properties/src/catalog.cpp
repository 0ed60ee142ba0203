// The properties: which operations each one's sequences mix, which probes it compares and which
// rules it checks.
#include <algorithm>
#include <array>

#include "iterconf/iterator_operation.hpp"
#include "iterconf/properties.hpp"

namespace iterconf::properties {

namespace {

// The operations, as a case file spells them.
constexpr operation iter{action::iter}, next{action::next}, take{action::take}, loop{action::loop},
    reiterate{action::loop, true}, contains{action::contains, true}, contains_on{action::contains}, copy{action::copy},
    equal{action::equal}, getitem{action::getitem, true}, size{action::size, true}, distance{action::distance, true},
    probe_step{action::probe, true};

// Every action where its row says a property may draw it (action.hpp), in the table's order.
std::vector<operation> every_drawn_operation() {
  std::vector<operation> out;
  for (const auto& row : action_rows::action_table)
    for (const auto& where : row.drawn)
      if (where) out.push_back({row.what, *where == drawn_on::subject});
  return out;
}

std::vector<property> make_catalog() {
  std::vector<property> all = {
      {"prop.sequence",
       {"next.in-order", "next.end-signal", "exhaust.sticky", "loop.swallows-end", "loop.consumers-agree",
        "next.error-propagates", "gen.raised-finishes", "gen.infinite-partial"},
       "one iterator: next(), bounded and whole loops give the items in order, then the end for ever; an injected "
       "error reaches the caller",
       {iter, next, take, loop, probe_step},
       {},
       1, 1, true, false, {capability::iterable}},
      {"prop.iterations",
       {"iter.iterator-is-self", "container.fresh-iterator", "container.independent-iterators",
        "exhaust.iterator-consumed", "exhaust.resumes", "loop.iter-once"},
       "several iterators and loops over the subject itself: a container starts again every time, an iterator goes "
       "on where it stopped; every loop calls begin() once",
       {iter, next, take, loop, reiterate, probe_step},
       {.iters = true},
       4, 4, false, true, {capability::iterable}},
      {"prop.membership",
       {"in.contains-first", "in.fallback.iterate", "in.partial-consume", "in.fallback.getitem", "in.type-error",
        "in.contains-only"},
       "v in subject and v in it answer as a search of the items does, through the first path the type has, and "
       "consume an iterator up to the match",
       {iter, next, contains, contains_on, probe_step},
       {.contains = true, .index = true, .path = true},
       3, 1, false, true},
      {"prop.copies",
       {"cxx.forward.multipass", "cxx.forward.equal-positions", "cxx.equality.consistent", "cxx.begin.equal"},
       "copies of forward iterators advance on their own and yield the same items; iterators compare equal exactly "
       "at the same position, consistently",
       {iter, next, take, loop, copy, equal, probe_step},
       {},
       3, 1, false, false, {capability::forward}},
      {"prop.index",
       {"index.iter-walk", "index.error-ends", "in.fallback.getitem"},
       "subject[i] is item i and the index error past the end; the index walk tries 0, 1, 2, ... and stays ended",
       {getitem, size, iter, next, take, loop, contains, copy, probe_step},
       {.index = true},
       3, 1, false, false, {capability::getitem}},
      {"prop.size",
       {"cxx.sized.size-is-distance"},
       "size() and the distance from begin() to end() are the number of items a loop produces",
       {size, distance, iter, next, loop, probe_step},
       {},
       2, 1, false, false, {}, {capability::sized, capability::forward}},
      {"prop.laziness",
       {"gen.lazy-start", "gen.pause-at-yield", "gen.infinite-partial"},
       "a lazy subject computes nothing before it is asked, and after k items at most k plus its declared "
       "look-ahead; a generator's body starts at the first next() and finishes at the end",
       {iter, next, take, loop, getitem, probe_step},
       {.started = true, .finished = true, .produced = true},
       3, 1, false, false, {capability::lazy, capability::probed}},
      {"prop.callable",
       {"iter.callable-sentinel"},
       "iter(callable, sentinel) calls the callable once per item and once for the sentinel, then never again",
       {iter, next, take, loop, reiterate, contains, probe_step},
       {.calls = true},
       1, 2, false, true, {capability::callable}},
  };
  // C++ iterator operations at random positions: copies, jumps, decrements, comparisons, writes
  // and walks mixed, each checked by the case model, as a written case would be.
  property positions{"prop.positions", {},
                     "random sequences of C++ iterator operations (++, it++, --, it--, +=, +, -, <=>, [], end - it, "
                     "to_address, writes, iter_swap, empty(), copies, ==, backward and const walks), each at a position "
                     "where it is defined, agree with positions in the sequence",
                     {}, {}, 1, 1, false, false, {capability::forward, capability::ordered, capability::finite}};
  positions.cxx_operations = true;
  for (std::size_t i = 0; i < static_cast<std::size_t>(iterator_op::count_); ++i) {
    const std::string rule(info(static_cast<iterator_op>(i)).rule);
    if (std::find(positions.rules.begin(), positions.rules.end(), rule) == positions.rules.end())
      positions.rules.push_back(rule);
  }
  for (const char* rule : {"cxx.forward.multipass", "cxx.forward.equal-positions", "cxx.bidir.reverse",
                           "cxx.const.same-sequence"})
    positions.rules.emplace_back(rule);
  all.push_back(std::move(positions));
  // Every operation in one sequence, every probe compared: the interactions between the others.
  property mixed{"prop.protocol",
                 {"iter.returns-iterator", "iter.not-iterable"},
                 "every operation mixed in one sequence, every probe compared, errors injected",
                 every_drawn_operation(),
                 probe_keys::all(),
                 4, 3, true, true};
  for (const auto& p : all) {
    if (p.cxx_operations) continue;  // its operations are not mixed in
    for (const auto& r : p.rules)
      if (std::find(mixed.rules.begin(), mixed.rules.end(), r) == mixed.rules.end()) mixed.rules.push_back(r);
  }
  all.push_back(std::move(mixed));
  return all;
}

}  // namespace

const std::vector<property>& catalog() {
  static const std::vector<property> all = make_catalog();
  return all;
}

const property* find_property(std::string_view name) {
  for (const auto& p : catalog())
    if (p.name == name) return &p;
  return nullptr;
}

std::optional<std::string> why_not_applicable(const property& p, const subject_entry& s) {
  // An index-only subject's walks end only at the index error: undefined where at() is unchecked.
  if (s.shape.iteration == iteration_style::index_walk && s.traits.at_bounds == bounds::unchecked)
    return std::string("its walks call at(i) at size(), which is undefined unless its at() checks its bounds: "
                       "declare .at_bounds = iterconf::bounds::checked if at() throws there");
  for (capability c : p.requires_all)
    if (!s.capabilities.has(c)) return "lacks capability '" + std::string(name_of(c)) + "'";
  if (!p.requires_any.empty()) {
    bool any = false;
    std::string names;
    for (capability c : p.requires_any) {
      any = any || s.capabilities.has(c);
      names += (names.empty() ? "'" : " or '") + std::string(name_of(c)) + "'";
    }
    if (!any) return "lacks capability " + names;
  }
  return std::nullopt;
}

}  // namespace iterconf::properties
