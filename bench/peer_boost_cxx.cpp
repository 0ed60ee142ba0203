// The Boost side on the new zoo, of C++ iterator semantics (forward to writable groups).
#include "peer_boost_side.hpp"

#include "mutants/forward_mutants.hpp"
#include "mutants/bidirectional_mutants.hpp"
#include "mutants/random_access_mutants.hpp"
#include "mutants/storage_mutants.hpp"
#include "mutants/writable_mutants.hpp"

namespace iterconf::peer::detail {

void visit_cxx_semantics_zoo(std::map<std::string, boost_verdict>& verdicts) {
  visit_groups(verdicts, zoo_part::cxx_semantics,
               {
                   {"forward", &mutants::visit_forward_mutants<boost_side&>},
                   {"bidirectional", &mutants::visit_bidirectional_mutants<boost_side&>},
                   {"random_access", &mutants::visit_random_access_mutants<boost_side&>},
                   {"storage", &mutants::visit_storage_mutants<boost_side&>},
                   {"writable", &mutants::visit_writable_mutants<boost_side&>},
               });
}

}  // namespace iterconf::peer::detail
