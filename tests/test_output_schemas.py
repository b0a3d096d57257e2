"""The published output schemas are cached in a file (start-up cost); the cache must match the models."""

from __future__ import annotations

import json
import subprocess
import sys

from brokerspec.app import server


def test_cached_output_schemas_match_the_models() -> None:
    cached = json.loads(server.OUTPUT_SCHEMAS_FILE.read_text())
    assert cached == server.build_output_schemas(), "run: python -m brokerspec.app.server --write-schemas"


def test_every_tool_has_a_cached_output_schema_that_is_a_plain_object() -> None:
    cached = json.loads(server.OUTPUT_SCHEMAS_FILE.read_text())
    assert set(cached) == set(server.OUTPUT_MODELS)
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
