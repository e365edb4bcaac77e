#!/usr/bin/env bash
# National-scale benchmark of the packaged service (MySQL flavour) against the local MariaDB.
# One command: loads the data set through the service's own HTTP import paths, runs the scenarios
# with wrk, measures the same main queries straight against MariaDB with mysqlslap, runs a soak and
# prints (and writes to bench/results/) one markdown table. See bench/README.md.
#
#   ./mvnw package -DskipTests -Pmysql && bench/run.sh                 # national size (6 M employees)
#   bench/run.sh --smoke --app /tmp/build/target/quarkus-app --classes /tmp/build/target/classes
#
# Options: --employees N --reports N --signatures N --runs R --duration S --connections C --soak S
#          --smoke --port P --management-port P --db NAME --keep --app DIR --classes DIR
set -euo pipefail   # (no "| head" in pipelines: under pipefail an early-closed pipe fails the script)
cd "$(dirname "$0")/.."
root=$(pwd)

# ---- options
employees=6000000; reports=50000; signatures=2000000; runs=3; duration=30; connections=16; soak=600
smoke=false; port=18190; mport=""; db=""; keep=false
app=target/quarkus-app; classes=target/classes
while [ $# -gt 0 ]; do
  case "$1" in
    --employees) employees=$2; shift 2 ;;
    --reports) reports=$2; shift 2 ;;
    --signatures) signatures=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --duration) duration=$2; shift 2 ;;
    --connections) connections=$2; shift 2 ;;
    --soak) soak=$2; shift 2 ;;
    --smoke) smoke=true; shift ;;
    --port) port=$2; shift 2 ;;
    --management-port) mport=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --keep) keep=true; shift ;;
    --app) app=$2; shift 2 ;;
    --classes) classes=$2; shift 2 ;;
    -h|--help) sed -n '2,11p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if $smoke; then employees=20000; reports=300; signatures=5000; runs=1; duration=5; soak=10; fi
# A smoke run has its own database, so that it never drops a loaded national data set.
[ -n "$db" ] || { $smoke && db=netralitas_bench_smoke || db=netralitas_bench; }
[[ "$db" =~ ^[A-Za-z0-9_]+$ ]] || { echo "--db: letters, digits and _ only" >&2; exit 2; }
app=$(cd "$app" 2>/dev/null && pwd) || { echo "no such --app directory" >&2; exit 1; }
classes=$(cd "$classes" 2>/dev/null && pwd) || { echo "no such --classes directory" >&2; exit 1; }
[ -f "$app/quarkus-run.jar" ] || { echo "build first: ./mvnw package -DskipTests -Pmysql (or give --app)" >&2; exit 1; }
for tool in wrk mysqlslap mariadb curl openssl python3 java; do
  command -v $tool >/dev/null || { echo "missing $tool (apt-get install -y wrk mariadb-client ...)" >&2; exit 1; }
done

threads=2
mport=${mport:-$((port + 1000))}
base="http://127.0.0.1:$port"
# Health and metrics answer on the management port only.
mbase="http://127.0.0.1:$mport"
api="$base/api/v1"
work=$(mktemp -d /tmp/netralitas-bench.XXXXXX)
data="$work/data"; mkdir -p "$data"
export BENCH_LUA="$root/bench/wrk" BENCH_DATA="$data" BENCH_THREADS=$threads
exec > >(tee "$work/run.log") 2>&1

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*"; }
failures=()
fail() { log "CHECK FAILED: $*"; failures+=("$*"); }
sql() { mariadb -uroot -N -B "$db" -e "$1"; }
rss_mb() { awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
json() { python3 -c "import json,sys; d=json.loads(sys.argv[1]); print($2)" "$1"; }   # json DOC EXPR

# ---- cleanup: stop the service and wrk, put the buffer pool back
pid=""; old_pool=""; old_redo=""
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  if [ -n "$old_pool" ]; then
    mariadb -uroot -e "SET GLOBAL innodb_buffer_pool_size = $old_pool" 2>/dev/null \
      && log "restored innodb_buffer_pool_size = $old_pool" || true
  fi
  if [ -n "$old_redo" ]; then
    mariadb -uroot -e "SET GLOBAL innodb_log_file_size = $old_redo" 2>/dev/null \
      && log "restored innodb_log_file_size = $old_redo" || true
  fi
  rm -f "$data/employees.csv"
  log "work directory (logs, data files): $work"
}
trap cleanup EXIT

log "bench: employees=$employees reports=$reports signatures=$signatures runs=$runs duration=${duration}s connections=$connections soak=${soak}s db=$db smoke=$smoke"
log "service: $app/quarkus-run.jar"

# ---- 1. MariaDB
scripts/mariadb-setup.sh >/dev/null
old_pool=$(mariadb -uroot -N -e 'SELECT @@innodb_buffer_pool_size')
old_redo=$(mariadb -uroot -N -e 'SELECT @@innodb_log_file_size')
mariadb -uroot -e 'SET GLOBAL innodb_buffer_pool_size = 4*1024*1024*1024'
# A 96 MiB redo log (the Debian default) makes InnoDB flush pages almost continuously during the
# import; 1 GiB is a usual production size. (Resizable online since MariaDB 10.9.)
mariadb -uroot -e 'SET GLOBAL innodb_log_file_size = 1024*1024*1024' 2>/dev/null || log "innodb_log_file_size cannot be changed online here; kept at $old_redo"
for _ in $(seq 1 120); do   # the resize runs in the background
  [ "$(mariadb -uroot -N -e 'SELECT @@innodb_buffer_pool_size')" = 4294967296 ] && break; sleep 0.5
done
mariadb_version=$(mariadb -uroot -N -e 'SELECT VERSION()')
log "MariaDB $mariadb_version settings:"
mariadb -uroot -e "SHOW GLOBAL VARIABLES WHERE Variable_name IN ('innodb_buffer_pool_size', 'innodb_log_file_size',
  'innodb_flush_log_at_trx_commit', 'innodb_flush_method', 'innodb_io_capacity', 'sync_binlog', 'log_bin',
  'max_connections', 'innodb_doublewrite', 'transaction_isolation', 'tx_isolation')" | sed 's/^/    /'
log "innodb_buffer_pool_size 4 GiB (was $old_pool) and innodb_log_file_size $(mariadb -uroot -N -e 'SELECT @@innodb_log_file_size') (was $old_redo) for the run; restored at exit"

load=true
if $keep && [ -n "$(mariadb -uroot -N -e "SHOW DATABASES LIKE '$db'")" ]; then
  have=$(sql "SELECT (SELECT COUNT(*) FROM employee), (SELECT COUNT(*) FROM report WHERE submitted_by = 'bench-intake'),
    (SELECT COUNT(*) FROM pact_signature WHERE created_by = 'bench-loader'), (SELECT COUNT(*) FROM region WHERE region_level IN ('DESA', 'KELURAHAN'))" 2>/dev/null || true)
  if [ "$have" = "$(printf '%s\t%s\t%s\t%s' "$employees" "$reports" "$signatures" 83762)" ]; then
    load=false; log "--keep: $db already holds the requested data set; loading skipped"
  else
    log "--keep: $db does not hold the requested data set (have: ${have:-nothing}); reloading"
  fi
fi
if $load; then
  mariadb -uroot -e "DROP DATABASE IF EXISTS \`$db\`; CREATE DATABASE \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
    GRANT ALL ON \`$db\`.* TO 'netralitas'@'localhost'; GRANT ALL ON \`$db\`.* TO 'netralitas'@'127.0.0.1';"
  log "database $db created (utf8mb4_unicode_ci)"
fi

# ---- 2. the service: throwaway RSA key per run; the NIK key is derived from the database name so
# that a --keep rerun can still read the NIKs it wrote before (a bench database holds synthetic data).
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
openssl pkey -in "$work/key.pem" -pubout -out "$work/pub.pem"
pii_key=$(printf 'netralitas-bench:%s' "$db" | sha256sum | cut -c1-64 | xxd -r -p | base64)
# The JVM as in the image and k8s/base/deployment.yaml: a 768Mi container, the image's SerialGC and
# MaxRAMPercentage=75.
service_jvm=${BENCH_SERVICE_JVM:--XX:MaxRAM=768m -XX:+UseSerialGC -XX:MaxRAMPercentage=75}
start_seconds=""; quarkus_started=""
start_service() {   # $1: log file name
  local t0 t1
  t0=$(date +%s%N)
  DB_URL="jdbc:mysql://127.0.0.1:3306/$db" MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/pub.pem" PII_ENCRYPTION_KEY="$pii_key" \
    QUARKUS_HTTP_PORT=$port MANAGEMENT_PORT=$mport RATE_LIMIT_ENABLED=false PUBLIC_INTAKE_LIMIT=1000000000 QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    java $service_jvm -jar "$app/quarkus-run.jar" > "$work/$1" 2>&1 &
  pid=$!
  for _ in $(seq 1 3000); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "$mbase/q/health/ready")" = 200 ] && break
    kill -0 $pid 2>/dev/null || { tail -30 "$work/$1"; echo "the service exited" >&2; exit 1; }
    sleep 0.02
  done
  t1=$(date +%s%N)
  start_seconds=$(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.2f", (b - a) / 1e9}')
  quarkus_started=$(awk 'match($0, / started in [0-9.]+s/) {print substr($0, RSTART + 12, RLENGTH - 13); exit}' "$work/$1")
}
stop_service() { kill "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }

start_service service-1.log
log "service started (pid $pid): ready after ${start_seconds} s, Quarkus: started in ${quarkus_started} s$($load && echo ' (includes the schema migrations)')"
admin=$(scripts/dev-token.sh admin --key "$work/key.pem" --sub bench-loader --ttl 86400)
verifier=$(scripts/dev-token.sh verifier --key "$work/key.pem" --sub bench-verifier --ttl 86400)
signer=$(scripts/dev-token.sh admin --key "$work/key.pem" --sub bench-signer --ttl 86400)
election_id=$(sql "SELECT id FROM election WHERE code = 'PEMILU-2024'")

# ---- 3. the national data set, through the service's own import paths
import_rate=""; signature_rate=""; signature_retries=""
if $load; then
  # (a) regions: the bundled kecamatan and desa/kelurahan lists
  for dataset in KECAMATAN DESA; do
    out=$(curl -sf -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
      -d "{\"dataset\":\"$dataset\"}" "$api/region-imports/datasets")
    log "regions $dataset: $(json "$out" "'read=%s inserted=%s rejected=%s' % (d['rowsRead'], d['inserted'], d['rejected'])")"
    [ "$(json "$out" "d['rejected']")" = 0 ] || fail "region import $dataset rejected rows"
  done

  # (b) employees: generated (seed 42, no broken rows), one CSV upload, job polled to the end
  log "generating $employees employees (SyntheticEmployees, seed 42)"
  java -cp "$classes" id.netralitas.employee.SyntheticEmployees --rows "$employees" --seed 42 --broken-every 0 \
    --out "$data/employees.csv"
  log "uploading $(du -h "$data/employees.csv" | cut -f1) to /employee-imports"
  job=$(curl -sf -X POST -H "Authorization: Bearer $admin" -H 'Content-Type: text/csv' -H "Idempotency-Key: bench-employees-$employees" \
    --data-binary @"$data/employees.csv" "$api/employee-imports")
  job_id=$(json "$job" "d['id']")
  while :; do
    job=$(curl -sf -H "Authorization: Bearer $admin" "$api/employee-imports/$job_id")
    case "$job" in *'"status":"QUEUED"'*|*'"status":"RUNNING"'*) sleep 1 ;; *) break ;; esac
  done
  rm -f "$data/employees.csv"
  read -r job_status inserted rejected import_seconds import_rate < <(python3 -c "
import json, sys, datetime
j = json.loads(sys.argv[1])
t = lambda s: datetime.datetime.fromisoformat(s.replace('Z', '+00:00'))
secs = max((t(j['finishedAt']) - t(j['startedAt'])).total_seconds(), 1)
print(j['status'], j['inserted'], j['rejected'], f'{secs:.0f}', f\"{j['rowsRead'] / secs:.0f}\")" "$job")
  log "employees: $job_status inserted=$inserted rejected=$rejected in ${import_seconds} s = $import_rate rows/s (job startedAt..finishedAt)"
  [ "$job_status" = COMPLETED ] || fail "employee import ended $job_status"
  [ "$inserted" = "$employees" ] || fail "employee import inserted $inserted, expected $employees"

  # (c) reports: Bawaslu batch intake of real NIPs and regions, then the workflow for a fixed share
  sql "SELECT e.nip, a.code FROM employee e JOIN agency a ON a.id = e.agency_id WHERE e.status = 'AKTIF'
    AND e.id % $(( employees / 200000 + 1 )) = 0 ORDER BY e.id" > "$data/report_employees.tsv"
  sql "SELECT code FROM region WHERE region_level IN ('KECAMATAN', 'DESA') ORDER BY code" \
    | awk 'NR % 7 == 1' > "$data/report_regions.tsv"
  python3 bench/load.py reports --base "$api" --count "$reports" --employees "$data/report_employees.tsv" \
    --regions "$data/report_regions.tsv" --key "$work/key.pem" --workers 4

  # (d) signatures: batches of up to 10,000 NIPs per agency and ceremony, Idempotency-Key each
  sql "SELECT e.nip, a.code FROM employee e JOIN agency a ON a.id = e.agency_id WHERE e.status = 'AKTIF' ORDER BY e.id" \
    > "$data/active.tsv"
  out=$(python3 bench/load.py signatures --base "$api" --count "$signatures" --employees "$data/active.tsv" \
    --key "$work/key.pem" --workers 2 | tee /dev/stderr)
  signature_rate=$(echo "$out" | sed -n 's/^SIGNATURE_LOAD .*rate=\([0-9]*\).*/\1/p')
  signature_retries=$(echo "$out" | sed -n 's/^SIGNATURE_LOAD .*retried_503=\([0-9]*\).*/\1/p')
  log "signatures: $signature_rate signatures/s through /pact-signature-batches ($signature_retries batches answered 503 and were sent again)"
  rm -f "$data/active.tsv"
fi

# Counts, straight from the database
read -r n_emp n_rep n_sig n_desa n_track < <(sql "SELECT (SELECT COUNT(*) FROM employee),
  (SELECT COUNT(*) FROM report WHERE submitted_by = 'bench-intake'),
  (SELECT COUNT(*) FROM pact_signature WHERE created_by = 'bench-loader'),
  (SELECT COUNT(*) FROM region WHERE region_level IN ('DESA', 'KELURAHAN')), (SELECT COUNT(*) FROM report_track)")
log "data set (SQL): employees=$n_emp reports=$n_rep signatures=$n_sig desa/kelurahan=$n_desa tracks=$n_track"
log "report statuses (SQL): $(sql "SELECT CONCAT(status, '=', COUNT(*)) FROM report GROUP BY status ORDER BY status" | tr '\n' ' ')"
log "track statuses (SQL): $(sql "SELECT CONCAT(status, '/', escalation_level, '=', COUNT(*)) FROM report_track GROUP BY status, escalation_level" | tr '\n' ' ')"
[ "$n_emp" = "$employees" ] || fail "employee count $n_emp, expected $employees"
[ "$n_rep" = "$reports" ] || fail "report count $n_rep, expected $reports"
[ "$n_sig" = "$signatures" ] || fail "signature count $n_sig, expected $signatures"
[ "$n_desa" = 83762 ] || fail "desa/kelurahan count $n_desa, expected 83762"

# The measured start: a restart against the loaded database (a replica starting on a full register).
if $load; then
  stop_service
  start_service service-2.log
  log "service restarted on the loaded database: ready after ${start_seconds} s, Quarkus: started in ${quarkus_started} s"
fi
sleep 5
rss_idle=$(rss_mb $pid)
log "JVM start ${start_seconds} s; RSS at idle ${rss_idle} MB"

# ---- data files for the scenarios (from the database, deterministic)
k=$(( employees / 100000 > 1 ? employees / 100000 : 1 ))
sql "SELECT nip FROM employee WHERE id % $k = 0 ORDER BY id" > "$data/nips.tsv"
k=$(( employees / 10000 > 1 ? employees / 10000 : 1 ))
sql "SELECT region_code, SUBSTRING_INDEX(name_key, ' ', 1) FROM employee WHERE id % $k = 0 ORDER BY id" > "$data/names.tsv"
sql "SELECT DISTINCT r.status, SUBSTRING(r.incident_region_code, 1, 2), e.code FROM report r
  JOIN election e ON e.id = r.election_id ORDER BY 1, 2, 3" > "$data/report_filters.tsv"
# Search terms as officers hold them: case numbers, Bawaslu register numbers and external ids, and the first
# word of reported names (URL-encoded: register numbers carry slashes).
k=$(( reports / 500 > 1 ? reports / 500 : 1 ))
sql "SELECT case_number FROM report WHERE id % $k = 0 UNION ALL
  SELECT registration_number FROM report WHERE registration_number IS NOT NULL AND id % $k = 0 UNION ALL
  SELECT external_id FROM report WHERE external_id IS NOT NULL AND id % $k = 0 UNION ALL
  SELECT SUBSTRING_INDEX(name, ' ', 1) FROM report_employee WHERE name IS NOT NULL AND id % $k = 0" \
  | python3 -c 'import sys, urllib.parse; [print(urllib.parse.quote(l.strip(), safe="")) for l in sys.stdin if l.strip()]' \
  > "$data/report_search.tsv"
sql "SELECT code FROM region WHERE region_level IN ('KECAMATAN', 'DESA') ORDER BY code" | awk 'NR % 11 == 3' > "$data/regions.tsv"
sql "SELECT code FROM region WHERE region_level = 'PROVINSI' ORDER BY code" > "$data/provinces.tsv"
log "data files: $(wc -l < "$data/nips.tsv") NIPs, $(wc -l < "$data/names.tsv") (region, name) pairs, $(wc -l < "$data/report_filters.tsv") report filters, $(wc -l < "$data/report_search.tsv") search terms"

# ---- 4. scenarios with wrk
results="$work/results.tsv"; : > "$results"
# Server-side percentiles of the requests served between metrics_mark and server_percentiles, from
# the service's request-time histogram; server_percentiles sets $server to
# "srv_count=N srv_p50_ms=... srv_p95_ms=... srv_p99_ms=...".
scrape() { curl -sf "$mbase/q/metrics" > "$1" || fail "could not read $mbase/q/metrics"; }
metrics_mark() { scrape "$work/metrics-before.txt"; }
server_percentiles() {
  scrape "$work/metrics-after.txt"
  server=$(python3 bench/server_latency.py "$work/metrics-before.txt" "$work/metrics-after.txt" | sed 's/\([a-z0-9_]*=\)/srv_\1/g')
}
run_wrk() {   # $1 scenario, $2 token; appends the RESULT line with the server-side percentiles ($run 0: warm-up)
  local out server seconds=$duration
  [ "$run" = 0 ] && seconds=$warmup
  metrics_mark
  out=$(BENCH_TOKEN="$2" wrk -t$threads -c"$connections" -d"${seconds}s" --timeout 10s --latency \
    -s "bench/wrk/$1.lua" "$base" 2>&1) || { echo "$out"; fail "wrk $1 failed"; return; }
  echo "$out" > "$work/wrk-$1-$(date +%s).txt"
  server_percentiles
  local line; line=$(echo "$out" | grep '^RESULT ' || true)
  [ -n "$line" ] || { echo "$out"; fail "wrk $1 printed no RESULT"; return; }
  line="$line $server"
  if [ "$run" = 0 ]; then log "  (warm-up) $line"; return; fi
  log "  $line"
  echo "$line" >> "$results"
}
# Unsigned active NIPs for pact_sign, dumped once: run r (0: the warm-up) signs from slice r of the
# file, up to 100,000 NIPs each (a run of 30 s signs far fewer).
sql "SELECT e.nip, c.public_id FROM employee e
  JOIN (SELECT agency_id, MIN(public_id) AS public_id FROM pact_ceremony WHERE election_id = $election_id GROUP BY agency_id) c
    ON c.agency_id = e.agency_id
  WHERE e.status = 'AKTIF' AND NOT EXISTS (SELECT 1 FROM pact_signature s WHERE s.election_id = $election_id AND s.active_nip = e.nip)
  ORDER BY e.id LIMIT $(( (runs + 1) * 100000 ))" > "$data/pact_unsigned_all.tsv"
slice=$(( $(wc -l < "$data/pact_unsigned_all.tsv") / (runs + 1) ))

# Warm-up, as on a server that has been running: every index of the tables the scenarios read is
# read once into the buffer pool, then each scenario runs once for ${warmup} s (not counted) so that
# the JIT has compiled its path.
warmup=$($smoke && echo 2 || echo 10)
for table in employee agency region report report_track report_employee report_violation_type report_search_term \
    pact_signature pact_ceremony employee_headcount pact_signature_count; do
  for index in $(sql "SELECT DISTINCT index_name FROM information_schema.statistics WHERE table_schema = '$db' AND table_name = '$table'"); do
    sql "SELECT COUNT(*) FROM \`$table\` FORCE INDEX (\`$index\`)" > /dev/null
  done
done
log "buffer pool warmed: $(mariadb -uroot -N -e "SELECT ROUND(SUM(data_length + index_length) / 1048576) FROM information_schema.tables WHERE table_schema = '$db'") MB of data and indexes in $db"

for scenario in nip_lookup name_search report_list report_search report_submit pact_sign stats; do
  for run in $(seq 0 "$runs"); do
    if [ "$run" = 0 ]; then log "scenario $scenario, warm-up (${warmup} s, not counted)"
    else log "scenario $scenario, run $run of $runs (${duration} s, $connections connections)"; fi
    case $scenario in
      nip_lookup|name_search) run_wrk $scenario "$admin" ;;
      report_list|report_search|stats) run_wrk $scenario "$verifier" ;;
      report_submit) run_wrk $scenario "" ;;
      pact_sign)
        sed -n "$(( run * slice + 1 )),$(( (run + 1) * slice ))p" "$data/pact_unsigned_all.tsv" > "$data/pact_unsigned.tsv"
        before=$(sql "SELECT COUNT(*) FROM pact_signature WHERE election_id = $election_id")
        run_wrk pact_sign "$signer"
        [ "$run" = 0 ] && continue   # the warm-up's signatures are checked with the next run's duplicate check
        after=$(sql "SELECT COUNT(*) FROM pact_signature WHERE election_id = $election_id")
        dups=$(sql "SELECT COUNT(*) FROM (SELECT signer_nip FROM pact_signature WHERE election_id = $election_id
          AND status = 'VALID' AND signer_type = 'INDIVIDU' GROUP BY signer_nip HAVING COUNT(*) > 1) d")
        created=$(tail -1 "$results" | sed -n 's/.* created=\([0-9]*\).*/\1/p')
        conflicts=$(tail -1 "$results" | sed -n 's/.* conflicts=\([0-9]*\).*/\1/p')
        log "  pact_sign check: signatures $before -> $after (+$(( after - before ))), 201 answers $created, 409 answers $conflicts, duplicate (nip, election): $dups"
        [ "$dups" = 0 ] || fail "pact_sign: $dups NIPs with more than one valid signature"
        # wrk stops counting at the deadline: requests still in flight then (at most one per
        # connection) are signed by the service but their 201 is not counted.
        in_flight=$(( after - before - ${created:-0} ))
        log "  pact_sign: $in_flight signatures from requests in flight when wrk stopped (at most $connections)"
        [ "$in_flight" -ge 0 ] && [ "$in_flight" -le "$connections" ] \
          || fail "pact_sign: count grew by $(( after - before )) but $created answers were 201"
        [ "$(sql "SELECT COUNT(*) FROM pact_signature WHERE created_by = 'bench-signer' AND election_id = $election_id")" \
          = "$(sql "SELECT COUNT(DISTINCT signer_nip) FROM pact_signature WHERE created_by = 'bench-signer' AND election_id = $election_id")" ] \
          || fail "pact_sign: a NIP was signed twice"
        ;;
    esac
  done
done

# ---- 5. the limit: each read scenario's main query, straight against MariaDB with mysqlslap
# Columns exactly as Hibernate selects them (see bench/README.md for where each query comes from).
emp_cols="e1_0.id, e1_0.agency_id, e1_0.blocked_at, e1_0.blocked_reference, e1_0.created_at, e1_0.employee_type, e1_0.golongan,
 e1_0.jabatan_category, e1_0.jabatan_name, e1_0.name, e1_0.name_key, e1_0.nik_encrypted, e1_0.nip, e1_0.pangkat,
 e1_0.personnel_blocked, e1_0.region_code, e1_0.status, e1_0.unit_kerja, e1_0.updated_at, e1_0.updated_by, e1_0.version"
rep_cols="r1_0.id, r1_0.anonymous, r1_0.candidate_name, r1_0.candidate_office, r1_0.candidate_phase, r1_0.case_number, r1_0.channel,
 r1_0.confidential, r1_0.created_at, r1_0.deadline_due, r1_0.deadline_kind, r1_0.decision_extended, r1_0.description,
 r1_0.duplicate_of_id, r1_0.election_id, r1_0.external_id, r1_0.external_source, r1_0.forward_letter_number, r1_0.gakkumdu,
 r1_0.handling_authority_code, r1_0.incident_date, r1_0.incident_place, r1_0.incident_region_code, r1_0.intake_authority_code,
 r1_0.known_date, r1_0.late_report, r1_0.origin, r1_0.possible_duplicate, r1_0.public_id, r1_0.receipt_sha256, r1_0.received_at,
 r1_0.recommendation_date, r1_0.recommendation_issuer, r1_0.recommendation_number, r1_0.registration_number,
 r1_0.reporter_address_encrypted, r1_0.reporter_email_encrypted, r1_0.reporter_name_encrypted, r1_0.reporter_nik_encrypted,
 r1_0.reporter_phone_encrypted, r1_0.reporting_deadline, r1_0.status, r1_0.status_changed_at, r1_0.submitted_by,
 r1_0.submitted_role, r1_0.updated_at, r1_0.version"
today=$(TZ=Asia/Jakarta date +%F)
emp_cols=$(echo $emp_cols); rep_cols=$(echo $rep_cols)   # one line each
# 2,000 statements per scenario with literal values drawn (fixed seed) from the scenario's own data file
awk -v cols="$emp_cols" 'BEGIN {srand(42)} {a[NR] = $1} END {for (i = 0; i < 2000; i++)
  printf "SELECT %s FROM employee e1_0 WHERE e1_0.nip = '\''%s'\'' LIMIT 1;\n", cols, a[1 + int(rand() * NR)]}' \
  "$data/nips.tsv" > "$data/sql-nip_lookup.sql"
awk -F'\t' -v cols="$emp_cols" 'BEGIN {srand(42)} {r[NR] = $1; n[NR] = $2} END {for (i = 0; i < 2000; i++) {j = 1 + int(rand() * NR)
  printf "SELECT %s FROM employee e1_0 use index (idx_employee_region_name) WHERE (e1_0.region_code = '\''%s'\'' OR e1_0.region_code LIKE '\''%s.%%'\'') AND e1_0.name_key LIKE '\''%%%s%%'\'' ESCAPE '\''!'\'' ORDER BY e1_0.nip LIMIT 0, 20;\n", cols, r[j], r[j], n[j]}}' \
  "$data/names.tsv" > "$data/sql-name_search.sql"
awk -F'\t' -v cols="$rep_cols" 'BEGIN {srand(42)} {s[NR] = $1; p[NR] = $2; e[NR] = $3} END {for (i = 0; i < 2000; i++) {j = 1 + int(rand() * NR)
  printf "SELECT %s FROM report r1_0 JOIN election e1_0 ON e1_0.id = r1_0.election_id WHERE r1_0.status = '\''%s'\'' AND e1_0.code = '\''%s'\'' AND (r1_0.incident_region_code = '\''%s'\'' OR r1_0.incident_region_code LIKE '\''%s.%%'\'') ORDER BY r1_0.received_at DESC, r1_0.id LIMIT 0, 20;\n", cols, s[j], e[j], p[j], p[j]}}' \
  "$data/report_filters.tsv" > "$data/sql-report_list.sql"
awk -v eid="$election_id" -v today="$today" 'BEGIN {srand(42); g[0] = "r.status"; g[1] = "SUBSTRING(r.incident_region_code, 1, 2)"; g[2] = "v.code"}
  {p[NR] = $1} END {for (n = 1; n <= 2000; n++) {
    if (n % 3 == 0) {q = p[1 + int(rand() * NR)]
      printf "SELECT agency_id, region_code, active_count FROM employee_headcount WHERE active_count <> 0 AND (region_code = '\''%s'\'' OR region_code LIKE '\''%s.%%'\'');\n", q, q}
    else if (n % 3 == 1)
      printf "SELECT a1_0.code, COUNT(rt1_0.id), SUM(CASE WHEN rt1_0.sanctioned_at IS NOT NULL THEN 1 ELSE 0 END), SUM(CASE WHEN (rt1_0.sanctioned_at IS NOT NULL AND (rt1_0.deadline_due IS NULL OR rt1_0.sanctioned_at <= rt1_0.deadline_due)) THEN 1 ELSE 0 END), SUM(CASE WHEN (rt1_0.status = '\''MENUNGGU_TINDAK_LANJUT_PPK'\'' AND rt1_0.deadline_due < '\''%s'\'') THEN 1 ELSE 0 END), SUM(CASE WHEN rt1_0.escalation_level = '\''BLOKIR_DATA'\'' THEN 1 ELSE 0 END) FROM report_track rt1_0 JOIN agency a1_0 ON a1_0.id = rt1_0.agency_id JOIN report r1_0 ON r1_0.id = rt1_0.report_id WHERE rt1_0.proven = TRUE AND r1_0.election_id = %s GROUP BY a1_0.code ORDER BY a1_0.code;\n", today, eid
    else if (int(n / 3) % 3 < 2) {k = int(n / 3) % 3
      printf "SELECT %s, COUNT(*) FROM report r WHERE 1 = 1 AND r.election_id = %s GROUP BY %s ORDER BY 1;\n", g[k], eid, g[k]}
    else
      printf "SELECT t.k, COUNT(DISTINCT t.rid) FROM (SELECT v.code AS k, r.id AS rid FROM report r JOIN report_violation_type v ON v.report_id = r.id WHERE 1 = 1 AND r.election_id = %s) t GROUP BY t.k ORDER BY t.k;\n", eid}}' \
  "$data/provinces.tsv" > "$data/sql-stats.sql"
# report_search: the terms of the wrk scenario as ReportQueryService.search sends them for a national
# verifier: one subquery over report_search_term, holding the whole text (lower case, LIKE-escaped) as a
# prefix of a term, or the first word's prefix on a case that has a term for each further word
# (SearchTerms: split at anything not a letter or digit, words of one character left out); a text with
# digits and no spaces is a number and has no words; a text that is one word is one prefix.
python3 - "$data/report_search.tsv" "$rep_cols" > "$data/sql-report_search.sql" <<'PY'
import random, re, sys, urllib.parse
terms = [urllib.parse.unquote(l.strip()) for l in open(sys.argv[1]) if l.strip()]
def like(t):   # LikePattern.prefix, as an SQL literal
    t = t[:100].replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%"
    return "'" + t.replace("\\", "\\\\").replace("'", "''") + "'"
rnd = random.Random(42)
for _ in range(2000):
    q = rnd.choice(terms).strip()
    whole = q.lower()[:100]
    number = not re.search(r"\s", q) and re.search(r"\d", q)
    words = [] if number else list(dict.fromkeys(w[:100] for w in re.split(r"[\W_]+", q.lower()) if len(w) > 1))
    one = len(words) == 1 and words[0] == whole
    cond = "" if one else f"t.term LIKE {like(whole)} ESCAPE '!'"
    if words:
        inner = f"t.term LIKE {like(words[0])} ESCAPE '!'" + "".join(
            f" AND t.report_id IN (SELECT t{i}.report_id FROM report_search_term t{i} WHERE t{i}.term LIKE {like(w)} ESCAPE '!')"
            for i, w in enumerate(words[1:], 1))
        cond += ("(" if one else " OR (") + inner + ")"
    print(f"SELECT {sys.argv[2]} FROM report r1_0 WHERE r1_0.id IN (SELECT t.report_id FROM report_search_term t WHERE {cond}) "
          "ORDER BY r1_0.received_at DESC, r1_0.id LIMIT 0, 20;")
PY

slap() {   # $1 scenario, $2 statements per client: every client runs the first $2 statements once
  local out secs q=$(( connections * $2 ))
  head -n "$2" "$data/sql-$1.sql" > "$data/slap-$1.sql"
  out=$(mysqlslap -h127.0.0.1 -P3306 -unetralitas -pnetralitas --create-schema="$db" --concurrency="$connections" \
    --iterations=1 --number-of-queries="$q" --query="$data/slap-$1.sql" --delimiter=';' 2>&1) || { echo "$out" >&2; echo "$q 0"; return; }
  secs=$(echo "$out" | sed -n 's/.*Average number of seconds to run all queries: \([0-9.]*\) seconds.*/\1/p')
  awk -v q="$q" -v s="$secs" 'BEGIN {printf "%d %.1f\n", q, (s > 0 ? q / s : 0)}'
}
limits="$work/limits.tsv"; : > "$limits"
for scenario in nip_lookup name_search report_list report_search stats; do
  # calibrate on 50 statements per client, then size the runs to about min(duration, 15) seconds
  read -r _ cal < <(slap $scenario 50)
  per_client=$(awk -v r="$cal" -v d="$duration" -v c="$connections" \
    'BEGIN {s = (d < 15 ? d : 15); n = int(r * s / c); if (n < 50) n = 50; if (n > 2000) n = 2000; print n}')
  for run in $(seq 1 "$runs"); do
    read -r q qps < <(slap $scenario "$per_client")
    log "mysqlslap $scenario run $run: $q queries, concurrency $connections: $qps q/s"
    printf '%s\t%s\n' "$scenario" "$qps" >> "$limits"
  done
done

# ---- 6. soak: sustained mixed reads, then the resident memory
log "soak: mixed nip_lookup/name_search/report_list for ${soak} s, $connections connections (RSS before: $(rss_mb $pid) MB)"
metrics_mark
soak_line=$(BENCH_TOKEN="$admin" wrk -t$threads -c"$connections" -d"${soak}s" --timeout 10s --latency -s bench/wrk/mixed.lua "$base" 2>&1 | grep '^RESULT ' || true)
server_percentiles
[ -z "$soak_line" ] || soak_line="$soak_line $server"
log "  $soak_line"
if [ -n "$soak_line" ]; then echo "$soak_line" >> "$results"; else fail "soak: wrk printed no RESULT"; fi
sleep 2
rss_after=$(rss_mb $pid)
log "RSS after soak: $rss_after MB"

# ---- 7. the table: medians over the runs
median_of() {   # $1 scenario, $2 field -> median of that field over the scenario's RESULT lines
  grep "scenario=$1 " "$results" | sed -n "s/.* $2=\([0-9.]*\).*/\1/p" | sort -g \
    | awk '{a[NR] = $1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
limit_of() {
  awk -F'\t' -v s="$1" '$1 == s {print $2}' "$limits" | sort -g \
    | awk '{a[NR] = $1} END {if (NR == 0) print "-"; else if (NR % 2) print a[(NR + 1) / 2]; else print (a[NR / 2] + a[NR / 2 + 1]) / 2}'
}
host=$(hostname -s 2>/dev/null || hostname)
stamp=$(date +%Y-%m-%d)
mkdir -p bench/results
outfile="bench/results/$stamp-$host$($smoke && echo -smoke || true).md"
table="$work/table.md"
{
  echo "# Benchmark $stamp on $host"
  echo
  echo "- date: $(date -u +%Y-%m-%dT%H:%M:%SZ); nproc: $(nproc); CPU: $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
  echo "- RAM: $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo); MariaDB $mariadb_version (innodb_buffer_pool_size 4 GiB, innodb_log_file_size $(mariadb -uroot -N -e 'SELECT @@innodb_log_file_size')); $(java -version 2>&1 | awk 'NR == 1')"
  echo "- service: $app (bench/ from repository HEAD $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'))"
  echo "- data set: $n_emp employees, $n_rep reports ($n_track tracks), $n_sig pact signatures, $n_desa desa/kelurahan"
  echo "- runs: $runs x ${duration} s per scenario, wrk -t$threads -c$connections; medians over the runs; soak ${soak} s$($smoke && echo '; SMOKE sizes')"
  echo
  echo "| scenario | throughput req/s | p50 | p95 | p99 | server p50 | server p99 | errors | MariaDB limit q/s | service/limit |"
  echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |"
  for s in nip_lookup name_search report_list report_search report_submit pact_sign stats soak_mixed; do
    rps=$(median_of $s rps); lim=$(limit_of $s)
    ratio=$(awk -v a="$rps" -v b="$lim" 'BEGIN {if (b + 0 > 0 && a != "-") printf "%.2f", a / b; else print "-"}')
    extra=""
    [ $s = pact_sign ] && extra=" (409: $(median_of $s conflicts))"
    echo "| $s | $rps | $(median_of $s p50_ms) ms | $(median_of $s p95_ms) ms | $(median_of $s p99_ms) ms | $(median_of $s srv_p50_ms) ms | $(median_of $s srv_p99_ms) ms | $(median_of $s errors)$extra | $lim | $ratio |"
  done
  echo "| employee import rows/s | ${import_rate:-(not loaded: --keep)} | | | | | | | | |"
  echo "| pact signature batches signatures/s | ${signature_rate:-(not loaded: --keep)} | | | | | | ${signature_retries:+$signature_retries batches sent again after 503} | | |"
  echo "| JVM start s (to /q/health/ready; Quarkus \"started in\") | $start_seconds ($quarkus_started) | | | | | | | | |"
  echo "| RSS idle MB | $rss_idle | | | | | | | | |"
  echo "| RSS after soak MB | $rss_after | | | | | | | | |"
} > "$table"
echo
cat "$table"
cp "$table" "$outfile"
log "written to $outfile"

# ---- checks (the smoke run must pass them all; a full run reports them too)
while read -r line; do
  e=$(echo "$line" | sed -n 's/.* errors=\([0-9]*\).*/\1/p')
  s=$(echo "$line" | sed -n 's/.*scenario=\([a-z_]*\).*/\1/p')
  [ "${e:-1}" = 0 ] || fail "$s: $e errors (non-2xx or socket errors)"
done < "$results"
for s in nip_lookup name_search report_list report_search report_submit pact_sign stats; do
  grep -q "scenario=$s " "$results" || fail "$s: no result"
done
if [ ${#failures[@]} -gt 0 ]; then
  log "FAILED checks:"; printf '  - %s\n' "${failures[@]}"
  exit 1
fi
log "all checks passed"
