// Index access iterconf may use and how it reads the index error: at(i) at or past size() is
// called only where the type checks its bounds (a std container, a type with at() and no size(),
// or `.at_bounds = bounds::checked`); keyed at() is no index access; a declared exception type
// is the index error.
#include <gtest/gtest.h>

#include <map>
#include <stdexcept>
#include <string>
#include <vector>

#include "iterconf/adapt/register.hpp"
#include "iterconf/executor.hpp"
#include "iterconf/loader.hpp"
#include "support/rule_book_for_tests.hpp"

/// Iterated, a map is read as its keys; its at(k) looks a key up.
template <>
struct iterconf::element_projection<std::pair<const iterconf::value, iterconf::value>> {
  static iterconf::value to_value(const std::pair<const iterconf::value, iterconf::value>& kv) { return kv.first; }
};

namespace iterconf {
namespace {

/// Like QList: a range whose at(i) has the precondition i < size(). Here a call past the end is
/// counted instead of reading out of bounds, so a test can see that none is made.
class precondition_list {
 public:
  static inline int calls_past_end = 0;

  explicit precondition_list(const subject_input& in) : items_(in.given.begin(), in.given.end()) {}
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }
  std::size_t size() const { return items_.size(); }
  value at(std::size_t i) const {
    if (i >= items_.size()) {
      ++calls_past_end;
      return 8169376288110039354;  // what QList::at read out of bounds in the issue
    }
    return items_[i];
  }

 private:
  std::vector<value> items_;
};

/// Index-only (no begin(), no next()) with the same precondition: its index walk would end only
/// at an at(size()) that is undefined, so every case that walks it is UNSUPPORTED.
class precondition_indexed {
 public:
  explicit precondition_indexed(const subject_input& in) : items_(in) {}
  std::size_t size() const { return items_.size(); }
  value at(std::size_t i) const { return items_.at(i); }

 private:
  precondition_list items_;
};

/// A checked at() throwing std::out_of_range, but not a std container: checked only if declared.
class checked_list : public precondition_list {
 public:
  using precondition_list::precondition_list;
  value at(std::size_t i) const {
    if (i >= size()) throw std::out_of_range("checked_list::at");
    return precondition_list::at(i);
  }
};

/// nlohmann::json's out_of_range derives from std::exception only.
struct own_index_error : std::exception {
  const char* what() const noexcept override { return "own_index_error"; }
};

/// Index-only (no size()): at() throwing its own index error type.
class own_error_indexed {
 public:
  explicit own_error_indexed(const subject_input& in) : items_(in.given.begin(), in.given.end()) {}
  value at(std::size_t i) const {
    if (i >= items_.size()) throw own_index_error();
    return items_[i];
  }

 private:
  std::vector<value> items_;
};

/// A json object: a range whose at() takes a position as a key, not an index.
/// Like yaml-cpp's non-const Node::operator[]: no at(), and operator[] past the end has no
/// precondition but appends an element, where an index error was due.
class appending_sequence {
 public:
  explicit appending_sequence(const subject_input& in) : items_(in.given.begin(), in.given.end()) {}
  auto begin() const { return items_.begin(); }
  auto end() const { return items_.end(); }
  std::size_t size() const { return items_.size(); }
  value& operator[](std::size_t i) {
    if (i >= items_.size()) items_.resize(i + 1);
    return items_[i];
  }

 private:
  std::vector<value> items_;
};

class keyed_object : public checked_list {
 public:
  using checked_list::checked_list;
};

const subject_registry& index_subjects() {
  static const subject_registry registry = [] {
    subject_registry r;
    adapt::subject_family add(r, "index");
    add.add("precondition_list", {}, [](const subject_input& in) { return precondition_list(in); });
    add.add("precondition_indexed", {}, [](const subject_input& in) { return precondition_indexed(in); });
    add.add("checked_list (declared)", {.at_bounds = bounds::checked}, [](const subject_input& in) { return checked_list(in); });
    add.add("std::vector", {}, [](const subject_input& in) { return std::vector<value>(in.given.begin(), in.given.end()); });
    add.add("std::map", {.sequence = order::sorted_unique}, [](const subject_input& in) {
      std::map<value, value> m;
      for (value v : in.given) m.emplace(v, v);
      return m;
    });
    add.add("own_error_indexed", {}, [](const subject_input& in) { return own_error_indexed(in); });
    add.add("own_error_indexed (declared)", {.index_error = index_error_is<own_index_error>},
            [](const subject_input& in) { return own_error_indexed(in); });
    add.add("keyed_object", {.positional = false}, [](const subject_input& in) { return keyed_object(in); });
    add.add("appending_sequence", {}, [](const subject_input& in) { return appending_sequence(in); });
    add.add("appending_sequence (declared)", {.at_bounds = bounds::checked},
            [](const subject_input& in) { return appending_sequence(in); });
    return r;
  }();
  return registry;
}

const std::vector<conformance_case>& all_cases() {
  static const auto loaded = load_cases(ITERCONF_CASES_DIR, testing::project_rules());
  return loaded.cases;
}

const conformance_case& case_named(const std::string& id) {
  for (const auto& c : all_cases())
    if (c.id == id) return c;
  throw std::logic_error("no case " + id);
}

const subject_entry& subject(const std::string& name) { return *index_subjects().find(name); }

case_result run(const std::string& subject_name, const std::string& case_id) {
  return execute({&subject(subject_name), &case_named(case_id), why_unsupported(subject(subject_name), case_named(case_id))});
}

TEST(index_access, an_unknown_sized_at_is_taken_as_unchecked_and_never_called_past_the_end) {
  EXPECT_EQ(subject("precondition_list").traits.at_bounds, bounds::unchecked);
  EXPECT_TRUE(subject("precondition_list").capabilities.has(capability::getitem));
  precondition_list::calls_past_end = 0;
  std::size_t passed = 0;
  for (const auto& item : make_plan(index_subjects(), all_cases(), {{"precondition_list"}, {}, {}})) {
    const case_result r = execute(item);
    EXPECT_TRUE(r.result == outcome::pass || r.result == outcome::unsupported)
        << r.case_id << ": " << name_of(r.result) << " " << r.step << " " << r.observed << " " << r.message;
    if (r.result == outcome::pass) ++passed;
  }
  EXPECT_EQ(precondition_list::calls_past_end, 0);
  EXPECT_GT(passed, 40u);
}

TEST(index_access, an_index_only_type_with_an_unchecked_at_is_never_walked_past_its_end) {
  precondition_list::calls_past_end = 0;
  std::size_t passed = 0;
  for (const auto& item : make_plan(index_subjects(), all_cases(), {{"precondition_indexed"}, {}, {}})) {
    const case_result r = execute(item);
    EXPECT_TRUE(r.result == outcome::pass || r.result == outcome::unsupported)
        << r.case_id << ": " << name_of(r.result) << " " << r.step << " " << r.observed << " " << r.message;
    if (r.result == outcome::pass) ++passed;
  }
  EXPECT_EQ(precondition_list::calls_past_end, 0);
  EXPECT_GT(passed, 0u);  // getitem below the length, size(): what is defined still runs
}

TEST(index_access, a_case_that_indexes_past_the_end_of_an_unchecked_at_is_unsupported_naming_the_trait) {
  const case_result r = run("precondition_list", "index.iter-walk.getitem");
  EXPECT_EQ(r.result, outcome::unsupported);
  EXPECT_EQ(r.message,
            "the case needs at(i) at or past size(), which is undefined behaviour unless the subject's at() checks "
            "its bounds: declare .at_bounds = iterconf::bounds::checked if at() throws there");
}

TEST(index_access, declared_and_std_checked_at_runs_the_index_cases) {
  EXPECT_EQ(run("checked_list (declared)", "index.iter-walk.getitem").result, outcome::pass);
  EXPECT_EQ(run("std::vector", "index.iter-walk.getitem").result, outcome::pass);
  EXPECT_EQ(subject("std::vector").traits.at_bounds, bounds::detect);  // detected checked: nothing to write back
}

TEST(index_access, a_keyed_container_is_never_positional) {
  static_assert(!adapt::indexable<std::map<value, value>>);  // map::at(size_t) compiles: it is a lookup
  EXPECT_FALSE(subject("std::map").capabilities.has(capability::getitem));
  EXPECT_EQ(run("std::map", "index.iter-walk.getitem").message, "lacks capability 'getitem'");
}

TEST(index_access, index_detection_switched_off_is_no_index_access_at_all) {
  EXPECT_FALSE(subject("keyed_object").capabilities.has(capability::getitem));
  EXPECT_TRUE(subject("keyed_object").capabilities.has(capability::container));
  probe events;
  step_budget budget(100);
  const std::vector<value> given = {1, 2};
  auto made = subject("keyed_object").make(subject_input{given, events, budget, std::nullopt, -1});
  EXPECT_EQ(made->getitem(0).kind, signal_kind::type_error);
}

TEST(index_access, a_declared_exception_type_is_the_index_error) {
  // Undeclared, own_index_error is an error the subject raised, not the end of the index walk.
  const case_result undeclared = run("own_error_indexed", "index.iter-walk.getitem");
  EXPECT_EQ(undeclared.result, outcome::fail);
  EXPECT_EQ(undeclared.observed, "error (own_index_error)");
  EXPECT_EQ(run("own_error_indexed (declared)", "index.iter-walk.getitem").result, outcome::pass);
}

TEST(index_access, a_subscript_declared_bounds_checked_is_called_past_the_end_and_must_give_the_index_error) {
  // Undeclared, operator[] has the usual precondition i < size(): the end is i >= size().
  EXPECT_EQ(run("appending_sequence", "index.iter-walk.getitem").result, outcome::pass);
  // Declared without it (yaml-cpp's node[size()] is defined), it is called, and appending is no end.
  const case_result declared = run("appending_sequence (declared)", "index.iter-walk.getitem");
  EXPECT_EQ(declared.result, outcome::fail);
  EXPECT_EQ(declared.expected, "index-error");
  EXPECT_EQ(declared.observed, "item 0");
}

}  // namespace
}  // namespace iterconf
