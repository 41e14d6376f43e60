#!/usr/bin/env bash
# A password-guessing flood against the packaged jar on this machine (127.0.0.1 only), to measure the
# memory the JVM lives within. Every guess comes "forwarded" from an address of its own and for a
# username of its own, so none is stopped by the rate limits and each one costs a real Argon2 check:
# the worst case for memory and CPU.
#
#   scripts/guess-flood.sh [HEAP] [THREADS] [GUESSES]      (defaults: 256m 16 800)
#
# Prints how the guesses were answered, how long /health took meanwhile, and the process's peak RSS.
set -euo pipefail
heap=${1:-256m}
threads=${2:-16}
guesses=${3:-800}
jar=$(dirname "$0")/../kaizen-app/target/kaizen.jar
port=${KAIZEN_FLOOD_PORT:-7391}
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

KAIZEN_TRUSTED_PROXIES=127.0.0.1 java -Xmx"$heap" -jar "$jar" serve --port "$port" --data-dir "$data" \
    >"$data/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 100); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null && break
    sleep 0.2
done

peak=0
watch_memory() {
    while kill -0 "$pid" 2>/dev/null; do
        rss=$(ps -o rss= -p "$pid" | tr -d ' ')
        [ -n "$rss" ] && [ "$rss" -gt "$peak" ] && peak=$rss && echo "$peak" >"$data/peak"
        sleep 0.2
    done
}
watch_memory &
watcher=$!

start=$(date +%s)
seq 1 "$guesses" | sed "s/\$/ $port/" | xargs -P "$threads" -n 2 sh -c \
    'curl -s -o /dev/null -w "%{http_code}\n" -H "Content-Type: application/json" \
        -H "X-Forwarded-For: 2001:db8:$(printf %x "$0")::1" \
        -d "{\"username\":\"guess-$0\",\"password\":\"not the password\",\"name\":\"flood\"}" \
        "http://127.0.0.1:$1/api/v1/tokens"' >"$data/answers" &
flood=$!
health=()
while kill -0 "$flood" 2>/dev/null; do
    health+=("$(curl -s -o /dev/null -w '%{time_total}' "http://127.0.0.1:$port/health")")
    sleep 1
done
seconds=$(( $(date +%s) - start ))
kill "$watcher" 2>/dev/null || true
echo "heap -Xmx$heap, $threads threads, $guesses guesses in ${seconds}s"
echo "answers: $(sort "$data/answers" | uniq -c | tr '\n' ' ')"
echo "/health during the flood (s): ${health[*]}"
echo "peak RSS: $(( $(cat "$data/peak") / 1024 )) MiB"
