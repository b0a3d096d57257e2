"""The start-up baseline for `scripts/bench`: the smallest useful MCP server (one tool, stdio).

It pays what every Python MCP server pays (interpreter, the `mcp` SDK import, the stdio handshake), so
brokerspec's start-up is reported as a ratio against it.
"""

from mcp.server.mcpserver import MCPServer

server = MCPServer(name="bench-minimal", log_level="WARNING")


@server.tool(name="ping", description="Answers pong.")
def ping() -> str:
    return "pong"


if __name__ == "__main__":
    server.run("stdio")
