-- POST /api/v1/reports, anonymous public submission (no token): every request a new report with its
-- own incident region (kecamatan/desa codes from regions.tsv) and description.
dofile(os.getenv("BENCH_LUA") .. "/common.lua")
scenario = "report_submit"

local types = { "D-06", "KE-01", "D-04", "KE-05", "D-10", "KE-03" }
local names = { "La Ode Rahman", "Siti Nurhaliza", "Budi Santoso", "Wa Ode Sari", "Andi Pratama", "Dewi Lestari" }
local n = 0

function thread_init()
  regions = load_rows("regions.tsv")
  headers["Content-Type"] = "application/json"
end

function request()
  n = n + 1
  local day = 1 + (n % 28)
  local body = string.format('{"electionCode":"PEMILU-2024","incidentDate":"2024-01-%02d","knownDate":"2024-01-%02d",'
    .. '"incidentRegionCode":"%s","description":"Laporan publik uji beban %d-%d: pegawai mengunggah dukungan '
    .. 'kepada calon di media sosial.","violationTypeCodes":["%s"],"anonymous":true,'
    .. '"reportedEmployees":[{"name":"%s","agencyText":"Dinas Pendidikan"}]}',
    day, day, regions[math.random(#regions)][1], id, n, types[1 + n % #types], names[1 + n % #names])
  return wrk.format("POST", "/api/v1/reports", headers, body)
end
