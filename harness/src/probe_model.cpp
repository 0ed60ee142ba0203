// The model of the probe events (probe_model.hpp).
#include "probe_model.hpp"

#include <algorithm>

namespace iterconf::detail {

namespace {

std::string yes_no(bool b) { return b ? "true" : "false"; }

std::string list(const std::vector<std::size_t>& v) {
  std::string out = "[";
  for (std::size_t i = 0; i < v.size(); ++i) out += (i ? ", " : "") + std::to_string(v[i]);
  return out + "]";
}

std::string path_text(const std::optional<membership_path>& p) {
  return p ? "path " + std::string(name_of(*p)) : "no membership test";
}

}  // namespace

probe_model::probe_model(const subject_entry& s, const protocol_model& model, const cursor* shared)
    : subject_(s), model_(model), shared_(shared),
      stale_after_begin_(!s.capabilities.has(capability::container) && s.shape.input_only_iterators) {}

void probe_model::use(begin_state& b) {
  if (range()) {
    const bool stale = stale_after_begin_ && b.begun && b.number != begins_;
    if (!b.begun || stale) {
      b.number = ++begins_;
      ++walks_;
    }
  } else if (!b.begun) {
    ++walks_;
  }
  b.begun = true;
  started_ = true;
}

void probe_model::walk_subject() {
  if (range()) ++begins_;
  ++walks_;
  started_ = true;
}

void probe_model::settle(begin_state& b) {
  if (!b.begun) {
    b.number = ++begins_;
    ++walks_;
    b.begun = true;
    started_ = true;
  }
  ++computed_;
}

void probe_model::next_answered(cursor& at, const prediction& p, bool index_walk) {
  if (index_walk && !at.met_end) indices_.push_back(at.position);
  switch (p.what) {
    case prediction::kind::item:
    case prediction::kind::any_remaining:
      ++computed_;
      reached_ = std::max(reached_, at.position + 1);
      break;
    case prediction::kind::error:
      if (range()) begins_known_ = false;
      break;
    case prediction::kind::end: at.met_end = true; break;
    case prediction::kind::unknown: break;
  }
}

void probe_model::walked(cursor& at, std::size_t from, std::size_t items, stop how, bool index_walk) {
  if (index_walk && !at.met_end) {
    for (std::size_t i = 0; i < items; ++i) indices_.push_back(from + i);
    if (how != stop::found) indices_.push_back(from + items);
  }
  computed_ += items;
  reached_ = std::max(reached_, from + items);
  if (how == stop::end) at.met_end = true;
  if (how == stop::error && range()) begins_known_ = false;
}

void probe_model::indexed(std::size_t i, bool item) {
  indices_.push_back(i);
  if (item) ++computed_;
}

void probe_model::measured() {
  ++begins_;
  ++walks_;
  computed_ += model_.sequence().size();
}

std::optional<probe_difference> probe_model::compare(const probe_keys& keys, const probe& ev) const {
  const bool own = own_position_known();
  if (keys.iters && has(capability::probed) && range() && begins_known_ && ev.iters() != begins_)
    return probe_difference{"iters", "iters " + std::to_string(begins_), "iters " + std::to_string(ev.iters())};
  if (keys.produced && has(capability::lazy) && has(capability::probed) && own) {
    const std::size_t lookahead = subject_.traits.lookahead;
    const std::size_t lo = shared_ != nullptr ? shared_->position : reached_;
    const std::size_t hi = shared_ != nullptr ? shared_->position + lookahead : computed_ + lookahead * walks_;
    if (ev.produced() < lo || ev.produced() > hi)
      return probe_difference{
          "produced", "produced " + (lo == hi ? std::to_string(lo) : "between " + std::to_string(lo) + " and " + std::to_string(hi)),
          "produced " + std::to_string(ev.produced())};
  }
  if (has(capability::generator) && has(capability::probed)) {
    if (keys.started && ev.started() != started_)
      return probe_difference{"started", "started " + yes_no(started_), "started " + yes_no(ev.started())};
    const bool finished = shared_ != nullptr && shared_->met_end && !shared_->raised;
    if (keys.finished && own && ev.finished() != finished)
      return probe_difference{"finished", "finished " + yes_no(finished), "finished " + yes_no(ev.finished())};
  }
  if (keys.calls && has(capability::callable) && own) {
    const std::size_t calls = shared_ == nullptr ? 0 : shared_->position + (shared_->met_end ? 1 : 0);
    if (ev.calls() != calls)
      return probe_difference{"calls", "calls " + std::to_string(calls), "calls " + std::to_string(ev.calls())};
  }
  if (keys.path && ev.path() != path_) return probe_difference{"path", path_text(path_), path_text(ev.path())};
  if (keys.contains && has(capability::contains) && ev.contains_calls() != contains_calls_)
    return probe_difference{"contains", "contains calls " + std::to_string(contains_calls_),
                            "contains calls " + std::to_string(ev.contains_calls())};
  if (keys.index && has(capability::getitem) && ev.indices() != indices_)
    return probe_difference{"index", "indices " + list(indices_), "indices " + list(ev.indices())};
  return std::nullopt;
}

}  // namespace iterconf::detail
