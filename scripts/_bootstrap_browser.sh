# Sourced by scripts/test: what tests/test_ui_browser.py needs to render the MCP Apps views in a real browser.
#   - headless Chromium from the Debian packages (/usr/bin/chromium; Playwright drives it, downloads none);
#   - the official MCP Apps host bridge (@modelcontextprotocol/ext-apps) and esbuild, every version pinned by
#     tests/browser/package-lock.json, into .cache/ui-browser/; reinstalled only when the lockfile changes.
# The Python driver (playwright) comes with the "test" extra of pyproject.toml.

bootstrap_browser() {
  local src="$ROOT/tests/browser" dir="$ROOT/.cache/ui-browser" stamp log
  if [ ! -x /usr/bin/chromium ]; then
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo -n"
    echo "brokerspec: installing chromium (Debian) for the browser tests..." >&2
    if ! { $sudo apt-get install -y -q chromium >/dev/null 2>&1 ||
           { $sudo apt-get update -q >/dev/null && $sudo apt-get install -y -q chromium >/dev/null; }; }; then
      echo "brokerspec: could not install chromium (apt-get install chromium, as root)" >&2
      return 1
    fi
  fi
  stamp="$dir/.installed-$(cat "$src/package.json" "$src/package-lock.json" | sha256sum | cut -c1-16)"
  if [ ! -f "$stamp" ]; then
    rm -rf "$dir" && mkdir -p "$dir"
    cp "$src/package.json" "$src/package-lock.json" "$dir/"
    log="$dir/install.log"
    # --ignore-scripts: esbuild's binary comes from its platform package, no install script needed.
    if ! (cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts) >"$log" 2>&1; then
      cat "$log" >&2
      echo "brokerspec: installing the MCP Apps host bridge failed (log above, also in $log)" >&2
      return 1
    fi
    touch "$stamp"
  fi
}
