"""A client library for accessing Wealthy broking API (portfolio)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
