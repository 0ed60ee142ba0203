// The values cases speak in: every subject is built from, and observed as, 64-bit integers.
#pragma once

#include <cstdint>

namespace iterconf {

/// An item as the harness sees it; subjects convert their elements to and from it.
using value = std::int64_t;

}  // namespace iterconf
