// The catalog of subjects: one entry per implementation under test.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "iterconf/capability.hpp"
#include "iterconf/protocol_shape.hpp"
#include "iterconf/subject.hpp"
#include "iterconf/traits.hpp"

namespace iterconf {

/// Builds a fresh subject object from a case's values.
using subject_factory = std::function<std::unique_ptr<subject_object>(const subject_input&)>;

/// One subject: its name, its family (the folder it comes from), what it can do, its factory.
struct subject_entry {
  std::string name;
  std::string family;
  capability_set capabilities;
  /// For each capability it lacks, why: the requirement that failed or the declaration (set by
  /// the registration; `iterconf list subjects` prints it).
  std::vector<std::pair<capability, std::string>> missing;
  /// How it iterates and answers membership: set by subject_registry::add from the capabilities.
  protocol_shape shape;
  subject_traits traits;
  subject_factory make;
};

/// All subjects known to a program. Adapters add to it (adapters/include/iterconf/adapt/register.hpp);
/// the planner reads it.
class subject_registry {
 public:
  /// The registry the built-in subjects and ITERCONF_SUBJECTS blocks register into.
  static subject_registry& global();

  /// Adds a subject, deciding its shape; a second subject of the same name is a programming
  /// error (throws).
  void add(subject_entry entry);
  [[nodiscard]] const std::vector<subject_entry>& entries() const { return entries_; }
  [[nodiscard]] const subject_entry* find(const std::string& name) const;

 private:
  std::vector<subject_entry> entries_;
};

}  // namespace iterconf
