// Report targets.
#include "report_targets.hpp"

#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <map>
#include <memory>

namespace iterconf::cli {
namespace {

// Why a report cannot be written to `file`, or "" when it can: checked before the run, so that a
// typo costs no run and a run never ends without its reports.
std::string unwritable(const std::filesystem::path& file) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (fs::is_directory(file, ec)) return "it is a directory";
  // The nearest folder that exists must be a folder this process may create files in.
  fs::path folder = fs::absolute(file, ec).parent_path();
  while (!folder.empty() && !fs::exists(folder, ec) && folder != folder.root_path()) folder = folder.parent_path();
  if (!fs::is_directory(folder, ec)) return folder.string() + " is not a directory";
  if (access(folder.c_str(), W_OK | X_OK) != 0) return "cannot create files in " + folder.string();
  return "";
}

}  // namespace

std::optional<std::vector<report_target>> parse_report_targets(const std::vector<std::string>& specs) {
  std::vector<report_target> out;
  for (const auto& spec : specs) {
    const auto colon = spec.find(':');
    const std::string format = spec.substr(0, colon);
    const auto* entry = report::reporter_registry::global().find(format);
    if (colon == std::string::npos || colon + 1 == spec.size() || entry == nullptr) {
      std::string known;
      for (const auto& e : report::reporter_registry::global().entries()) known += (known.empty() ? "" : ", ") + e.format;
      std::cerr << "<command line>: error: --report '" << spec << "' is not FORMAT:FILE with FORMAT one of " << known
                << '\n';
      return std::nullopt;
    }
    out.push_back({entry, spec.substr(colon + 1)});
  }
  std::map<std::filesystem::path, std::string> written_by;
  for (std::size_t i = 0; i < out.size(); ++i) {
    std::error_code ec;
    const auto file = std::filesystem::weakly_canonical(std::filesystem::absolute(out[i].file), ec);
    const auto [first, fresh] = written_by.emplace(file, specs[i]);
    if (!fresh) {
      std::cerr << "<command line>: error: --report '" << first->second << "' and --report '" << specs[i]
                << "' write the same file\n";
      return std::nullopt;
    }
    if (const auto why = unwritable(out[i].file); !why.empty()) {
      std::cerr << "<command line>: error: --report '" << specs[i] << "': cannot write " << out[i].file << ": " << why
                << '\n';
      return std::nullopt;
    }
  }
  return out;
}

bool write_reports(const report::run_summary& run, const result_stream& results,
                   const std::vector<report_target>& targets, bool to_console) {
  struct output {
    std::unique_ptr<report::reporter> reporter;
    std::unique_ptr<report::report_file> file;  // none for the console
    std::ostream* out;
    std::string failed;  // why it could not be written
  };
  std::vector<output> outputs;
  for (const auto& target : targets) {
    output o{target.entry->make(), nullptr, nullptr, ""};
    try {
      o.file = std::make_unique<report::report_file>(target.file);
      o.out = &o.file->stream();
    } catch (const std::exception& e) {
      o.failed = e.what();
    }
    outputs.push_back(std::move(o));
  }
  if (to_console) outputs.push_back({report::reporter_registry::global().find("console")->make(), nullptr, &std::cout, ""});
  // One reporter that fails does not stop the others.
  auto each_writing = [&](auto write) {
    for (auto& o : outputs) {
      if (!o.failed.empty()) continue;
      try {
        write(o);
      } catch (const std::exception& e) {
        o.failed = e.what();
      }
    }
  };
  each_writing([&](output& o) { o.reporter->begin(run, *o.out); });
  results([&](const case_result& r) { each_writing([&](output& o) { o.reporter->on_result(r, *o.out); }); });
  each_writing([&](output& o) {
    o.reporter->finish(run, *o.out);
    if (o.file) o.file->commit();
  });
  bool ok = true;
  for (const auto& o : outputs) {
    if (o.failed.empty()) continue;
    std::cerr << "iterconf: error: " << o.failed << '\n';
    ok = false;
  }
  return ok;
}

void print_written(const std::vector<report_target>& targets) {
  for (const auto& target : targets)
    std::cout << "iterconf: wrote " << target.entry->format << " report " << target.file << '\n';
}

namespace {

result_stream stream_of(const run_report& run) {
  return [&run](const std::function<void(const case_result&)>& each) {
    for (const auto& r : run.results) each(r);
  };
}

}  // namespace

bool write_reports(const run_report& run, const std::vector<report_target>& targets) {
  return write_reports(report::summary_of(run), stream_of(run), targets, false);
}

void print_summary(const run_report& run, const std::vector<report_target>& targets) {
  write_reports(report::summary_of(run), stream_of(run), {}, true);
  print_written(targets);
}

}  // namespace iterconf::cli
