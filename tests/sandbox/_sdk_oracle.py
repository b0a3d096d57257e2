"""Kalshi's official SDK models (kalshi-python-sync 3.34.0) as an oracle for the sandbox's answers.

Why: the sandbox is meant to be today's exchange, written from the reference — not from our client. Checking
its bodies against the models Kalshi generates from its own spec catches a sandbox that drifted into our
client's idea of the API. The wheel is not a dependency: the test command unpacks it into
`.cache/kalshi-python-sync-3.34.0/unpacked` (pinned, hash-checked); without it `conforms` checks nothing
(the tests' own assertions still run) and `test_the_sdk_oracle_is_available` skips.

Known gap of the official schema, where the reference (what the wire really sends) wins and the oracle is
not asked: `{"queue_positions": null}` when nothing rests (the model says a required list).
"""

from __future__ import annotations

import functools
import importlib
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

SDK_DIR = Path(__file__).resolve().parents[2] / ".cache" / "kalshi-python-sync-3.34.0" / "unpacked"


@functools.cache
def _models() -> ModuleType | None:
    if not (SDK_DIR / "kalshi_python_sync" / "models").is_dir():
        return None
    if str(SDK_DIR) not in sys.path:
        sys.path.append(str(SDK_DIR))
    return importlib.import_module("kalshi_python_sync.models")


def available() -> bool:
    return _models() is not None


def conforms(model: str, body: Any) -> None:
    """Parse `body` with the official model named `model` (raises when a required field is missing, a type
    is wrong or an enum value is unknown); a no-op when the SDK is not unpacked."""
    models = _models()
    if models is None:
        return
    parsed = getattr(models, model).from_dict(body)
    assert parsed is not None


def require() -> None:
    if not available():
        pytest.skip(f"the official Kalshi SDK is not unpacked at {SDK_DIR}")
