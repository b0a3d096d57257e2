# Sourced by scripts/test: the system packages of the storage suite's real services (tests/store/), PostgreSQL
# and Redis, installed when missing. The tests start their own servers on 127.0.0.1 (random ports, temporary
# directories) and stop them; nothing is started here. Idempotent, and instant when both are installed.

bootstrap_services() {
  local missing=()
  compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null || missing+=(postgresql)
  command -v redis-server >/dev/null || [ -x /usr/bin/redis-server ] || missing+=(redis-server)
  [ "${#missing[@]}" -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "brokerspec: ${missing[*]} missing and not root: the storage tests will skip (fail under CI=true)" >&2
    return 0
  fi
  echo "brokerspec: installing ${missing[*]} for the storage tests..." >&2
  local log="${TMPDIR:-/tmp}/brokerspec-services-install.log"
  # Debian's packages start their service when a service manager exists; the tests use their own servers.
  if ! { DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" ||
         { apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"; }; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "brokerspec: installing ${missing[*]} failed (log above, also in $log)" >&2
    return 1
  fi
}
