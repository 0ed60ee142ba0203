#!/usr/bin/env bash
# GoogleTest mode's speed, old and new side by side in one invocation: the same 49 synthetic
# subjects (bench/synthetic_subjects.cpp) as GoogleTest tests, registered with CTest PER case (one
# CTest test a GoogleTest test, what iterconf_add_gtest did before) and PER subject (one CTest
# test a subject, all its cases and properties in one process); then `ctest -j2` over each.
# Usage: bench/gtest_mode.sh BUILD_DIR [SUBJECTS]   (BUILD_DIR: a built iterconf tree to install)
set -euo pipefail
build=$1
export ITERCONF_SYNTHETIC_SUBJECTS=${2:-49}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cmake --install "$build" --prefix "$work/prefix" >/dev/null
for per in case subject; do
  cmake -S "$here/gtest_mode" -B "$work/$per" -DCMAKE_PREFIX_PATH="$work/prefix" -DPER=$per \
        -DCMAKE_CXX_COMPILER_LAUNCHER=ccache >"$work/$per.log" 2>&1 || { cat "$work/$per.log"; exit 1; }
  cmake --build "$work/$per" -j2 >>"$work/$per.log" 2>&1 || { cat "$work/$per.log"; exit 1; }
  tests=$(ctest --test-dir "$work/$per" -N | sed -n 's/^Total Tests: //p')
  start=$(date +%s.%N)
  ctest --test-dir "$work/$per" -j2 >"$work/$per.ctest.log" 2>&1 || true
  end=$(date +%s.%N)
  passed=$(grep -E 'tests passed' "$work/$per.ctest.log" || true)
  printf 'PER %-7s  %5s CTest tests  ctest -j2 %7.1f s  %s\n' "$per" "$tests" "$(awk "BEGIN { print $end - $start }")" "$passed"
done
