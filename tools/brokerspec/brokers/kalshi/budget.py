"""Kalshi's real budget, read once per key at its first request (the `BudgetLoader` the transport drives).

`GET /account/limits` tells the member's `usage_tier` and, per bucket (`read`, `write`), its `refill_rate`
(tokens/s) and `bucket_capacity` (tokens); `GET /account/endpoint_costs` the `default_cost` (10) and the
`endpoint_costs` (`method`, `path`, `cost`) that differ from it. Each reply replaces its part of the profile's
Basic defaults; a part that is missing or does not read as those fields keeps its defaults (logged), so a key
that may not read them, an older exchange or the sandbox without them still trades on Basic.

The two operations are not in `openapi/kalshi.yaml` yet, so their bodies are read here with the standard
library, strictly (types checked, unknown fields ignored). Once the spec has them, the generated
`from_dict`s can replace `_read_limits` and `_read_costs`.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from brokerspec.http.ratelimit import RateLimits
from brokerspec.redaction import redact

__all__ = ["COSTS_PATH", "LIMITS_PATH", "KalshiBudgetLoader"]

LIMITS_PATH = "/account/limits"
COSTS_PATH = "/account/endpoint_costs"

logger = logging.getLogger("brokerspec.brokers.kalshi.budget")


@dataclass(frozen=True)
class KalshiBudgetLoader:
    """Reads `GET /account/limits` and `GET /account/endpoint_costs` into `RateLimits`."""

    paths: tuple[str, ...] = (LIMITS_PATH, COSTS_PATH)

    def __call__(self, limits: RateLimits, replies: Mapping[str, bytes]) -> RateLimits:
        for path, read in ((LIMITS_PATH, _read_limits), (COSTS_PATH, _read_costs)):
            body = replies.get(path)
            if body is None:
                continue
            try:
                limits = read(limits, json.loads(body))
            except (ValueError, TypeError, KeyError) as exc:
                logger.warning(
                    "kalshi: GET %s did not read as expected (%s); keeping its defaults",
                    path,
                    redact(str(exc)),
                )
        return limits


def _read_limits(limits: RateLimits, data: Any) -> RateLimits:
    if not isinstance(data, Mapping):
        raise TypeError("the reply is not an object")
    read_rate, read_capacity = _bucket(data, "read")
    write_rate, write_capacity = _bucket(data, "write")
    tier = data.get("usage_tier")
    return replace(
        limits,
        reads_per_second=read_rate,
        read_burst=read_capacity,
        writes_per_second=write_rate,
        write_burst=write_capacity,
        tier=tier if isinstance(tier, str) and tier else limits.tier,
    )


def _bucket(data: Mapping[str, Any], name: str) -> tuple[float, float]:
    bucket = data[name]
    if not isinstance(bucket, Mapping):
        raise TypeError(f"{name} is not an object")
    return _positive(bucket, "refill_rate"), _positive(bucket, "bucket_capacity")


def _read_costs(limits: RateLimits, data: Any) -> RateLimits:
    if not isinstance(data, Mapping):
        raise TypeError("the reply is not an object")
    default = _number(data, "default_cost")
    listed = data["endpoint_costs"]
    if listed is None:
        listed = []
    if not isinstance(listed, list):
        raise TypeError("endpoint_costs is not a list")
    costs = []
    for entry in listed:
        if not isinstance(entry, Mapping):
            raise TypeError("an endpoint cost is not an object")
        method, path = entry["method"], entry["path"]
        if not isinstance(method, str) or not isinstance(path, str) or not path.startswith("/"):
            raise TypeError(f"an endpoint cost names no method and path: {method!r} {path!r}")
        costs.append((method, path, _number(entry, "cost")))
    return replace(limits, costs=limits.costs.replaced(default, costs))


def _number(data: Mapping[str, Any], key: str) -> float:
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, int | float) or not value >= 0:
        raise ValueError(f"{key} is not a number >= 0: {value!r}")
    return float(value)


def _positive(data: Mapping[str, Any], key: str) -> float:
    value = _number(data, key)
    if value <= 0 or value == float("inf"):
        raise ValueError(f"{key} must be > 0: {value!r}")
    return value
