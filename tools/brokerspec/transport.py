"""Public names kept: `brokerspec.transport.transport_for(...)`. The transport lives in `brokerspec.http.transport`;
`transport_for` builds it from a broker's profile, in the client factory `brokerspec.brokers.clients`."""

from brokerspec.brokers.clients import async_transport_for, transport_for
from brokerspec.http.transport import BrokerTransport, RetryPolicy

__all__ = ["BrokerTransport", "RetryPolicy", "async_transport_for", "transport_for"]
