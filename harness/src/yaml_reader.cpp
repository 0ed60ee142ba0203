// Typed, located reading of yaml-cpp nodes.
#include "yaml_reader.hpp"

#include <algorithm>
#include <charconv>

#include "input_limits.hpp"

namespace iterconf::detail {

namespace {

constexpr std::string_view core_tag = "tag:yaml.org,2002:";

/// Whether a scalar can be read as a YAML core `type` ("int", "bool"): plain and untagged ("?"),
/// or tagged with that type (`!!int 3`). A quoted scalar ("!") or another tag is a string.
bool is_plain_or_tagged(const YAML::Node& node, std::string_view type) {
  const std::string& tag = node.Tag();
  return tag == "?" || (tag.size() == core_tag.size() + type.size() && tag.compare(0, core_tag.size(), core_tag) == 0 &&
                        tag.compare(core_tag.size(), std::string::npos, type) == 0);
}

/// "!!str " for an explicit tag, so "count must be an integer, not !!str '3'" explains itself.
std::string explicit_tag(const YAML::Node& node) {
  const std::string& tag = node.Tag();
  if (tag.empty() || tag == "?" || tag == "!") return "";
  if (tag.compare(0, core_tag.size(), core_tag) == 0) return "!!" + shown(tag.substr(core_tag.size())) + " ";
  return shown(tag) + " ";
}

}  // namespace

std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null: return "nothing";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a mapping";
    case YAML::NodeType::Scalar: return explicit_tag(node) + "'" + shown(node.Scalar()) + "'";
    default: return "an undefined node";
  }
}

std::optional<YAML::Node> yaml_reader::parse(const std::filesystem::path& path, std::string_view kind) {
  input_text read = read_input_text(path, file_, kind);
  if (!read.text) {
    add(std::move(*read.problem));
    return std::nullopt;
  }
  // The text and its shape first: yaml-cpp would build every node before anything is counted.
  std::optional<diagnostic> problem = check_text(*read.text, file_);
  if (!problem) problem = check_shape(*read.text, file_);
  if (problem) {
    add(std::move(*problem));
    return std::nullopt;
  }
  try {
    return YAML::Load(*read.text);
  } catch (const YAML::Exception& e) {
    add({{file_, e.mark.is_null() ? 0 : e.mark.line + 1, e.mark.is_null() ? 0 : e.mark.column + 1},
         "invalid YAML: " + e.msg});
  } catch (const std::exception& e) {
    error_at_file(std::string("cannot read the YAML: ") + e.what());
  }
  return std::nullopt;
}

location yaml_reader::at(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {file_, 0, 0};
  return {file_, mark.line + 1, mark.column + 1};
}

void yaml_reader::error(const YAML::Node& node, std::string message) { add({at(node), std::move(message)}); }

void yaml_reader::error_at_file(std::string message) { add({{file_, 0, 0}, std::move(message)}); }

bool yaml_reader::reporting() const { return problems_.size() - first_problem_ < input_limits::max_problems; }

std::string yaml_reader::did_you_mean(const std::string& word, const std::vector<std::string>& candidates) const {
  if (!reporting()) return "";
  const std::string hint = closest_match(word, candidates);
  return hint.empty() ? "" : " (did you mean '" + hint + "'?)";
}

void yaml_reader::add(diagnostic problem) {
  // Like a compiler's error limit: a generated file with a million bad entries is not a million lines.
  const std::size_t reported = problems_.size() - first_problem_;
  if (reported < input_limits::max_problems) problems_.push_back(std::move(problem));
  else if (reported == input_limits::max_problems)
    problems_.push_back({{file_, 0, 0}, "more than " + std::to_string(input_limits::max_problems) +
                                            " problems; the rest of this file is not reported"});
}

std::optional<yaml_mapping> yaml_reader::mapping(const YAML::Node& node, std::string_view what,
                                                 const std::vector<std::string>& known) {
  if (!node.IsMap()) {
    error(node, std::string(what) + " must be a mapping, not " + describe(node));
    return std::nullopt;
  }
  yaml_mapping out;
  bool ok = true;
  for (auto it = node.begin(); it != node.end(); ++it) {
    // A copy (a cheap handle): yaml-cpp's iterator returns a temporary proxy from ->, so a reference
    // to its member dangles. This is what g++ 12's -Wdangling-pointer reported here.
    const YAML::Node key = it->first;
    if (!key.IsScalar()) {
      error(key, "a key in " + std::string(what) + " must be a plain word, not " + describe(key));
      ok = false;
      continue;
    }
    const std::string name = key.Scalar();
    if (out.values.count(name) != 0) {
      error(key, "duplicate key '" + shown(name) + "' in " + std::string(what) + " (first at line " +
                     std::to_string(at(out.keys[name]).line) + ")");
      ok = false;
      continue;
    }
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      error(key, "unknown key '" + shown(name) + "' in " + std::string(what) + did_you_mean(name, known));
      ok = false;
      continue;
    }
    out.values.emplace(name, it->second);
    out.keys.emplace(name, key);
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::string> yaml_reader::string(const YAML::Node& node, std::string_view what) {
  if (!node.IsScalar()) {
    error(node, std::string(what) + " must be a string, not " + describe(node));
    return std::nullopt;
  }
  if (auto bad = unprintable(node.Scalar())) {
    error(node, std::string(what) + " contains " + *bad);
    return std::nullopt;
  }
  return node.Scalar();
}

std::optional<std::int64_t> yaml_reader::integer(const YAML::Node& node, std::string_view what) {
  if (node.IsScalar() && is_plain_or_tagged(node, "int")) {
    const std::string& text = node.Scalar();
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec == std::errc() && end == text.data() + text.size()) return v;
    if (ec == std::errc::result_out_of_range) {
      error(node, std::string(what) + " " + shown(text) + " does not fit in 64 bits");
      return std::nullopt;
    }
  }
  error(node, std::string(what) + " must be an integer, not " + describe(node));
  return std::nullopt;
}

std::optional<bool> yaml_reader::boolean(const YAML::Node& node, std::string_view what) {
  if (node.IsScalar() && is_plain_or_tagged(node, "bool")) {
    if (node.Scalar() == "true") return true;
    if (node.Scalar() == "false") return false;
  }
  error(node, std::string(what) + " must be true or false, not " + describe(node));
  return std::nullopt;
}

template <class T, class ReadOne>
std::optional<std::vector<T>> yaml_reader::list_of(const YAML::Node& node, std::string_view what, std::string_view kind,
                                                   ReadOne read_one) {
  if (!node.IsSequence()) {
    error(node, std::string(what) + " must be a list" + std::string(kind) + ", not " + describe(node));
    return std::nullopt;
  }
  std::vector<T> out;
  bool ok = true;
  const std::string entry = "an entry of " + std::string(what);
  for (const auto& item : node) {
    if (auto v = read_one(item, entry)) out.push_back(*v);
    else ok = false;
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<std::vector<std::string>> yaml_reader::string_list(const YAML::Node& node, std::string_view what) {
  return list_of<std::string>(node, what, "",
                              [this](const YAML::Node& item, const std::string& entry) { return string(item, entry); });
}

std::optional<std::vector<std::int64_t>> yaml_reader::integer_list(const YAML::Node& node, std::string_view what) {
  return list_of<std::int64_t>(node, what, " of integers", [this](const YAML::Node& item, const std::string& entry) {
    return integer(item, entry);
  });
}

std::optional<std::int64_t> yaml_reader::integer_at_least(const YAML::Node& node, std::string_view what,
                                                          std::int64_t minimum) {
  auto v = integer(node, what);
  if (!v) return std::nullopt;
  if (*v < minimum) {
    error(node, std::string(what) + (minimum == 0 ? " must be 0 or more" : " must be at least " + std::to_string(minimum)));
    return std::nullopt;
  }
  return v;
}

std::optional<capability_set> yaml_reader::capabilities(const YAML::Node& node, std::string_view what) {
  auto names = string_list(node, what);
  if (!names) return std::nullopt;
  capability_set out;
  bool ok = true;
  for (std::size_t i = 0; i < names->size(); ++i) {
    if (auto cap = capability_named((*names)[i])) {
      out.add(*cap);
      continue;
    }
    error(node[i], "unknown capability '" + shown((*names)[i]) + "'" + did_you_mean((*names)[i], capability_names()));
    ok = false;
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace iterconf::detail
