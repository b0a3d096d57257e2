"""What every framework script shares (stdlib only: it runs in each framework's own venv).

A script reads one JSON request on stdin — the server to spawn and the calls to make — and writes one
JSON report on stdout: the framework and its version, what the framework made of every tool, and the
result of every call as the framework's own tool object returned it. tests/frameworks/frameworks.py
builds the request and reads the report.
"""

from __future__ import annotations

import json
import sys
import traceback
from collections.abc import Awaitable, Callable
from importlib.metadata import version
from typing import Any


def read_request() -> dict[str, Any]:
    request: dict[str, Any] = json.load(sys.stdin)
    return request


def run(framework: str, package: str, body: Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]) -> None:
    """Run `body(request)` and print its report (or the exception that stopped it) as one JSON object."""
    import asyncio

    request = read_request()
    report: dict[str, Any] = {"framework": framework, "version": version(package)}
    try:
        report.update(asyncio.run(body(request)))
    except BaseException as exc:  # the test shows it; nothing is swallowed
        report["fatal"] = "".join(traceback.format_exception(exc))[-4000:]
    json.dump(report, sys.stdout, default=str)
    sys.stdout.write("\n")


def parsed_text(value: Any) -> Any:
    """A tool result that came back as JSON text, parsed (else as it came)."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            return value
    return value


def walk_keywords(schema: Any, path: str = "") -> list[tuple[str, str]]:
    """Every (path, keyword) of a JSON schema, `$ref`s not followed, so two schemas can be compared.

    `anyOf: [X, {"type": "null"}]` counts as X (Gemini's `nullable`, PydanticAI's simplified union): the
    same values, written two ways."""
    found: list[tuple[str, str]] = []
    if isinstance(schema, dict):
        variants = schema.get("anyOf", schema.get("any_of"))
        if isinstance(variants, list) and len(variants) == 2 and {"type": "null"} in variants:
            (other,) = (v for v in variants if v != {"type": "null"})
            rest = {k: v for k, v in schema.items() if k not in ("anyOf", "any_of")}
            schema = {**other, **rest}
    if isinstance(schema, dict):
        for key, value in schema.items():
            found.append((path, key))
            if key in ("properties", "$defs", "defs") and isinstance(value, dict):
                for name, sub in value.items():
                    found += walk_keywords(sub, f"{path}/{key}/{name}")
            elif isinstance(value, dict):
                found += walk_keywords(value, f"{path}/{key}")
            elif isinstance(value, list) and all(isinstance(v, dict) for v in value):
                for i, sub in enumerate(value):
                    found += walk_keywords(sub, f"{path}/{key}/{i}")
    return found
