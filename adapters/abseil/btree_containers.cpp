// Abseil's B-tree containers as subjects.
#include <absl/container/btree_set.h>

#include "iterconf/adapt/register.hpp"

ITERCONF_SUBJECTS(absl_btree_containers) {
  using namespace iterconf;
  subjects.add("absl::btree_set<int>",
               {.sequence = order::sorted_unique, .description = "B-tree set: sorts, drops duplicates"},
               [](const subject_input& in) { return absl::btree_set<int>(in.given.begin(), in.given.end()); });
  subjects.add("absl::btree_multiset<int>", {.sequence = order::sorted, .description = "B-tree multiset: sorts"},
               [](const subject_input& in) { return absl::btree_multiset<int>(in.given.begin(), in.given.end()); });
}
