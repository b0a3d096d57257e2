"""The wire: request signing, rate limits, the httpx transport, and the one translator of lower-layer failures
(httpx errors, non-2xx replies, unparseable bodies) into the `brokerspec.errors` vocabulary."""
