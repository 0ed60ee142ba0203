// libFuzzer target for the loader and the spec checker (README.md here): the input is read as a
// case file (against the project's rules), as a rules file (and then as a case file against those
// rules) and as an expectations file, and check_spec runs over what loaded. Besides finding
// crashes, hangs and sanitizer reports, it checks what every diagnostic promises: one line, no
// control characters, a location in the file read, at most 100 problems and the limit note.
#include <unistd.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "iterconf/expectations.hpp"
#include "iterconf/loader.hpp"
#include "iterconf/spec_check.hpp"

namespace {

using iterconf::diagnostic;

[[noreturn]] void broken_promise(const diagnostic& d, const char* what) {
  std::fprintf(stderr, "fuzz_loader: %s: %s\n", what, d.str().c_str());
  std::abort();
}

void check_diagnostics(const std::vector<diagnostic>& problems, const std::string& file) {
  if (problems.size() > 101) broken_promise(problems.back(), "more than 100 problems and the limit note");
  for (const auto& d : problems) {
    if (d.message.empty()) broken_promise(d, "an empty message");
    for (const char c : d.message)
      if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) broken_promise(d, "a control character in a message");
    if (d.where.line < 0 || d.where.column < 0 || (d.where.line == 0 && d.where.column != 0))
      broken_promise(d, "a location out of range");
    if (!file.empty() && d.where.file != file) broken_promise(d, "a diagnostic naming another file");
  }
}

const std::filesystem::path& scratch_file() {
  static const std::filesystem::path file = [] {
    const auto dir = std::filesystem::temp_directory_path() / ("iterconf-fuzz-" + std::to_string(getpid()));
    std::filesystem::create_directories(dir);
    std::atexit([] {
      std::error_code ec;
      std::filesystem::remove_all(std::filesystem::temp_directory_path() / ("iterconf-fuzz-" + std::to_string(getpid())), ec);
    });
    return dir / "fuzzed.yaml";
  }();
  return file;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const iterconf::rules_load project = iterconf::load_rules(ITERCONF_SPEC_DIR "/rules.yaml");
  const std::filesystem::path spec_dir = ITERCONF_SPEC_DIR;
  const auto& file = scratch_file();
  std::ofstream(file, std::ios::binary | std::ios::trunc).write(reinterpret_cast<const char*>(data),
                                                               static_cast<std::streamsize>(size));
  const std::string name = file.string();

  const auto cases = iterconf::load_case_file(file, project.book);
  check_diagnostics(cases.problems, name);
  // The project's rules and pages give the same problems every time; only new cases add to them.
  if (!cases.cases.empty()) (void)iterconf::check_spec(project.book, cases.cases, spec_dir);

  const auto rules = iterconf::load_rules(file);
  check_diagnostics(rules.problems, name);
  const auto cases_of_those_rules = iterconf::load_case_file(file, rules.book);
  check_diagnostics(cases_of_those_rules.problems, name);
  check_diagnostics(iterconf::check_spec(rules.book, cases_of_those_rules.cases, spec_dir), "");

  check_diagnostics(iterconf::load_expectations(file).problems, name);
  return 0;
}
