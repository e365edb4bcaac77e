#!/usr/bin/env bash
# Measures bulk-import throughput of the packaged service: for each run it starts the service on an
# empty register, imports a generated CSV (SyntheticEmployees, 1% broken rows) and prints rows/s
# from the job's own start and finish times, then the median. Build the flavour first:
#
#   ./mvnw package -DskipTests            && scripts/import-throughput.sh --rows 100000 --runs 3
#   ./mvnw package -DskipTests -Pmysql    && scripts/import-throughput.sh --rows 100000 --runs 3 --mysql
#
# --mysql imports into the scratch database netralitas_throughput on the local MariaDB/MySQL, which
# the script drops and re-creates before every run. The service runs with throwaway keys.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=100000; runs=3; mysql=false; port=18080; mport=""
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) rows=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --mysql) mysql=true; shift ;;
    --port) port=$2; shift 2 ;;
    --management-port) mport=$2; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
[ -f target/quarkus-app/quarkus-run.jar ] || { echo "build first: ./mvnw package -DskipTests [-Pmysql]" >&2; exit 1; }
mport=${mport:-$((port + 1000))}   # health checks answer on the management port

work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; rm -rf "$work"' EXIT
pid=""
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
openssl pkey -in "$work/key.pem" -pubout -out "$work/pub.pem"
java -cp target/classes id.netralitas.employee.SyntheticEmployees --rows "$rows" --seed 42 --broken-every 100 \
  --out "$work/employees.csv"
echo "file: $rows rows, $(du -h "$work/employees.csv" | cut -f1)"

results=()
for run in $(seq 1 "$runs"); do
  if $mysql; then
    scripts/mariadb-setup.sh >/dev/null
    mariadb -uroot -e "DROP DATABASE IF EXISTS netralitas_throughput; CREATE DATABASE netralitas_throughput \
      CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; GRANT ALL ON netralitas_throughput.* TO 'netralitas'@'localhost'; \
      GRANT ALL ON netralitas_throughput.* TO 'netralitas'@'127.0.0.1';"
    export DB_URL=jdbc:mysql://127.0.0.1:3306/netralitas_throughput
  fi
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/pub.pem" PII_ENCRYPTION_KEY=$(openssl rand -base64 32) \
    QUARKUS_HTTP_PORT=$port MANAGEMENT_PORT=$mport RATE_LIMIT_ENABLED=false QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    java -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 120); do curl -sf "localhost:$mport/q/health/ready" >/dev/null && break; sleep 0.5; done
  token=$(scripts/dev-token.sh admin --key "$work/key.pem")
  id=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: text/csv' \
    --data-binary @"$work/employees.csv" "localhost:$port/api/v1/employee-imports" | sed 's/.*"id":"\([^"]*\)".*/\1/')
  while :; do
    job=$(curl -sf -H "Authorization: Bearer $token" "localhost:$port/api/v1/employee-imports/$id")
    case "$job" in *'"status":"QUEUED"'*|*'"status":"RUNNING"'*) sleep 0.5 ;; *) break ;; esac
  done
  rate=$(python3 -c "
import json, sys, datetime
j = json.loads(sys.argv[1])
t = lambda s: datetime.datetime.fromisoformat(s.replace('Z', '+00:00'))
secs = (t(j['finishedAt']) - t(j['startedAt'])).total_seconds()
print(f\"{j['status']} read={j['rowsRead']} inserted={j['inserted']} rejected={j['rejected']} seconds={secs:.1f} rows/s={j['rowsRead']/secs:.0f}\")
" "$job")
  echo "run $run: $rate"
  results+=("$(echo "$rate" | sed 's/.*rows\/s=//')")
  kill $pid; wait $pid 2>/dev/null || true; pid=""
done
printf '%s\n' "${results[@]}" | sort -n | awk '{a[NR]=$1} END {print "median rows/s: " a[int((NR+1)/2)]}'
