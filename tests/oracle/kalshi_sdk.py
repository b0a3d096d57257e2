"""The independent oracle: Kalshi's own generated SDK judges the Kalshi traffic of the tests.

Why it exists: the spec (openapi/kalshi.yaml), the client generated from it, the adapter, the sandbox and
the tests were all written by us from the same notes, so a mistake in the notes became a mistake in all of
them at once, and every test agreed with it (the retired `{"ids": [...]}` batch cancel passed everywhere).
Kalshi publishes a client generated from its own API definition, `kalshi-python-sync` (pinned 3.34.0,
fetched by scripts/fetch_kalshi_sdk.py into .cache/, never installed): a party none of us wrote. Here its
models and operation list check every request our client sends and every response the Kalshi sandbox serves.

What is checked, all read from the SDK (`brokerspec.app.kalshi_sdk.SdkIndex` reads its `api/*.py` for the
operations; its pydantic models validate):

* the operation: method + path against the SDK's path templates. One the SDK does not define is a
  violation unless NOT_IN_SDK names it with a reason;
* the query: every name must be a parameter of that operation, every value must parse as its type and
  meet its constraints, the required ones must be there;
* a request body with the operation's body model (`model_validate`: types, required fields, enums), and
  unknown keys FAIL, recursively: the SDK's models silently ignore extras, Kalshi's server does not;
* a response body with the operation's model for that status; unknown keys fail here too. Kalshi may add
  fields before the SDK knows them, but the sandbox must not invent any: everything it serves must be
  something the exchange is documented to send. A 2xx status the operation does not define fails;
* the fixed-point grammar the SDK states in its field descriptions: counts take 0-2 decimals in requests
  and always 2 in responses, dollar prices 2-4 decimals in requests and up to 6 in responses;
* error bodies (status >= 400): the SDK's ErrorResponse `{code, message, details}` is the flat shape only;
  the other shapes the exchange is known to send (ERROR_SHAPES, from the reference) are accepted too.

Responses of the sandbox's 2025 wire era are not checked (the SDK describes today's API only).
"""

from __future__ import annotations

import functools
import importlib.util
import inspect
import json
import re
import sys
import types
import typing
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final
from urllib.parse import parse_qsl

from brokerspec.app.kalshi_sdk import SERVER_PATH, SdkIndex, SdkOperation

ROOT = Path(__file__).resolve().parents[2]

#: Requests the SDK does not define that the tests legitimately make: (method or "*", path regex relative
#: to the server path, reason). Anything else the SDK does not define is a violation.
NOT_IN_SDK: Final = (
    ("*", r"^/_admin(/.*)?$", "the Kalshi sandbox's own admin API (test set-up), not a Kalshi endpoint"),
    ("*", r"^/_sandbox(/.*)?$", "the sandbox's admin API (faults, stats, reset), not a Kalshi endpoint"),
    ("POST", r"^/portfolio/orders/batched$", "legacy V1 batch create: gone from the SDK; 2025-era only"),
    ("DELETE", r"^/portfolio/orders/batched$", "legacy V1 batch cancel: gone from the SDK; 2025-era only"),
    (
        "POST",
        r"^/portfolio/orders$",
        "legacy V1 create: retired by Kalshi (410), gone from the SDK; 2025-era only",
    ),
    ("DELETE", r"^/portfolio/orders/[^/]+$", "legacy V1 cancel: gone from the SDK; 2025-era only"),
)

#: Error bodies the exchange sends besides the SDK's flat ErrorResponse (reference: "Errors on the wire",
#: "Rate limits are token buckets"): name -> description. Checked in `_error_violations`.
ERROR_SHAPES: Final = {
    "flat": "the SDK's ErrorResponse {code, message, details} (JSON decode errors; the bare {details} too)",
    "nested": '{"error": ErrorResponse + "service"}: most errors on the wire',
    "rate_limited": '{"error": "<string>"}: the 429 body',
    "bare": '{"msg": "<string>"}: some parameter validation',
}

#: The SDK's own wording of the fixed-point grammar (its field descriptions) -> (request, response) pattern.
FIXED_POINT: Final = {
    "Fixed-point contract count string": (r"\d+(\.\d{1,2})?", r"-?\d+\.\d{2}"),
    "Fixed-point US dollar string": (r"\d+\.\d{2,4}", r"-?\d+(\.\d{1,6})?"),
}


@dataclass(frozen=True)
class Violation:
    side: str  # "request" (what our client sent) | "response" (what the sandbox served)
    operation: str  # "DELETE /portfolio/events/orders/batched (batch_cancel_orders_v2)"
    where: str  # "body /ids", "query limit", "status"
    reason: str
    source: str = ""  # the test (node id) or the cassette
    example: str = ""  # the offending value, when there is one

    def line(self) -> str:
        shown = f" (got {self.example})" if self.example else ""
        return f"{self.side:<8} {self.operation}: {self.where}: {self.reason}{shown}"

    def kind(self) -> str:
        """The violation without its instance: list indices as `*`, no example (for grouping)."""
        return f"{self.side:<8} {re.sub(r'/[0-9]+(?=/|$)', '/*', self.where)}: {self.reason}"


class Sdk:
    """The loaded SDK: its index (operations) and its imported models and API classes."""

    def __init__(self, unpacked: Path) -> None:
        self.unpacked = unpacked
        self.index = SdkIndex.load(unpacked)
        if str(unpacked) not in sys.path:
            sys.path.insert(0, str(unpacked))
        import kalshi_python_sync
        import kalshi_python_sync.models

        self.package = kalshi_python_sync
        self.models = kalshi_python_sync.models
        self._query_types: dict[str, dict[str, Any]] = {}

    @property
    def version(self) -> str:
        return str(self.package.__version__)

    def model(self, name: str | None) -> type[Any] | None:
        found = getattr(self.models, name, None) if name else None
        return found if isinstance(found, type) else None

    def query_types(self, op: SdkOperation) -> dict[str, Any]:
        """Query parameter name -> the annotation of the SDK's `<op>_with_http_info` signature."""
        if op.name not in self._query_types:
            api = getattr(self.package, op.api)
            func = inspect.unwrap(getattr(api, f"{op.name}_with_http_info"))
            hints = typing.get_type_hints(func, include_extras=True)
            self._query_types[op.name] = {
                p.name: hints.get(p.name, Any) for p in op.params if p.location == "query"
            }
        return self._query_types[op.name]


def _fetcher() -> Any:
    spec = importlib.util.spec_from_file_location(
        "fetch_kalshi_sdk", ROOT / "scripts" / "fetch_kalshi_sdk.py"
    )
    assert spec is not None and spec.loader is not None
    module = sys.modules.get("fetch_kalshi_sdk") or importlib.util.module_from_spec(spec)
    if "fetch_kalshi_sdk" not in sys.modules:
        sys.modules["fetch_kalshi_sdk"] = module
        spec.loader.exec_module(module)
    return module


def fetch(offline: bool = False) -> Path:
    """The unzipped pinned SDK (fetched by the one fetcher, scripts/fetch_kalshi_sdk.py)."""
    return Path(_fetcher().ensure_sdk(offline=offline))


@functools.cache
def load(offline: bool = True) -> Sdk:
    return Sdk(fetch(offline=offline))


# ---------------------------------------------------------------------------------------------- helpers


def relative_path(path: str) -> str:
    """The path relative to the Kalshi server path (`/kalshi/trade-api/v2/x` -> `/x`)."""
    return path.split(SERVER_PATH, 1)[1] or "/" if SERVER_PATH in path else path


def allowed_outside_sdk(method: str, path: str) -> str | None:
    """ "METHOD pattern: reason" of the NOT_IN_SDK entry covering a request the SDK does not define."""
    for m, pattern, reason in NOT_IN_SDK:
        if m in ("*", method.upper()) and re.match(pattern, relative_path(path)):
            return f"{m} {pattern}: {reason}"
    return None


def _pointer(loc: Sequence[Any]) -> str:
    return "/" + "/".join(str(p) for p in loc) if loc else "/"


def _unwrap(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and hasattr(annotation, "model_fields")


def _walk(annotation: Any, value: Any, pointer: str, side: str) -> Iterator[tuple[str, str]]:
    """(pointer, reason) for keys no SDK model defines and fixed-point strings off the SDK's grammar."""
    annotation = _unwrap(annotation)
    origin = typing.get_origin(annotation)
    if _is_model(annotation):
        if not isinstance(value, dict):
            return
        fields = {(f.alias or name): f for name, f in annotation.model_fields.items()}
        for key, item in value.items():
            child = f"{pointer.rstrip('/')}/{key}"
            info = fields.get(key)
            if info is None:
                yield child, f"unknown field: {annotation.__name__} has no {key!r}"
                continue
            yield from _fixed_point(info.description or "", item, child, side)
            yield from _walk(info.annotation, item, child, side)
    elif origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            arg = _unwrap(arg)
            kind = typing.get_origin(arg) or arg
            if (isinstance(value, dict) and (_is_model(arg) or kind is dict)) or (
                isinstance(value, list) and kind in (list, set)
            ):
                yield from _walk(arg, value, pointer, side)
                return
    elif origin in (list, set) and isinstance(value, list):
        (item_type,) = typing.get_args(annotation) or (Any,)
        for index, item in enumerate(value):
            yield from _walk(item_type, item, f"{pointer.rstrip('/')}/{index}", side)
    elif origin is dict and isinstance(value, dict):
        item_type = (typing.get_args(annotation) or (Any, Any))[-1]
        for key, item in value.items():
            yield from _walk(item_type, item, f"{pointer.rstrip('/')}/{key}", side)


def _fixed_point(description: str, value: Any, pointer: str, side: str) -> Iterator[tuple[str, str]]:
    if not isinstance(value, str):
        return
    for phrase, (request, response) in FIXED_POINT.items():
        if description.startswith(phrase):
            pattern = request if side == "request" else response
            if not re.fullmatch(pattern, value):
                yield pointer, f"{value!r} is off the SDK's {side} grammar for a {phrase[12:]} ({pattern})"


Problem = tuple[str, str, str]  # (JSON pointer, reason, example value)


def validate_model(model: type[Any], body: Any, side: str) -> list[Problem]:
    """Problems of one JSON body against an SDK model: pydantic's errors, then unknown keys and grammar."""
    from pydantic import ValidationError

    problems: list[Problem] = []
    try:
        model.model_validate(body)
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            if error["type"] == "missing":
                problems.append((_pointer(error["loc"]), "required by the SDK, absent", ""))
            else:
                value = error.get("input")
                shown = f"{type(value).__name__} {json.dumps(value, default=str)[:60]}"
                problems.append((_pointer(error["loc"]), str(error["msg"]), shown))
    problems.extend((p, r, "") for p, r in _walk(model, body, "/", side))
    return problems


def _decode(body: bytes | str | None) -> tuple[Any, str | None]:
    """(JSON value, None) or (None, why not)."""
    if body is None or body in (b"", ""):
        return None, "empty"
    try:
        return json.loads(body), None
    except ValueError:
        return None, "not JSON"


def _op_label(op: SdkOperation) -> str:
    return f"{op.method} {op.path} ({op.name})"


# ---------------------------------------------------------------------------------------------- requests


def _query_value(annotation: Any, values: list[str]) -> Any:
    """The Python value the SDK would have serialized as `values` (raises ValueError when none would)."""
    base = _unwrap(annotation)
    if typing.get_origin(base) in (typing.Union, types.UnionType):
        base = _unwrap(next(a for a in typing.get_args(base) if a is not type(None)))
    if typing.get_origin(base) in (list, set):
        (item,) = typing.get_args(base) or (str,)
        return [_scalar(item, v) for v in values]
    if len(values) > 1:
        raise ValueError(f"sent {len(values)} times; the SDK sends it once")
    return _scalar(base, values[0])


def _scalar(annotation: Any, text: str) -> Any:
    base = _unwrap(annotation)
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
        for pointer, reason, example in validate_model(model, value, "request"):
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
        return [v(f"body {p}", r + suffix, e) for p, r, e in problems]

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
