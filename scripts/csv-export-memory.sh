#!/usr/bin/env bash
# Measures the memory of a CSV export of the employee register (GET /api/v1/employees with
# Accept: text/csv) on the packaged MySQL/MariaDB build. For each register size it fills the scratch
# database netralitas_csvmem (dropped and re-created) through the bulk import, adds one employee whose
# name is a formula, then for each run starts a fresh service, streams the whole export through curl and
# samples the JVM every 0.5 s: heap used (jcmd GC.heap_info), old generation used (jstat) and resident
# memory (VmRSS). It prints the
# peaks of each run and their medians, and checks the export (row count, header, neutralised formula).
#
#   ./mvnw package -DskipTests -Pmysql && scripts/csv-export-memory.sh --rows "20000 200000" --runs 3
#
# --app DIR and --classes DIR take a copy of target/quarkus-app and target/classes instead. The service
# runs with -Xmx256m (the heap a small pod would give it), throwaway keys and no rate limit; its
# readiness is read on the management port (--management-port, default: --port + 1000).
set -euo pipefail
cd "$(dirname "$0")/.."

sizes="20000 200000"; runs=3; port=18090; mport=""; app=target/quarkus-app; classes=target/classes; xmx=256m
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) sizes=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --port) port=$2; shift 2 ;;
    --management-port) mport=$2; shift 2 ;;
    --app) app=$2; shift 2 ;;
    --classes) classes=$2; shift 2 ;;
    --xmx) xmx=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f "$app/quarkus-run.jar" ] || { echo "build first: ./mvnw package -DskipTests -Pmysql" >&2; exit 1; }
mport=${mport:-$((port + 1000))}   # health checks answer on the management port

work=$(mktemp -d)
pid=""
trap '[ -n "$pid" ] && kill $pid 2>/dev/null; rm -rf "$work"' EXIT
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
openssl pkey -in "$work/key.pem" -pubout -out "$work/pub.pem"
pii_key=$(openssl rand -base64 32)
export DB_URL=jdbc:mysql://127.0.0.1:3306/netralitas_csvmem

start() {
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/pub.pem" PII_ENCRYPTION_KEY=$pii_key QUARKUS_HTTP_PORT=$port MANAGEMENT_PORT=$mport \
    RATE_LIMIT_ENABLED=false QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    java -Xmx$xmx -jar "$app/quarkus-run.jar" > "$work/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do curl -sf "localhost:$mport/q/health/ready" >/dev/null && return; sleep 0.5; done
  echo "service did not start" >&2; tail -20 "$work/service.log" >&2; exit 1
}
stop() { kill $pid; wait $pid 2>/dev/null || true; pid=""; }
heap_kb() { jcmd $pid GC.heap_info 2>/dev/null | sed -n 's/.*used \([0-9]*\)K.*/\1/p' | head -1; }
rss_kb() { awk '/VmRSS/ {print $2}' /proc/$pid/status; }
# Old generation in use (jstat column OU): what survived young collections; it would grow with the row
# count if the export kept rows.
old_kb() { jstat -gc $pid 2>/dev/null | awk 'NR == 2 {printf "%d", $8}'; }
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1), heap -Xmx$xmx"
for rows in $sizes; do
  scripts/mariadb-setup.sh >/dev/null
  mariadb -uroot -e "DROP DATABASE IF EXISTS netralitas_csvmem; CREATE DATABASE netralitas_csvmem \
    CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; GRANT ALL ON netralitas_csvmem.* TO 'netralitas'@'localhost'; \
    GRANT ALL ON netralitas_csvmem.* TO 'netralitas'@'127.0.0.1';"
  java -cp "$classes" id.netralitas.employee.SyntheticEmployees --rows "$rows" --seed 42 --broken-every 0 \
    --out "$work/employees.csv"
  start
  token=$(scripts/dev-token.sh admin --key "$work/key.pem")
  id=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
    --data-binary @"$work/employees.csv" "localhost:$port/api/v1/employee-imports" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  while :; do
    job=$(curl -sf -H "Authorization: Bearer $token" "localhost:$port/api/v1/employee-imports/$id")
    case "$job" in *'"status":"QUEUED"'*|*'"status":"RUNNING"'*) sleep 1 ;; *) break ;; esac
  done
  echo "$rows rows imported: $(echo "$job" | grep -o '"inserted":[0-9]*')"
  curl -sf -o /dev/null -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"nip":"196001011985031001","name":"=HYPERLINK(\"http://x\",\"klik\")","employeeType":"PNS","golongan":"III/a",
         "jabatanCategory":"FUNGSIONAL","jabatanName":"Analis","agencyCode":"KOTA-74.71","regionCode":"74.71"}' \
    "localhost:$port/api/v1/employees" || echo "warning: could not add the formula employee"
  stop
  heaps=(); rsss=(); secs=(); olds=()
  for run in $(seq 1 "$runs"); do
    start
    token=$(scripts/dev-token.sh admin --key "$work/key.pem")
    curl -sf -o /dev/null -H "Authorization: Bearer $token" "localhost:$port/api/v1/employees?size=1"  # warm-up
    base_heap=$(heap_kb); base_rss=$(rss_kb); base_old=$(old_kb)
    t0=$(date +%s.%N)
    curl -sf -H "Authorization: Bearer $token" -H 'Accept: text/csv' "localhost:$port/api/v1/employees" \
      -o "$work/export.csv" &
    curl_pid=$!
    peak_heap=$base_heap; peak_rss=$base_rss; peak_old=$base_old
    while kill -0 $curl_pid 2>/dev/null; do
      h=$(heap_kb); r=$(rss_kb); o=$(old_kb)
      [ -n "$o" ] && [ "$o" -gt "$peak_old" ] && peak_old=$o
      [ -n "$h" ] && [ "$h" -gt "$peak_heap" ] && peak_heap=$h
      [ -n "$r" ] && [ "$r" -gt "$peak_rss" ] && peak_rss=$r
      sleep 0.5
    done
    wait $curl_pid
    t1=$(date +%s.%N)
    lines=$(wc -l < "$work/export.csv")
    head -c 200 "$work/export.csv" | head -1 | grep -q '^nip,name,' || { echo "no header" >&2; exit 1; }
    formula=$(grep -c "^196001011985031001,\"'=HYPERLINK" "$work/export.csv" || true)
    secs+=("$(echo "$t1 - $t0" | bc)")
    heaps+=("$peak_heap"); rsss+=("$peak_rss"); olds+=("$peak_old")
    echo "rows=$rows run=$run lines=$lines neutralised=$formula seconds=$(echo "$t1 - $t0" | bc) \
baseline_heap_mb=$((base_heap / 1024)) peak_heap_mb=$((peak_heap / 1024)) baseline_old_mb=$((base_old / 1024)) \
peak_old_mb=$((peak_old / 1024)) baseline_rss_mb=$((base_rss / 1024)) \
peak_rss_mb=$((peak_rss / 1024)) csv_mb=$(( $(stat -c %s "$work/export.csv") / 1048576 ))"
    stop
  done
  echo "rows=$rows median: peak_heap_mb=$(( $(printf '%s\n' "${heaps[@]}" | median) / 1024 )) \
peak_old_mb=$(( $(printf '%s\n' "${olds[@]}" | median) / 1024 )) \
peak_rss_mb=$(( $(printf '%s\n' "${rsss[@]}" | median) / 1024 )) seconds=$(printf '%s\n' "${secs[@]}" | median)"
done
