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
    return wrk.format("GET", nip_lookup_path(random_row(nips)), headers)
  elseif n % 3 == 1 then
    return wrk.format("GET", name_search_path(random_row(pairs_)), headers)
  end
  return wrk.format("GET", report_list_path(random_row(filters)), headers)
end
