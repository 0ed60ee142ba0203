// Child processes in groups of their own (child_process.hpp).
#include "iterconf/child_process.hpp"

#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <bit>
#include <cerrno>
#include <cstddef>
#include <cstdint>
#include <iterator>
#include <vector>

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

namespace {

// The filter, in classic BPF: libseccomp cannot say "pid is 0, self or -self" (it takes one
// comparison per argument in a rule, and its rules can only add denials to an allowing default).
struct filter_program {
  std::vector<sock_filter> code;

  void load(std::uint32_t offset) { code.push_back(BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offset)); }
  void jump_if(std::uint32_t value, std::uint8_t if_true, std::uint8_t if_false) {
    code.push_back(BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, value, if_true, if_false));
  }
  void ret(std::uint32_t action) { code.push_back(BPF_STMT(BPF_RET | BPF_K, action)); }
};

#if defined(__x86_64__)
constexpr std::uint32_t this_arch = AUDIT_ARCH_X86_64;
#elif defined(__aarch64__)
constexpr std::uint32_t this_arch = AUDIT_ARCH_AARCH64;
#else
constexpr std::uint32_t this_arch = 0;
#endif

}  // namespace

void confine_signals() {
  if constexpr (this_arch == 0 || std::endian::native != std::endian::little) {
    return;  // the filter's offsets are those of 64-bit little-endian machines
  } else {
    const auto self = static_cast<std::uint32_t>(getpid());
    const auto group = static_cast<std::uint32_t>(-getpid());
    constexpr std::uint32_t allow = SECCOMP_RET_ALLOW;
    constexpr std::uint32_t deny = SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA);
    filter_program f;
    f.load(offsetof(seccomp_data, arch));
    f.jump_if(this_arch, 1, 0);
    f.ret(allow);  // another ABI of this machine: not filtered
    f.load(offsetof(seccomp_data, nr));
    // The calls whose first argument names the process (or group) signalled: jump to the check.
    const int by_pid[] = {SYS_kill, SYS_tgkill, SYS_tkill, SYS_rt_sigqueueinfo, SYS_rt_tgsigqueueinfo};
    const int refused[] = {SYS_pidfd_send_signal, SYS_setsid, SYS_setpgid};
    const std::uint8_t n_pid = std::size(by_pid), n_refused = std::size(refused);
    for (std::uint8_t i = 0; i < n_pid; ++i)
      f.jump_if(static_cast<std::uint32_t>(by_pid[i]), static_cast<std::uint8_t>(n_pid - i - 1 + n_refused + 2), 0);
    for (std::uint8_t i = 0; i < n_refused; ++i)
      f.jump_if(static_cast<std::uint32_t>(refused[i]), static_cast<std::uint8_t>(n_refused - i), 0);
    f.ret(allow);
    f.ret(deny);
    // The check: the low 32 bits of the first argument (a pid_t) are 0, self or -self.
    f.load(offsetof(seccomp_data, args));
    f.jump_if(0, 3, 0);
    f.jump_if(self, 2, 0);
    f.jump_if(group, 1, 0);
    f.ret(deny);
    f.ret(allow);
    const sock_fprog program{static_cast<unsigned short>(f.code.size()), f.code.data()};
    // Required of a process without CAP_SYS_ADMIN; it also keeps exec'd programs from gaining any.
    prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0);
    prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program);
  }
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
