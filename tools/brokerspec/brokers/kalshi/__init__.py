"""Kalshi: the adapter (generated client -> normalized models) and the normalized Kalshi models."""

from __future__ import annotations

from typing import Any

__all__ = ["KalshiBroker"]


def __getattr__(name: str) -> Any:  # lazy: importing the models must not pull in the generated client
    if name == "KalshiBroker":
        from brokerspec.brokers.kalshi.adapter import KalshiBroker

        return KalshiBroker
    raise AttributeError(name)
