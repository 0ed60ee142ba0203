// The isolated runner (isolated_runner.hpp).
#include "iterconf/isolated_runner.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <deque>
#include <map>
#include <set>
#include <new>
#include <stdexcept>

#include "iterconf/child_process.hpp"

namespace iterconf {
namespace {

using clock = std::chrono::steady_clock;

// Where the child is: which unit (by its place in the child's batch) and which step. It lives in a
// page shared with the parent, so the child records every step without a system call and the
// parent reads it after a crash.
struct position {
  std::atomic<std::size_t> unit_number{0};
  std::atomic<std::size_t> step_plus_one{0};  // 0: before the first step
};

// The child's side: run the units, recording each step in the shared page, and send each unit's
// line as it ends.
[[noreturn]] void child_main(const isolated_work& work, const std::deque<std::size_t>& units, int out,
                             const isolation_options& options, position* at) {
  if (memory_limit_is_enforced) {
    // (AddressSanitizer's shadow and quarantine need far more than any data limit allows.)
    const rlim_t bytes = static_cast<rlim_t>(options.memory_mib) * 1024 * 1024;
    const rlimit data{bytes, bytes};
    setrlimit(RLIMIT_DATA, &data);
  }
  // A subject's own output must not garble the parent's progress line or its reports.
  if (int null = open("/dev/null", O_WRONLY); null >= 0) dup2(null, STDOUT_FILENO);
  detail::confine_signals();
  auto send = [out](std::string_view line) {
    std::string text(line);
    text += '\n';
    for (std::size_t done = 0; done < text.size();) {
      const ssize_t n = write(out, text.data() + done, text.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) _exit(3);
      done += static_cast<std::size_t>(n);
    }
  };
  std::size_t number = 0;
  for (std::size_t unit : units) {
    at->step_plus_one = 0;
    at->unit_number = number++;
    send(work.run(unit, [at](std::size_t step) { at->step_plus_one = step + 1; }));
  }
  _exit(0);  // no atexit handlers or static destructors: they belong to the parent
}

struct worker {
  pid_t pid = -1;
  int fd = -1;
  std::deque<std::size_t> units;  // the first is the one running now
  position* at = nullptr;         // shared with the child
  clock::time_point started;      // of the unit running now
  std::string buffer;

  /// The step the current unit was on, as the child last recorded it.
  [[nodiscard]] std::optional<std::size_t> step() const {
    const std::size_t s = at->step_plus_one;
    return s == 0 ? std::nullopt : std::optional<std::size_t>(s - 1);
  }
};

std::string describe_exit(int status) {
  if (WIFSIGNALED(status)) {
    const int sig = WTERMSIG(status);
    return "the subject crashed the child process: signal " + std::to_string(sig) + " (" + strsignal(sig) + ")";
  }
  return "the child process exited with status " + std::to_string(WEXITSTATUS(status)) + " in the middle of it";
}

std::string seconds_text(double s) {
  char text[32];
  std::snprintf(text, sizeof text, "%g", s);
  return text;
}

class supervisor {
 public:
  supervisor(const isolated_work& work, const isolation_options& options)
      : work_(work), options_(options), jobs_(std::max<std::size_t>(options.jobs, 1)) {}

  void run(const std::atomic<bool>& stop) {
    for (const auto& b : work_.batches)
      if (!b.empty()) queue_.emplace_back(b.begin(), b.end());
    while ((!queue_.empty() || !workers_.empty()) && !stop) {
      while (workers_.size() < jobs_ && !queue_.empty()) {
        auto units = std::move(queue_.front());
        queue_.pop_front();
        drop_cut_off(units);
        if (!units.empty()) start(std::move(units));
      }
      if (!workers_.empty()) wait_for_news();
    }
    for (auto& w : workers_) end(w);
  }

 private:
  void start(std::deque<std::size_t> units) {
    int pipe_fds[2];
    if (pipe(pipe_fds) != 0) throw std::runtime_error(std::string("pipe: ") + strerror(errno));
    void* page = mmap(nullptr, sizeof(position), PROT_READ | PROT_WRITE, MAP_SHARED | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED) throw std::runtime_error(std::string("mmap: ") + strerror(errno));
    auto* at = new (page) position();
    std::fflush(nullptr);
    const pid_t pid = detail::fork_in_own_group();
    if (pid < 0) throw std::runtime_error(std::string("fork: ") + strerror(errno));
    if (pid == 0) {
      close(pipe_fds[0]);
      child_main(work_, units, pipe_fds[1], options_, at);
    }
    close(pipe_fds[1]);
    worker w;
    w.pid = pid;
    w.fd = pipe_fds[0];
    w.units = std::move(units);
    w.at = at;
    w.started = clock::now();
    workers_.push_back(std::move(w));
  }

  [[nodiscard]] clock::duration limit() const {
    return std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(options_.seconds_per_unit));
  }

  void wait_for_news() {
    std::vector<pollfd> fds;
    auto soonest = clock::time_point::max();
    for (const auto& w : workers_) {
      fds.push_back({w.fd, POLLIN, 0});
      soonest = std::min(soonest, w.started + limit());
    }
    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(soonest - clock::now()).count();
    const int ready = poll(fds.data(), fds.size(), static_cast<int>(std::clamp<long long>(wait + 1, 0, 1000)));
    if (ready < 0 && errno != EINTR) throw std::runtime_error(std::string("poll: ") + strerror(errno));
    for (std::size_t i = workers_.size(); i-- > 0;) {
      worker& w = workers_[i];
      bool gone = false;
      if (ready > 0 && (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) != 0) gone = read_from(w);
      if (!gone && !w.units.empty() && clock::now() > w.started + limit()) {
        fault(w, outcome::timeout,
              "no result within the time limit of " + seconds_text(options_.seconds_per_unit) +
                  " s (--timeout): the child was killed");
        end(w);
        gone = true;
      }
      if (gone) workers_.erase(workers_.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }

  // Reads what the child wrote; true when the child is gone (its remaining units requeued).
  bool read_from(worker& w) {
    char chunk[65536];
    const ssize_t n = read(w.fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) return false;
    if (n > 0) {
      w.buffer.append(chunk, static_cast<std::size_t>(n));
      std::size_t from = 0;
      for (auto newline = w.buffer.find('\n', from); newline != std::string::npos;
           newline = w.buffer.find('\n', from)) {
        accept(w, std::string_view(w.buffer).substr(from, newline - from));
        from = newline + 1;
      }
      w.buffer.erase(0, from);
      if (!w.units.empty()) return false;
      // Every unit has its line: the child is done. Whatever it forked may hold the pipe open for
      // ever; it goes now, with the group.
      end(w);
      return true;
    }
    // End of the pipe: the child exited, normally or not; what it forked goes with it.
    const int status = detail::end_group(w.pid, SIGKILL);
    if (!w.units.empty()) fault(w, outcome::crash, describe_exit(status));
    end(w, true);
    return true;
  }

  void accept(worker& w, std::string_view line) {
    if (w.units.empty()) return;
    const std::size_t unit = w.units.front();
    w.units.pop_front();
    if (work_.accept(unit, line)) {
      consecutive_timeouts_[work_.subject_of(unit)] = 0;
    } else {
      w.units.push_front(unit);
      fault(w, outcome::crash, "the child sent a result that cannot be read (did the subject write into its pipe?)");
    }
    w.started = clock::now();
  }

  // The unit the child was on did not finish: tell it, and move on past it.
  void fault(worker& w, outcome o, const std::string& message) {
    const std::size_t unit = w.units.front();
    w.units.pop_front();
    const double seconds = std::chrono::duration<double>(clock::now() - w.started).count();
    work_.fault(unit, {o, w.step(), message, seconds});
    // Only a hang costs the time limit; a crash costs a fork, and cutting a subject off after a
    // few crashes of one rule's cases would hide its verdicts on every other rule (a library
    // whose value-initialized iterators assert lost 88 cases so). A crash neither counts nor
    // breaks a run of timeouts.
    const std::size_t subject = work_.subject_of(unit);
    if (o == outcome::timeout && options_.fault_limit > 0 && ++consecutive_timeouts_[subject] >= options_.fault_limit)
      cut_off_.insert(subject);
    drop_cut_off(w.units);
  }

  // A subject that hung on `fault_limit` units in a row would cost the time limit again on each
  // of its others: they are reported, one by one, instead of run.
  void drop_cut_off(std::deque<std::size_t>& units) {
    std::deque<std::size_t> kept;
    for (std::size_t unit : units) {
      if (!cut_off_.contains(work_.subject_of(unit))) {
        kept.push_back(unit);
        continue;
      }
      work_.fault(unit, {outcome::error, std::nullopt,
                         "not run: the subject's last " + std::to_string(options_.fault_limit) +
                             " units in a row ended in TIMEOUT; --fault-limit sets how many, 0 runs every one",
                         0});
    }
    units = std::move(kept);
  }

  // Ends the child and its group; its units not reached go back to the queue's front.
  void end(worker& w, bool reaped = false) {
    if (!reaped) detail::end_group(w.pid, SIGKILL);
    close(w.fd);
    munmap(w.at, sizeof(position));
    if (!w.units.empty()) queue_.push_front(std::move(w.units));
  }

  const isolated_work& work_;
  isolation_options options_;
  std::size_t jobs_;
  std::deque<std::deque<std::size_t>> queue_;
  std::vector<worker> workers_;
  std::map<std::size_t, std::size_t> consecutive_timeouts_;
  std::set<std::size_t> cut_off_;  // subjects
};

}  // namespace

void run_isolated(const isolated_work& work, const isolation_options& options, const std::atomic<bool>& stop) {
  supervisor(work, options).run(stop);
}

}  // namespace iterconf
