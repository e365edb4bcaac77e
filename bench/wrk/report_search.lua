-- GET /api/v1/reports?q=Q&size=20 (verifier token): an officer finding a case by a number it holds
-- (case numbers, register numbers, external ids of the loaded reports) or a word of a reported name
-- (report_search.tsv).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
scenario = "report_search"

function thread_init()
  terms = load_rows("report_search.tsv")
end

function request()
  return wrk.format("GET", report_search_path(random_row(terms)), headers)
end
