// SIGINT and SIGTERM to a run or a prop: it stops starting work, ends its children and writes the
// reports with what it has, marked incomplete (exit 128 + the signal, as a shell reports it).
#pragma once

#include <atomic>

namespace iterconf::cli {

/// Installs the handlers (no SA_RESTART: a waiting poll() returns at once).
void catch_interrupts();
/// Raised once a SIGINT or SIGTERM has arrived.
const std::atomic<bool>& interrupted();
/// The signal that arrived, or 0.
int interrupting_signal();

}  // namespace iterconf::cli
