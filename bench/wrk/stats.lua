-- Statistics over the whole data set (verifier token), in turn:
--   GET /api/v1/elections/PEMILU-2024/pact-coverage?groupBy=region&regionCode=<province>
--   GET /api/v1/stats/follow-up?electionCode=PEMILU-2024&groupBy=agency
--   GET /api/v1/stats/reports?electionCode=PEMILU-2024&groupBy=<status|region|violationType>
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
scenario = "stats"

local groupings = { "status", "region", "violationType" }
local n = 0

function thread_init()
  provinces = load_rows("provinces.tsv")
end

function request()
  n = n + 1
  local path
  if n % 3 == 0 then
    path = "/api/v1/elections/PEMILU-2024/pact-coverage?groupBy=region&regionCode=" .. provinces[math.random(#provinces)][1]
  elseif n % 3 == 1 then
    path = "/api/v1/stats/follow-up?electionCode=PEMILU-2024&groupBy=agency"
  else
    path = "/api/v1/stats/reports?electionCode=PEMILU-2024&groupBy=" .. groupings[1 + math.floor(n / 3) % #groupings]
  end
  return wrk.format("GET", path, headers)
end
