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
  unknown keys FAIL, recursively: the SDK's models silently ignore extras, Kalshi's server does not; an
  explicit null in a field the SDK does not mark nullable fails too (the SDK omits such a field);
* a response body with the operation's model for that status; unknown keys fail here too. Kalshi may add
  fields before the SDK knows them, but the sandbox must not invent any: everything it serves must be
  something the exchange is documented to send. A 2xx status the operation does not define fails;
* the fixed-point grammar the SDK states in its field descriptions: counts take 0-2 decimals in requests
  and always 2 in responses, dollar prices 2-4 decimals in requests and up to 6 in responses;
* error bodies (status >= 400): the SDK's ErrorResponse `{code, message, details}` is the flat shape only;
  the other shapes the exchange is known to send (ERROR_SHAPES, from the reference) are accepted too.

Responses of the sandbox's 2025 wire era are not checked (the SDK describes today's API only). This module
loads the SDK and validates bodies against its models; oracle/traffic.py checks one request or response.
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

        if not Path(kalshi_python_sync.__file__ or "").is_relative_to(unpacked):
            raise ImportError(
                f"kalshi_python_sync was imported from {kalshi_python_sync.__file__}, not from {unpacked}"
            )
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


def unwrap(annotation: Any) -> Any:
    while typing.get_origin(annotation) is typing.Annotated:
        annotation = typing.get_args(annotation)[0]
    return annotation


def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and hasattr(annotation, "model_fields")


def _walk(
    annotation: Any, value: Any, pointer: str, side: str, index: SdkIndex | None
) -> Iterator[tuple[str, str]]:
    """(pointer, reason) for keys no SDK model defines, fixed-point strings off the SDK's grammar, and (in
    requests) an explicit null where the SDK's field is not nullable (the SDK omits such a field instead)."""
    annotation = unwrap(annotation)
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
            if item is None and side == "request" and index is not None:
                known = index.models.get(annotation.__name__)
                if known is not None and key in known.fields and not known.fields[key].nullable:
                    yield child, "null, but the SDK's field is not nullable (the SDK omits it)"
            yield from _walk(info.annotation, item, child, side, index)
    elif origin in (typing.Union, types.UnionType):
        for arg in typing.get_args(annotation):
            arg = unwrap(arg)
            kind = typing.get_origin(arg) or arg
            if (isinstance(value, dict) and (_is_model(arg) or kind is dict)) or (
                isinstance(value, list) and kind in (list, set)
            ):
                yield from _walk(arg, value, pointer, side, index)
                return
    elif origin in (list, set) and isinstance(value, list):
        (item_type,) = typing.get_args(annotation) or (Any,)
        for position, item in enumerate(value):
            yield from _walk(item_type, item, f"{pointer.rstrip('/')}/{position}", side, index)
    elif origin is dict and isinstance(value, dict):
        item_type = (typing.get_args(annotation) or (Any, Any))[-1]
        for key, item in value.items():
            yield from _walk(item_type, item, f"{pointer.rstrip('/')}/{key}", side, index)


def _fixed_point(description: str, value: Any, pointer: str, side: str) -> Iterator[tuple[str, str]]:
    if not isinstance(value, str):
        return
    for phrase, (request, response) in FIXED_POINT.items():
        if description.startswith(phrase):
            pattern = request if side == "request" else response
            if not re.fullmatch(pattern, value):
                yield pointer, f"{value!r} is off the SDK's {side} grammar for a {phrase[12:]} ({pattern})"


Problem = tuple[str, str, str]  # (JSON pointer, reason, example value)


def validate_model(model: type[Any], body: Any, side: str, index: SdkIndex | None = None) -> list[Problem]:
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
    problems.extend((p, r, "") for p, r in _walk(model, body, "/", side, index))
    return problems
