#!/usr/bin/env bash
# Slow clients against the packaged jar on this machine (127.0.0.1 only): connections that send their
# headers, then a body of 1000 bytes one byte at a time, to tie up the server's threads. Half post a
# form to /login, half JSON to /api/v1/signup; one thread writes for them all.
#
#   scripts/slow-bodies.sh [CONNECTIONS] [SECONDS_BETWEEN_BYTES]      (defaults: 260 4)
#
# Prints how long GET /api/v1/today took before and while they trickle, and when and how each was cut.
set -euo pipefail
connections=${1:-260}
gap=${2:-4}
jar=$(dirname "$0")/../kaizen-app/target/kaizen.jar
port=${KAIZEN_SLOW_PORT:-7392}
data=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT

java -Xmx256m -jar "$jar" serve --port "$port" --data-dir "$data" >"$data/server.log" 2>&1 &
pid=$!
for _ in $(seq 1 150); do
    curl -fs "http://127.0.0.1:$port/health" >/dev/null && break
    sleep 0.2
done

python3 - "$port" "$connections" "$gap" <<'PYTHON'
import json, socket, sys, threading, time, urllib.request

port, count, gap = int(sys.argv[1]), int(sys.argv[2]), float(sys.argv[3])
base = f"http://127.0.0.1:{port}"

def post(path, body):
    request = urllib.request.Request(base + path, json.dumps(body).encode(), {"Content-Type": "application/json"})
    return json.loads(urllib.request.urlopen(request, timeout=60).read() or b"{}")

post("/api/v1/signup", {"username": "tess", "password": "a long secret", "timeZone": "UTC"})
token = post("/api/v1/tokens", {"username": "tess", "password": "a long secret", "name": "script"})["token"]

def today(times=5):
    took = []
    for _ in range(times):
        began = time.time()
        try:
            request = urllib.request.Request(base + "/api/v1/today", headers={"Authorization": "Bearer " + token})
            urllib.request.urlopen(request, timeout=30).read()
            took.append(f"{(time.time() - began) * 1000:.0f} ms")
        except OSError as e:
            took.append(f"no answer ({e})")
    return took

quiet = today()
began = time.time()
clients = []
for i in range(count):
    path, kind = ("/login", "application/x-www-form-urlencoded") if i % 2 == 0 else ("/api/v1/signup", "application/json")
    client = socket.create_connection(("127.0.0.1", port))
    client.sendall(f"POST {path} HTTP/1.1\r\nHost: here\r\nContent-Type: {kind}\r\nContent-Length: 1000\r\n\r\n".encode())
    client.setblocking(False)
    clients.append(client)
closed, answers = {}, {}

def trickle():
    while len(closed) < count and time.time() - began < 180:
        for i, client in enumerate(clients):
            if i in closed:
                continue
            try:
                said = client.recv(65536)
                if not said:
                    closed[i] = time.time() - began
                    continue
                answers[i] = answers.get(i, b"") + said
                continue
            except BlockingIOError:
                pass
            except OSError:
                closed[i] = time.time() - began
                continue
            if i not in answers:
                try:
                    client.send(b"a")
                except OSError:
                    pass
        time.sleep(gap)

writer = threading.Thread(target=trickle)
writer.start()
time.sleep(3 * gap)
busy = today()
writer.join()
statuses = {}
for said in answers.values():
    line = said.split(b"\r\n")[0].decode()
    statuses[line] = statuses.get(line, 0) + 1
print("GET /api/v1/today before:", ", ".join(quiet))
print("GET /api/v1/today while trickling:", ", ".join(busy))
if closed:
    print(f"closed by the server: {len(closed)} of {count}, {min(closed.values()):.0f} to {max(closed.values()):.0f} s after connecting")
print("answers:", statuses)
PYTHON
if grep -q "Exception\|ERROR" "$data/server.log"; then echo "the server's log has errors:"; grep "ERROR" "$data/server.log" | head; fi
