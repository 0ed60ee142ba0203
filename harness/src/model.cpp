// The model of the protocol.
#include "iterconf/model.hpp"

#include <algorithm>

namespace iterconf::detail {

sequence_model::sequence_model(std::span<const value> given, order o) : order_(o), items_(given.begin(), given.end()) {
  switch (o) {
    case order::sorted: std::sort(items_.begin(), items_.end()); break;
    case order::sorted_unique:
      std::sort(items_.begin(), items_.end());
      items_.erase(std::unique(items_.begin(), items_.end()), items_.end());
      break;
    case order::unique:
    case order::insertion: {  // each value where it first occurred (unique: only the multiset counts)
      std::vector<value> seen;
      for (value v : items_)
        if (std::find(seen.begin(), seen.end(), v) == seen.end()) seen.push_back(v);
      items_ = seen;
      break;
    }
    case order::counting:
      start_ = items_.empty() ? 0 : items_.front();
      items_.clear();
      break;
    default: break;
  }
}

value sequence_model::at(std::size_t i) const {
  if (order_ == order::counting) return start_ + static_cast<value>(i);
  if (order_ == order::cycling) return items_.at(i % items_.size());
  return items_.at(i);
}

std::optional<std::size_t> sequence_model::find(value v, std::size_t from) const {
  if (order_ == order::counting) {
    if (v < start_ + static_cast<value>(from)) return std::nullopt;
    return static_cast<std::size_t>(v - start_);
  }
  if (order_ == order::cycling) {
    if (items_.empty()) return std::nullopt;
    for (std::size_t i = from; i < from + items_.size(); ++i)
      if (at(i) == v) return i;
    return std::nullopt;
  }
  for (std::size_t i = from; i < items_.size(); ++i)
    if (items_[i] == v) return i;
  return std::nullopt;
}

bool sequence_model::contains(value v) const {
  if (order_ == order::counting) return v >= start_;
  return std::find(items_.begin(), items_.end(), v) != items_.end();
}

std::string prediction::str() const {
  switch (what) {
    case kind::item: return "item " + std::to_string(item);
    case kind::any_remaining: return "an item not produced yet";
    case kind::end: return "end";
    case kind::error: return "error";
    case kind::unknown: return "unknown";
  }
  return "?";
}

protocol_model::protocol_model(std::span<const value> given, order o, std::optional<std::size_t> raises_at,
                               bool generator)
    : sequence_(given, o), raises_at_(raises_at), generator_(generator) {}

std::shared_ptr<cursor> protocol_model::fresh_cursor() const {
  auto c = std::make_shared<cursor>();
  if (!sequence_.ordered()) c->remaining.insert(sequence_.items().begin(), sequence_.items().end());
  return c;
}

prediction protocol_model::predict_next(const cursor& c) const {
  using k = prediction::kind;
  if (c.unknown) return {k::unknown};
  if (c.finished) return {k::end};
  // A cycle of no values is empty, not infinite.
  const bool at_end = (!sequence_.infinite() || sequence_.cycles_nothing()) && c.position >= sequence_.size();
  if (raises_at_ && !c.raised && c.position == *raises_at_ && !at_end) return {k::error};
  if (at_end) return {k::end};
  if (!sequence_.ordered()) return {k::any_remaining};
  return {k::item, sequence_.at(c.position)};
}

void protocol_model::advance(cursor& c, const prediction& p, value produced) const {
  switch (p.what) {
    case prediction::kind::item: ++c.position; break;
    case prediction::kind::any_remaining:
      ++c.position;
      c.remaining.erase(c.remaining.find(produced));
      break;
    case prediction::kind::error:
      c.raised = true;
      // A generator is finished by an escaped error ([gen.raised-finishes]); for anything else
      // the protocol does not say what comes next.
      if (generator_) c.finished = true;
      else c.unknown = true;
      break;
    default: break;
  }
}

protocol_model::rest protocol_model::predict_rest(const cursor& c) const {
  rest out;
  cursor walk = c;
  for (;;) {
    prediction p = predict_next(walk);
    if (p.what == prediction::kind::end) return out;
    if (p.what == prediction::kind::unknown) {
      out.unknown = true;
      return out;
    }
    if (p.what == prediction::kind::error) {
      out.ends_in_error = true;
      return out;
    }
    if (p.what == prediction::kind::any_remaining) {
      out.items.assign(walk.remaining.begin(), walk.remaining.end());
      return out;
    }
    out.items.push_back(p.item);
    advance(walk, p, p.item);
  }
}

void protocol_model::exhaust(cursor& c) const {
  for (;;) {
    prediction p = predict_next(c);
    if (p.what == prediction::kind::end || p.what == prediction::kind::unknown) return;
    if (p.what == prediction::kind::any_remaining) {
      c.position += c.remaining.size();
      c.remaining.clear();
      return;
    }
    advance(c, p, p.item);
    if (p.what == prediction::kind::error) return;
  }
}

protocol_model::walk protocol_model::predict_walk(cursor& c, value v) const {
  if (c.unknown) return walk::unknown;
  if (c.finished) return walk::not_found;
  if (!sequence_.ordered()) {
    // Without an order, which items a walk consumes is unknown; only the answer is.
    const bool found = c.remaining.count(v) != 0;
    c.unknown = true;
    return found ? walk::found : walk::not_found;
  }
  auto match = sequence_.find(v, c.position);
  const bool error_first = raises_at_ && !c.raised && *raises_at_ >= c.position &&
                           (!match || *raises_at_ <= *match) &&
                           (sequence_.infinite() || *raises_at_ < sequence_.size());
  if (error_first) {
    c.position = *raises_at_;
    advance(c, {prediction::kind::error}, 0);
    return walk::error;
  }
  if (match) {
    c.position = *match + 1;
    return walk::found;
  }
  if (sequence_.infinite() && !sequence_.cycles_nothing()) return walk::endless;
  c.position = sequence_.size();
  return walk::not_found;
}

}  // namespace iterconf::detail
