// Subjects with the faults a conformance suite exists to meet: each one fails at its second item
// in a way no protocol signal covers. Linked into a separate iterconf program for the tests only.
#include <signal.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <vector>

#include "iterconf/adapt/register.hpp"
#include "misbehaving_iterator.hpp"

namespace iterconf::faulty {
namespace {

enum class fault { segfault, abort, terminate, hang, allocate, signal_group, signal_parent, signal_run, escape_group };

/// The fault `F` (misbehaving_iterator.hpp does it at the second item).
template <fault F>
struct fault_action {
  static void misbehave() {
    if constexpr (F == fault::segfault) {
      volatile int* nowhere = nullptr;
      *nowhere = 1;
    } else if constexpr (F == fault::abort) {
      std::abort();
    } else if constexpr (F == fault::terminate) {
      std::terminate();
    } else if constexpr (F == fault::signal_group) {
      // What a subject that means to stop "its program" does: it signals its whole process group.
      kill(0, SIGTERM);
      for (;;) pause();
    } else if constexpr (F == fault::signal_parent) {
      // What a subject that means to stop "the program that runs it" does; refused, it goes on.
      kill(getppid(), SIGKILL);
      return;
    } else if constexpr (F == fault::signal_run) {
      // In a PID namespace whose session (or the run's group) leader lives outside, getsid and
      // getpgid answer 0, and kill(-0) would be the subject's own group: signal only real ids.
      for (const pid_t id : {getpgid(getppid()), getsid(0)})
        if (id > 0 && id != getpgrp()) kill(-id, SIGKILL);
      return;
    } else if constexpr (F == fault::escape_group) {
      // A helper process that leaves the group and outlives its parent, and says where it is
      // (before the subject goes on: the test must learn its pid).
      int ready[2];
      if (pipe(ready) != 0) return;
      if (fork() == 0) {
        setsid();
        if (const char* file = std::getenv("ITERCONF_TEST_LEFTOVER_FILE")) {
          if (FILE* out = std::fopen(file, "w")) {
            std::fprintf(out, "%d\n", static_cast<int>(getpid()));
            std::fclose(out);
          }
        }
        [[maybe_unused]] const auto written = write(ready[1], "x", 1);
        for (;;) pause();
      }
      char byte = 0;
      [[maybe_unused]] const auto got = read(ready[0], &byte, 1);
      close(ready[0]);
      close(ready[1]);
      return;
    } else if constexpr (F == fault::hang) {
      for (volatile bool forever = true; forever;) {
      }
    } else {
      std::vector<std::vector<char>> hoard;
      for (;;) hoard.emplace_back(1 << 20, 'x');
    }
  }
};

template <fault F>
using faulty_iterator = misbehaving_iterator<fault_action<F>>;

}  // namespace
}  // namespace iterconf::faulty

ITERCONF_SUBJECTS(faulty) {
  using namespace iterconf;
  using namespace iterconf::faulty;
  subjects.add("faulty::segfault", {}, [](const subject_input& in) { return faulty_iterator<fault::segfault>(in); });
  subjects.add("faulty::abort", {}, [](const subject_input& in) { return faulty_iterator<fault::abort>(in); });
  subjects.add("faulty::terminate", {}, [](const subject_input& in) { return faulty_iterator<fault::terminate>(in); });
  subjects.add("faulty::hang", {}, [](const subject_input& in) { return faulty_iterator<fault::hang>(in); });
  subjects.add("faulty::allocate", {}, [](const subject_input& in) { return faulty_iterator<fault::allocate>(in); });
  subjects.add("faulty::signals_its_group", {}, [](const subject_input& in) { return faulty_iterator<fault::signal_group>(in); });
  subjects.add("faulty::signals_its_parent", {},
               [](const subject_input& in) { return faulty_iterator<fault::signal_parent>(in); });
  subjects.add("faulty::signals_the_run", {}, [](const subject_input& in) { return faulty_iterator<fault::signal_run>(in); });
  subjects.add("faulty::leaves_its_group", {}, [](const subject_input& in) { return faulty_iterator<fault::escape_group>(in); });
  subjects.add("faulty::throws_from_factory", {}, [](const subject_input&) -> std::vector<int> { throw 42; });
  subjects.add("faulty::fine", {}, [](const subject_input& in) { return std::vector<int>(in.given.begin(), in.given.end()); });
}
