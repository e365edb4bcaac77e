-- GET /api/v1/employees/{nip} (admin token): NIPs drawn at random from nips.tsv (existing employees).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
scenario = "nip_lookup"

function thread_init()
  nips = load_rows("nips.tsv")
end

function request()
  return wrk.format("GET", nip_lookup_path(random_row(nips)), headers)
end
