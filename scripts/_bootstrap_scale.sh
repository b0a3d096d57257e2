# Sourced by scripts/test: HAProxy from the Debian packages, for the scale test (tests/test_scale.py) and
# scripts/bench_scale. Idempotent: nothing happens when `haproxy` is already on PATH.
bootstrap_scale() {
  if command -v haproxy >/dev/null 2>&1; then
    return 0
  fi
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "brokerspec: installing haproxy (scale test)..." >&2
  if ! { $sudo apt-get update -qq && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends haproxy; } >/dev/null 2>&1; then
    echo "brokerspec: could not install haproxy; tests/test_scale.py will be skipped" >&2
    return 0
  fi
  # The package starts a system HAProxy on :80 where an init system exists; the tests run their own.
  $sudo systemctl disable --now haproxy >/dev/null 2>&1 || $sudo service haproxy stop >/dev/null 2>&1 || true
}
