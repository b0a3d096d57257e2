"""A local Kalshi Trade API v2 (portfolio endpoints) speaking the real HTTP: signatures, errors, both eras.

`KalshiExchange` is the in-memory exchange (matching, fees, cash, positions, settlement); `create_app`
serves it over Starlette. Neither shares code with the client side (signer, transport, adapters): the
sandbox is an independent reading of the spec and the reference, so the two can catch each other's mistakes.
"""

from __future__ import annotations

from .app import create_app
from .errors import ExchangeError
from .exchange import DEFAULT_BALANCE_CENTS, MARKET_MAKER_ID, SEED_MARKETS, KalshiExchange

__all__ = [
    "DEFAULT_BALANCE_CENTS",
    "MARKET_MAKER_ID",
    "SEED_MARKETS",
    "ExchangeError",
    "KalshiExchange",
    "create_app",
]
