// Where the cases and the spec are read from by default.
#include "iterconf/data_dir.hpp"

#include <cstdlib>
#include <filesystem>

// A program built without CMake (pkg-config) has no generated definition: it reads $ITERCONF_DATA_DIR,
// or the directory beside the program. The generated one, linked first, wins over this one.
extern "C" __attribute__((weak)) const char* iterconf_data_dir_built_against() { return "."; }

namespace iterconf {

std::string default_data_dir(std::string_view kind) {
  namespace fs = std::filesystem;
  if (const char* root = std::getenv("ITERCONF_DATA_DIR"); root != nullptr && *root != '\0')
    return (fs::path(root) / kind).string();
  // An installed iterconf program reads its own PREFIX/share/iterconf, wherever the prefix moved.
  std::error_code ec;
  const fs::path program = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    const fs::path beside = program.parent_path().parent_path() / "share" / "iterconf" / kind;
    if (fs::is_directory(beside, ec)) return beside.string();
  }
  return (fs::path(iterconf_data_dir_built_against()) / kind).string();
}

}  // namespace iterconf
