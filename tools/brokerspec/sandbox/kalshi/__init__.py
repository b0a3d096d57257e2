"""A local Kalshi Trade API v2 (portfolio endpoints) speaking the real HTTP: signatures, errors, both eras.

`KalshiExchange` is the in-memory exchange (shards, accounts, matching, fees, cash, positions, order groups,
settlement, token buckets); `create_app` serves it over Starlette. Neither shares code with the client side (signer, transport, adapters): the
sandbox is an independent reading of the spec and the reference, so the two can catch each other's mistakes.
"""

from __future__ import annotations

from .app import create_app
from .catalog import SEED_MARKETS, SEED_SERIES
from .errors import ExchangeError
from .exchange import DEFAULT_BALANCE_CENTS, MARKET_MAKER_ID, KalshiExchange
from .ratelimit import TIERS

__all__ = [
    "DEFAULT_BALANCE_CENTS",
    "MARKET_MAKER_ID",
    "SEED_MARKETS",
    "SEED_SERIES",
    "TIERS",
    "ExchangeError",
    "KalshiExchange",
    "create_app",
]
