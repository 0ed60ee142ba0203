// Child processes for isolation (the case runner's and the property pool's): each in a process
// group of its own, so that what a subject signals to "its group" (kill(0, sig)) reaches no one
// but its own child, and so that ending a child ends whatever it started.
#pragma once

#include <sys/types.h>

namespace iterconf::detail {

/// fork(), with the child made the leader of a new process group (in both processes, so that
/// neither can act on the child before it is), and SIGINT and SIGTERM back to their defaults in it.
pid_t fork_in_own_group();

/// Sends `sig` to the child's whole group (the child and every process it forked), then reaps the
/// child; returns its wait status. Also right for a child that has exited already: the group's
/// leftovers are ended before its id can be reused.
int end_group(pid_t child, int sig);

}  // namespace iterconf::detail
