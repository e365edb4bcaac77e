-- GET /api/v1/reports?status=S&regionCode=P&electionCode=E&size=20 (verifier token): combinations of
-- status, province and election that exist in the loaded reports (report_filters.tsv).
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
scenario = "report_list"

function thread_init()
  filters = load_rows("report_filters.tsv")
end

function request()
  return wrk.format("GET", report_list_path(random_row(filters)), headers)
end
