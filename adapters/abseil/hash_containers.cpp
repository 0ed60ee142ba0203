// Abseil's hash containers as subjects: flat_hash_set, node_hash_set, and flat_hash_map used as
// Python uses a dict: iterated by its keys, with `in` looking a key up.
#include <ranges>

#include <absl/container/flat_hash_map.h>
#include <absl/container/flat_hash_set.h>
#include <absl/container/node_hash_set.h>

#include "iterconf/adapt/register.hpp"

namespace iterconf::absl_subjects {
namespace {

/// A flat_hash_map from each given value to its position, seen as a dict: its iteration yields
/// the keys and its membership looks a key up, as Python's `for k in d` and `k in d` do.
class keys_of_map {
 public:
  explicit keys_of_map(const subject_input& in) {
    for (std::size_t i = 0; i < in.given.size(); ++i) map_.emplace(static_cast<int>(in.given[i]), i);
  }

  // A keys view is a cheap wrapper of the map's iterators; its iterators outlive it.
  auto begin() { return std::views::keys(map_).begin(); }
  auto end() { return std::views::keys(map_).end(); }
  std::size_t size() const { return map_.size(); }
  bool contains(int key) const { return map_.contains(key); }

 private:
  absl::flat_hash_map<int, std::size_t> map_;
};

}  // namespace
}  // namespace iterconf::absl_subjects

ITERCONF_SUBJECTS(absl_hash_containers) {
  using namespace iterconf;
  using namespace iterconf::absl_subjects;
  subjects.add("absl::flat_hash_set<int>", {.sequence = order::unique, .description = "open-addressing hash set"},
               [](const subject_input& in) { return absl::flat_hash_set<int>(in.given.begin(), in.given.end()); });
  subjects.add("absl::node_hash_set<int>", {.sequence = order::unique, .description = "hash set of stable nodes"},
               [](const subject_input& in) { return absl::node_hash_set<int>(in.given.begin(), in.given.end()); });
  subjects.add("absl::flat_hash_map<int, size_t> (keys)",
               {.sequence = order::unique, .description = "hash map as a dict: iterates its keys, `in` looks a key up"},
               [](const subject_input& in) { return keys_of_map(in); });
}
