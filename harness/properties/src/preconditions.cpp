// Which operations a model state allows, and with which arguments: RapidCheck's preconditions,
// which keep a sequence within what the protocol determines (and within the property's reach).
#include <algorithm>

#include "reference_model.hpp"

namespace iterconf::properties::detail {

bool world::may_begin_walk() const {
  const bool one_walk = s->exclusive || (s->who == subject_role::iterator && !s->prop->mixes_walks);
  return !one_walk || (handles.empty() && !subject_walked);
}

bool world::iter_allowed() const {
  const std::size_t limit = s->who == subject_role::container  ? s->prop->iters_on_containers
                            : s->who == subject_role::iterator ? s->prop->iters_on_iterators
                                                       : 2;
  return iter_calls < limit && handles.size() < 6 && may_begin_walk();
}

std::vector<std::size_t> world::known_handles() const {
  std::vector<std::size_t> out;
  for (std::size_t h = 0; h < handles.size(); ++h)
    if (handles[h].usable && !cursors[handles[h].cursor].unknown) out.push_back(h);
  return out;
}

bool world::allows(const operation_args& op) const {
  auto known = [&](std::size_t h) {
    return h < handles.size() && handles[h].usable && !cursors[handles[h].cursor].unknown;
  };
  auto position_of = [&](std::size_t h) { return cursors[handles[h].cursor].position; };
  const bool range_forward = s->how == iteration_style::range && s->has(capability::forward);
  switch (op.kind) {
    case operation_kind::iter: return op.a == handles.size() && iter_allowed();
    case operation_kind::next: return known(op.a);
    case operation_kind::take: return known(op.a) && op.n >= 1;
    case operation_kind::loop: return known(op.a) && s->finite();
    case operation_kind::reiterate:
      if (s->how == iteration_style::none) return true;
      if (!s->finite()) return false;
      if (s->who == subject_role::iterator) return !cursors[0].unknown && may_begin_walk();
      return true;
    case operation_kind::contains:
      if (!s->representable(op.v)) return false;
      switch (s->path) {
        case membership_path::type_error:
        case membership_path::contains: return true;
        case membership_path::index: return s->finite();
        case membership_path::iterate:
          if (s->who == subject_role::iterator)
            return !cursors[0].unknown && may_begin_walk() && s->found_ahead(op.v, cursors[0].position);
          return s->found_ahead(op.v, 0);
      }
      return false;
    case operation_kind::contains_on:
      return s->representable(op.v) && known(op.a) && s->found_ahead(op.v, position_of(op.a));
    case operation_kind::copy:
      return (range_forward || s->how == iteration_style::index_walk) && known(op.a) && op.b == handles.size() &&
             handles.size() < 6;
    case operation_kind::equal: return range_forward && known(op.a) && known(op.b);
    case operation_kind::getitem:
      return s->has(capability::getitem) && s->finite() && (s->sequence().ordered() || op.n >= s->length());
    // An iterator-role subject's size() may count what is left (views::generate_n): asked only
    // before anything walked it.
    case operation_kind::size:
      return s->has(capability::sized) && s->finite() && (s->who != subject_role::iterator || !started);
    case operation_kind::distance: return range_forward && s->finite() && !s->raises_at;
    case operation_kind::probe: return true;
  }
  return false;
}

std::vector<operation_kind> world::possible() const {
  std::vector<operation_kind> out;
  const auto known = known_handles();
  for (operation_kind k : s->prop->operations) {
    operation_args probe_args;
    probe_args.kind = k;
    bool ok = false;
    switch (k) {
      case operation_kind::iter: ok = iter_allowed(); break;
      case operation_kind::next:
      case operation_kind::take:
      case operation_kind::contains_on: ok = !known.empty(); break;
      case operation_kind::loop: ok = !known.empty() && s->finite(); break;
      case operation_kind::copy:
        for (std::size_t h : known) ok = ok || allows({k, h, handles.size()});
        break;
      case operation_kind::equal: ok = !known.empty() && allows({k, known.front(), known.front()}); break;
      case operation_kind::contains:
        switch (s->path) {
          case membership_path::index: ok = s->finite(); break;
          case membership_path::iterate:
            // An infinite ordered subject always has a value ahead to find.
            ok = s->who != subject_role::iterator || (!cursors[0].unknown && may_begin_walk());
            break;
          default: ok = true; break;
        }
        break;
      case operation_kind::getitem: ok = s->has(capability::getitem) && s->finite(); break;
      default: ok = allows(probe_args); break;
    }
    if (ok) out.push_back(k);
  }
  if (std::find(out.begin(), out.end(), operation_kind::probe) == out.end()) out.push_back(operation_kind::probe);
  return out;
}

}  // namespace iterconf::properties::detail
