// The Boost side of the peer bench: Boost.Iterator's helpers on the whole zoo, one verdict per mutant.
#include "peer_boost_side.hpp"

#include <sstream>

namespace iterconf::peer {

namespace {

std::ostringstream& message_buffer() {
  static std::ostringstream messages;
  return messages;
}

/// The names of the helpers `v` ran, weakest first; its total errors.
void summarize(boost_verdict& v) {
  v.helpers.clear();
  v.errors = 0;
  for (std::size_t h = 0; h < helper_count; ++h) {
    if (v.applied[h]) v.helpers += (v.helpers.empty() ? "" : ", ") + std::string(helper_names[h]);
    v.errors += v.errors_by_helper[h];
  }
}

}  // namespace

std::ostream& boost_messages() { return message_buffer(); }

std::map<std::string, boost_verdict> run_boost_helpers() {
  message_buffer().str({});  // one run's messages at a time
  std::map<std::string, boost_verdict> verdicts;
  detail::visit_original_zoo(verdicts);
  detail::visit_cxx_semantics_zoo(verdicts);
  for (auto& [name, v] : verdicts) summarize(v);
  // lightweight_test aborts at exit unless report_errors() was called: the errors are counted
  // here, per mutant, so tell it they have been reported.
  boost::report_errors();
  return verdicts;
}

}  // namespace iterconf::peer
