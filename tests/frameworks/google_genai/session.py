"""google-genai's MCP support against `brokerspec serve --sandbox`, no model.

An `mcp.ClientSession` passed in `GenerateContentConfig.tools` is what google-genai turns into Gemini
tools: `_extra_utils.parse_config_for_mcp_sessions` lists the session's tools and converts each with
`_mcp_utils.mcp_to_gemini_tool`, which first filters the input schema to the keywords its `JSONSchema`
knows (silently dropping the rest), then `Schema.from_json_schema` (silently ignoring what the Gemini
`Schema` cannot hold). The report keeps, per tool, the Gemini `Schema` and every keyword of our input
schema that did not survive, so the test can tell a silent loss. Calls go through the adapter the
automatic function calling loop uses (`McpToGenAiToolAdapter.call_tool`), with the arguments first
passed through `convert_number_values_for_dict_function_call_args`, as that loop does.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _wire import run, walk_keywords


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


def _as_json_keywords(schema: dict[str, Any]) -> dict[str, Any]:
    """A Gemini `Schema` dump with JSON Schema's keyword names (`any_of` -> `anyOf`; `nullable` counts
    as the `null` of a type list), so its keywords can be set against ours."""
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: _as_json_keywords(sub) for name, sub in value.items()}
        elif isinstance(value, dict):
            out[_camel(key)] = _as_json_keywords(value)
        elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            out[_camel(key)] = [_as_json_keywords(v) for v in value]
        elif key != "nullable":
            out[_camel(key)] = value
    if schema.get("nullable") and "type" not in schema:
        out["type"] = "null"  # a `{"type": "null"}` variant of an anyOf, as Gemini writes it
    return out


async def session(request: dict[str, Any]) -> dict[str, Any]:
    from google.genai import types
    from google.genai._extra_utils import (
        convert_number_values_for_dict_function_call_args,
        parse_config_for_mcp_sessions,
    )
    from mcp import ClientSession, StdioServerParameters, stdio_client

    spawn = request["server"]
    params = StdioServerParameters(
        command=spawn["command"], args=spawn["args"], env=spawn["env"], cwd=spawn["cwd"]
    )
    async with stdio_client(params) as (read, write), ClientSession(read, write) as mcp_session:
        await mcp_session.initialize()
        listed_by_mcp = {t.name: t for t in (await mcp_session.list_tools()).tools}
        config, adapters = await parse_config_for_mcp_sessions(
            types.GenerateContentConfig(tools=[mcp_session])
        )
        assert config is not None and config.tools is not None
        listed = []
        for tool in config.tools:
            assert isinstance(tool, types.Tool) and tool.function_declarations
            for declaration in tool.function_declarations:
                ours = listed_by_mcp[declaration.name].input_schema
                gemini = (
                    declaration.parameters.model_dump(exclude_none=True) if declaration.parameters else {}
                )
                theirs = {f"{p}:{k}" for p, k in walk_keywords(_as_json_keywords(gemini))}
                lost = sorted({f"{p}:{k}" for p, k in walk_keywords(ours)} - theirs)
                listed.append(
                    {
                        "name": declaration.name,
                        "parameters": gemini,
                        "lost": lost,
                        # the JSON text Gemini would get (enum values as the API takes them)
                        "wire": re.sub(r"\s+", " ", declaration.model_dump_json(exclude_none=True))[:20000],
                    }
                )
        calls = []
        for call in request["calls"]:
            adapter = adapters[call["tool"]]
            arguments = convert_number_values_for_dict_function_call_args(call.get("arguments", {}))
            result = await adapter.call_tool(types.FunctionCall(name=call["tool"], args=arguments))
            calls.append(
                {
                    "tool": call["tool"],
                    "is_error": bool(result.is_error),
                    "structured": result.structured_content,
                    "text": [c.text for c in result.content if getattr(c, "type", "") == "text"],
                }
            )
    return {"tools": listed, "calls": calls}


if __name__ == "__main__":
    run("google-genai", "google-genai", session)
