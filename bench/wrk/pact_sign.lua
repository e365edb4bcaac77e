-- POST /api/v1/pact-signatures (admin token): a paper signature recorded for one NIP not yet signed,
-- with the ceremony of its agency (pact_unsigned.tsv: nip, ceremony id). Thread k takes the lines
-- k, k+n, k+2n, ... in order, so every request carries a distinct NIP. Once a thread has used its
-- slice it starts over; those requests then answer 409 and are counted as conflicts.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
scenario = "pact_sign"

local n = 0

function thread_init()
  local all = load_rows("pact_unsigned.tsv")
  mine = {}
  for i = 1 + id, #all, tonumber(os.getenv("BENCH_THREADS") or "2") do table.insert(mine, all[i]) end
  assert(#mine > 0, "no unsigned NIPs for thread " .. id)
  headers["Content-Type"] = "application/json"
end

function request()
  local row = mine[1 + (n % #mine)]
  n = n + 1
  local body = '{"electionCode":"PEMILU-2024","nip":"' .. row[1] .. '","ceremonyId":"' .. row[2] .. '"}'
  return wrk.format("POST", "/api/v1/pact-signatures", headers, body)
end
