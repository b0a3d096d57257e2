"""Rebuild the cached schema files the server publishes: `python -m brokerspec.app.schema_files`.

`output_schemas.json` is derived from the output models of `schemas.OUTPUT_MODELS` (never imported at
start-up); `input_schemas.json` from each tool's arguments, exactly as the SDK derives them, then compacted
and made portable (`schemas.input_schema`). tests/test_output_schemas.py keeps both equal to the derivation.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from brokerspec.app import schemas as files  # the file paths are read at write time (a test moves them)
from brokerspec.app.schemas import OUTPUT_MODELS, compact_schema


def build_output_schemas() -> dict[str, Any]:
    """Every tool's compact output schema, derived from its model exactly as the MCP SDK would."""
    import importlib

    from mcp.server.mcpserver.utilities.func_metadata import func_metadata

    derived: dict[str, Any] = {}
    for tool, path in OUTPUT_MODELS.items():
        module, name = path.split(":")
        model = getattr(importlib.import_module(module), name)
        derived[tool] = compact_schema(func_metadata(_returning(model)).output_schema, output=True)
    return derived


def build_input_schemas() -> dict[str, Any]:
    """Every tool's published input schema, derived from its arguments (app-only tools included)."""
    from brokerspec.app.server import mcp_tools

    tools = mcp_tools(None, build_output_schemas())  # type: ignore[arg-type]  # the tools are never called
    return {tool.name: tool.parameters for tool in tools}


def _returning(model: type[Any]) -> Any:
    """A function that returns `model`: what the SDK derives a tool's output schema from."""

    def fn() -> None: ...

    fn.__annotations__ = {"return": model}
    return fn


def write_schema_files() -> None:
    files.OUTPUT_SCHEMAS_FILE.write_text(json.dumps(build_output_schemas(), indent=1, sort_keys=True) + "\n")
    # not key-sorted: a schema lists its properties in the order the tool declares them
    files.INPUT_SCHEMAS_FILE.write_text(json.dumps(build_input_schemas(), indent=1) + "\n")


if __name__ == "__main__":
    if sys.argv[1:]:
        sys.exit(
            "usage: python -m brokerspec.app.schema_files  (rebuilds output_schemas.json, input_schemas.json)"
        )
    write_schema_files()
    print(f"wrote {files.OUTPUT_SCHEMAS_FILE} and {files.INPUT_SCHEMAS_FILE}")
