#!/bin/sh
# A million results on one machine: generates the synthetic catalogue (ITERCONF_SYNTHETIC_SUBJECTS
# generated subjects, 200 by default, times COPIES copies of the built-in cases, 18 by default:
# 200 x 5,238 = 1,047,600 results), runs it with all five reports, merges 8 shards of it and opens
# the HTML in headless Chromium when `chromium` is there. Each program given is measured on the
# same catalogue in turn (an older build as a second program: side by side). Prints one line a
# figure; everything is written under OUT (default /tmp/iterconf-million). The cases and the spec
# are this tree's, or those of the tree SOURCE names (an older checkout, for an older program).
#
#   cmake --build build --target iterconf_synthetic
#   bench/million_results.sh build/bench/iterconf_synthetic [OTHER_PROGRAM] [OUT]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
out=${3:-/tmp/iterconf-million}
copies=${COPIES:-18}
source=${SOURCE:-$here/..}
rm -rf "$out"
mkdir -p "$out/cases"
k=1
while [ "$k" -le "$copies" ]; do
  mkdir -p "$out/cases/copy-$k"
  for f in "$source"/cases/*.yaml; do
    sed "s/^- id: \(.*\)$/- id: \1-copy$k/" "$f" >"$out/cases/copy-$k/$(basename "$f")"
  done
  k=$((k + 1))
done

# label, command...: wall time, peak memory (the largest process) and exit code, one line.
measure() {
  label=$1
  shift
  /usr/bin/time -f "$label: %e s wall, %U s user, %S s system, %M KiB peak RSS, exit %x" "$@" >"$out/$label.stdout" 2>"$out/$label.stderr" || true
  tail -n 1 "$out/$label.stderr"
}
sizes() {
  for f in "$@"; do printf '  %s: %s bytes\n' "$(basename "$f")" "$(wc -c <"$f")"; done
}
reports() {  # prefix
  echo "--report junit:$1.junit.xml --report json:$1.json --report markdown:$1.md --report html:$1.html"
}

side=0
for program in "$1" ${2:-}; do
  side=$((side + 1))
  d="$out/program-$side"
  mkdir -p "$d"
  echo "program $side: $program"
  # shellcheck disable=SC2046
  measure "program-$side/run" "$program" run --jobs 2 --spec "$source/spec" --cases "$out/cases" $(reports "$d/run")
  grep -h "^iterconf: .* results:" "$d/run.stdout" | sed 's/^/  /' || true
  sizes "$d/run.junit.xml" "$d/run.json" "$d/run.md" "$d/run.html"
  i=1
  while [ "$i" -le 8 ]; do
    "$program" run -q --jobs 2 --shard "$i/8" --spec "$source/spec" --cases "$out/cases" \
      --report "json:$d/shard-$i.json" 2>>"$d/shards.stderr" || true
    i=$((i + 1))
  done
  # shellcheck disable=SC2046
  measure "program-$side/merge" "$program" merge "$d"/shard-?.json $(reports "$d/merged")
  sizes "$d/merged.json"
  if command -v chromium >/dev/null; then
    # An empty page first: what Chromium takes to start, dump and stop, to tell from the page's own
    # time; the page records when it was drawn and laid out (data-rendered-ms, from its start).
    echo '<!DOCTYPE html><title>empty</title>' >"$d/empty.html"
    for page in empty run; do
      start=$(date +%s.%N)
      chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --user-data-dir="$d/chromium-profile" --dump-dom "file://$d/$page.html" >"$d/$page.dom" 2>/dev/null || true
      end=$(date +%s.%N)
      echo "program-$side/chromium $page.html: $(echo "$end - $start" | bc) s to start, load, dump the DOM and stop;" \
        "rendered: $(grep -c 'data-rendered="true"' "$d/$page.dom" || true)," \
        "$(grep -o 'data-rendered-ms="[0-9]*"' "$d/$page.dom" || echo 'no time recorded')"
    done
  fi
done
