"""The OpenAI Agents SDK (`openai-agents`) against `brokerspec serve --sandbox`, no model.

`agents.mcp.MCPServerStdio` with `use_structured_content=True` spawns the server; an `Agent` with
`mcp_config={"convert_schemas_to_strict": True}` lists its tools as the SDK's `FunctionTool`s, which
runs every input schema through `agents.strict_schema.ensure_strict_json_schema`. The SDK does not
fail there: a schema it cannot make strict is logged and sent non-strict (`strict_json_schema=False`),
so the report states, per tool, whether the tool came out strict, plus the schema the model would get
and the Responses API tool the SDK would send. Calls go through each tool's `on_invoke_tool`, as the
agent loop does after the model chose a tool.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _wire import parsed_text, run


async def session(request: dict[str, Any]) -> dict[str, Any]:
    from agents import Agent, RunContextWrapper
    from agents.mcp import MCPServerStdio
    from agents.models.openai_responses import Converter
    from agents.tool_context import ToolContext

    spawn = request["server"]
    server = MCPServerStdio(
        params={"command": spawn["command"], "args": spawn["args"], "env": spawn["env"], "cwd": spawn["cwd"]},
        use_structured_content=True,
        client_session_timeout_seconds=60,
        name="brokerspec",
    )
    async with server:
        agent = Agent(name="probe", mcp_servers=[server], mcp_config={"convert_schemas_to_strict": True})
        tools = await agent.get_mcp_tools(RunContextWrapper(context=None))
        converted = Converter.convert_tools(tools, handoffs=[])
        sent = {t["name"]: t for t in converted.tools if isinstance(t, dict) and "name" in t}
        listed = [
            {
                "name": tool.name,
                "strict": tool.strict_json_schema,
                "parameters": tool.params_json_schema,
                "sent": sent.get(tool.name),
            }
            for tool in tools
        ]
        by_name = {tool.name: tool for tool in tools}
        calls = []
        for call in request["calls"]:
            tool = by_name[call["tool"]]
            arguments = json.dumps(call.get("arguments", {}))
            context = ToolContext(
                context=None, tool_name=tool.name, tool_call_id=f"call-{len(calls)}", tool_arguments=arguments
            )
            output = await tool.on_invoke_tool(context, arguments)
            calls.append({"tool": tool.name, "output": parsed_text(output)})
    return {"tools": listed, "calls": calls}


if __name__ == "__main__":
    run("openai-agents", "openai-agents", session)
