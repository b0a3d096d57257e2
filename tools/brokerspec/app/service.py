"""What the MCP tools do: one `Service` per server process.

`Service` is the composition root (`runtime.Runtime`: configuration, safety gate, audit log, lazily built
clients and adapters) with the use cases on top: `reads.Reads` (capabilities, portfolio, holdings,
positions), `placing.Placing` (preview and place), `order_changes.OrderChanges` (cancel, amend, decrease,
order groups). The MCP layer (`tools.py`, `server.py`) only registers tools and shapes results; every
decision lives here, so it can be tested without MCP.
"""

from __future__ import annotations

from brokerspec.app.markets import Markets
from brokerspec.app.order_changes import OrderChanges
from brokerspec.app.reads import Reads
from brokerspec.app.runtime import BROKERS

__all__ = ["BROKERS", "Service"]


class Service(Reads, Markets, OrderChanges):
    """The server's state and behaviour. Thread-safe lazy start; async methods for the tools."""
