// SIGINT and SIGTERM (interrupts.hpp).
#include "interrupts.hpp"

#include <signal.h>

namespace iterconf::cli {
namespace {

std::atomic<bool> raised{false};
std::atomic<int> which{0};

extern "C" void on_interrupt(int sig) {
  which = sig;
  raised = true;
}

}  // namespace

void catch_interrupts() {
  struct sigaction action {};
  action.sa_handler = on_interrupt;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  sigaction(SIGINT, &action, nullptr);
  sigaction(SIGTERM, &action, nullptr);
}

const std::atomic<bool>& interrupted() { return raised; }

int interrupting_signal() { return which; }

}  // namespace iterconf::cli
