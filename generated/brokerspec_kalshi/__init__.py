"""A client library for accessing Kalshi Trade API v2 — portfolio and market data (brokerspec)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
