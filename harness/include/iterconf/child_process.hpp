// Child processes for isolation (the case runner's and the property pool's): each in a process
// group of its own, so that what a subject signals to "its group" (kill(0, sig)) reaches no one
// but its own child, and so that ending a child ends whatever it started.
#pragma once

#include <sys/types.h>

namespace iterconf::detail {

/// fork(), with the child made the leader of a new process group (in both processes, so that
/// neither can act on the child before it is), and SIGINT and SIGTERM back to their defaults in it.
pid_t fork_in_own_group();

/// In the child, before it runs a subject: the subject may signal itself and its own group only
/// (kill, tgkill, sigqueue to another process fail with EPERM: its parent, the run's group, the
/// session, every process with -1), and it may not leave its group (setsid, setpgid fail), so
/// that nothing it does reaches the run and nothing it forks outlives its child. A seccomp
/// filter; on a system without seccomp, only the group of its own remains.
void confine_signals();

/// Sends `sig` to the child's whole group (the child and every process it forked), then reaps the
/// child; returns its wait status. Also right for a child that has exited already: the group's
/// leftovers are ended before its id can be reused.
int end_group(pid_t child, int sig);

}  // namespace iterconf::detail
