#!/usr/bin/env bash
# Two iterconf programs side by side in one invocation: the property throughput on the cheapest
# subject (the engine's own cost: RapidCheck, the model, the adapters), the whole default
# `iterconf prop` run and the mutant kill matrix, each run ROUNDS times, alternating OLD and NEW
# so that both see the same machine. Prints each run's wall and CPU seconds and its summary line.
#
#   bench/engines_side_by_side.sh OLD_PROGRAM NEW_PROGRAM [ROUNDS]
set -euo pipefail
old=${1:?usage: engines_side_by_side.sh OLD_PROGRAM NEW_PROGRAM [ROUNDS]}
new=${2:?usage: engines_side_by_side.sh OLD_PROGRAM NEW_PROGRAM [ROUNDS]}
rounds=${3:-3}
expectations="$(cd "$(dirname "$0")/.." && pwd)/adapters/expectations.yaml"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

# The figure a command prints last that names a count: the summary line.
summary() { grep -E "results:|mutants;|kill rate" "$1" | tail -2 | tr '\n' ' '; }

measure() {
  local label=$1 program=$2
  shift 2
  /usr/bin/time -f "%e %U %S %M" -o "$out/time" "$program" "$@" >"$out/log" 2>&1 || true
  # The figures are the last line (a failing command's status comes first).
  read -r wall user sys kib < <(tail -1 "$out/time")
  printf '%-4s %-40.40s wall %6.2f s  cpu %6.2f s  peak %7d KiB  %s\n' "$label" "$*" "$wall" \
    "$(awk -v u="$user" -v s="$sys" 'BEGIN { print u + s }')" "$kib" "$(summary "$out/log")"
}

for round in $(seq "$rounds"); do
  echo "round $round"
  for args in "prop --seed 1 --no-isolate --runs 5000 --property prop.protocol --subject std::vector<int>" \
              "prop --seed 1 --no-isolate --runs 5000 --property prop.sequence --subject std::vector<int>" \
              "prop --seed 1 --jobs 2 --expectations $expectations" \
              "mutants --seed 1"; do
    # shellcheck disable=SC2086  # the arguments are words on purpose
    measure OLD "$old" $args
    # shellcheck disable=SC2086
    measure NEW "$new" $args
  done
done
