// The subject catalog.
#include "iterconf/registry.hpp"

#include <stdexcept>

#include "iterconf/rule.hpp"
#include "iterconf/subject.hpp"

namespace iterconf {

subject_registry& subject_registry::global() {
  static subject_registry registry;
  return registry;
}

void subject_registry::add(subject_entry entry) {
  if (find(entry.name) != nullptr)
    throw std::logic_error("iterconf: subject '" + entry.name + "' is registered twice");
  entry.shape = shape_of(entry.capabilities);
  entries_.push_back(std::move(entry));
}

const subject_entry* subject_registry::find(const std::string& name) const {
  for (const auto& e : entries_)
    if (e.name == name) return &e;
  return nullptr;
}

const rule* rule_book::find(std::string_view id) const {
  for (const auto& r : rules_)
    if (r.id == id) return &r;
  return nullptr;
}

std::vector<std::string> rule_book::ids() const {
  std::vector<std::string> out;
  for (const auto& r : rules_) out.push_back(r.id);
  return out;
}

void subject_input::raise_if_due(std::size_t k) const {
  if (raises_at && *raises_at == k)
    throw injected_error("injected error at item " + std::to_string(k));
}

}  // namespace iterconf
