-- GET /api/v1/employees?regionCode=R&q=NAME&size=20 (admin token): (region, first name) pairs of real
-- rows from names.tsv. The service matches q anywhere in the name (name_key LIKE '%q%').
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
scenario = "name_search"

function thread_init()
  pairs_ = load_rows("names.tsv")
end

function request()
  return wrk.format("GET", name_search_path(random_row(pairs_)), headers)
end
