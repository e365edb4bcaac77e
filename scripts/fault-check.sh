#!/usr/bin/env bash
# Faults against the packaged service on MariaDB (stops and starts this machine's MariaDB: run it
# when nothing else uses the server).
#
#   1. Under a steady load of reads and public report submissions, MariaDB is stopped for 15 s:
#      the service must answer 503 problem documents and /q/health/ready must be DOWN while it is
#      gone, and both must be back to normal within 10 s of MariaDB returning. Afterwards no report
#      exists without its reported employees and its first history event.
#   2. A 100,000-row employee import is interrupted by SIGKILL of the service half-way; the service
#      is started again and the same file imported again: the register ends with exactly the
#      expected number of employees.
#
#   ./mvnw package -DskipTests -Pmysql && scripts/fault-check.sh [--port 18092] [--management-port 19092]
#
# Readiness is read on the management port (default: the API port + 1000).
set -euo pipefail
cd "$(dirname "$0")/.."

port=18092; mport=""; app=target/quarkus-app; classes=target/classes
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port=$2; shift 2 ;;
    --management-port) mport=$2; shift 2 ;;
    --app) app=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$app/quarkus-run.jar" ] || { echo "build first: ./mvnw package -DskipTests -Pmysql" >&2; exit 1; }
mport=${mport:-$((port + 1000))}   # health checks answer on the management port

work=$(mktemp -d)
pid=""; load=""
cleanup() {
  [ -n "$load" ] && kill $load 2>/dev/null
  [ -n "$pid" ] && kill -9 $pid 2>/dev/null
  start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
openssl pkey -in "$work/key.pem" -pubout -out "$work/pub.pem"
pii_key=$(openssl rand -base64 32)
sql() { mariadb -uroot -N -B -e "$1" netralitas_fault; }

scripts/mariadb-setup.sh >/dev/null
mariadb -uroot -e "DROP DATABASE IF EXISTS netralitas_fault; CREATE DATABASE netralitas_fault \
  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; GRANT ALL ON netralitas_fault.* TO 'netralitas'@'localhost'; \
  GRANT ALL ON netralitas_fault.* TO 'netralitas'@'127.0.0.1';"

start() {
  DB_URL=jdbc:mysql://127.0.0.1:3306/netralitas_fault MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/pub.pem" \
    PII_ENCRYPTION_KEY=$pii_key QUARKUS_HTTP_PORT=$port MANAGEMENT_PORT=$mport RATE_LIMIT_ENABLED=false PUBLIC_INTAKE_LIMIT=100000 \
    QUARKUS_LOG_CONSOLE_JSON_ENABLED=false java -jar "$app/quarkus-run.jar" >> "$work/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do curl -sf "localhost:$mport/q/health/ready" >/dev/null && return; sleep 0.5; done
  echo "service did not start" >&2; tail -20 "$work/service.log" >&2; exit 1
}
ready() { curl -s -o /dev/null -w '%{http_code}' "localhost:$mport/q/health/ready"; }
mariadb_up() { mariadb -uroot -e 'SELECT 1' >/dev/null 2>&1; }

start
token=$(scripts/dev-token.sh admin --key "$work/key.pem")
report='{"electionCode":"PEMILU-2024","incidentDate":"2024-01-10","knownDate":"2024-01-11","incidentRegionCode":"74.71",
  "description":"Kepala seksi mengunggah dukungan kepada calon anggota legislatif di media sosial.",
  "violationTypeCodes":["D-06"],"anonymous":true,
  "reportedEmployees":[{"name":"La Ode Rahman","agencyText":"Dinas Pendidikan Kota Kendari"}]}'

# Load: one read and one report submission at a time, each answer logged as "epoch-ms status content-type".
( while :; do
    for path in "/api/v1/regions?level=PROVINSI" "/api/v1/reports"; do
      if [ "$path" = /api/v1/reports ]; then
        out=$(curl -s -m 10 -o /dev/null -w '%{http_code} %{content_type}' -X POST -H 'Content-Type: application/json' \
          -d "$report" "localhost:$port$path" || echo "000 -")
      else
        out=$(curl -s -m 10 -o /dev/null -w '%{http_code} %{content_type}' -H "Authorization: Bearer $token" \
          "localhost:$port$path" || echo "000 -")
      fi
      echo "$(date +%s%3N) $out" >> "$work/load.log"
    done
  done ) & load=$!
sleep 5
echo "stopping MariaDB"
down_at=$(date +%s%3N)
mariadb-admin -uroot shutdown
sleep 2
ready_down=$(ready)
sleep 13
echo "starting MariaDB"
start_at=$(date +%s%3N)   # answers logged before this instant were given while MariaDB was surely down
start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
until mariadb_up; do sleep 0.2; done
up_at=$(date +%s%3N)
recovered=""
for _ in $(seq 1 100); do
  if [ "$(ready)" = 200 ]; then recovered=$(date +%s%3N); break; fi
  sleep 0.1
done
sleep 5
kill $load; wait $load 2>/dev/null || true; load=""
[ -n "$recovered" ] || { echo "FAIL: readiness not UP within 10 s of MariaDB returning" >&2; exit 1; }
during=$(awk -v a="$down_at" -v b="$start_at" '$1 > a + 4000 && $1 < b' "$work/load.log")
after_ok=$(awk -v t="$recovered" '$1 > t + 1000 {print $2}' "$work/load.log" | sort | uniq -c | tr '\n' ' ')
first_ok_after=$(awk -v t="$up_at" '$1 > t && ($2 == 200 || $2 == 201) {print $1; exit}' "$work/load.log")
echo "while down: $(echo "$during" | awk '{print $2, $3}' | sort | uniq -c | tr '\n' ' ')"
echo "readiness while down: $ready_down; UP $(( recovered - up_at )) ms after MariaDB answered; first 2xx after $(( first_ok_after - up_at )) ms"
echo "answers from 1 s after recovery: $after_ok"
bad_during=$(echo "$during" | awk '$2 != 503 || $3 !~ /problem\+json/' | wc -l)
[ "$ready_down" = 503 ] || { echo "FAIL: readiness was not DOWN while MariaDB was stopped" >&2; exit 1; }
[ "$bad_during" = 0 ] || { echo "FAIL: $bad_during answers while down were not 503 problem documents:" >&2; \
  echo "$during" | awk '$2 != 503 || $3 !~ /problem\+json/' | head >&2; exit 1; }
echo "$after_ok" | grep -qv " 5[0-9][0-9]" || { echo "FAIL: 5xx after recovery" >&2; exit 1; }
[ $(( first_ok_after - up_at )) -le 10000 ] || { echo "FAIL: no 2xx within 10 s of MariaDB returning" >&2; exit 1; }
orphans=$(sql "SELECT COUNT(*) FROM report r WHERE NOT EXISTS (SELECT 1 FROM report_employee e WHERE e.report_id = r.id)
  OR NOT EXISTS (SELECT 1 FROM report_event v WHERE v.report_id = r.id AND v.event_type = 'RECEIVED')")
echo "reports: $(sql 'SELECT COUNT(*) FROM report'), without employees or first event: $orphans"
[ "$orphans" = 0 ] || { echo "FAIL: half-written reports" >&2; exit 1; }

# 2. An import killed half-way and run again.
rows=100000
java -cp "$classes" id.netralitas.employee.SyntheticEmployees --rows $rows --seed 7 --broken-every 0 --out "$work/employees.csv"
before=$(sql "SELECT COUNT(*) FROM employee")
import() {
  curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' --data-binary @"$work/employees.csv" \
    "localhost:$port/api/v1/employee-imports" | sed 's/.*"id":"\([^"]*\)".*/\1/'
}
id=$(import)
for _ in $(seq 1 600); do
  n=$(sql "SELECT COUNT(*) FROM employee"); [ $(( n - before )) -ge $(( rows / 3 )) ] && break; sleep 0.1
done
echo "killing the service with $(( n - before )) of $rows rows written"
kill -9 $pid; wait $pid 2>/dev/null || true; pid=""
# Each batch commits its rows, the headcounts and the job's counters together: what the killed job
# says it inserted is exactly what is in the register, and the headcounts add up to it.
written=$(( $(sql "SELECT COUNT(*) FROM employee") - before ))
counted=$(sql "SELECT inserted FROM employee_import_job WHERE public_id = '$id'")
heads=$(sql "SELECT COALESCE(SUM(active_count), 0) FROM employee_headcount")
active=$(sql "SELECT COUNT(*) FROM employee WHERE status = 'AKTIF'")
echo "killed job: $written rows in the register, job counted $counted; headcounts $heads, active employees $active"
[ "$written" = "$counted" ] || { echo "FAIL: a half-written import batch (rows and job counters differ)" >&2; exit 1; }
[ "$heads" = "$active" ] || { echo "FAIL: headcounts do not match the register after the kill" >&2; exit 1; }
start
id=$(import)
while :; do
  job=$(curl -sf -H "Authorization: Bearer $token" "localhost:$port/api/v1/employee-imports/$id")
  case "$job" in *'"status":"QUEUED"'*|*'"status":"RUNNING"'*) sleep 1 ;; *) break ;; esac
done
after=$(sql "SELECT COUNT(*) FROM employee")
echo "re-run job: $(echo "$job" | grep -o '"status":"[A-Z_]*"\|"inserted":[0-9]*\|"updated":[0-9]*\|"unchanged":[0-9]*\|"rejected":[0-9]*' | tr '\n' ' ')"
echo "employees: before $before, after $after, expected $(( before + rows ))"
[ "$after" = $(( before + rows )) ] || { echo "FAIL: the register does not hold exactly the imported rows" >&2; exit 1; }
echo "PASS"
