"""`scripts/bench --quick` runs end to end and writes every section with numbers (no timing goals asserted:
machines are noisy; the goals are reported by the script itself)."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "scripts" / "bench"


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


@pytest.mark.slow
def test_bench_quick_writes_every_section(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [sys.executable, str(BENCH), "--quick", "--json", str(out)],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=90,
        env={**os.environ, "BROKERSPEC_NO_REEXEC": "1"},
    )
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-4000:]
    assert "goals met" in proc.stdout
    results = json.loads(out.read_text())

    for section in ("meta", "startup", "call_overhead", "parsing", "size", "memory", "goals"):
        assert section in results, section

    startup = results["startup"]
    for key in ("brokerspec_ms", "minimal_ms", "ratio"):
        assert _number(startup[key]) and startup[key] > 0, key
    assert startup["tools"] > 1

    calls = results["call_overhead"]
    for path in ("direct_httpx", "in_process", "stdio"):
        assert _number(calls[path]["p50_ms"]) and calls[path]["n"] > 0, path
    assert _number(calls["in_process_added_ms_p50"]) and _number(calls["stdio_added_ms_p50"])

    rows = results["parsing"]["rows"]
    assert {(r["shape"], r["kind"]) for r in rows} >= {("2026", "fills"), ("2026", "orders")}
    for r in rows:
        assert _number(r["json_loads_ms"]) and _number(r["generated_ms"])
        assert _number(r.get("sdk_ms")) or isinstance(r.get("sdk"), str)

    size = results["size"]
    assert _number(size["tool_list_tokens"]) and size["tool_list_tokens"] > 0
    assert size["responses"] and all(_number(r["text_tokens"]) for r in size["responses"])
    assert not any(r["is_error"] for r in size["responses"])
    fills = next(r for r in size["responses"] if r["tool"] == "kalshi_list_fills")
    assert fills["items"] == 100  # a full maximum page: the sandbox was seeded past it

    memory = results["memory"]
    for key in ("rss_after_startup_kib", "rss_after_first_call_kib", "rss_after_calls_kib"):
        assert _number(memory[key]) and memory[key] > 0, key

    assert all(isinstance(g["met"], bool) for g in results["goals"])
