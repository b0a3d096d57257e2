"""Project-wide gates that run with the test command: spec validity, lint, generated code freshness, types."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
SPECS = sorted(p for p in (ROOT / "openapi").glob("*.yaml") if not p.name.endswith(".config.yaml"))
SPEC_IDS = [p.stem for p in SPECS]
BIN = Path(sys.executable).parent
HTTP_METHODS = {"get", "put", "post", "delete", "patch", "head", "options"}


def _run(cmd: list[str], **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600, **kw)  # type: ignore[call-overload]


def _operations(spec: dict) -> list[tuple[str, str, dict]]:
    return [
        (path, method, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in HTTP_METHODS
    ]


def test_every_broker_has_a_spec_and_a_generator_config() -> None:
    assert SPEC_IDS == ["kalshi", "vendor_gateway", "wealthy"]
    for name in SPEC_IDS:
        config = yaml.safe_load((ROOT / "openapi" / f"{name}.config.yaml").read_text())
        assert config["package_name_override"] == f"brokerspec_{name}"


@pytest.mark.parametrize("spec_path", SPECS, ids=SPEC_IDS)
def test_spec_passes_openapi_spec_validator(spec_path: Path) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.readers import read_from_filename

    spec, _ = read_from_filename(str(spec_path))
    assert spec["openapi"].startswith("3.1")
    validate(spec)


@pytest.mark.parametrize("spec_path", SPECS, ids=SPEC_IDS)
def test_spec_passes_redocly_lint_with_zero_errors(spec_path: Path) -> None:
    redocly = ROOT / ".cache" / "lint" / "node_modules" / ".bin" / "redocly"
    if not redocly.exists():
        pytest.fail("Redocly CLI is not installed: run the suite through ./scripts/test")
    env = {**os.environ, "REDOCLY_TELEMETRY": "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE": "true"}
    proc = _run([str(redocly), "lint", "--config", "redocly.yaml", str(spec_path)], env=env)
    assert proc.returncode == 0, proc.stdout[-4000:] + proc.stderr[-2000:]


@pytest.mark.parametrize("spec_path", SPECS, ids=SPEC_IDS)
def test_every_operation_is_documented_for_humans(spec_path: Path) -> None:
    spec = yaml.safe_load(spec_path.read_text())
    problems = []
    ids = []
    for path, method, op in _operations(spec):
        where = f"{method.upper()} {path}"
        ids.append(op.get("operationId"))
        for key in ("operationId", "summary", "description"):
            if not op.get(key):
                problems.append(f"{where}: no {key}")
        if len(op.get("tags", [])) != 1:
            problems.append(f"{where}: needs exactly one tag")
        if len(op.get("description", "")) < 40:
            problems.append(f"{where}: description too short to act on")
        ok = [r for code, r in op.get("responses", {}).items() if str(code).startswith("2")]
        has_example = any(
            "example" in media or "examples" in media for r in ok for media in r.get("content", {}).values()
        )
        if ok and any(r.get("content") for r in ok) and not has_example:
            problems.append(f"{where}: success response has no example")
    assert not problems, "\n".join(problems)
    assert len(ids) == len(set(ids)), "duplicate operationId"


def test_generated_clients_match_their_specs() -> None:
    proc = _run(
        [sys.executable, "scripts/generate", "--check"], env={**os.environ, "BROKERSPEC_NO_REEXEC": "1"}
    )
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-3000:]


def test_generated_package_names_do_not_collide_with_common_modules() -> None:
    packages = sorted(p.name for p in (ROOT / "generated").iterdir() if (p / "__init__.py").exists())
    assert packages == ["brokerspec_kalshi", "brokerspec_vendor_gateway", "brokerspec_wealthy"]


def test_ruff_is_clean() -> None:
    ruff = shutil.which("ruff", path=str(BIN)) or "ruff"
    proc = _run([ruff, "check", "--no-cache", "tools", "tests", "scripts"])
    assert proc.returncode == 0, proc.stdout[-6000:]


def test_mypy_is_clean_on_tools() -> None:
    proc = _run([sys.executable, "-m", "mypy", "--no-incremental", "tools"])
    assert proc.returncode == 0, proc.stdout[-6000:]
