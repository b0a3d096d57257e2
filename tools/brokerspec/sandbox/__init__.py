"""Local simulators of the broker APIs, speaking the same HTTP as the real ones (design principle 7).

The sandbox is written from the specs and `reference/`, never from the client side: nothing here imports
`brokerspec.auth`, `brokerspec.transport`, the adapters or the generated clients.

`import brokerspec.sandbox` is cheap: the names below are loaded on first use.

* `SandboxServer` — everything on 127.0.0.1 from a background thread (`with SandboxServer() as sb: ...`);
* `Sandbox` — the composed ASGI app (`Sandbox().app`) for `httpx.ASGITransport`;
* `FaultController`, `FaultRule`, `FaultMiddleware` — fault injection and request counting;
* `create_wealthy_app` / `WealthyBroker`, `create_gateway_app` / `VendorGateway` — single simulators;
* the Kalshi simulator lives in `brokerspec.sandbox.kalshi`.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from brokerspec.sandbox.faults import FaultController, FaultMiddleware, FaultRule
    from brokerspec.sandbox.server import Sandbox, SandboxCredentials, SandboxServer
    from brokerspec.sandbox.vendor_gateway import VendorGateway, create_gateway_app
    from brokerspec.sandbox.wealthy import WealthyBroker, create_wealthy_app

__all__ = [
    "FaultController",
    "FaultMiddleware",
    "FaultRule",
    "Sandbox",
    "SandboxCredentials",
    "SandboxServer",
    "VendorGateway",
    "WealthyBroker",
    "create_gateway_app",
    "create_wealthy_app",
]

_HOMES = {
    "FaultController": "brokerspec.sandbox.faults",
    "FaultMiddleware": "brokerspec.sandbox.faults",
    "FaultRule": "brokerspec.sandbox.faults",
    "Sandbox": "brokerspec.sandbox.server",
    "SandboxCredentials": "brokerspec.sandbox.server",
    "SandboxServer": "brokerspec.sandbox.server",
    "VendorGateway": "brokerspec.sandbox.vendor_gateway",
    "create_gateway_app": "brokerspec.sandbox.vendor_gateway",
    "WealthyBroker": "brokerspec.sandbox.wealthy",
    "create_wealthy_app": "brokerspec.sandbox.wealthy",
}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
