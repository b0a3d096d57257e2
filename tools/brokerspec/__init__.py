"""brokerspec: typed clients for broker portfolio APIs and a safe MCP server for trading agents.

The package import is kept cheap on purpose (an MCP host spawns the server for every session):
heavy modules are imported on first use.
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
