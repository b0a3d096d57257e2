"""The published output schemas are cached in a file (start-up cost); the cache must match the models."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from brokerspec.app import schema_files, schemas
from brokerspec.app.tools import TOOLS


def test_cached_output_schemas_match_the_models() -> None:
    cached = json.loads(schemas.OUTPUT_SCHEMAS_FILE.read_text())
    assert cached == schema_files.build_output_schemas(), "run: python -m brokerspec.app.schema_files"


def test_cached_input_schemas_match_the_tools_arguments() -> None:
    """Start-up uses `input_schemas.json` instead of deriving each tool's input schema; it must be exactly
    what the SDK derives from the tool's arguments (then compacted and made portable)."""
    cached = json.loads(schemas.INPUT_SCHEMAS_FILE.read_text())
    # compared as text: the order of a schema's properties is what a client shows (dicts ignore it)
    assert json.dumps(cached) == json.dumps(schema_files.build_input_schemas()), (
        "run: python -m brokerspec.app.schema_files"
    )


def test_a_built_server_publishes_the_cached_input_schemas_and_leaves_pydantic_as_it_was() -> None:
    from brokerspec.app.server import build_server
    from mcp.server.mcpserver.utilities.func_metadata import ArgModelBase
    from pydantic import create_model

    server = build_server(sandbox=True)
    listed = {t.name: t.parameters for t in server._tool_manager.list_tools()}
    assert listed == json.loads(schemas.INPUT_SCHEMAS_FILE.read_text())
    # after start-up, an argument model derives its own schema again
    probe = create_model("Probe", __base__=ArgModelBase, n=(int, ...))
    assert probe.model_json_schema()["properties"]["n"]["type"] == "integer"
    assert "model_json_schema" not in ArgModelBase.__dict__


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
    """`python -m brokerspec.app.schema_files` is the one way to rebuild the cached schema files."""
    code = (
        "import pathlib, brokerspec.app.schemas as s, brokerspec.app.schema_files as f; "
        f"s.OUTPUT_SCHEMAS_FILE = pathlib.Path({str(tmp_path / 'out.json')!r}); "
        f"s.INPUT_SCHEMAS_FILE = pathlib.Path({str(tmp_path / 'in.json')!r}); f.write_schema_files()"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)
    assert (tmp_path / "out.json").read_bytes() == schemas.OUTPUT_SCHEMAS_FILE.read_bytes()
    assert (tmp_path / "in.json").read_bytes() == schemas.INPUT_SCHEMAS_FILE.read_bytes()
