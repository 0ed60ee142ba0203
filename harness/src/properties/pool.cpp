// Running a run's checks: each in a child process, `jobs` at a time, so that two cores check two
// subjects at once (RapidCheck keeps its context in statics: one check per process at a time) and
// a subject that crashes or hangs costs its check only (CRASH, TIMEOUT).
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <sstream>
#include <string>

#include "iterconf/child_process.hpp"
#include "iterconf/properties.hpp"

namespace iterconf::properties {
namespace {

using clock = std::chrono::steady_clock;

// One field per line, backslash and newline escaped.
std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '\\') out += "\\\\";
    else if (c == '\n') out += "\\n";
    else out += c;
  }
  return out;
}

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size()) {
      out += s[i + 1] == 'n' ? '\n' : s[i + 1];
      ++i;
    } else {
      out += s[i];
    }
  }
  return out;
}

std::string joined(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) out += (out.empty() ? "" : " ") + w;
  return out;
}

std::string encode(const check_result& r) {
  std::ostringstream out;
  out << static_cast<int>(r.result) << '\n'
      << r.seed << '\n'
      << r.passed << '\n'
      << r.shrinks << '\n'
      << r.failing_step << '\n'
      << escape(r.step) << '\n'
      << escape(r.expected) << '\n'
      << escape(r.observed) << '\n'
      << escape(r.counterexample) << '\n'
      << escape(r.message) << '\n'
      << r.seconds << '\n'
      << escape(joined(r.failing_rules)) << '\n'
      << escape(r.regression_case) << '\n';
  return out.str();
}

std::optional<check_result> decode(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> f;
  for (std::string line; std::getline(in, line);) f.push_back(line);
  if (f.size() != 13) return std::nullopt;
  try {
    check_result r;
    r.result = static_cast<outcome>(std::stoi(f[0]));
    r.seed = std::stoull(f[1]);
    r.passed = std::stoi(f[2]);
    r.shrinks = std::stoi(f[3]);
    r.failing_step = std::stoull(f[4]);
    r.step = unescape(f[5]);
    r.expected = unescape(f[6]);
    r.observed = unescape(f[7]);
    r.counterexample = unescape(f[8]);
    r.message = unescape(f[9]);
    r.seconds = std::stod(f[10]);
    std::istringstream rules(unescape(f[11]));
    for (std::string rule; rules >> rule;) r.failing_rules.push_back(rule);
    r.regression_case = unescape(f[12]);
    return r;
  } catch (const std::exception&) {
    return std::nullopt;
  }
}

std::string describe_exit(int status) {
  if (WIFSIGNALED(status)) return std::string("the check's process died of signal ") + std::to_string(WTERMSIG(status)) +
                                   " (" + strsignal(WTERMSIG(status)) + ")";
  return "the check's process exited with status " + std::to_string(WEXITSTATUS(status)) + " without a result";
}

struct child {
  pid_t pid = -1;
  int fd = -1;
  std::size_t job = 0;
  std::string buffer;
  clock::time_point started;
};

[[noreturn]] void child_main(const check_job& job, unsigned long long run_seed, const check_options& options, int out) {
  // A subject's own output must not garble the parent's.
  if (int null = open("/dev/null", O_WRONLY); null >= 0) dup2(null, STDOUT_FILENO);
  const std::string text = encode(check(*job.prop, *job.subject, run_seed, options));
  for (std::size_t done = 0; done < text.size();) {
    const ssize_t n = write(out, text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) _exit(3);
    done += static_cast<std::size_t>(n);
  }
  _exit(0);  // the parent's atexit handlers and static destructors are not the child's to run
}

}  // namespace

std::vector<check_result> run_checks(const std::vector<check_job>& jobs, unsigned long long run_seed,
                                     const check_options& options, const pool_options& pool,
                                     const std::function<void(std::size_t, const check_result&)>& done) {
  std::vector<check_result> results(jobs.size());
  auto finish = [&](std::size_t i, check_result r) {
    r.seed = run_seed;
    results[i] = std::move(r);
    if (done) done(i, results[i]);
  };
  if (!pool.isolate) {
    for (std::size_t i = 0; i < jobs.size(); ++i) finish(i, check(*jobs[i].prop, *jobs[i].subject, run_seed, options));
    return results;
  }
  std::vector<child> running;
  std::size_t next = 0;
  const std::size_t width = std::max<std::size_t>(pool.jobs, 1);
  const auto limit = std::chrono::duration<double>(pool.seconds_per_check);
  while (next < jobs.size() || !running.empty()) {
    while (running.size() < width && next < jobs.size()) {
      // An inapplicable check needs no process.
      if (why_not_applicable(*jobs[next].prop, *jobs[next].subject)) {
        finish(next, check(*jobs[next].prop, *jobs[next].subject, run_seed, options));
        ++next;
        continue;
      }
      int fds[2];
      if (pipe(fds) != 0) throw std::runtime_error(std::string("pipe: ") + std::strerror(errno));
      const pid_t pid = iterconf::detail::fork_in_own_group();
      if (pid < 0) throw std::runtime_error(std::string("fork: ") + std::strerror(errno));
      if (pid == 0) {
        close(fds[0]);
        child_main(jobs[next], run_seed, options, fds[1]);
      }
      close(fds[1]);
      running.push_back({pid, fds[0], next, {}, clock::now()});
      ++next;
    }
    if (running.empty()) continue;
    std::vector<pollfd> waits;
    for (const auto& c : running) waits.push_back({c.fd, POLLIN, 0});
    poll(waits.data(), waits.size(), 100);
    for (std::size_t i = running.size(); i-- > 0;) {
      child& c = running[i];
      bool ended = false;
      if (waits[i].revents & (POLLIN | POLLHUP | POLLERR)) {
        char chunk[4096];
        const ssize_t n = read(c.fd, chunk, sizeof chunk);
        if (n > 0) c.buffer.append(chunk, static_cast<std::size_t>(n));
        else if (n == 0 || errno != EINTR) ended = true;
      }
      const bool late = !ended && clock::now() - c.started > limit;
      if (!ended && !late) continue;
      const int status = iterconf::detail::end_group(c.pid, SIGKILL);
      close(c.fd);
      check_result r;
      if (late) {
        r.result = outcome::timeout;
        r.message = "the check ran past its limit of " + std::to_string(pool.seconds_per_check) + " s";
      } else if (auto decoded = decode(c.buffer); decoded && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        r = std::move(*decoded);
      } else {
        r.result = outcome::crash;
        r.message = describe_exit(status);
      }
      if (r.result == outcome::crash || r.result == outcome::timeout)
        r.seconds = std::chrono::duration<double>(clock::now() - c.started).count();
      finish(c.job, std::move(r));
      running.erase(running.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }
  return results;
}

}  // namespace iterconf::properties
