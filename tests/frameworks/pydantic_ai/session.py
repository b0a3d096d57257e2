"""PydanticAI's MCP toolset (`pydantic_ai.mcp.MCPToolset`, on FastMCP's client) against
`brokerspec serve --sandbox`, no model.

The toolset spawns the server over stdio and lists its tools as the `ToolsetTool`s an agent would
offer a model; each input schema then goes through the JSON-schema transformers PydanticAI applies per
provider (OpenAI strict, Gemini's JSON schema and OpenAPI subset), and each output schema through
FastMCP's `json_schema_to_type_adapter`, which the client uses to type every structured result. Calls go
through `MCPToolset.call_tool` (what the agent loop runs) and through the FastMCP client, whose
`.data` is the result validated against the tool's output schema (None if it did not fit: FastMCP only
logs that).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _wire import run, walk_keywords


def _transformed(transformer: Any, schema: dict[str, Any], **options: Any) -> dict[str, Any]:
    """What one of PydanticAI's transformers made of `schema`: the schema, the keywords it lost."""
    import copy

    try:
        t = transformer(copy.deepcopy(schema), **options)
        out = t.walk()
    except Exception as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}
    lost = sorted(
        {f"{p}:{k}" for p, k in walk_keywords(schema)} - {f"{p}:{k}" for p, k in walk_keywords(out)}
    )
    return {"schema": out, "strict_compatible": t.is_strict_compatible, "lost": lost}


async def session(request: dict[str, Any]) -> dict[str, Any]:
    from fastmcp import Client
    from fastmcp.client.transports import StdioTransport
    from fastmcp.utilities.json_schema_type import json_schema_to_type_adapter
    from pydantic_ai import RunContext
    from pydantic_ai.mcp import MCPToolset
    from pydantic_ai.models.test import TestModel
    from pydantic_ai.profiles.google import GoogleJsonSchemaTransformer, GoogleOpenAPISchemaTransformer
    from pydantic_ai.profiles.openai import OpenAIJsonSchemaTransformer
    from pydantic_ai.usage import RunUsage

    spawn = request["server"]
    transport = StdioTransport(
        spawn["command"], spawn["args"], env=spawn["env"], cwd=spawn["cwd"], keep_alive=False
    )
    # A pre-built client only for its time-outs (FastMCP's default start-up wait is short for a loaded CI).
    client = Client(transport, init_timeout=60, timeout=60)
    toolset: MCPToolset[None] = MCPToolset(client, tool_error_behavior="error")
    async with toolset:
        ctx = RunContext(deps=None, model=TestModel(), usage=RunUsage())
        tools = await toolset.get_tools(ctx)
        listed = []
        for name, tool in tools.items():
            definition = tool.tool_def
            schema = definition.parameters_json_schema
            entry: dict[str, Any] = {
                "name": name,
                "parameters": schema,
                "openai_strict": _transformed(OpenAIJsonSchemaTransformer, schema, strict=True),
                "openai_auto": _transformed(OpenAIJsonSchemaTransformer, schema),
                "google": _transformed(GoogleJsonSchemaTransformer, schema),
                "google_openapi": _transformed(GoogleOpenAPISchemaTransformer, schema),
                "has_return_schema": definition.return_schema is not None,
            }
            try:
                json_schema_to_type_adapter(definition.return_schema or {})
                entry["return_type"] = "ok"
            except Exception as exc:
                entry["return_type"] = f"{type(exc).__name__}: {exc}"
            listed.append(entry)
        calls = []
        for call in request["calls"]:
            name, arguments = call["tool"], call.get("arguments", {})
            entry = {"tool": name}
            try:
                output = await toolset.call_tool(name, arguments, ctx, tools[name])
                # a tool bound to an MCP App view comes back as ToolReturn (the value, plus the view's
                # metadata for a UI): the model gets `return_value`
                entry["output"] = getattr(output, "return_value", output)
            except Exception as exc:  # tool_error_behavior="error": a tool error is raised to the caller
                entry["raised"] = f"{type(exc).__name__}: {exc}"
            raw = await toolset.client.call_tool(name, arguments, raise_on_error=False)
            calls.append({**entry, "typed": raw.data is not None, "is_error": raw.is_error})
    return {"tools": listed, "calls": calls}


if __name__ == "__main__":
    run("pydantic-ai", "pydantic-ai-slim", session)
