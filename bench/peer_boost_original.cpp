// The Boost side on the original zoo (sequence, container, single_pass, object groups).
#include "peer_boost_side.hpp"

#include "mutants/sequence_mutants.hpp"
#include "mutants/container_mutants.hpp"
#include "mutants/single_pass_mutants.hpp"
#include "mutants/object_mutants.hpp"

namespace iterconf::peer::detail {

void visit_original_zoo(std::map<std::string, boost_verdict>& verdicts) {
  visit_groups(verdicts, zoo_part::original,
               {
                   {"sequence", &mutants::visit_sequence_mutants<boost_side&>},
                   {"container", &mutants::visit_container_mutants<boost_side&>},
                   {"single_pass", &mutants::visit_single_pass_mutants<boost_side&>},
                   {"object", &mutants::visit_object_mutants<boost_side&>},
               });
}

}  // namespace iterconf::peer::detail
