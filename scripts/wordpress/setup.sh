#!/usr/bin/env bash
# Makes (or refreshes) the WordPress the real-WordPress tests run against, then leaves it running:
#   1. installs Debian's packages if missing (wordpress, its Twenty Twenty-Three theme, mariadb-server, PHP);
#   2. creates a MariaDB data directory in $TC_WP_DIR and starts MariaDB and PHP's server (start.sh);
#   3. creates the database and its user, writes /etc/wordpress/config-127.0.0.1.php;
#   4. installs WordPress (wp_install(), no wp-cli) with Twenty Twenty-Three, an Administrator, an Editor and an
#      Author, each with an application password for the REST API;
#   5. unzips the plugin into wp-content/plugins/treatment-compare and activates it (activate_plugin()).
# Idempotent: a second run reuses the database and only reinstalls the plugin (a second or two).
# Writes $TC_WP_DIR/state.json (site address, versions, users and their passwords) for the tests.
#
# Usage: scripts/wordpress/setup.sh [path/to/treatment-compare-wordpress.zip]   (default: dist/…)
set -euo pipefail
. "$(dirname "$0")/env.sh"
cd "$TC_WP_SCRIPTS/../.."
zip=${1:-dist/treatment-compare-wordpress.zip}
tc_lock
[ -f "$zip" ] || { tc_log "no plugin zip at $zip (npm run build writes it)"; exit 1; }
zip=$(realpath "$zip")

# 1. Packages
need=()
[ -f "$TC_WP_ROOT/wp-settings.php" ] || need+=(wordpress)
[ -f "$TC_WP_ROOT/wp-content/themes/twentytwentythree/theme.json" ] || need+=(wordpress-theme-twentytwentythree)
{ [ -n "$(tc_mariadbd)" ] && command -v mariadb-install-db >/dev/null; } || need+=(mariadb-server)
command -v php >/dev/null || need+=(php-cli)
command -v unzip >/dev/null || need+=(unzip)
if command -v php >/dev/null; then
  modules=$(php -m)
  for pair in mysqli:php-mysql dom:php-xml mbstring:php-mbstring curl:php-curl zip:php-zip; do
    grep -qix "${pair%%:*}" <<<"$modules" || need+=("${pair#*:}")
  done
else
  need+=(php-mysql php-xml php-mbstring php-curl php-zip)
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    tc_log "missing: ${need[*]}; install them (Debian: apt-get install ${need[*]}) or run this as root"
    exit 1
  fi
  tc_log "installing ${need[*]}"
  # Keep the packages' own services (apache2 on port 80, the system MariaDB) from starting: we start our own.
  made_policy=
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && made_policy=1
  fi
  tc_on_exit '[ -n "$made_policy" ] && rm -f /usr/sbin/policy-rc.d; made_policy='
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq -o DPkg::Lock::Timeout=300 "${need[@]}" >/dev/null
  [ -n "$made_policy" ] && rm -f /usr/sbin/policy-rc.d
  made_policy=
fi

# 2. Database files, then the servers
mkdir -p "$TC_WP_DIR"
chmod 700 "$TC_WP_DIR"
if [ ! -d "$TC_WP_DIR/mysql/mysql" ]; then
  tc_log "creating a MariaDB data directory in $TC_WP_DIR/mysql"
  rm -rf "$TC_WP_DIR/mysql"
  mariadb-install-db --no-defaults --user="$(id -un)" --datadir="$TC_WP_DIR/mysql" \
    --auth-root-authentication-method=normal --skip-test-db >"$TC_WP_DIR/mariadb-install-db.log" 2>&1 \
    || { tail -n 20 "$TC_WP_DIR/mariadb-install-db.log" >&2; exit 1; }
fi
"$TC_WP_SCRIPTS/start.sh"

# 3. Database, user and WordPress's config file
[ -s "$TC_WP_DIR/db-password" ] || php -r 'echo bin2hex(random_bytes(16));' >"$TC_WP_DIR/db-password"
db_password=$(cat "$TC_WP_DIR/db-password")
mariadb --no-defaults --socket="$TC_WP_SOCKET" -uroot <<SQL
CREATE DATABASE IF NOT EXISTS $TC_WP_DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
CREATE USER IF NOT EXISTS '$TC_WP_DB_USER'@'localhost' IDENTIFIED BY '$db_password';
ALTER USER '$TC_WP_DB_USER'@'localhost' IDENTIFIED BY '$db_password';
GRANT ALL PRIVILEGES ON $TC_WP_DB.* TO '$TC_WP_DB_USER'@'localhost';
SQL

if [ -f "$TC_WP_CONFIG" ] && ! grep -q 'treatment-compare scripts/wordpress' "$TC_WP_CONFIG"; then
  tc_log "$TC_WP_CONFIG exists and was not written by these scripts: move it away first"
  exit 1
fi
[ -s "$TC_WP_DIR/salts.php" ] || php -r '
  foreach (["AUTH_KEY","SECURE_AUTH_KEY","LOGGED_IN_KEY","NONCE_KEY","AUTH_SALT","SECURE_AUTH_SALT","LOGGED_IN_SALT","NONCE_SALT"] as $k)
    printf("define(%s, %s);\n", var_export($k, true), var_export(bin2hex(random_bytes(32)), true));' >"$TC_WP_DIR/salts.php"
mkdir -p /etc/wordpress
config=$(mktemp)
cat >"$config" <<PHP
<?php
// Written by treatment-compare scripts/wordpress/setup.sh for its tests; stop.sh --purge removes it.
define('DB_NAME', '$TC_WP_DB');
define('DB_USER', '$TC_WP_DB_USER');
define('DB_PASSWORD', '$db_password');
define('DB_HOST', 'localhost:$TC_WP_SOCKET');
define('DB_CHARSET', 'utf8mb4');
define('WP_CONTENT_DIR', '$TC_WP_CONTENT');
// Application passwords need HTTPS, or an environment type of "local".
define('WP_ENVIRONMENT_TYPE', 'local');
define('DISALLOW_FILE_MODS', false);
define('FS_METHOD', 'direct');
// Offline: no calls to wordpress.org (they would only wait for a timeout), no cron requests, no updates.
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
define('AUTOMATIC_UPDATER_DISABLED', true);
// Notices go to a log the tests read, never into pages.
define('WP_DEBUG', true);
define('WP_DEBUG_DISPLAY', false);
define('WP_DEBUG_LOG', '$TC_WP_DIR/debug.log');
$(cat "$TC_WP_DIR/salts.php")
\$table_prefix = 'wp_';
PHP
if ! cmp -s "$config" "$TC_WP_CONFIG"; then
  install -m 644 "$config" "$TC_WP_CONFIG"
  tc_log "wrote $TC_WP_CONFIG"
fi
rm -f "$config"

# 4. WordPress
tc_wp_php install

# 5. The plugin, from the zip
unpacked=$(mktemp -d "$TC_WP_DIR/plugin.XXXXXX")
unzip -q "$zip" -d "$unpacked"
if [ ! -d "$unpacked/treatment-compare" ]; then
  tc_log "$zip has no treatment-compare/ directory at its top: $(ls "$unpacked" | tr '\n' ' ')"
  rm -rf "$unpacked"
  exit 1
fi
# The zip's files all carry one fixed date (the build is reproducible), so a PHP server that is still running from
# an earlier setup (TC_WP_KEEP=1) would see the same timestamps and keep running its opcache'd copy of the old
# code: the installed files get the time of installing instead.
find "$unpacked/treatment-compare" -exec touch {} +
mkdir -p "$TC_WP_CONTENT/plugins"
rm -rf "$TC_WP_CONTENT/plugins/treatment-compare"
mv "$unpacked/treatment-compare" "$TC_WP_CONTENT/plugins/treatment-compare"
rm -rf "$unpacked"
cp "$zip" "$TC_WP_DIR/installed-plugin.zip"

tc_wp_php configure treatment-compare
tc_log "ready: $TC_WP_URL (details in $TC_WP_DIR/state.json; stop with scripts/wordpress/stop.sh)"
