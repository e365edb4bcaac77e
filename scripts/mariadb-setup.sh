#!/usr/bin/env bash
# Makes sure a local MariaDB/MySQL server is running and that the databases and the user the
# service and its tests use exist. Idempotent; safe to run before every build.
#
#   scripts/mariadb-setup.sh            # databases netralitas and netralitas_test, user netralitas
#
# Environment: DB_ADMIN_USER (default root, over the local socket), DB_APP_USER / DB_APP_PASSWORD
# (default netralitas / netralitas).
set -euo pipefail

admin_user=${DB_ADMIN_USER:-root}
app_user=${DB_APP_USER:-netralitas}
app_password=${DB_APP_PASSWORD:-netralitas}
client=$(command -v mariadb || command -v mysql || true)
[ -n "$client" ] || { echo "mariadb-setup: no mariadb/mysql client found (apt-get install mariadb-server)" >&2; exit 1; }

sql() { "$client" -u"$admin_user" --protocol=socket -N -e "$1"; }

if ! sql "SELECT 1" >/dev/null 2>&1; then
  echo "mariadb-setup: starting the MariaDB server"
  if command -v start-stop-daemon >/dev/null && [ -x /usr/sbin/mariadbd ]; then
    start-stop-daemon --start --oknodo --background --exec /usr/sbin/mariadbd
  elif command -v service >/dev/null; then
    service mariadb start || service mysql start
  fi
  for _ in $(seq 1 60); do
    sql "SELECT 1" >/dev/null 2>&1 && break
    sleep 0.5
  done
  sql "SELECT 1" >/dev/null || { echo "mariadb-setup: the server did not come up" >&2; exit 1; }
fi

for db in netralitas netralitas_test; do
  sql "CREATE DATABASE IF NOT EXISTS \`$db\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
done
for host in localhost 127.0.0.1; do
  sql "CREATE USER IF NOT EXISTS '$app_user'@'$host' IDENTIFIED BY '$app_password'"
  sql "GRANT ALL PRIVILEGES ON \`netralitas\`.* TO '$app_user'@'$host'"
  sql "GRANT ALL PRIVILEGES ON \`netralitas_test\`.* TO '$app_user'@'$host'"
done
echo "mariadb-setup: ready ($("$client" -u"$admin_user" --protocol=socket -N -e 'SELECT VERSION()'))"
