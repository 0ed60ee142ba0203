// `iterconf init DIR`: a CMake project checking a library's types, ready to build against the
// installed package: a subjects file with every trait explained, an expectations file, and the
// two CTest registrations (the runner with reports, and GoogleTest mode when it is installed).
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <string_view>

#include "commands.hpp"

namespace iterconf::cli {
namespace {

constexpr std::string_view cmake_lists = R"text(# Conformance of this library's iteration protocol, checked by iterconf (written by `iterconf init`).
cmake_minimum_required(VERSION 3.25)
project(@NAME@_conformance LANGUAGES CXX)
enable_testing()

# The runner needs the cli component (RapidCheck); GoogleTest mode is used when it is installed.
find_package(iterconf 0.1 REQUIRED COMPONENTS cli OPTIONAL_COMPONENTS gtest)

# Your library: find_package(...) or add_subdirectory(...) it here, and name it in LINK below.
set(library_targets "")

# `ctest -R @NAME@_conformance`: every case on every subject, writing JUnit, JSON, Markdown and
# HTML reports into the build tree; it fails when a result fails the gate.
iterconf_add_conformance_test(NAME @NAME@_conformance SUBJECTS subjects.cpp LINK ${library_targets}
                              EXPECTATIONS expectations.yaml)
# The same subjects as GoogleTest tests (`--gtest_filter`, `ctest -R @NAME@_gtest`), one CTest test a subject.
if(TARGET iterconf::gtest)
  iterconf_add_gtest(NAME @NAME@_gtest SUBJECTS subjects.cpp LINK ${library_targets} EXPECTATIONS expectations.yaml)
endif()
)text";

constexpr std::string_view subjects_cpp = R"text(// The types iterconf checks, one registration each (docs/adapter-guide.md says more).
#include <iterconf/adapt/register.hpp>

#include <vector>

ITERCONF_SUBJECTS(@NAME@) {
  using namespace iterconf;
  // Replace this example with your own types. The factory builds one object holding the case's
  // values; the category, size(), contains/find, at()/operator[] and the iterator concepts are
  // detected from its type. The traits say what a type cannot show (each line: the default, in
  // the order C++ needs designated initializers in).
  subjects.add("@NAME@::example (std::vector<int>)",
               {
                   // .sequence = order::as_given,   // or sorted, sorted_unique, unique, unordered,
                   //                                // insertion, counting, cycling
                   // .lazy = false,                 // produces values only on demand ...
                   // .lookahead = 0,                // ... at most this many beyond what was asked
                   // .probed = false,               // records probe events in in.probe
                   // .generator = false,            // lazy, single-pass, finished after it raised
                   // .single_pass = false,          // single-pass though its iterator claims forward
                   // .reiterable = false,           // input-tagged, but every begin() starts afresh
                   // .raises = false,               // honours in.raises_at
                   // .callable = false,             // is iter(callable, sentinel)
                   // .at_bounds = bounds::detect,   // checked: at(size()) throws; unchecked: never called there
                   // .index_error = nullptr,        // index_error_is<E> when at() throws E, not std::out_of_range
                   // .positional = true,            // false: at(key) is keyed access, not positions
                   // .contains_is_membership = true,// false: contains(v) answers another question
                   // .domain = {},                  // domain::exactly(4), at_most(n), within(lo, hi), consecutive()
                   // .description = "",             // shown in reports
               },
               [](const subject_input& in) { return std::vector<int>(in.given.begin(), in.given.end()); });
}
)text";

constexpr std::string_view expectations_yaml = R"text(# Known deviations: the library's real behaviour where it breaks a rule, each with its reason.
# A result an entry covers is XFAIL (or, with `fails: may`, PASS when it passes); an entry that
# covers nothing is a warning (`run --strict-expectations`: an error). For example:
# - {subject: "@NAME@::my_view", case: "exhaust.resumes.*", rule: exhaust.resumes, reason: "begin() restarts"}
[]
)text";

std::string filled(std::string_view text, const std::string& name) {
  std::string out(text);
  for (std::size_t at = out.find("@NAME@"); at != std::string::npos; at = out.find("@NAME@", at + name.size()))
    out.replace(at, 6, name);
  return out;
}

// A C++ and CMake identifier from the directory's name.
std::string project_name(const std::filesystem::path& dir) {
  std::string name;
  for (char c : std::filesystem::absolute(dir).lexically_normal().filename().string())
    name += std::isalnum(static_cast<unsigned char>(c)) ? c : '_';
  if (name.empty() || std::isdigit(static_cast<unsigned char>(name.front()))) name = "my_" + name;
  return name;
}

}  // namespace

int init(const init_options& options) {
  namespace fs = std::filesystem;
  const fs::path dir = options.directory;
  const std::string name = options.name.empty() ? project_name(dir) : options.name;
  const std::pair<const char*, std::string_view> files[] = {
      {"CMakeLists.txt", cmake_lists}, {"subjects.cpp", subjects_cpp}, {"expectations.yaml", expectations_yaml}};
  std::error_code ec;
  for (const auto& [file, text] : files)
    if (fs::exists(dir / file, ec)) {
      std::cerr << (dir / file).string() << ": error: already exists; iterconf init writes only new files\n";
      return exit_input_error;
    }
  fs::create_directories(dir, ec);
  for (const auto& [file, text] : files) {
    std::ofstream out(dir / file);
    out << filled(text, name);
    if (!out) {
      std::cerr << (dir / file).string() << ": error: cannot write\n";
      return exit_input_error;
    }
  }
  std::cout << "iterconf init: wrote " << (dir / "CMakeLists.txt").string() << ", subjects.cpp and expectations.yaml\n"
            << "iterconf init: build it with: cmake -S " << dir.string() << " -B " << (dir / "build").string()
            << " && cmake --build " << (dir / "build").string() << " && ctest --test-dir " << (dir / "build").string()
            << '\n';
  return exit_ok;
}

}  // namespace iterconf::cli
