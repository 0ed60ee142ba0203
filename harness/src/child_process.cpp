// Child processes in groups of their own (child_process.hpp).
#include "iterconf/child_process.hpp"

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>

namespace iterconf::detail {

pid_t fork_in_own_group() {
  const pid_t pid = fork();
  if (pid == 0) {
    setpgid(0, 0);
    // The supervisor's handlers that let a run stop cleanly are not the child's: a signal that
    // ends a process ends it (CRASH with the signal), at once.
    signal(SIGINT, SIG_DFL);
    signal(SIGTERM, SIG_DFL);
  } else if (pid > 0) setpgid(pid, pid);  // EACCES once the child has exec'd or set it itself: either is fine
  return pid;
}

int end_group(pid_t child, int sig) {
  // The child is at worst a zombie here, which keeps its group id from being reused.
  kill(-child, sig);
  if (sig != SIGKILL) kill(-child, SIGKILL);
  int status = 0;
  while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  return status;
}

}  // namespace iterconf::detail
