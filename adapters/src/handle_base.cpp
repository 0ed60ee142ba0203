// Consumers and membership over the rest of an iterator handle.
#include "iterconf/adapt/handle_base.hpp"

#include "iterconf/adapt/consumer.hpp"

namespace iterconf::adapt {

void handle_view::iterator::fetch() {
  current_ = handle_->next();
  if (current_.kind == signal_kind::error) throw signalled_error(current_.message());
}

consumed handle_base::consume(consumer_kind kind) {
  handle_view rest(*this);
  return consume_range(rest, kind, nullptr);
}

signal handle_base::contains(value v) {
  // An iterator has no contains of its own: membership walks it ([in.partial-consume]).
  handle_view rest(*this);
  return membership(rest, v, input_);
}

}  // namespace iterconf::adapt
