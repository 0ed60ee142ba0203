// The case format's forms of the steps (step_form.hpp), from the two tables.
#include "step_form.hpp"

#include <algorithm>
#include <map>

namespace iterconf::detail {

namespace {

std::vector<std::string> words(const std::array<std::string_view, 4>& slots) {
  std::vector<std::string> out;
  for (auto w : slots)
    if (!w.empty()) out.emplace_back(w);
  return out;
}

step_form action_form(const action_info& row) {
  step_form form;
  form.act = row.what;
  form.spelling = std::string(row.spelling);
  form.operand = row.operand;
  form.modifiers = words(row.modifiers);
  if (!row.required.empty()) form.required.emplace_back(row.required);
  form.expects = words(row.expects);
  if (std::find(form.expects.begin(), form.expects.end(), "<integer>") != form.expects.end()) form.count_min = 0;
  form.yields = row.yields;
  if (form.takes("of")) form.source = "of";
  return form;
}

step_form operation_form(const iterator_op_info& row) {
  step_form form;
  form.act = action::operate;
  form.op = row.op;
  form.spelling = std::string(row.spelling);
  form.operand = row.operand;
  auto needed = [&](const char* key) {
    form.modifiers.emplace_back(key);
    form.required.emplace_back(key);
  };
  if (row.operand == step_operand::new_iterator) {
    needed("from");
    form.source = "from";
  }
  if (row.takes_by) needed(row.op == iterator_op::subscript ? "at" : "by");
  if (row.takes_value) needed("value");
  if (row.takes_values) needed("values");
  static const std::map<std::string_view, std::vector<std::string>> expect_words = {
      {"item", {"item"}}, {"<integer>", {"<integer>"}}, {"boolean", {"true", "false"}},
      {"ordering", {"less", "equal", "greater"}}};
  if (!row.expects.empty()) {
    form.modifiers.emplace_back("expect");
    form.expects = expect_words.at(row.expects);
    if (row.expects == "item") {
      form.modifiers.emplace_back("yields");
      form.yields = yields_form::one;
    }
  }
  form.modifiers.emplace_back("probe");
  return form;
}

struct forms {
  std::vector<step_form> of_actions;     // in action order
  std::vector<step_form> of_operations;  // in iterator_op order
  std::map<std::string, const step_form*, std::less<>> by_key;
};

const forms& all() {
  static const forms table = [] {
    forms t;
    for (const auto& row : action_rows::action_table) t.of_actions.push_back(action_form(row));
    for (const auto& row : operation_rows::table) t.of_operations.push_back(operation_form(row));
    for (const auto& f : t.of_actions)
      if (f.act != action::operate) t.by_key.emplace(f.spelling, &f);
    for (const auto& f : t.of_operations) t.by_key.emplace(f.spelling, &f);
    return t;
  }();
  return table;
}

}  // namespace

bool step_form::takes(std::string_view modifier) const {
  return std::find(modifiers.begin(), modifiers.end(), modifier) != modifiers.end();
}

const step_form* form_named(std::string_view name) {
  const auto& keys = all().by_key;
  auto it = keys.find(name);
  return it == keys.end() ? nullptr : it->second;
}

const step_form& form_of(const step& s) {
  if (s.act == action::operate) return all().of_operations.at(static_cast<std::size_t>(s.op));
  return all().of_actions.at(static_cast<std::size_t>(s.act));
}

std::vector<std::string> step_keys() {
  std::vector<std::string> out;
  for (const auto& [key, form] : all().by_key) out.push_back(key);
  return out;
}

bool is_modifier(std::string_view key) {
  const auto& keys = all().by_key;
  return std::any_of(keys.begin(), keys.end(), [&](const auto& entry) { return entry.second->takes(key); });
}

}  // namespace iterconf::detail
