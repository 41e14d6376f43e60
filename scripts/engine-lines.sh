#!/usr/bin/env bash
# How long `kaizen engine` takes to answer a harness's JSON lines (docs/engine.md §5.6): LINES lines
# (default 100,000) of 100 steps, each proposed and recorded day after day, with readiness now and
# then, every outcome, and a bad line every 10,000. The same input every time. For each run it
# prints the wall time and the CPU time (user + system: on a shared machine the wall time
# stretches with everyone else's work, the CPU time much less), and for each jar a checksum of
# its answers, so two jars can be shown to answer byte for byte alike.
#
#   scripts/engine-lines.sh [--jar JAR]... [--runs N] [--lines N] [--keep DIR] [--java-options "OPTIONS"]
#
# Several jars are measured in turn, run after run, so they share the machine's weather. Defaults:
# kaizen-app/target/kaizen.jar, 5 runs. With --keep, the input and each jar's answers stay in DIR.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jars=()
runs=5
lines=100000
keep=""
options=""
while [ $# -gt 0 ]; do
    case "$1" in
        --jar) jars+=("$2"); shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --lines) lines=$2; shift 2 ;;
        --keep) keep=$2; shift 2 ;;
        --java-options) options=$2; shift 2 ;;
        *) echo "engine-lines.sh: unknown argument $1 (see the top of the script)" >&2; exit 2 ;;
    esac
done
[ ${#jars[@]} -gt 0 ] || jars=("$here/../kaizen-app/target/kaizen.jar")
work=${keep:-$(mktemp -d "${TMPDIR:-/tmp}/kaizen-engine.XXXXXX")}
mkdir -p "$work"
[ -n "$keep" ] || trap 'rm -rf "$work"' EXIT

# 100 steps made first, then each day every step proposed and recorded. The random numbers are
# awk's own Park-Miller generator, so the input is the same with any awk on any machine.
awk -v lines="$lines" '
function random() { seed = (seed * 16807) % 2147483647; return seed / 2147483647 }
function nextDay() {
    if (++day > (month == 2 ? (year % 4 == 0 ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31))) {
        day = 1
        if (++month > 12) { month = 1; year++ }
    }
}
BEGIN {
    seed = 20; steps = 100; n = 0; year = 2026; month = 1; day = 1
    split("DONE DONE DONE DONE DONE DONE MISSED SKIPPED DONE SLIP", outcomes, " ")
    for (s = 1; s <= steps && n < lines; s++) {
        target = (s % 4 == 0) ? ",\"target\":0.85" : ""
        printf "{\"op\":\"create\",\"id\":\"p%d\",\"size\":%d,\"unit\":\"minutes\",\"quantum\":1,\"floor\":1,\"ceiling\":120%s}\n", s, 2 + s % 9, target
        n++
    }
    for (; n < lines; nextDay()) {
        date = sprintf("%04d-%02d-%02d", year, month, day)
        for (s = 1; s <= steps && n < lines; s++) {
            if (n % 10000 == 5000) { print "{\"op\":\"grow\",\"id\":\"p" s "\"}"; n++; continue }
            readiness = (random() < 0.3) ? sprintf(",\"readiness\":{\"energy\":%d,\"stress\":%d}", int(random() * 11), int(random() * 11)) : ""
            printf "{\"op\":\"propose\",\"id\":\"p%d\",\"date\":\"%s\"%s}\n", s, date, readiness
            if (++n >= lines) break
            outcome = outcomes[1 + int(random() * 10)]
            extra = outcome == "DONE" ? sprintf(",\"amount\":%d,\"resistance\":%d", 1 + int(random() * 12), int(random() * 11)) : ""
            printf "{\"op\":\"record\",\"id\":\"p%d\",\"date\":\"%s\",\"outcome\":\"%s\"%s}\n", s, date, outcome, extra
            n++
        }
    }
}' > "$work/input.jsonl"

echo "$(date -u +%FT%TZ) engine: $(wc -l < "$work/input.jsonl") lines, $runs runs; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-28s %4s %10s %10s\n" "jar" "run" "wall" "CPU"
for ((run = 1; run <= runs; run++)); do
    for jar in "${jars[@]}"; do
        name=$(basename "$jar" .jar)
        # shellcheck disable=SC2086 # the options are words
        /usr/bin/time -f "%e %U %S" -o "$work/time" java $options -jar "$jar" engine \
            < "$work/input.jsonl" > "$work/$name.out"
        read -r wall user system < "$work/time"
        printf "%-28s %4d %8.2f s %8.2f s\n" "$name" "$run" "$wall" "$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')"
    done
done
for jar in "${jars[@]}"; do
    name=$(basename "$jar" .jar)
    echo "$name answers: $(wc -l < "$work/$name.out") lines, sha256 $(sha256sum < "$work/$name.out" | cut -c1-16)"
done
