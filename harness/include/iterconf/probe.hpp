// The probe: events a subject or a consumer records so cases can observe what cannot be seen
// through the protocol itself (laziness, calls, which membership path was taken).
#pragma once

#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "iterconf/value.hpp"

namespace iterconf {

/// The paths of the membership fallback chain ([in.contains-first] ... [in.type-error]).
enum class membership_path { contains, iterate, index, type_error };
std::string_view name_of(membership_path p);

/// Events recorded during one case. Instrumented subjects write to it; the harness reads it.
class probe {
 public:
  void body_started() { started_ = true; }
  void body_finished() { finished_ = true; }
  void value_produced() { ++produced_; }
  void iter_called() { ++iters_; }
  void contains_called() { ++contains_calls_; }
  void callable_called() { ++calls_; }
  void index_tried(std::size_t i) { indices_.push_back(i); }
  void membership_took(membership_path p) { path_ = p; }

  [[nodiscard]] bool started() const { return started_; }
  [[nodiscard]] bool finished() const { return finished_; }
  [[nodiscard]] std::size_t produced() const { return produced_; }
  [[nodiscard]] std::size_t iters() const { return iters_; }
  [[nodiscard]] std::size_t contains_calls() const { return contains_calls_; }
  [[nodiscard]] std::size_t calls() const { return calls_; }
  [[nodiscard]] const std::vector<std::size_t>& indices() const { return indices_; }
  [[nodiscard]] std::optional<membership_path> path() const { return path_; }

 private:
  bool started_ = false;
  bool finished_ = false;
  std::size_t produced_ = 0;
  std::size_t iters_ = 0;
  std::size_t contains_calls_ = 0;
  std::size_t calls_ = 0;
  std::vector<std::size_t> indices_;
  std::optional<membership_path> path_;
};

}  // namespace iterconf
