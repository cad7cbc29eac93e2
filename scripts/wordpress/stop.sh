#!/usr/bin/env bash
# Stops the test site's web server and MariaDB (only the processes start.sh started, by their ids).
#   stop.sh           stop; keep the database, the config file and the plugin for a fast next run
#   stop.sh --purge   also remove $TC_WP_DIR, /etc/wordpress/config-127.0.0.1.php and the installed plugin
set -uo pipefail
. "$(dirname "$0")/env.sh"
tc_lock

stop_group() { # pid file, name
  local pid
  pid=$(tc_pid "$1") || { rm -f "$1"; return 0; }
  # setsid made the process a group leader: its group holds it and the workers it forked.
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null
  for _ in $(seq 1 100); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$pid" 2>/dev/null; then
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null
  fi
  rm -f "$1"
  tc_log "stopped $2 ($pid)"
}

stop_group "$TC_WP_DIR/php-server.pid" "PHP's server"
stop_group "$TC_WP_DIR/mysqld.pid" "MariaDB"

if [ "${1:-}" = "--purge" ]; then
  if [ -f "$TC_WP_CONFIG" ] && grep -q 'treatment-compare scripts/wordpress' "$TC_WP_CONFIG"; then
    rm -f "$TC_WP_CONFIG"
  fi
  rm -rf "$TC_WP_CONTENT/plugins/treatment-compare" "$TC_WP_CONTENT/uploads/treatment-compare" "$TC_WP_DIR"
  tc_log "removed $TC_WP_DIR, $TC_WP_CONFIG, the installed plugin and its files in uploads"
fi
