// What an input file may be before yaml-cpp builds nodes from it: its size, its encoding and the
// shape of its YAML. yaml-cpp recurses once per nesting level, builds every node it reads, and
// shares an aliased node wherever it is used, so hostile input is stopped here, with one located
// diagnostic, before it can exhaust the stack, the memory or the time of a loader walk.
#pragma once

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "iterconf/diagnostic.hpp"

namespace iterconf::detail {

/// The limits; tests/hostile/README.md lists them with their messages.
struct input_limits {
  /// The largest file read; the generated 10,000-case benchmark file has 2.6 MB.
  static constexpr std::size_t max_bytes = std::size_t{4} << 20;
  /// Collections inside collections; a case file needs 6 (case list, case, steps, step, probe, index).
  static constexpr int max_depth = 64;
  /// Nodes of all kinds (keys included). yaml-cpp takes about 480 bytes a node, so this bounds
  /// the memory of a load near 240 MB; the 10,000-case benchmark file has about 410,000.
  static constexpr std::size_t max_nodes = 500'000;
  /// Problems reported per file; past it one last diagnostic says the rest were left out.
  static constexpr std::size_t max_problems = 100;
  /// User text quoted in a message is cut to this many bytes.
  static constexpr std::size_t max_quoted = 60;
};

/// The text of a regular file of at most `max_bytes`, or the one problem that prevents reading
/// it ("no such file or directory", "is a directory, not KIND", "cannot read file: ...").
/// `kind` is what the file should be: "a case file", "a rules file", "an expectations file".
struct input_text {
  std::optional<std::string> text;
  std::optional<diagnostic> problem;
};
input_text read_input_text(const std::filesystem::path& path, const std::string& file, std::string_view kind);

/// The first byte that cannot be YAML text, as a located diagnostic: a NUL byte (a binary file),
/// invalid UTF-8 (UTF-16 is named as such), a control character, a byte order mark after the
/// start, a carriage return without a line feed, or a tab in a line's indentation.
std::optional<diagnostic> check_text(std::string_view text, const std::string& file);

/// Parses `text` as events only, without building nodes, and returns the first of: invalid YAML,
/// a second document, an alias, nesting deeper than `max_depth`, more than `max_nodes` nodes.
std::optional<diagnostic> check_shape(std::string_view text, const std::string& file);

/// `text` for quoting in a message: control characters escaped (\n, \x1b), cut to `max_quoted`
/// bytes (at a character boundary) with "..." after it.
std::string shown(std::string_view text);

/// "the control character U+001B" for the first control character of `text` other than tab and
/// line feed (C0, DEL or C1), or "the invalid UTF-8 byte 0xED"; nullopt if there is none. YAML's
/// escapes ("\e", "\x07", "\ud800") put them in a string read from valid text.
std::optional<std::string> unprintable(std::string_view text);

/// The line and column (from 1, in bytes as yaml-cpp counts them) of a byte offset in `text`.
location location_of(std::string_view text, std::size_t offset, const std::string& file);

}  // namespace iterconf::detail
