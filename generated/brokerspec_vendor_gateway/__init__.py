"""A client library for accessing Vendor gateway API (portfolio)"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
