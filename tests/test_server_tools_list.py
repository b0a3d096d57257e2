"""`tools/list` is a public contract (names, titles, descriptions, input and output schemas, annotations, order).

`data/tools_list.json` was written from the server before its tool registration was rewritten (commit
02314ea); the server must still list exactly that. If a tool changes on purpose, regenerate the file with
`python tests/test_server_tools_list.py --write` and review the diff.
"""

from __future__ import annotations

import ast
import asyncio
import json
import sys
from pathlib import Path
from typing import Any

import brokerspec.app
from brokerspec.app.server import build_server
from mcp import Client
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.tools import Tool
from mcp.server.mcpserver.utilities.func_metadata import FuncMetadata

SNAPSHOT = Path(__file__).with_name("data") / "tools_list.json"


async def _listed() -> list[dict[str, Any]]:
    async with Client(build_server()) as client:
        listed = await client.list_tools()
    return [t.model_dump(mode="json", by_alias=True, exclude_none=True) for t in listed.tools]


def _text(tools: list[dict[str, Any]]) -> str:
    return json.dumps(tools, indent=1, ensure_ascii=False) + "\n"


def test_tools_list_is_exactly_the_published_one() -> None:
    # Text comparison: key order and tool order are part of what a host shows and an agent reads.
    assert _text(asyncio.run(_listed())) == SNAPSHOT.read_text(encoding="utf-8")


def test_the_server_uses_only_the_sdks_public_names() -> None:
    """No private name of the MCP SDK in `brokerspec.app`: imported (`_inline_root_ref`) or reached
    (`server._tool_manager`, `self._lowlevel_server`, ...)."""
    private = {
        name
        for owner in (MCPServer, MCPServer(name="probe"), Tool, FuncMetadata, Context)
        for name in {*dir(owner), *getattr(owner, "__dict__", {})}
        if name.startswith("_") and not name.startswith("__")
    }
    found = []
    for path in sorted(Path(brokerspec.app.__file__).parent.glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in ("mcp", "mcp_types"):
                parts = [*(node.module or "").split("."), *(alias.name for alias in node.names)]
                found += [f"{path.name}:{node.lineno} {p}" for p in parts if p.startswith("_")]
            elif isinstance(node, ast.Attribute) and node.attr in private:
                found.append(f"{path.name}:{node.lineno} .{node.attr}")
    assert found == []


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    SNAPSHOT.write_text(_text(asyncio.run(_listed())), encoding="utf-8")
