"""Public name kept: `brokerspec.transport.transport_for(...)`. The transport lives in `brokerspec.http.transport`."""

from brokerspec.http.transport import (
    BrokerTransport,
    RetryPolicy,
    async_transport_for,
    transport_for,
)

__all__ = ["BrokerTransport", "RetryPolicy", "async_transport_for", "transport_for"]
