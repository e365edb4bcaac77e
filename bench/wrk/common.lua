-- Shared by every scenario script: data files, per-thread counters and the RESULT line.
--
-- A scenario script sets `scenario` (its name) and defines `request()`; it may define
-- `thread_init()` (called from init() after the thread knows its id) and `extra_result(threads)`
-- (returns extra "key=value" text for the RESULT line). Environment:
--   BENCH_TOKEN   bearer token sent with every request (absent: anonymous)
--   BENCH_DATA    directory of the data files run.sh dumps from the database
--   BENCH_THREADS number of wrk threads (-t)

local threads = {}
local next_id = 0

-- Main state: give every thread an id (0..n-1) and keep it to read its counters in done().
-- (wrk calls setup() and then the thread's init() one thread at a time, so the number of threads
-- comes from BENCH_THREADS, not from counting here.)
function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

-- Lines of a data file, split on tabs: { {field1, field2, ...}, ... }.
function load_rows(name)
  local path = os.getenv("BENCH_DATA") .. "/" .. name
  local rows = {}
  local f = assert(io.open(path, "r"), "cannot open " .. path)
  for line in f:lines() do
    if line ~= "" then
      local row = {}
      for field in string.gmatch(line, "[^\t]+") do table.insert(row, field) end
      table.insert(rows, row)
    end
  end
  f:close()
  assert(#rows > 0, path .. " is empty")
  return rows
end

-- Request paths of the read scenarios, shared with the soak mix (mixed.lua); each takes one row of
-- the scenario's data file.
function nip_lookup_path(row)   -- nips.tsv: nip
  return "/api/v1/employees/" .. row[1]
end

function name_search_path(row)  -- names.tsv: region code, first name
  return "/api/v1/employees?regionCode=" .. row[1] .. "&q=" .. row[2] .. "&size=20"
end

function report_list_path(row)  -- report_filters.tsv: status, province, election code
  return "/api/v1/reports?status=" .. row[1] .. "&regionCode=" .. row[2] .. "&electionCode=" .. row[3] .. "&size=20"
end

function report_search_path(row)  -- report_search.tsv: search term (URL-encoded)
  return "/api/v1/reports?q=" .. row[1] .. "&size=20"
end

-- A row drawn at random.
function random_row(rows)
  return rows[math.random(#rows)]
end

-- Thread state.
non2xx = 0
created = 0
conflicts = 0
headers = {}

function init(args)
  local token = os.getenv("BENCH_TOKEN")
  if token and token ~= "" then headers["Authorization"] = "Bearer " .. token end
  headers["Accept"] = "application/json"
  math.randomseed(4242 + (id or 0))
  if thread_init then thread_init() end
end

function response(status, hdrs, body)
  if status < 200 or status > 299 then non2xx = non2xx + 1 end
  if status == 201 then created = created + 1 end
  if status == 409 then conflicts = conflicts + 1 end
end

local function sum(name)
  local n = 0
  for _, t in ipairs(threads) do n = n + (tonumber(t:get(name)) or 0) end
  return n
end

function done(summary, latency, requests)
  local e = summary.errors
  local socket = e.connect + e.read + e.write + e.timeout
  local bad = sum("non2xx")
  local seconds = summary.duration / 1e6
  local line = string.format(
    "RESULT scenario=%s rps=%.1f p50_ms=%.2f p95_ms=%.2f p99_ms=%.2f errors=%d requests=%d non2xx=%d socket_errors=%d created=%d conflicts=%d",
    scenario, summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(95) / 1000,
    latency:percentile(99) / 1000, socket + bad, summary.requests, bad, socket, sum("created"), sum("conflicts"))
  io.write(line .. "\n")
end
