#!/usr/bin/env bash
# How long the packaged jar takes from `java -jar` to its first answer (/health), on a fresh data
# folder (so the migrations run; with --restart, on one `kaizen migrate` made current), the CPU time the JVM spent until then (on a busy machine the wall
# time stretches with everyone else's work; the CPU time much less), and how much memory it then
# holds idle (RSS 5 s after that answer).
#
#   scripts/start-time.sh [--java-options "OPTIONS"] [--jar JAR]... [--runs N] [--heap SIZE] [--restart]
#
# Several jars are measured in turn, run after run, so they share the machine's weather; the same jar
# given twice with other options in between compares the options. --java-options applies to every
# --jar after it. Defaults: kaizen-app/target/kaizen.jar, 5 runs, -Xmx256m (the README's run command).
# Last, each one's medians.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jars=()
jar_options=()
runs=5
heap=256m
options=""
restart=false
while [ $# -gt 0 ]; do
    case "$1" in
        --jar) jars+=("$2"); jar_options+=("$options"); shift 2 ;;
        --runs) runs=$2; shift 2 ;;
        --heap) heap=$2; shift 2 ;;
        --java-options) options=$2; shift 2 ;;
        --restart) restart=true; shift ;;
        *) echo "start-time.sh: unknown argument $1 (see the top of the script)" >&2; exit 2 ;;
    esac
done
[ ${#jars[@]} -gt 0 ] || { jars=("$here/../kaizen-app/target/kaizen.jar"); jar_options=("$options"); }
work=$(mktemp -d "${TMPDIR:-/tmp}/kaizen-start.XXXXXX")
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT

port=$(( 20000 + RANDOM % 20000 ))
echo "$(date -u +%FT%TZ) start: $runs runs; $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-28s %4s %14s %12s %12s  %s\n" "jar" "run" "first answer" "CPU by then" "idle RSS" "options"
for ((run = 1; run <= runs; run++)); do
    for index in "${!jars[@]}"; do
        jar=${jars[$index]}
        rm -rf "$work/data"
        if [ "$restart" = true ]; then
            java -jar "$jar" migrate --data-dir "$work/data" >/dev/null
        fi
        start=$(date +%s%N)
        # shellcheck disable=SC2086 # the options are words
        java -Xmx"$heap" ${jar_options[$index]} -jar "$jar" serve --port "$port" --data-dir "$work/data" >"$work/log" 2>&1 &
        pid=$!
        until curl -fs -o /dev/null "http://127.0.0.1:$port/health"; do
            kill -0 "$pid" 2>/dev/null || { cat "$work/log" >&2; exit 1; }
            sleep 0.01
        done
        answered=$(( ($(date +%s%N) - start) / 1000000 ))
        cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$pid/stat")
        sleep 5
        rss=$(awk '/VmRSS/ { printf "%d", $2 / 1024 }' "/proc/$pid/status")
        kill "$pid"
        wait "$pid" 2>/dev/null || true
        pid=""
        printf "%-28s %4d %11d ms %9d ms %8d MiB  %s\n" "$(basename "$jar")" "$run" "$answered" "$cpu" "$rss" \
            "-Xmx$heap ${jar_options[$index]}"
        echo "$index $answered $cpu $rss" >>"$work/results"
    done
done
for index in "${!jars[@]}"; do
    median() { awk -v i="$index" -v f="$1" '$1 == i { print $f }' "$work/results" | sort -n \
        | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : int((v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
    printf "%-28s %4s %11d ms %9d ms %8d MiB  %s\n" "$(basename "${jars[$index]}")" "med" "$(median 2)" \
        "$(median 3)" "$(median 4)" "-Xmx$heap ${jar_options[$index]}"
done
