#!/usr/bin/env bash
# The load benchmark: the packaged jar on a fresh data folder, people and steps made through the API,
# then wrk at 1, 8 and 32 connections: check-ins rotating over every step, check-ins on one step
# (a hot row), and reads of Today. The disk's durable one-row commit rate (SQLite, WAL,
# synchronous=FULL, one insert per transaction, in the same folder) is measured before and after
# every write phase, because a shared disk's fsync speed swings tenfold within minutes: the ratios
# taken in one run are the figures to read, not the absolute ones.
#
#   scripts/load.sh [--java-options "OPTIONS"] [--jar JAR]... [--db-url JDBC_URL] [--seconds N]
#                   [--connections "1 8 32"] [--people N] [--steps N] [--heap SIZE] [--balanced]
#                   [--slow-disk MS]
#
# --jar            a jar to load (kaizen-app/target/kaizen.jar, built if missing, when none is given);
#                  give two or more to compare them: each is started on its own data and the phases
#                  alternate between them, so they share the machine's weather
# --java-options   JVM options for every --jar after it (the same jar twice compares options)
# --db-url         PostgreSQL instead of a SQLite file (jdbc:postgresql://host/db?user=..&password=..)
# --balanced       two instances of each jar on the one --db-url, behind HAProxy (round robin)
# --seconds        each phase's length (10); --people (32) with --steps each (8); --heap (256m, as the
#                  README's run command)
# --slow-disk      every fsync and fdatasync, the app's and the commit-rate probe's alike, waits MS
#                  milliseconds more (scripts/load/slow-sync.c, preloaded; needs cc): a slow disk on
#                  demand, for the targets that apply below 500 commits a second
#
# Needs java, curl, jq, wrk and sqlite3 (apt-get install -y wrk jq sqlite3), haproxy for --balanced and
# cc for --slow-disk.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
jars=()
jar_options=()
options=""
db_url=""
seconds=10
connections="1 8 32"
people=32
steps=8
heap=256m
balanced=false
slow_disk=""
while [ $# -gt 0 ]; do
    case "$1" in
        --jar) jars+=("$2"); jar_options+=("$options"); shift 2 ;;
        --java-options) options=$2; shift 2 ;;
        --db-url) db_url=$2; shift 2 ;;
        --seconds) seconds=$2; shift 2 ;;
        --connections) connections=$2; shift 2 ;;
        --people) people=$2; shift 2 ;;
        --steps) steps=$2; shift 2 ;;
        --heap) heap=$2; shift 2 ;;
        --balanced) balanced=true; shift ;;
        --slow-disk) slow_disk=$2; shift 2 ;;
        *) echo "load.sh: unknown argument $1 (see the top of the script)" >&2; exit 2 ;;
    esac
done
if [ "$balanced" = true ] && [ -z "$db_url" ]; then
    echo "load.sh: --balanced needs --db-url (two instances share one PostgreSQL)" >&2
    exit 2
fi
if [ -n "$slow_disk" ] && ! [[ "$slow_disk" =~ ^[0-9]+$ ]]; then
    echo "load.sh: --slow-disk takes whole milliseconds, like 4 (got $slow_disk)" >&2
    exit 2
fi
for tool in java curl jq wrk sqlite3; do
    command -v "$tool" >/dev/null || { echo "load.sh: $tool is needed (apt-get install -y $tool)" >&2; exit 2; }
done
if [ ${#jars[@]} -eq 0 ]; then
    jars=("$here/../kaizen-app/target/kaizen.jar")
    jar_options=("$options")
    [ -f "${jars[0]}" ] || (cd "$here/.." && mvn -q -pl kaizen-core,kaizen-app package -DskipTests -DskipITs)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/kaizen-load.XXXXXX")
run=$(basename "$work" | tr -dc 'a-zA-Z0-9' | tail -c 7 | tr 'A-Z' 'a-z')
stop_all() {
    local pid
    for pidfile in "$work"/*/pid; do
        [ -f "$pidfile" ] || continue
        pid=$(cat "$pidfile")
        kill "$pid" 2>/dev/null || true
        while kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
    done
    rm -rf "$work"
}
trap stop_all EXIT

if [ -n "$slow_disk" ]; then
    command -v cc >/dev/null || { echo "load.sh: --slow-disk needs cc (apt-get install -y gcc)" >&2; exit 2; }
    cc -shared -fPIC -O2 -o "$work/slow-sync.so" "$here/load/slow-sync.c" -ldl
    export LD_PRELOAD="$work/slow-sync.so" KAIZEN_SLOW_SYNC_MS="$slow_disk"
fi

# Durable one-row commits a second on this disk now: 300 single-insert transactions in the work folder.
disk_rate() {
    local db="$work/fsync.db" n=300 start end
    rm -f "$db" "$db-wal" "$db-shm"
    sqlite3 "$db" "PRAGMA journal_mode=WAL;" "CREATE TABLE t (x INTEGER);" >/dev/null
    start=$(date +%s%N)
    { echo "PRAGMA synchronous=FULL;"; for ((i = 0; i < n; i++)); do echo "INSERT INTO t VALUES ($i);"; done; } | sqlite3 "$db"
    end=$(date +%s%N)
    echo $(( n * 1000000000 / (end - start) ))
}

# Starts jar $1 as instance $2 with JVM options $3 (its folder under the work folder: pid, log, url once it answers).
start_instance() {
    local jar=$1 name=$2 jvm=$3 database=("--data-dir" "$work/$2/data") url
    [ -n "$db_url" ] && database=("--db-url" "$db_url")
    mkdir -p "$work/$name"
    cp "$jar" "$work/$name/kaizen.jar"
    # shellcheck disable=SC2086 # the options are words
    KAIZEN_TRUSTED_PROXIES=127.0.0.1 java -Xmx"$heap" $jvm -jar "$work/$name/kaizen.jar" serve --port 0 \
        "${database[@]}" >"$work/$name/log" 2>&1 &
    echo $! >"$work/$name/pid"
    for _ in $(seq 1 300); do
        url=$(grep -o 'running at http://127.0.0.1:[0-9]*/' "$work/$name/log" | head -1 | cut -d' ' -f3 || true)
        [ -n "$url" ] && { echo "${url%/}" >"$work/$name/url"; return; }
        kill -0 "$(cat "$work/$name/pid")" 2>/dev/null || break
        sleep 0.1
    done
    echo "load.sh: $name did not start; its log:" >&2
    cat "$work/$name/log" >&2
    exit 1
}

# Two instances of jar $1 behind HAProxy (round robin) as instance $2, with JVM options $3.
start_balanced() {
    local jar=$1 name=$2 port first second
    start_instance "$jar" "$name-a" "$3"
    start_instance "$jar" "$name-b" "$3"
    first=$(cat "$work/$name-a/url")
    second=$(cat "$work/$name-b/url")
    port=$(( 20000 + RANDOM % 20000 ))
    cat >"$work/$name.haproxy.cfg" <<CFG
defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
frontend app
    bind 127.0.0.1:$port
    default_backend instances
backend instances
    balance roundrobin
    option forwardfor
    http-reuse always
    server a ${first#http://} maxconn 64
    server b ${second#http://} maxconn 64
CFG
    mkdir -p "$work/$name-haproxy"
    haproxy -f "$work/$name.haproxy.cfg" >"$work/$name-haproxy/log" 2>&1 &
    echo $! >"$work/$name-haproxy/pid"
    for _ in $(seq 1 50); do
        curl -fs "http://127.0.0.1:$port/health" >/dev/null && break
        sleep 0.1
    done
    echo "http://127.0.0.1:$port" >"$work/$name/url"
}

post() { # url token body [forwarded-for]
    curl -fsS -X POST "$1" -H "Content-Type: application/json" ${2:+-H "Authorization: Bearer $2"} \
        ${4:+-H "X-Forwarded-For: $4"} -d "$3"
}

# People, each with one aim and its steps, made through the API: "token stepId" lines in $2.
make_people() {
    local url=$1 out=$2 label=$3 name token aim step
    : >"$out"
    for ((p = 1; p <= people; p++)); do
        name="load-$run-$label-$p"
        post "$url/api/v1/signup" "" "{\"username\":\"$name\",\"password\":\"load-test-password\",\"timeZone\":\"UTC\"}" \
            "10.$((p / 250)).$((p % 250)).$label" >/dev/null
        token=$(post "$url/api/v1/tokens" "" "{\"username\":\"$name\",\"password\":\"load-test-password\",\"name\":\"load\"}" | jq -r .token)
        aim=$(post "$url/api/v1/aims" "$token" '{"title":"Move more","kind":"BUILD"}' | jq -r .id)
        for ((s = 1; s <= steps; s++)); do
            step=$(post "$url/api/v1/aims/$aim/steps" "$token" \
                "{\"action\":\"Walk $s\",\"amount\":5,\"unit\":\"minutes\"}" | jq -r .id)
            echo "$token $step" >>"$out"
        done
    done
}

# The CPU seconds the app instances of label $1 have used so far.
cpu_seconds() {
    local ticks=0 pid
    for pidfile in "$work/$1"*/kaizen.jar; do
        pidfile=$(dirname "$pidfile")/pid
        pid=$(cat "$pidfile")
        ticks=$(( ticks + $(awk '{print $14 + $15}' "/proc/$pid/stat") ))
    done
    awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.3f", t / hz }'
}

# One phase: label, mode, connections; appends a result line.
phase() {
    local label=$1 mode=$2 c=$3 threads=2 before after cpu0 cpu1 result
    [ "$c" -lt 2 ] && threads=1
    before=-
    [ "$mode" != today ] && before=$(disk_rate)
    cpu0=$(cpu_seconds "$label")
    result=$(KAIZEN_LOAD_MODE=$mode KAIZEN_LOAD_STEPS="$work/$label.steps" wrk -t"$threads" -c"$c" -d"${seconds}s" \
        --timeout 10s -s "$here/load/kaizen.lua" "$(cat "$work/$label/url")" | grep '^RESULT' || true)
    cpu1=$(cpu_seconds "$label")
    after=-
    [ "$mode" != today ] && after=$(disk_rate)
    echo "$label $mode $c ${result#RESULT } $before $after $(awk -v a="$cpu0" -v b="$cpu1" 'BEGIN { print b - a }')" \
        >>"$work/results"
}

labels=()
for index in "${!jars[@]}"; do
    label="$(basename "${jars[$index]}" .jar)-$index"
    labels+=("$label")
    mkdir -p "$work/$label"
    if [ "$balanced" = true ]; then
        start_balanced "${jars[$index]}" "$label" "${jar_options[$index]}"
    else
        start_instance "${jars[$index]}" "$label" "${jar_options[$index]}"
    fi
    make_people "$(cat "$work/$label/url")" "$work/$label.steps" "$index"
done
database=SQLite
[ -n "$db_url" ] && database=PostgreSQL
[ "$balanced" = true ] && database="$database, two instances of each jar behind HAProxy"
[ -n "$slow_disk" ] && database="$database, every fsync ${slow_disk} ms slower"
echo "$(date -u +%FT%TZ) load: ${labels[*]}; $people people x $steps steps; ${seconds}s a phase; $database;" \
    "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

# Warm-up (the JIT's), not counted.
for label in "${labels[@]}"; do
    for mode in check-in today; do
        KAIZEN_LOAD_MODE=$mode KAIZEN_LOAD_STEPS="$work/$label.steps" wrk -t2 -c8 -d"$(( (seconds + 1) / 2 ))s" \
            -s "$here/load/kaizen.lua" "$(cat "$work/$label/url")" >/dev/null
    done
done
: >"$work/results"
for c in $connections; do
    for mode in check-in hot today; do
        for label in "${labels[@]}"; do
            phase "$label" "$mode" "$c"
        done
    done
done

# The table, then the ratios the issue asks for, per jar.
awk '
    function ms(us) { return sprintf("%.1f", us / 1000) }
    BEGIN {
        printf "%-22s %-9s %5s %9s %9s %9s %8s %11s %12s\n", "jar", "phase", "conns", "req/s", "p50 ms", "p99 ms",
            "non-2xx", "cpu ms/req", "disk commit/s"
    }
    {
        label = $1; mode = $2; c = $3; requests = $4; micros = $5
        rate = requests / (micros / 1e6)
        disk = ($10 == "-") ? "-" : sprintf("%d..%d", $10, $11)
        printf "%-22s %-9s %5d %9.0f %9s %9s %8d %11.2f %12s\n", label, mode, c, rate, ms($6), ms($7), $8 + $9,
            requests ? 1000 * $12 / requests : 0, disk
        key = label " " mode " " c
        rates[key] = rate
        if ($10 != "-") { disks[key] = ($10 + $11) / 2 }
        seen[label] = 1
    }
    END {
        print ""
        for (label in seen) {
            writes = rates[label " check-in 32"]; reads = rates[label " today 32"]; disk = disks[label " check-in 32"]
            if (writes && reads) {
                printf "%s: check-ins at 32 / Today reads at 32 = %.2f (target >= 0.5)\n", label, writes / reads
            }
            if (writes && disk) {
                printf "%s: check-ins at 32 / the disk'"'"'s commit rate around them (%d/s) = %.1f (target >= 5 while it is below 500/s)\n",
                    label, disk, writes / disk
            }
            hot = rates[label " hot 32"]; hotdisk = disks[label " hot 32"]
            if (hot && hotdisk) {
                printf "%s: hot-row check-ins at 32 / the disk'"'"'s commit rate around them (%d/s) = %.1f\n", label, hotdisk, hot / hotdisk
            }
        }
    }' "$work/results"
for index in "${!labels[@]}"; do
    for jar in "$work/${labels[$index]}"*/kaizen.jar; do
        pidfile=$(dirname "$jar")/pid
        echo "$(basename "$(dirname "$pidfile")"): peak RSS $(awk '/VmHWM/ { printf "%d MiB", $2 / 1024 }' \
            "/proc/$(cat "$pidfile")/status"), -Xmx$heap ${jar_options[$index]}"
    done
done
