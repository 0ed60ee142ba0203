// Typed, located reading of yaml-cpp nodes.
#include "yaml_reader.hpp"

#include <algorithm>
#include <charconv>
#include <fstream>
#include <sstream>

namespace iterconf::detail {

namespace {

bool is_quoted(const YAML::Node& node) { return node.Tag() == "!"; }

}  // namespace

std::string describe(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null: return "nothing";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a mapping";
    case YAML::NodeType::Scalar: return "'" + node.Scalar() + "'";
    default: return "an undefined node";
  }
}

std::optional<YAML::Node> yaml_reader::parse(const std::filesystem::path& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    error_at_file("is a directory, not a case file");
    return std::nullopt;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error_at_file("cannot read file");
    return std::nullopt;
  }
  std::stringstream text;
  text << in.rdbuf();
  try {
    return YAML::Load(text.str());
  } catch (const YAML::Exception& e) {
    problems_.push_back({{file_, e.mark.line + 1, e.mark.column + 1}, "invalid YAML: " + e.msg});
    return std::nullopt;
  }
}

location yaml_reader::at(const YAML::Node& node) const {
  const YAML::Mark mark = node.Mark();
  if (mark.is_null()) return {file_, 0, 0};
  return {file_, mark.line + 1, mark.column + 1};
}

void yaml_reader::error(const YAML::Node& node, std::string message) {
  problems_.push_back({at(node), std::move(message)});
}

void yaml_reader::error_at_file(std::string message) {
  problems_.push_back({{file_, 0, 0}, std::move(message)});
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
    const YAML::Node& key = it->first;
    if (!key.IsScalar()) {
      error(key, "a key in " + std::string(what) + " must be a plain word, not " + describe(key));
      ok = false;
      continue;
    }
    const std::string name = key.Scalar();
    if (out.values.count(name) != 0) {
      error(key, "duplicate key '" + name + "' in " + std::string(what) + " (first at line " +
                     std::to_string(at(out.keys[name]).line) + ")");
      ok = false;
      continue;
    }
    if (std::find(known.begin(), known.end(), name) == known.end()) {
      std::string hint = closest_match(name, known);
      error(key, "unknown key '" + name + "' in " + std::string(what) +
                     (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
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
  return node.Scalar();
}

std::optional<std::int64_t> yaml_reader::integer(const YAML::Node& node, std::string_view what) {
  if (node.IsScalar() && !is_quoted(node)) {
    const std::string& text = node.Scalar();
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec == std::errc() && end == text.data() + text.size()) return v;
    if (ec == std::errc::result_out_of_range) {
      error(node, std::string(what) + " " + text + " does not fit in 64 bits");
      return std::nullopt;
    }
  }
  error(node, std::string(what) + " must be an integer, not " + describe(node));
  return std::nullopt;
}

std::optional<bool> yaml_reader::boolean(const YAML::Node& node, std::string_view what) {
  if (node.IsScalar() && !is_quoted(node)) {
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
    const std::string hint = closest_match((*names)[i], capability_names());
    error(node[i], "unknown capability '" + (*names)[i] + "'" + (hint.empty() ? "" : " (did you mean '" + hint + "'?)"));
    ok = false;
  }
  if (!ok) return std::nullopt;
  return out;
}

}  // namespace iterconf::detail
