# Sourced by scripts/test and scripts/demo: make .venv with what the project needs, once per pyproject change.
# Usage: bootstrap EXTRAS   (e.g. "test,dev" or "" for the runtime only)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="${PYTHON:-python3}"

bootstrap() {
  local extras="$1" spec="." stamp
  [ -n "$extras" ] && spec=".[${extras}]"
  if [ ! -x "$ROOT/.venv/bin/python" ]; then
    "$PY" -m venv "$ROOT/.venv"
  fi
  stamp="$ROOT/.venv/.brokerspec-$(echo "$extras" | tr ',' '-')-$(sha256sum "$ROOT/pyproject.toml" | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    echo "brokerspec: installing into .venv (first run or pyproject changed)..." >&2
    local log="$ROOT/.venv/install.log"
    # Quiet on success; the whole pip log on failure.
    if ! { "$ROOT/.venv/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip &&
           "$ROOT/.venv/bin/python" -m pip install -q --disable-pip-version-check \
             -e "$ROOT$([ -n "$extras" ] && echo "[$extras]")"; } >"$log" 2>&1; then
      cat "$log" >&2
      echo "brokerspec: installation failed (log above, also in $log)" >&2
      return 1
    fi
    touch "$stamp"
  fi
}

bootstrap_linter() {
  # Redocly CLI, pinned; local to the checkout, no global install.
  local want="2.77.0"
  if [ "$("$ROOT/.cache/lint/node_modules/.bin/redocly" --version 2>/dev/null || true)" != "$want" ]; then
    npm install --silent --prefix "$ROOT/.cache/lint" --no-audit --no-fund --no-save "@redocly/cli@$want" >/dev/null
  fi
}

bootstrap_mcp_ts() {
  # The TypeScript MCP SDK and the MCP Inspector CLI, independent MCP clients for tests/test_ts_client.py:
  # every version pinned by tests/ts/package-lock.json; local to the checkout; reinstalled only when it changes.
  local src="$ROOT/tests/ts" dir="$ROOT/.cache/mcp-ts" stamp log
  stamp="$dir/.installed-$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    cp "$src/package.json" "$src/package-lock.json" "$dir/"
    log="$dir/install.log"
    # Quiet on success; the whole npm log on failure.
    if ! npm ci --prefix "$dir" --no-audit --no-fund --ignore-scripts >"$log" 2>&1; then
      cat "$log" >&2
      echo "brokerspec: installing the TypeScript MCP SDK failed (log above, also in $log)" >&2
      return 1
    fi
    touch "$stamp"
  fi
}

bootstrap_kalshi_sdk() {
  # Kalshi's official SDK, pinned and hash-checked, unzipped into .cache/ (never installed): the independent
  # oracle of the tests (tests/oracle/) and the drift report's --vendor mode read it. scripts/fetch_kalshi_sdk.py
  # is the one place that fetches it (scripts/bench uses it too).
  "$ROOT/.venv/bin/python" "$ROOT/scripts/fetch_kalshi_sdk.py" >/dev/null
}
