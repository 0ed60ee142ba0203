// What an input file may be before yaml-cpp builds nodes from it.
#include "input_limits.hpp"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>
#include <streambuf>
#include <vector>

namespace iterconf::detail {

namespace {

constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

std::string hex_byte(unsigned char b) {
  static const char digits[] = "0123456789ABCDEF";
  return std::string("0x") + digits[b >> 4] + digits[b & 0xF];
}

std::string code_point_name(char32_t c) {
  static const char digits[] = "0123456789ABCDEF";
  std::string out = "U+";
  for (int shift = c > 0xFFFF ? 20 : 12; shift >= 0; shift -= 4) out += digits[(c >> shift) & 0xF];
  return out;
}

/// The length of the valid UTF-8 sequence at `i` (RFC 3629: no overlongs, surrogates or code
/// points past U+10FFFF), or 0; `c` receives its code point.
std::size_t utf8_sequence(std::string_view s, std::size_t i, char32_t& c) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char b0 = byte(i);
  const auto trail = [&](std::size_t k, unsigned char low, unsigned char high) {
    return i + k < s.size() && byte(i + k) >= low && byte(i + k) <= high;
  };
  if (b0 < 0x80) {
    c = b0;
    return 1;
  }
  if (b0 >= 0xC2 && b0 <= 0xDF && trail(1, 0x80, 0xBF)) {
    c = ((b0 & 0x1Fu) << 6) | (byte(i + 1) & 0x3Fu);
    return 2;
  }
  if (b0 >= 0xE0 && b0 <= 0xEF) {
    const unsigned char low = b0 == 0xE0 ? 0xA0 : 0x80;
    const unsigned char high = b0 == 0xED ? 0x9F : 0xBF;
    if (!trail(1, low, high) || !trail(2, 0x80, 0xBF)) return 0;
    c = ((b0 & 0x0Fu) << 12) | ((byte(i + 1) & 0x3Fu) << 6) | (byte(i + 2) & 0x3Fu);
    return 3;
  }
  if (b0 >= 0xF0 && b0 <= 0xF4) {
    const unsigned char low = b0 == 0xF0 ? 0x90 : 0x80;
    const unsigned char high = b0 == 0xF4 ? 0x8F : 0xBF;
    if (!trail(1, low, high) || !trail(2, 0x80, 0xBF) || !trail(3, 0x80, 0xBF)) return 0;
    c = ((b0 & 0x07u) << 18) | ((byte(i + 1) & 0x3Fu) << 12) | ((byte(i + 2) & 0x3Fu) << 6) | (byte(i + 3) & 0x3Fu);
    return 4;
  }
  return 0;
}

/// YAML 1.2 [1] c-printable allows, of the controls, only tab, line feed and carriage return
/// (and NEL, which yaml-cpp does not count as a line break, so it would shift every line after it).
bool is_forbidden_control(char32_t c) {
  return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
}

/// The first tab in the indentation of a line that holds more than a comment.
std::optional<std::size_t> tab_in_indentation(std::string_view text) {
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::optional<std::size_t> tab;
    std::size_t i = start;
    for (; i < end && (text[i] == ' ' || text[i] == '\t'); ++i)
      if (text[i] == '\t' && !tab) tab = i;
    if (tab && i < end && text[i] != '#' && text[i] != '\r') return tab;
    start = end + 1;
  }
  return std::nullopt;
}

/// A read-only stream over text that outlives it, so yaml-cpp reads without a copy.
class view_buffer : public std::streambuf {
 public:
  explicit view_buffer(std::string_view text) {
    char* begin = const_cast<char*>(text.data());  // the get area is only read
    setg(begin, begin, begin + text.size());
  }
};

struct shape_problem {
  YAML::Mark mark;
  std::string message;
};

/// Counts nodes and nesting while yaml-cpp parses, and stops the parse (by throwing) at the first
/// node past a limit, before yaml-cpp recurses into it.
class shape_counter final : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1)
      throw shape_problem{mark, "a second YAML document starts here; a file holds one document"};
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override { count(mark); }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    const std::string name = anchor >= 1 && anchor <= anchors_.size() ? "*" + shown(anchors_[anchor - 1]) : "an alias";
    // yaml-cpp shares an aliased node, but every walk over it reads it again: a few aliases of
    // aliases multiply into billions of nodes visited ("billion laughs").
    throw shape_problem{mark, "alias " + name + ": iterconf files do not use aliases; write the value out"};
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t, const std::string&) override {
    count(mark);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open(mark);
  }
  void OnSequenceEnd() override { --depth_; }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
    open(mark);
  }
  void OnMapEnd() override { --depth_; }
  void OnAnchor(const YAML::Mark&, const std::string& name) override { anchors_.push_back(name); }

 private:
  void count(const YAML::Mark& mark) {
    if (++nodes_ > input_limits::max_nodes)
      throw shape_problem{mark, "more than " + std::to_string(input_limits::max_nodes) +
                                    " YAML nodes in one file; split it"};
  }
  void open(const YAML::Mark& mark) {
    count(mark);
    if (++depth_ > input_limits::max_depth)
      throw shape_problem{mark, "lists and mappings nested more than " + std::to_string(input_limits::max_depth) +
                                    " levels deep"};
  }

  int documents_ = 0;
  int depth_ = 0;
  std::size_t nodes_ = 0;
  std::vector<std::string> anchors_;  // by anchor number - 1, as yaml-cpp numbers them
};

location location_of_mark(const YAML::Mark& mark, const std::string& file) {
  if (mark.is_null()) return {file, 0, 0};
  return {file, mark.line + 1, mark.column + 1};
}

}  // namespace

input_text read_input_text(const std::filesystem::path& path, const std::string& file, std::string_view kind) {
  const auto fail = [&](std::string message) {
    return input_text{std::nullopt, diagnostic{{file, 0, 0}, std::move(message)}};
  };
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (status.type() == std::filesystem::file_type::not_found) return fail("no such file or directory");
  if (ec) return fail("cannot read file: " + ec.message());
  if (std::filesystem::is_directory(status)) return fail("is a directory, not " + std::string(kind));
  // A pipe or a device may never end (/dev/zero) or never start (a FIFO nobody writes).
  if (!std::filesystem::is_regular_file(status)) return fail("is not a regular file, so cannot be " + std::string(kind));
  const std::unique_ptr<std::FILE, int (*)(std::FILE*)> in(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!in) return fail("cannot read file: " + std::string(std::strerror(errno)));
  std::string text;
  char chunk[1 << 16];
  // Read one byte past the limit, so a file that grew since it was looked at is still caught.
  while (text.size() <= input_limits::max_bytes) {
    const std::size_t n = std::fread(chunk, 1, sizeof chunk, in.get());
    text.append(chunk, n);
    if (n < sizeof chunk) break;
  }
  if (std::ferror(in.get())) return fail("cannot read file: " + std::string(std::strerror(errno)));
  if (text.size() > input_limits::max_bytes)
    return fail("file is larger than " + std::to_string(input_limits::max_bytes >> 20) + " MiB, the most iterconf reads");
  return {std::move(text), std::nullopt};
}

std::optional<std::string> unprintable(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = 0;
    const std::size_t n = utf8_sequence(text, i, c);
    if (n == 0) return "the invalid UTF-8 byte " + hex_byte(static_cast<unsigned char>(text[i]));
    // yaml-cpp turns the line breaks of CRLF files into line feeds, so a carriage return in a
    // string came from an escape.
    if (c == '\r' || is_forbidden_control(c)) return "the control character " + code_point_name(c);
    i += n;
  }
  return std::nullopt;
}

location location_of(std::string_view text, std::size_t offset, const std::string& file) {
  offset = std::min(offset, text.size());
  const std::string_view before = text.substr(0, offset);
  const std::size_t line_start = before.rfind('\n') == std::string_view::npos ? 0 : before.rfind('\n') + 1;
  std::size_t column = offset - line_start;
  // yaml-cpp skips a leading byte order mark before it counts columns.
  if (line_start == 0 && text.substr(0, utf8_bom.size()) == utf8_bom && column >= utf8_bom.size())
    column -= utf8_bom.size();
  const auto line = 1 + std::count(before.begin(), before.end(), '\n');
  return {file, static_cast<int>(line), static_cast<int>(column) + 1};
}

std::optional<diagnostic> check_text(std::string_view text, const std::string& file) {
  const auto at = [&](std::size_t offset, std::string message) {
    return diagnostic{location_of(text, offset, file), std::move(message)};
  };
  if (text.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4) || text.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4))
    return at(0, "the file is UTF-32 (it starts with a UTF-32 byte order mark); iterconf reads UTF-8");
  if (text.substr(0, 2) == "\xFF\xFE" || text.substr(0, 2) == "\xFE\xFF")
    return at(0, "the file is UTF-16 (it starts with a UTF-16 byte order mark); iterconf reads UTF-8");
  // A NUL anywhere means a binary file, whatever else comes first.
  if (const std::size_t nul = text.find('\0'); nul != std::string_view::npos)
    return at(nul, "NUL byte: this is a binary file, not YAML text");
  for (std::size_t i = text.substr(0, 3) == utf8_bom ? 3 : 0; i < text.size();) {
    char32_t c = 0;
    const std::size_t n = utf8_sequence(text, i, c);
    if (n == 0)
      return at(i, "invalid UTF-8: byte " + hex_byte(static_cast<unsigned char>(text[i])) +
                       " does not begin a valid character");
    if (is_forbidden_control(c)) return at(i, "control character " + code_point_name(c) + " is not allowed in YAML text");
    if (c == 0xFFFE || c == 0xFFFF) return at(i, "non-character " + code_point_name(c) + " is not allowed in YAML text");
    if (c == 0xFEFF) return at(i, "byte order mark (U+FEFF) after the start of the file");
    if (c == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))
      return at(i, "carriage return without a line feed: end lines with LF or CRLF");
    i += n;
  }
  if (auto tab = tab_in_indentation(text)) return at(*tab, "tab in the indentation: YAML indents with spaces");
  return std::nullopt;
}

std::optional<diagnostic> check_shape(std::string_view text, const std::string& file) {
  view_buffer buffer(text);
  std::istream in(&buffer);
  try {
    YAML::Parser parser(in);
    shape_counter counter;
    while (parser.HandleNextDocument(counter)) {
    }
  } catch (const shape_problem& p) {
    return diagnostic{location_of_mark(p.mark, file), p.message};
  } catch (const YAML::Exception& e) {
    return diagnostic{location_of_mark(e.mark, file), "invalid YAML: " + e.msg};
  }
  return std::nullopt;
}

std::string shown(std::string_view text) {
  std::string out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (out.size() >= input_limits::max_quoted) return out + "...";
    char32_t c = 0;
    const std::size_t n = utf8_sequence(text, i, c);
    if (n == 0) {
      out += "\\x" + hex_byte(static_cast<unsigned char>(text[i])).substr(2);
      ++i;
      continue;
    }
    if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c == 0x7F) out += "\\x" + hex_byte(static_cast<unsigned char>(c)).substr(2);
    else if ((c >= 0x80 && c <= 0x9F) || c == 0xFEFF || c == 0x2028 || c == 0x2029)
      out += "\\u" + code_point_name(c).substr(2);
    else out.append(text.substr(i, n));
    i += n;
  }
  return out;
}

}  // namespace iterconf::detail
