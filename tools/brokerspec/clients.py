"""Public name kept: `from brokerspec.clients import kalshi_client`. The factory lives in `brokerspec.brokers.clients`."""

from brokerspec.brokers.clients import (
    DEFAULT_TIMEOUT_S,
    client_for,
    gateway_client,
    kalshi_client,
    timeout_for,
    wealthy_client,
)

__all__ = [
    "DEFAULT_TIMEOUT_S",
    "client_for",
    "gateway_client",
    "kalshi_client",
    "timeout_for",
    "wealthy_client",
]
