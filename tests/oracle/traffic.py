"""The SDK oracle's two checks: one request our client sent, one response the sandbox served.

The rules and why they are what they are: oracle/kalshi_sdk.py. Each check returns every violation found.
"""

from __future__ import annotations

import json
import re
import types
import typing
from typing import Any
from urllib.parse import parse_qsl

from brokerspec.app.kalshi_sdk import SdkOperation

from oracle.kalshi_sdk import (
    ERROR_SHAPES,
    Problem,
    Sdk,
    Violation,
    allowed_outside_sdk,
    relative_path,
    unwrap,
    validate_model,
)

__all__ = ["KNOWN_SDK_GAPS", "check_request", "check_response"]

#: Where Kalshi's own documentation is ahead of its SDK 3.34.0 (shared/reference/kalshi.md, "Corrections and
#: additions"): the exchange sends these, so a response carrying them is not a violation. Each with its source.
KNOWN_SDK_GAPS: tuple[tuple[str, str, str], ...] = (
    (
        r"/fractional_trading_enabled$",
        "unknown field",
        "Market data: in Kalshi's changelog since March 2026, not yet in the SDK's Market schema",
    ),
    (
        r"^/queue_positions$",
        "valid list",
        'Other V2 rules: {"queue_positions": null} when nothing rests',
    ),
)


def _known_gap(path: str, reason: str) -> bool:
    return any(re.search(where, path) and what in reason for where, what, _ in KNOWN_SDK_GAPS)


#: Bound at import: a test that counts the client's own decodes (by patching json.loads) must not count the oracle's.
_json_loads = json.loads


def _decode(body: bytes | str | None) -> tuple[Any, str | None]:
    """(JSON value, None) or (None, why not)."""
    if body is None or body in (b"", ""):
        return None, "empty"
    try:
        return _json_loads(body), None
    except ValueError:
        return None, "not JSON"


def _op_label(op: SdkOperation) -> str:
    return f"{op.method} {op.path} ({op.name})"


# ---------------------------------------------------------------------------------------------- requests


def _query_value(annotation: Any, values: list[str]) -> Any:
    """The Python value the SDK would have serialized as `values` (raises ValueError when none would)."""
    base = unwrap(annotation)
    if typing.get_origin(base) in (typing.Union, types.UnionType):
        base = unwrap(next(a for a in typing.get_args(base) if a is not type(None)))
    if typing.get_origin(base) in (list, set):
        (item,) = typing.get_args(base) or (str,)
        return [_scalar(item, v) for v in values]
    if len(values) > 1:
        raise ValueError(f"sent {len(values)} times; the SDK sends it once")
    return _scalar(base, values[0])


def _scalar(annotation: Any, text: str) -> Any:
    base = unwrap(annotation)
    if base is bool:
        if text not in ("true", "false"):
            raise ValueError(f"{text!r} is not 'true' or 'false'")
        return text == "true"
    if base is int:
        if not re.fullmatch(r"-?\d+", text):
            raise ValueError(f"{text!r} is not an integer")
        return int(text)
    if base is float:
        return float(text)
    return text


def check_request(
    sdk: Sdk, method: str, path: str, query: str, body: bytes | str | None, source: str = ""
) -> list[Violation]:
    """Every violation in one request our client sent (path may carry a prefix before the server path)."""
    found = sdk.index.match(method, relative_path(path))
    if found is None:
        if allowed_outside_sdk(method, path):
            return []
        label = f"{method.upper()} {relative_path(path)}"
        return [Violation("request", label, "operation", f"not in the SDK {sdk.version}", source)]
    op, _ = found
    label, out = _op_label(op), []
    params, types_ = op.query(), sdk.query_types(op)
    sent: dict[str, list[str]] = {}
    for name, value in parse_qsl(query, keep_blank_values=True):
        sent.setdefault(name, []).append(value)
    for name, values in sent.items():
        if name not in params:
            out.append(
                Violation("request", label, f"query {name}", "not a parameter of this operation", source)
            )
            continue
        try:
            from pydantic import TypeAdapter

            TypeAdapter(types_[name]).validate_python(_query_value(types_[name], values))
        except ValueError as exc:  # pydantic's ValidationError is a ValueError
            reason = str(exc).splitlines()[-1 if "validation error" in str(exc) else 0].strip()
            out.append(Violation("request", label, f"query {name}", f"{values!r}: {reason}", source))
    for name, param in params.items():
        if param.required and name not in sent:
            out.append(Violation("request", label, f"query {name}", "required by the SDK, absent", source))
    value, empty = _decode(body)
    model = sdk.model(op.body_model)
    if op.body_model is None:
        if empty != "empty":
            out.append(Violation("request", label, "body", "the SDK's operation takes no body", source))
    elif empty == "empty":
        if op.body_required:
            out.append(
                Violation("request", label, "body", f"absent; the SDK requires {op.body_model}", source)
            )
    elif empty:
        out.append(Violation("request", label, "body", empty, source))
    elif model is not None:
        for pointer, reason, example in validate_model(model, value, "request", sdk.index):
            out.append(Violation("request", label, f"body {pointer}", reason, source, example))
    return out


# ---------------------------------------------------------------------------------------------- responses


def _error_violations(sdk: Sdk, value: Any) -> list[Problem]:
    """Empty when the error body is one of the known shapes; else why it is none of them."""
    error_model = sdk.model("ErrorResponse")
    assert error_model is not None
    if isinstance(value, dict) and set(value) == {"error"}:
        inner = value["error"]
        if isinstance(inner, str):
            return []  # rate_limited
        if isinstance(inner, dict):
            rest = {k: v for k, v in inner.items() if k != "service"}
            problems = validate_model(error_model, rest, "response")
            if not isinstance(inner.get("service", ""), str):
                problems.append(("/service", "not a string", ""))
            return [(f"/error{p.rstrip('/')}", r, e) for p, r, e in problems]  # nested
    if isinstance(value, dict) and set(value) == {"msg"} and isinstance(value["msg"], str):
        return []  # bare
    problems = validate_model(error_model, value, "response")  # flat
    if problems:
        shapes = "; ".join(ERROR_SHAPES.values())
        return [*problems, ("/", f"matches none of the known error shapes ({shapes})", "")]
    return []


def check_response(
    sdk: Sdk, method: str, path: str, status: int, body: bytes | str | None, source: str = ""
) -> list[Violation]:
    """Every violation in one response the Kalshi sandbox served."""
    found = sdk.index.match(method, relative_path(path))
    op = found[0] if found else None
    label = _op_label(op) if op else f"{method.upper()} {relative_path(path)}"
    value, empty = _decode(body)

    def v(where: str, reason: str, example: str = "") -> Violation:
        return Violation("response", label, where, reason, source, example)

    def body_problems(problems: list[Problem], suffix: str = "") -> list[Violation]:
        return [v(f"body {p}", r + suffix, e) for p, r, e in problems if not _known_gap(p, r)]

    if op is None and (status < 400 or allowed_outside_sdk(method, path)):
        # An answer to a path the SDK does not define: an error is the right answer (judged as one).
        return [] if allowed_outside_sdk(method, path) else [v("operation", f"not in the SDK {sdk.version}")]
    defined = op.responses.get(str(status), "<undefined>") if op else "<undefined>"
    if status >= 400:
        if defined not in ("<undefined>", None, "ErrorResponse") and (model := sdk.model(defined)):
            return body_problems(validate_model(model, value, "response"))
        if empty:
            return [v("body", f"{empty} error body ({status})")]
        return body_problems(_error_violations(sdk, value), f" ({status})")
    assert op is not None
    if defined == "<undefined>":
        if 200 <= status < 300:
            return [
                v(
                    "status",
                    f"{status} is not a status of this operation (the SDK has {sorted(op.responses)})",
                )
            ]
        return []
    if defined is None:
        return [] if empty == "empty" else [v("body", f"the SDK defines no body for {status}")]
    if empty:
        return [v("body", f"{empty}; the SDK defines {defined} for {status}")]
    model = sdk.model(defined)
    if model is None:  # "object", "str", ...: the SDK types it no further
        ok = {"object": dict, "str": str}.get(defined, object)
        return [] if isinstance(value, ok) else [v("body", f"not a JSON {defined}")]
    return body_problems(validate_model(model, value, "response"))
