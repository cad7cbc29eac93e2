#!/usr/bin/env bash
# Starts the test site's MariaDB and web server if they are not running (after setup.sh has made them).
#   MariaDB: mariadbd on a Unix socket in $TC_WP_DIR, no TCP port (--skip-networking).
#   Web: PHP's built-in server on 127.0.0.1:$TC_WP_PORT only, 4 workers, opcache on, router.php for /wp-content.
# Both run in their own session (setsid), so stop.sh can end each with its whole process group, by id.
set -euo pipefail
. "$(dirname "$0")/env.sh"

if ! tc_db_ping; then
  if [ ! -d "$TC_WP_DIR/mysql/mysql" ]; then
    tc_log "no database in $TC_WP_DIR/mysql: run scripts/wordpress/setup.sh first"
    exit 1
  fi
  rm -f "$TC_WP_SOCKET"
  setsid "$(tc_mariadbd)" --no-defaults --user="$(id -un)" \
    --datadir="$TC_WP_DIR/mysql" --socket="$TC_WP_SOCKET" --pid-file="$TC_WP_DIR/mysqld.pid" \
    --log-error="$TC_WP_DIR/mysqld.log" --skip-networking --skip-log-bin \
    --innodb-buffer-pool-size=64M --innodb-log-file-size=16M --innodb-flush-log-at-trx-commit=2 \
    --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
    </dev/null >/dev/null 2>&1 &
  tc_wait_for tc_db_ping 150 0.2 MariaDB "$TC_WP_DIR/mysqld.log"
  tc_log "MariaDB started (socket $TC_WP_SOCKET)"
fi

if ! tc_pid "$TC_WP_DIR/php-server.pid" >/dev/null; then
  if tc_http_up; then
    tc_log "something else listens on $TC_WP_HOST:$TC_WP_PORT: stop it or set TC_WP_PORT"
    exit 1
  fi
  # Each worker serves one request at a time; the block editor asks for many scripts at once.
  TC_WP_CONTENT="$TC_WP_CONTENT" PHP_CLI_SERVER_WORKERS=${TC_WP_WORKERS:-4} setsid php \
    -d opcache.enable_cli=1 -d opcache.validate_timestamps=1 -d opcache.revalidate_freq=0 \
    -d memory_limit=256M -d sendmail_path=/bin/true -d display_errors=0 -d log_errors=1 -d error_log="$TC_WP_DIR/php-errors.log" \
    -S "$TC_WP_HOST:$TC_WP_PORT" -t "$TC_WP_ROOT" "$TC_WP_SCRIPTS/router.php" \
    </dev/null >"$TC_WP_DIR/php-server.log" 2>&1 &
  echo $! >"$TC_WP_DIR/php-server.pid"
  tc_wait_for tc_http_up 100 0.1 "PHP's server" "$TC_WP_DIR/php-server.log"
  tc_log "serving $TC_WP_ROOT on $TC_WP_URL"
fi
