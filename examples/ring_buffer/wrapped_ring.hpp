// The example's ring buffer as its subjects build it: wrapped, where its bug shows.
#pragma once

#include <iterconf/adapt/register.hpp>

#include "ring/ring_buffer.hpp"

// A ring buffer of 4 whose storage has wrapped: three elements in and out first, so the given
// values start at the last slot and run on from the first.
struct wrapped_ring {
  explicit wrapped_ring(const iterconf::subject_input& in) {
    for (int pad = 0; pad < 3; ++pad) ring.push_back(-1);
    for (int pad = 0; pad < 3; ++pad) ring.pop_front();
    for (auto v : in.given) ring.push_back(static_cast<int>(v));
  }
  auto begin() const { return ring.begin(); }
  auto end() const { return ring.end(); }
  ring::ring_buffer<int, 4> ring;
};
