#!/usr/bin/env bash
# Webhook delivery across a crash and restart of the packaged service, against MariaDB.
#
# Starts a receiver that answers 500, registers a webhook, submits a report, waits for the first
# failed attempt, kills the service with SIGKILL (no shutdown hooks), lets the receiver answer 204,
# starts the service again and checks that the pending delivery arrives, once, with the same
# Webhook-Id and a valid signature, and that the delivery log shows the attempts before and after.
#
#   ./mvnw package -DskipTests -Pmysql && scripts/webhook-restart-check.sh [--port 18091] [--management-port 19091]
set -euo pipefail
cd "$(dirname "$0")/.."

port=18091; mport=""; app=target/quarkus-app
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
pid=""; receiver=""
trap '[ -n "$pid" ] && kill -9 $pid 2>/dev/null; [ -n "$receiver" ] && kill $receiver 2>/dev/null; rm -rf "$work"' EXIT
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
openssl pkey -in "$work/key.pem" -pubout -out "$work/pub.pem"
pii_key=$(openssl rand -base64 32)
secret=$(openssl rand -hex 24)

scripts/mariadb-setup.sh >/dev/null
mariadb -uroot -e "DROP DATABASE IF EXISTS netralitas_restart; CREATE DATABASE netralitas_restart \
  CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; GRANT ALL ON netralitas_restart.* TO 'netralitas'@'localhost'; \
  GRANT ALL ON netralitas_restart.* TO 'netralitas'@'127.0.0.1';"

# The receiver: 500 until the file "accept" exists, then 204; logs id, timestamp, signature check, status.
cat > "$work/receiver.py" <<'PY'
import hashlib, hmac, http.server, os, sys
work, secret = sys.argv[1], sys.argv[2].encode()
class Hook(http.server.BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        ts = self.headers["Webhook-Timestamp"]
        expected = "v1=" + hmac.new(secret, ts.encode() + b"." + body, hashlib.sha256).hexdigest()
        valid = hmac.compare_digest(expected, self.headers["Webhook-Signature"])
        status = 204 if os.path.exists(os.path.join(work, "accept")) else 500
        with open(os.path.join(work, "received.log"), "a") as log:
            log.write("%s %s %s\n" % (self.headers["Webhook-Id"], "valid" if valid else "INVALID", status))
        self.send_response(status)
        self.end_headers()
    def log_message(self, *args):
        pass
server = http.server.HTTPServer(("127.0.0.1", 0), Hook)
open(os.path.join(work, "receiver.port"), "w").write(str(server.server_address[1]))
server.serve_forever()
PY
python3 "$work/receiver.py" "$work" "$secret" & receiver=$!
for _ in $(seq 1 50); do [ -s "$work/receiver.port" ] && break; sleep 0.1; done
hook="http://127.0.0.1:$(cat "$work/receiver.port")/hook"
touch "$work/received.log"

start() {
  DB_URL=jdbc:mysql://127.0.0.1:3306/netralitas_restart MP_JWT_VERIFY_PUBLICKEY_LOCATION="$work/pub.pem" \
    PII_ENCRYPTION_KEY=$pii_key QUARKUS_HTTP_PORT=$port MANAGEMENT_PORT=$mport RATE_LIMIT_ENABLED=false QUARKUS_LOG_CONSOLE_JSON_ENABLED=false \
    WEBHOOK_ALLOW_PRIVATE_TARGETS=true WEBHOOK_BACKOFF_BASE=PT3S \
    java -jar "$app/quarkus-run.jar" >> "$work/service.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 240); do curl -sf "localhost:$mport/q/health/ready" >/dev/null && return; sleep 0.5; done
  echo "service did not start" >&2; tail -20 "$work/service.log" >&2; exit 1
}
wait_for() { # seconds, pattern
  for _ in $(seq 1 $(( $1 * 2 ))); do grep -q "$2" "$work/received.log" && return 0; sleep 0.5; done
  echo "timed out waiting for: $2" >&2; cat "$work/received.log" >&2; exit 1
}

start
token=$(scripts/dev-token.sh admin --key "$work/key.pem")
subscription=$(curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"url\":\"$hook\",\"eventTypes\":[\"REPORT_CREATED\"],\"secret\":\"$secret\"}" \
  "localhost:$port/api/v1/webhook-subscriptions" | sed 's/.*"id":"\([^"]*\)".*/\1/')
curl -sf -o /dev/null -X POST -H 'Content-Type: application/json' -d '{"electionCode":"PEMILU-2024",
  "incidentDate":"2024-01-10","knownDate":"2024-01-11","incidentRegionCode":"74.71",
  "description":"Kepala seksi mengunggah dukungan kepada calon anggota legislatif di media sosial.",
  "violationTypeCodes":["D-06"],"anonymous":true,
  "reportedEmployees":[{"name":"La Ode Rahman","agencyText":"Dinas Pendidikan Kota Kendari"}]}' \
  "localhost:$port/api/v1/reports"
wait_for 30 " 500$"
kill -9 $pid; wait $pid 2>/dev/null || true; pid=""
echo "service killed after: $(cat "$work/received.log" | tr '\n' ';')"
delivery=$(head -1 "$work/received.log" | cut -d' ' -f1)

touch "$work/accept"
start
wait_for 60 "^$delivery valid 204$"
sleep 3
log=$(curl -sf -H "Authorization: Bearer $token" "localhost:$port/api/v1/webhook-subscriptions/$subscription/deliveries")
successes=$(grep -c " 204$" "$work/received.log")
invalid=$(grep -c "INVALID" "$work/received.log" || true)
others=$(grep -vc "^$delivery " "$work/received.log" || true)
echo "received: $(cat "$work/received.log" | tr '\n' ';')"
echo "delivery log: $log"
[ "$successes" = 1 ] && [ "$invalid" = 0 ] && [ "$others" = 0 ] \
  && echo "$log" | grep -q '"status":"DELIVERED"' \
  || { echo "FAIL: expected one signed delivery after the restart" >&2; exit 1; }
echo "PASS: the delivery pending at the crash arrived once after the restart, signed, with the same Webhook-Id"
