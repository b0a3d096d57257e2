# Sourced by scripts/test after _bootstrap.sh: one venv per agent framework whose real library
# tests/frameworks/ drives against `brokerspec serve --sandbox` (OpenAI Agents SDK, PydanticAI,
# google-genai). Each is kept apart from .venv so its pins never move ours; each is installed from
# tests/frameworks/NAME/requirements.txt (every package pinned and hash-checked, written by
# tests/frameworks/lock.py) into .cache/frameworks/NAME/, and reinstalled only when that file changes.

bootstrap_frameworks() {
  local name
  for name in openai_agents pydantic_ai google_genai; do
    _bootstrap_framework "$name" || return 1
  done
}

_bootstrap_framework() {
  local name="$1" lock dir stamp log
  lock="$ROOT/tests/frameworks/$name/requirements.txt"
  dir="$ROOT/.cache/frameworks/$name"
  stamp="$dir/.installed-$(sha256sum "$lock" | cut -c1-16)"
  [ -f "$stamp" ] && [ -x "$dir/bin/python" ] && return 0
  echo "brokerspec: installing the $name test venv into .cache/frameworks/$name..." >&2
  rm -rf "$dir" && mkdir -p "$(dirname "$dir")"
  log="$(mktemp)"
  # Quiet on success; the whole pip log on failure.
  if ! { "$PY" -m venv "$dir" &&
         "$dir/bin/python" -m pip install -q --disable-pip-version-check --no-deps --require-hashes \
           --only-binary=:all: -r "$lock"; } >"$log" 2>&1; then
    cat "$log" >&2
    echo "brokerspec: installing the $name test venv failed (log above)" >&2
    rm -f "$log"
    return 1
  fi
  rm -f "$log"
  touch "$stamp"
}
