-- Soak load: nip_lookup, name_search and report_list in turn on every connection. BENCH_TOKEN must
-- be a token that may read both employees and reports (admin).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
scenario = "soak_mixed"

local n = 0

function thread_init()
  nips = load_rows("nips.tsv")
  pairs_ = load_rows("names.tsv")
  filters = load_rows("report_filters.tsv")
end

function request()
  n = n + 1
  if n % 3 == 0 then
    return wrk.format("GET", "/api/v1/employees/" .. nips[math.random(#nips)][1], headers)
  elseif n % 3 == 1 then
    local p = pairs_[math.random(#pairs_)]
    return wrk.format("GET", "/api/v1/employees?regionCode=" .. p[1] .. "&q=" .. p[2] .. "&size=20", headers)
  end
  local f = filters[math.random(#filters)]
  return wrk.format("GET", "/api/v1/reports?status=" .. f[1] .. "&regionCode=" .. f[2] .. "&electionCode=" .. f[3]
    .. "&size=20", headers)
end
