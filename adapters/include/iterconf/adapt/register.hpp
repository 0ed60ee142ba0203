// Registering a subject: one call with a name, its declared traits and a factory.
//
//   ITERCONF_SUBJECTS(my_family) {
//     subjects.add("my::ring<int>", {.description = "a ring buffer"},
//                  [](const iterconf::subject_input& in) { return my::ring<int>(in.given.begin(), in.given.end()); });
//   }
//
// Everything concepts can tell (range category, sized, contains, index access...) is detected
// from the factory's return type; the traits say the rest (order, laziness, single pass...).
#pragma once

#include <limits>
#include <stdexcept>
#include <string>
#include <type_traits>
#include <utility>

#include "iterconf/adapt/erased_subject.hpp"
#include "iterconf/adapt/access_policy.hpp"
#include "iterconf/adapt/capability_reasons.hpp"
#include "iterconf/adapt/legacy_range.hpp"
#include "iterconf/adapt/registration_checks.hpp"
#include "iterconf/registry.hpp"

namespace iterconf::adapt {

/// The capabilities of T under the declared traits (spec/case-format.md, "Capabilities").
template <class T>
capability_set detect_capabilities(const subject_traits& traits) {
  capability_set c;
  const bool single_pass = traits.single_pass || traits.generator;
  if constexpr (std::ranges::input_range<T>) {
    c.add(capability::range);
    c.add(capability::input);
    // A type that is single-pass by design does not get the multi-pass guarantees checked.
    if (!single_pass) {
      if constexpr (std::ranges::forward_range<T>) c.add(capability::forward);
      if constexpr (std::ranges::bidirectional_range<T>) c.add(capability::bidirectional);
      if constexpr (std::ranges::random_access_range<T>) c.add(capability::random_access);
      if constexpr (std::ranges::contiguous_range<T>) c.add(capability::contiguous);
    }
    if constexpr (std::ranges::common_range<T>) c.add(capability::common);
    using I = std::ranges::iterator_t<T>;
    if constexpr (std::sized_sentinel_for<std::ranges::sentinel_t<T>, I>) c.add(capability::sized_sentinel);
    if constexpr (arrow_iterator<I>) c.add(capability::arrow);
    if constexpr (std::is_lvalue_reference_v<std::iter_reference_t<I>>) c.add(capability::lvalue_reference);
    // Writes are checked where iterations can see them again: multi-pass ranges.
    if constexpr (writable_range<T> && std::ranges::output_range<T, std::ranges::range_value_t<T>>)
      if (!single_pass) c.add(capability::writable);
    if constexpr (std::ranges::input_range<const T>) c.add(capability::const_iterable);
    if constexpr (std::ranges::borrowed_range<T>) c.add(capability::borrowed);
  }
  if constexpr (requires(T& t) { std::ranges::size(t); }) c.add(capability::sized);
  if constexpr (next_style<T>) c.add(capability::next_style);
  if constexpr (has_own_membership<T>)
    if (traits.contains_is_membership) c.add(capability::contains);
  // Keyed index access (a json object's at(key)) is declared not positional: no index walk.
  const bool index = indexable<T> && traits.positional;
  if (index) c.add(capability::getitem);
  if (std::ranges::input_range<T> || next_style<T> || index) {
    c.add(capability::iterable);
    // A container hands out a fresh iterator on each iter(); a next-style object and a range
    // declared single-pass are their own iterator. An input-only range declared neither gets no
    // role: [range.range] leaves what a second begin() does unspecified for it (restart,
    // continue, or not defined at all), so the planner judges no case that calls it twice.
    const bool multi_pass = (std::ranges::forward_range<T> || traits.reiterable) && !single_pass;
    const bool index_only = !std::ranges::input_range<T> && !next_style<T>;
    if (multi_pass || index_only) c.add(capability::container);
    else if (next_style<T> || single_pass) c.add(capability::iterator);
  }
  c.add(is_infinite(traits.sequence) ? capability::infinite : capability::finite);
  if (is_ordered(traits.sequence)) c.add(capability::ordered);
  if (traits.sequence == order::as_given) c.add(capability::as_given);
  if (traits.lazy || traits.generator) c.add(capability::lazy);
  if (traits.probed) c.add(capability::probed);
  if (traits.generator) c.add(capability::generator);
  if (single_pass) c.add(capability::single_pass);
  if (traits.raises) c.add(capability::raises);
  if (traits.callable) c.add(capability::callable);
  return c;
}

/// The values an element type can hold, when it is narrower than the harness's values.
template <class T>
domain_check element_domain() {
  using E = element_t<T>;
  if constexpr (std::is_integral_v<E>) {
    if constexpr (sizeof(E) < sizeof(value))
      return domain::within(std::numeric_limits<E>::min(), std::numeric_limits<E>::max());
  }
  return {};
}

/// Registers the subjects of one family (one folder of adapters/).
class subject_family {
 public:
  subject_family(subject_registry& registry, std::string family) : registry_(registry), family_(std::move(family)) {}

  /// One subject: `factory(const subject_input&)` builds the object from a case's values.
  template <class Factory>
    requires registration_has<Factory, registration_problem::none>
  void add(std::string name, subject_traits traits, Factory factory) {
    add_with_membership(std::move(name), std::move(traits), std::move(factory), reference_membership{});
  }

  // A bad registration is an error at its own line, naming what to do (registration_checks.hpp).
  template <class Factory> requires registration_has<Factory, registration_problem::factory_signature>
  void add(std::string, subject_traits, Factory, registration_error::the_factory_must_be_callable_as_factory_of_const_iterconf_subject_input_ref = {}) = delete;
  template <class Factory> requires registration_has<Factory, registration_problem::factory_returns_void>
  void add(std::string, subject_traits, Factory, registration_error::the_factory_returns_void_but_must_return_the_subject_it_builds = {}) = delete;
  template <class Factory> requires registration_has<Factory, registration_problem::element_does_not_convert>
  void add(std::string, subject_traits, Factory, registration_error::the_element_type_does_not_convert_to_iterconf_value_so_specialise_iterconf_element_projection_for_it = {}) = delete;

  /// One subject whose membership (`contains` steps, the `in` consumer, on the object and on its
  /// iterators) goes through `consumer`, a callable `(auto& x, value v) -> bool`, instead of the
  /// reference consumer: a generic algorithm under test such as std::ranges::find. The object
  /// must record its own protocol operations in the probe (begin() calls, contains calls,
  /// indices tried), as adapters/consumers/archetypes.hpp do: the `path` probe is told from them.
  template <class Factory, class Consumer>
  void add_with_membership(std::string name, subject_traits traits, Factory factory, Consumer consumer) {
    static_assert(callable_factory<Factory>, ITERCONF_FACTORY_SIGNATURE_MESSAGE);
    if constexpr (callable_factory<Factory>) {
      static_assert(!std::is_void_v<factory_result_t<Factory>>, ITERCONF_FACTORY_RESULT_MESSAGE);
      if constexpr (!std::is_void_v<factory_result_t<Factory>>) {
        using Made = std::remove_cvref_t<factory_result_t<Factory>>;
        if constexpr (legacy_iterable<Made>) {
          // A range-based for walks it, though it is no C++20 range: drive it through its own
          // iterators (legacy_range.hpp) rather than classify it as not iterable.
          add_detected<legacy_range<Made>>(
              std::move(name), std::move(traits),
              [factory](const subject_input& in) mutable {
                return legacy_range<Made>(std::in_place, [&] { return factory(in); });
              },
              std::move(consumer));
        } else {
          add_detected<Made>(std::move(name), std::move(traits), std::move(factory), std::move(consumer));
        }
      }
    }
  }

 private:
  template <class T, class Factory, class Consumer>
  void add_detected(std::string name, subject_traits traits, Factory factory, Consumer consumer) {
    static_assert(elements_readable<T>(), ITERCONF_ELEMENT_MESSAGE);
    if constexpr (!std::is_same_v<Consumer, reference_membership>) {
      static_assert(membership_consumer<Consumer, T>, "the consumer cannot take the subject: register another pair");
      static_assert(membership_consumer<Consumer, handle_range>,
                    "the consumer must also take the rest of an iterator (handle_range), for `v in it`");
    }
    if constexpr (elements_readable<T>()) {
      if (traits.reiterable && (traits.single_pass || traits.generator))
        throw std::invalid_argument("subject '" + name + "' is declared both re-iterable and single-pass (or a generator)");
      if (!traits.domain) traits.domain = element_domain<T>();
      if (traits.at_bounds == bounds::detect && !at_checked_by_type<T>()) traits.at_bounds = bounds::unchecked;
      const access_policy policy = resolve_access_policy<T>(traits);
      subject_entry entry;
      entry.name = std::move(name);
      entry.family = family_;
      entry.capabilities = detect_capabilities<T>(traits);
      entry.missing = missing_capability_reasons<T>(traits, entry.capabilities);
      entry.traits = std::move(traits);
      entry.make = [factory, consumer, policy](const subject_input& in) mutable -> std::unique_ptr<subject_object> {
        return std::make_unique<erased_subject<T, Consumer>>(factory, in, policy, consumer);
      };
      registry_.add(std::move(entry));
    }
  }

  subject_registry& registry_;
  std::string family_;
};

/// Runs a family's registration function when the program starts.
struct family_registrar {
  family_registrar(const char* family, void (*define)(subject_family&)) {
    subject_family subjects(subject_registry::global(), family);
    define(subjects);
  }
};

}  // namespace iterconf::adapt

/// Opens a block that registers the subjects of `family` through `subjects.add(...)`.
#define ITERCONF_SUBJECTS(family)                                                                       \
  static void iterconf_define_##family(::iterconf::adapt::subject_family& subjects);                   \
  [[maybe_unused]] static const ::iterconf::adapt::family_registrar iterconf_registrar_##family{        \
      #family, &iterconf_define_##family};                                                              \
  static void iterconf_define_##family(::iterconf::adapt::subject_family& subjects)
