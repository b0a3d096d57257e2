"""The published output schemas are cached in a file (start-up cost); the cache must match the models."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from brokerspec.app import schemas
from brokerspec.app.tools import TOOLS


def test_cached_output_schemas_match_the_models() -> None:
    cached = json.loads(schemas.OUTPUT_SCHEMAS_FILE.read_text())
    assert cached == schemas.build_output_schemas(), "run: python -m brokerspec.app.schemas"


def test_every_tool_has_a_cached_output_schema_that_is_a_plain_object() -> None:
    cached = json.loads(schemas.OUTPUT_SCHEMAS_FILE.read_text())
    assert set(cached) == set(schemas.OUTPUT_MODELS)
    for name, schema in cached.items():
        assert schema.get("type") == "object", name
        assert "anyOf" not in schema and "oneOf" not in schema, name


def test_importing_the_server_loads_no_output_model_service_or_client() -> None:
    code = (
        "import sys, brokerspec.app.server; "
        "print(sorted(m for m in ('brokerspec.app.responses', 'brokerspec.domain.portfolio', 'brokerspec.app.service', "
        "'brokerspec.brokers.kalshi.models', 'brokerspec_kalshi', 'brokerspec.sandbox') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_every_tool_is_annotated_with_the_model_its_schema_is_built_from() -> None:
    """The tool table's return annotations (read by mypy) and `OUTPUT_MODELS` (read to build the schemas)
    name the same model for every tool."""
    assert {spec.name for spec in TOOLS} == set(schemas.OUTPUT_MODELS)
    for spec in TOOLS:
        module, model = schemas.OUTPUT_MODELS[spec.name].split(":")
        # "responses.Placement" for "brokerspec.app.responses:Placement"
        assert spec.fn.__annotations__["return"] == f"{module.rsplit('.', 1)[1]}.{model}", spec.name


def test_the_schema_writer_rebuilds_the_file_it_checks(tmp_path: Path) -> None:
    """`python -m brokerspec.app.schemas` is the one way to rebuild `output_schemas.json`."""
    code = (
        "import pathlib, sys, brokerspec.app.schemas as s; "
        f"s.OUTPUT_SCHEMAS_FILE = pathlib.Path({str(tmp_path / 'out.json')!r}); s.write_output_schemas()"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert (tmp_path / "out.json").read_bytes() == schemas.OUTPUT_SCHEMAS_FILE.read_bytes()
