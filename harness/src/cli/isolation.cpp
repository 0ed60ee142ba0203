// Fault isolation with child processes.
#include "isolation.hpp"

#include "iterconf/child_process.hpp"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/mman.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <cstring>
#include <deque>
#include <string>

#include "iterconf/executor.hpp"
#include "iterconf/report/json_report.hpp"

namespace iterconf::cli {
namespace {

using clock = std::chrono::steady_clock;

// Where the child is: which case (by its place in the child's list) and which step. It lives in a
// page shared with the parent, so the child records every step without a system call and the
// parent reads it after a crash.
struct position {
  std::atomic<std::size_t> item_number{0};
  std::atomic<std::size_t> step_plus_one{0};  // 0: before the first step
};

// The child's side: run the items, recording each step in the shared page and sending each
// result as a line ("result {json}").
[[noreturn]] void child_main(const std::vector<plan_item>& plan, const std::deque<std::size_t>& items, int out,
                             const isolation_limits& limits, position* at) {
  if (!memory_limit_is_enforced) {
    // AddressSanitizer's shadow and quarantine need far more than any data limit allows.
  } else {
    const rlim_t bytes = static_cast<rlim_t>(limits.memory_mib) * 1024 * 1024;
    const rlimit data{bytes, bytes};
    setrlimit(RLIMIT_DATA, &data);
  }
  // A subject's own output must not garble the parent's progress line.
  if (int null = open("/dev/null", O_WRONLY); null >= 0) dup2(null, STDOUT_FILENO);
  auto send = [out](const std::string& line) {
    const std::string text = line + "\n";
    for (std::size_t done = 0; done < text.size();) {
      const ssize_t n = write(out, text.data() + done, text.size() - done);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) _exit(3);
      done += static_cast<std::size_t>(n);
    }
  };
  std::size_t number = 0;
  for (std::size_t i : items) {
    at->step_plus_one = 0;
    at->item_number = number++;
    const case_result r = execute(plan[i], [at](std::size_t step) { at->step_plus_one = step + 1; });
    // Most results say nothing but their outcome: the parent rebuilds those from its own plan.
    const bool plain = !r.step_number && r.message.empty() && r.expected.empty() && r.observed.empty();
    if (plain) send("outcome " + std::string(name_of(r.result)) + " " + std::to_string(r.seconds));
    else send("result " + report::to_json(r).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  _exit(0);  // no atexit handlers or static destructors: they belong to the parent
}

struct worker {
  pid_t pid = -1;
  int fd = -1;
  std::deque<std::size_t> items;  // the first is the case running now
  position* at = nullptr;         // shared with the child
  clock::time_point deadline;
  std::string buffer;

  /// The step the current case was on, as the child last recorded it.
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
  return "the child process exited with status " + std::to_string(WEXITSTATUS(status)) + " in the middle of the case";
}

class supervisor {
 public:
  supervisor(const std::vector<plan_item>& plan, std::size_t jobs, const isolation_limits& limits, progress& shown,
             std::vector<std::optional<case_result>>& results)
      : plan_(plan), jobs_(std::max<std::size_t>(jobs, 1)), limits_(limits), shown_(shown), results_(results) {}

  void run(const std::vector<std::vector<std::size_t>>& groups, const std::atomic<bool>& stop) {
    for (const auto& g : groups)
      if (!g.empty()) queue_.emplace_back(g.begin(), g.end());
    while ((!queue_.empty() || !workers_.empty()) && !stop) {
      while (workers_.size() < jobs_ && !queue_.empty()) {
        start(std::move(queue_.front()));
        queue_.pop_front();
      }
      wait_for_news();
    }
    for (auto& w : workers_) end(w, SIGKILL);
  }

 private:
  void start(std::deque<std::size_t> items) {
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
      child_main(plan_, items, pipe_fds[1], limits_, at);
    }
    close(pipe_fds[1]);
    worker w;
    w.pid = pid;
    w.fd = pipe_fds[0];
    w.items = std::move(items);
    w.at = at;
    w.deadline = clock::now() + limit();
    workers_.push_back(std::move(w));
  }

  clock::duration limit() const {
    return std::chrono::duration_cast<clock::duration>(std::chrono::duration<double>(limits_.seconds_per_case));
  }

  void wait_for_news() {
    std::vector<pollfd> fds;
    auto soonest = clock::time_point::max();
    for (const auto& w : workers_) {
      fds.push_back({w.fd, POLLIN, 0});
      soonest = std::min(soonest, w.deadline);
    }
    const auto wait = std::chrono::duration_cast<std::chrono::milliseconds>(soonest - clock::now()).count();
    const int ready = poll(fds.data(), fds.size(), static_cast<int>(std::clamp<long long>(wait + 1, 0, 1000)));
    if (ready < 0 && errno != EINTR) throw std::runtime_error(std::string("poll: ") + strerror(errno));
    for (std::size_t i = workers_.size(); i-- > 0;) {
      worker& w = workers_[i];
      bool finished = false;
      if (ready > 0 && (fds[i].revents & (POLLIN | POLLHUP | POLLERR)) != 0) finished = read_from(w);
      if (!finished && clock::now() > w.deadline) {
        fault(w, outcome::timeout,
              "no result within the time limit of " + std::to_string(limits_.seconds_per_case) + " s: the child was killed");
        end(w, SIGKILL);
        finished = true;
      }
      if (finished) workers_.erase(workers_.begin() + static_cast<std::ptrdiff_t>(i));
    }
  }

  // Reads what the child wrote; true when the child is gone (its remaining items requeued).
  bool read_from(worker& w) {
    char chunk[65536];
    const ssize_t n = read(w.fd, chunk, sizeof chunk);
    if (n < 0 && errno == EINTR) return false;
    if (n > 0) {
      w.buffer.append(chunk, static_cast<std::size_t>(n));
      for (auto newline = w.buffer.find('\n'); newline != std::string::npos; newline = w.buffer.find('\n')) {
        handle_line(w, w.buffer.substr(0, newline));
        w.buffer.erase(0, newline + 1);
      }
      return false;
    }
    // End of the pipe: the child exited, normally or not; what it forked goes with it.
    const int status = detail::end_group(w.pid, SIGKILL);
    close(w.fd);
    if (!w.items.empty()) {
      fault(w, outcome::crash, describe_exit(status));
      if (!w.items.empty()) queue_.push_front(std::move(w.items));
    }
    munmap(w.at, sizeof(position));
    return true;
  }

  void handle_line(worker& w, const std::string& line) {
    if (w.items.empty()) return;
    const std::size_t item = w.items.front();
    if (line.rfind("outcome ", 0) == 0) {
      const auto space = line.find(' ', 8);
      results_[item] = faulted(plan_[item], *outcome_named(line.substr(8, space - 8)), std::nullopt, "");
      results_[item]->seconds = std::stod(line.substr(space + 1));
    } else if (line.rfind("result ", 0) == 0) {
      results_[item] = report::result_from_json(nlohmann::json::parse(line.substr(7)));
    } else {
      return;
    }
    shown_.add(*results_[w.items.front()]);
    w.items.pop_front();
    w.deadline = clock::now() + limit();
  }

  // The case the child was on did not finish: record it, and move on past it.
  void fault(worker& w, outcome o, const std::string& message) {
    const std::size_t item = w.items.front();
    results_[item] = faulted(plan_[item], o, w.step(), message);
    shown_.add(*results_[item]);
    w.items.pop_front();
  }

  void end(worker& w, int sig) {
    detail::end_group(w.pid, sig);
    close(w.fd);
    munmap(w.at, sizeof(position));
    if (sig == SIGKILL && !w.items.empty()) queue_.push_front(std::move(w.items));
  }

  const std::vector<plan_item>& plan_;
  std::size_t jobs_;
  isolation_limits limits_;
  progress& shown_;
  std::vector<std::optional<case_result>>& results_;
  std::deque<std::deque<std::size_t>> queue_;
  std::vector<worker> workers_;
};

}  // namespace

void execute_isolated(const std::vector<plan_item>& plan, const std::vector<std::vector<std::size_t>>& groups,
                      std::size_t jobs, const isolation_limits& limits, progress& shown,
                      const std::atomic<bool>& stop, std::vector<std::optional<case_result>>& results) {
  supervisor(plan, jobs, limits, shown, results).run(groups, stop);
}

}  // namespace iterconf::cli
