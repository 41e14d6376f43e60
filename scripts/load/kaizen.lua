-- One phase of scripts/load.sh, for wrk. KAIZEN_LOAD_MODE says which:
--   check-in  check-ins rotating over every step of every person (KAIZEN_LOAD_STEPS: "token stepId" lines)
--   hot       check-ins on one step, the first line's, from every connection: one hot row
--   today     reads of Today, rotating over the people
-- done() prints one line for the script: RESULT requests microseconds p50 p99 non-2xx socket-errors
local mode = os.getenv("KAIZEN_LOAD_MODE")
local threads = 0
local rows = {}
local position = 0

function setup(thread)
    thread:set("number", threads)
    threads = threads + 1
end

function init(args)
    for line in io.lines(os.getenv("KAIZEN_LOAD_STEPS")) do
        local token, step = line:match("^(%S+) (%S+)$")
        rows[#rows + 1] = { token = token, step = step }
    end
    -- Each thread starts at another place in the rotation.
    position = (number * 7919) % #rows
end

function request()
    position = position % #rows + 1
    local row = rows[position]
    if mode == "today" then
        return wrk.format("GET", "/api/v1/today", { ["Authorization"] = "Bearer " .. row.token })
    end
    if mode == "hot" then
        row = rows[1]
    end
    local body = string.format('{"outcome":"DONE","amount":5,"resistance":%d}', position % 11)
    return wrk.format("POST", "/api/v1/steps/" .. row.step .. "/check-ins",
        { ["Authorization"] = "Bearer " .. row.token, ["Content-Type"] = "application/json" }, body)
end

function done(summary, latency, requests)
    local errors = summary.errors
    io.write(string.format("RESULT %d %d %d %d %d %d\n", summary.requests, summary.duration,
        latency:percentile(50), latency:percentile(99), errors.status,
        errors.connect + errors.read + errors.write + errors.timeout))
end
