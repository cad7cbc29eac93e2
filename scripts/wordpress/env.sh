# Shared settings for scripts/wordpress/*.sh (sourced, not run).
#
# A throwaway WordPress for the real-WordPress tests (test/wordpress/), built from Debian's packages:
#   - MariaDB runs as its own process with its data, socket and logs under $TC_WP_DIR (no TCP port at all);
#   - PHP's built-in server serves /usr/share/wordpress on 127.0.0.1:$TC_WP_PORT only, with a router that maps
#     /wp-content to Debian's WP_CONTENT_DIR (/var/lib/wordpress/wp-content);
#   - WordPress reads its settings from /etc/wordpress/config-127.0.0.1.php (Debian's wp-config.php picks the
#     file by host name), written by setup.sh.
# Everything the scripts create lives in $TC_WP_DIR, except that config file and the plugin directory
# /var/lib/wordpress/wp-content/plugins/treatment-compare (where WordPress looks for plugins).

TC_WP_DIR=${TC_WP_DIR:-/tmp/treatment-compare-wordpress}
TC_WP_PORT=${TC_WP_PORT:-8890}
TC_WP_HOST=127.0.0.1
TC_WP_URL="http://$TC_WP_HOST:$TC_WP_PORT"
TC_WP_ROOT=/usr/share/wordpress
TC_WP_CONTENT=/var/lib/wordpress/wp-content
TC_WP_CONFIG=/etc/wordpress/config-$TC_WP_HOST.php
TC_WP_SOCKET="$TC_WP_DIR/mysqld.sock"
TC_WP_DB=treatment_compare_wp
TC_WP_DB_USER=treatment_compare
TC_WP_SCRIPTS="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export TC_WP_DIR TC_WP_PORT TC_WP_HOST TC_WP_URL TC_WP_ROOT TC_WP_CONTENT TC_WP_CONFIG TC_WP_SOCKET

tc_log() { printf '[wordpress] %s\n' "$*" >&2; }

# The pid in a pid file, if that process is alive.
tc_pid() {
  local file=$1 pid
  [ -s "$file" ] || return 1
  pid=$(cat "$file")
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null && echo "$pid"
}

tc_mariadbd() { command -v mariadbd || command -v mysqld || ls /usr/sbin/mariadbd /usr/sbin/mysqld 2>/dev/null | head -n 1; }

tc_db_ping() { mariadb-admin --no-defaults --socket="$TC_WP_SOCKET" -uroot ping >/dev/null 2>&1; }

tc_http_up() { (exec 3<>"/dev/tcp/$TC_WP_HOST/$TC_WP_PORT") 2>/dev/null; }

# Waits for `check` (a command) to succeed, trying `tries` times `pause` seconds apart; if it never does, says
# what did not start, shows the end of its log and exits.
tc_wait_for() {
  local check=$1 tries=$2 pause=$3 what=$4 log=$5
  for _ in $(seq 1 "$tries"); do
    "$check" && return 0
    sleep "$pause"
  done
  "$check" && return 0
  tc_log "$what did not start; see $log"
  tail -n 20 "$log" >&2 || true
  exit 1
}

# Runs PHP with WordPress loaded as if for a request to the test site (see wp-cli.php).
tc_wp_php() { php -d display_errors=stderr -d sendmail_path=/bin/true "$TC_WP_SCRIPTS/wp-cli.php" "$@"; }

# One user of the site at a time: setup.sh, stop.sh and test/wordpress/run.mjs take $TC_WP_DIR.lock (a directory
# holding the owner's pid), waiting up to 15 minutes for a live owner. run.mjs passes TC_WP_LOCK_OWNER to the
# scripts it runs, which then use its lock.
TC_WP_LOCK="$TC_WP_DIR.lock"
tc_lock() {
  local holder waited=0
  if [ -n "${TC_WP_LOCK_OWNER:-}" ] && [ "$(cat "$TC_WP_LOCK/pid" 2>/dev/null)" = "$TC_WP_LOCK_OWNER" ]; then
    return 0
  fi
  until mkdir "$TC_WP_LOCK" 2>/dev/null; do
    holder=$(cat "$TC_WP_LOCK/pid" 2>/dev/null || true)
    if { [ -n "$holder" ] && ! kill -0 "$holder" 2>/dev/null; } ||
      { [ -z "$holder" ] && [ $(($(date +%s) - $(stat -c %Y "$TC_WP_LOCK" 2>/dev/null || date +%s))) -gt 5 ]; }; then
      rm -rf "$TC_WP_LOCK" # its owner is gone
      continue
    fi
    [ "$waited" = 0 ] && tc_log "waiting for process ${holder:-?}, which is using the test site ($TC_WP_LOCK)"
    waited=$((waited + 1))
    if [ "$waited" -gt 900 ]; then
      tc_log "gave up waiting for $TC_WP_LOCK"
      return 1
    fi
    sleep 1
  done
  echo $$ >"$TC_WP_LOCK/pid"
  tc_on_exit 'rm -rf "$TC_WP_LOCK"'
}

# Runs each command given at exit (several cleanups share the one EXIT trap).
TC_EXIT_COMMANDS=()
tc_on_exit() {
  TC_EXIT_COMMANDS+=("$1")
  trap 'for tc_command in "${TC_EXIT_COMMANDS[@]}"; do eval "$tc_command"; done' EXIT
}
