// Where iterconf's cases/ and spec/ are read from when a command line does not say.
#pragma once

#include <string>
#include <string_view>

namespace iterconf {

/// DIR/kind, for kind "cases" or "spec": DIR is $ITERCONF_DATA_DIR when set, else the data
/// directory of the iterconf this program was built against (its source tree, or
/// PREFIX/share/iterconf for an installed package).
std::string default_data_dir(std::string_view kind);

}  // namespace iterconf

/// The data directory of the iterconf a program was built against. It is defined in a source that
/// CMake compiles into each program that links iterconf::harness (cmake/data_dir.cpp.in), never in
/// an installed library, so that no path of the tree iterconf was built in reaches a user's program.
extern "C" const char* iterconf_data_dir_built_against();
