// The faults a new user tried on a run (issue 13), each a subject of its own through the public
// API: every one must cost only its own cases, with nothing lost (isolation_test.cpp).
#include <signal.h>
#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <stdexcept>
#include <thread>
#include <vector>

#include "iterconf/adapt/register.hpp"
#include "misbehaving_iterator.hpp"

namespace iterconf::faulty {
namespace {

enum class odd { exit_0, exit_3, close_fds, overflow_stack, flood_stdout, throw_int, throw_out_of_range, stop_itself,
                 grandchild_keeps_pipe };

[[noreturn]] void thrown_from_a_destructor() { throw std::runtime_error("thrown from a destructor"); }

int deeper(int n) {
  volatile char frame[1024] = {};
  return n <= 0 ? frame[0] : deeper(n - 1) + frame[n % 1024];
}

/// The fault `F` (misbehaving_iterator.hpp does it at the second item).
template <odd F>
struct odd_action {
  static void misbehave() {
    if constexpr (F == odd::exit_0) {
      std::exit(0);
    } else if constexpr (F == odd::exit_3) {
      _exit(3);
    } else if constexpr (F == odd::close_fds) {
      for (int fd = 0; fd < 1024; ++fd) close(fd);
    } else if constexpr (F == odd::overflow_stack) {
      [[maybe_unused]] volatile int sink = deeper(1 << 30);
    } else if constexpr (F == odd::flood_stdout) {
      for (int i = 0; i < 200000; ++i) std::printf("line %d of a subject that talks\n", i);
    } else if constexpr (F == odd::throw_int) {
      throw 7;
    } else if constexpr (F == odd::throw_out_of_range) {
      throw std::out_of_range("next() past what it holds");
    } else if constexpr (F == odd::stop_itself) {
      raise(SIGSTOP);
    } else {
      // A grandchild that inherits the result pipe and keeps it open.
      if (fork() == 0) {
        for (;;) pause();
      }
    }
  }
};

template <odd F>
using odd_iterator = misbehaving_iterator<odd_action<F>>;

/// A range whose destructor throws (from a noexcept destructor: std::terminate) or never returns.
template <bool Hangs>
class bad_destructor : public std::vector<int> {
 public:
  using std::vector<int>::vector;
  bad_destructor(const bad_destructor&) = default;
  ~bad_destructor() {
    if (empty()) return;  // moved-from copies die quietly; the subject itself misbehaves
    if constexpr (Hangs) {
      for (volatile bool forever = true; forever;) {
      }
    } else {
      thrown_from_a_destructor();  // a destructor is noexcept: std::terminate
    }
  }
};

}  // namespace
}  // namespace iterconf::faulty

ITERCONF_SUBJECTS(odd_faults) {
  using namespace iterconf;
  using namespace iterconf::faulty;
  subjects.add("odd::exit_0", {}, [](const subject_input& in) { return odd_iterator<odd::exit_0>(in); });
  subjects.add("odd::exit_3", {}, [](const subject_input& in) { return odd_iterator<odd::exit_3>(in); });
  subjects.add("odd::closes_every_fd", {}, [](const subject_input& in) { return odd_iterator<odd::close_fds>(in); });
  subjects.add("odd::overflows_the_stack", {}, [](const subject_input& in) { return odd_iterator<odd::overflow_stack>(in); });
  subjects.add("odd::floods_stdout", {}, [](const subject_input& in) { return odd_iterator<odd::flood_stdout>(in); });
  subjects.add("odd::throws_7", {}, [](const subject_input& in) { return odd_iterator<odd::throw_int>(in); });
  subjects.add("odd::throws_out_of_range", {},
               [](const subject_input& in) { return odd_iterator<odd::throw_out_of_range>(in); });
  subjects.add("odd::stops_itself", {}, [](const subject_input& in) { return odd_iterator<odd::stop_itself>(in); });
  subjects.add("odd::grandchild_keeps_the_pipe", {},
               [](const subject_input& in) { return odd_iterator<odd::grandchild_keeps_pipe>(in); });
  subjects.add("odd::destructor_throws", {},
               [](const subject_input& in) { return bad_destructor<false>(in.given.begin(), in.given.end()); });
  subjects.add("odd::destructor_hangs", {},
               [](const subject_input& in) { return bad_destructor<true>(in.given.begin(), in.given.end()); });
  subjects.add("odd::factory_sleeps", {}, [](const subject_input& in) {
    std::this_thread::sleep_for(std::chrono::seconds(30));
    return std::vector<int>(in.given.begin(), in.given.end());
  });
}
