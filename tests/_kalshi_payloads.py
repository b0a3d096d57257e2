"""Helpers for tests/test_kalshi_payloads.py: the Kalshi spec read as data, and a driver for its client.

Operations are looked up in openapi/kalshi.yaml itself (method, path, request/response schema names), so
the tests follow the spec instead of repeating it. Calls go through each operation's generated
`sync_detailed` and an `httpx.MockTransport`: no network.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import httpx
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ROOT = Path(__file__).resolve().parents[1]
SPEC_PATH = ROOT / "openapi" / "kalshi.yaml"
# The repository is checked out beside shared/ (…/main and …/shared).
FIXTURES = Path(__file__).resolve().parents[2] / "shared" / "fixtures" / "kalshi-wire-2025"
DATA_2026 = Path(__file__).resolve().parent / "data" / "kalshi_2026"
API_PREFIX = "/trade-api/v2"
DEMO_BASE_URL = "https://demo-api.kalshi.co/trade-api/v2"

if importlib.util.find_spec("brokerspec_kalshi") is None:
    # The editable install predates generated/ in this checkout: import the package from the tree.
    sys.path.insert(0, str(ROOT / "generated"))

import brokerspec_kalshi  # noqa: E402
import brokerspec_kalshi.models  # noqa: E402

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
SPEC_URN = "urn:brokerspec:kalshi"


# ---------------------------------------------------------------- the spec as data


@functools.cache
def spec() -> dict[str, Any]:
    return yaml.safe_load(SPEC_PATH.read_text())


def resolve(node: Any) -> Any:
    """Follow a local `$ref` (one level is all the spec uses for parameters, responses and examples)."""
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec()
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _schema_name(media: dict[str, Any] | None) -> str | None:
    if not media:
        return None
    ref = media["application/json"]["schema"]["$ref"]
    return ref.rsplit("/", 1)[-1]


@dataclass(frozen=True)
class Operation:
    """One operation of the spec and the generated module that implements it."""

    operation_id: str
    method: str
    path: str
    tag: str
    parameters: dict[str, dict[str, Any]]
    request_schema: str | None
    request_examples: dict[str, Any]
    response_schemas: dict[str, str | None]  # status ("200", "404", "default") -> schema name or None
    response_examples: dict[str, dict[str, Any]]  # status -> {example name: value}
    raw: dict[str, Any] = field(repr=False, compare=False)

    @property
    def module(self) -> ModuleType:
        package = self.tag.replace("-", "_")
        return importlib.import_module(f"brokerspec_kalshi.api.{package}.{self.operation_id}")

    @property
    def success_status(self) -> str:
        return next(status for status in self.response_schemas if status.startswith("2"))

    @property
    def success_schema(self) -> str | None:
        return self.response_schemas[self.success_status]

    @property
    def path_parameters(self) -> list[str]:
        return re.findall(r"{(\w+)}", self.path)

    def path_regex(self) -> re.Pattern[str]:
        return re.compile("^" + re.sub(r"{(\w+)}", r"(?P<\1>[^/]+)", self.path) + "$")


@functools.cache
def operations() -> dict[str, Operation]:
    found: dict[str, Operation] = {}
    for path, item in spec()["paths"].items():
        shared_params = [resolve(p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            if method not in item:
                continue
            op = item[method]
            params = shared_params + [resolve(p) for p in op.get("parameters", [])]
            body = op.get("requestBody", {}).get("content")
            responses = {status: resolve(resp) for status, resp in op["responses"].items()}
            found[op["operationId"]] = Operation(
                operation_id=op["operationId"],
                method=method.upper(),
                path=path,
                tag=op["tags"][0],
                parameters={p["name"]: p for p in params},
                request_schema=_schema_name(body),
                request_examples={
                    name: resolve(ex)["value"]
                    for name, ex in (body or {}).get("application/json", {}).get("examples", {}).items()
                },
                response_schemas={
                    status: _schema_name(resp.get("content")) for status, resp in responses.items()
                },
                response_examples={
                    status: {
                        name: resolve(ex)["value"]
                        for name, ex in resp.get("content", {})
                        .get("application/json", {})
                        .get("examples", {})
                        .items()
                    }
                    for status, resp in responses.items()
                },
                raw=op,
            )
    return found


def find_operation(method: str, path: str) -> tuple[Operation, dict[str, str]]:
    """The operation serving `METHOD path` (relative to the server); literal segments win over templates."""
    candidates = sorted(operations().values(), key=lambda op: len(op.path_parameters))
    for op in candidates:
        if op.method == method.upper() and (match := op.path_regex().match(path)):
            return op, match.groupdict()
    raise LookupError(f"no operation in {SPEC_PATH.name} for {method} {path}")


def model(schema_name: str) -> type:
    """The generated attrs class of a component schema (its name is the schema's name)."""
    return getattr(brokerspec_kalshi.models, schema_name)


def typed_query_value(op: Operation, name: str, raw: str) -> Any:
    schema = op.parameters[name]["schema"]
    return int(raw) if schema.get("type") == "integer" else raw


# ---------------------------------------------------------------- JSON Schema validation of spec schemas


@functools.cache
def _registry() -> Registry:
    resource = Resource.from_contents(spec(), default_specification=DRAFT202012)
    return Registry().with_resource(SPEC_URN, resource)


def validator(schema_name: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$ref": f"{SPEC_URN}#/components/schemas/{schema_name}"}, registry=_registry()
    )


# ---------------------------------------------------------------- driving the generated client


@dataclass
class Exchange:
    """What one mocked call saw: the request the client sent and the generated `Response`."""

    request: httpx.Request
    response: Any  # brokerspec_kalshi.types.Response


def call(
    op: Operation,
    *,
    status: int,
    body: Any = None,
    raw_body: str | None = None,
    base_url: str = DEMO_BASE_URL,
    path_params: dict[str, str] | None = None,
    query: dict[str, Any] | None = None,
    request_body: Any = None,
    check_request: Callable[[httpx.Request], None] | None = None,
) -> Exchange:
    """Call `op` via its generated `sync_detailed`; the mock answers `status` with `body` or `raw_body`."""
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if check_request is not None:
            check_request(request)
        if raw_body is not None:
            return httpx.Response(
                status, content=raw_body.encode(), headers={"Content-Type": "application/json"}
            )
        if body is None:
            return httpx.Response(status)
        return httpx.Response(status, json=body)

    client = brokerspec_kalshi.Client(
        base_url=base_url, httpx_args={"transport": httpx.MockTransport(handler)}
    )
    kwargs: dict[str, Any] = {name: f"{name}-1" for name in op.path_parameters}
    kwargs.update(path_params or {})
    kwargs.update(query or {})
    if op.request_schema is not None:
        if request_body is None:
            request_body = next(iter(op.request_examples.values()))
        kwargs["body"] = model(op.request_schema).from_dict(request_body)
    with client:
        response = op.module.sync_detailed(client=client, **kwargs)
    assert len(seen) == 1, f"{op.operation_id} sent {len(seen)} requests"
    return Exchange(request=seen[0], response=response)


# ---------------------------------------------------------------- recorded and hand-built payloads


@dataclass(frozen=True)
class Interaction:
    """One recorded request/response pair of a 2025 cassette."""

    cassette: str
    index: int
    method: str
    uri: str
    request_body: Any
    status: int
    body_text: str

    @property
    def id(self) -> str:
        return f"{self.cassette}[{self.index}]"

    @property
    def api_path(self) -> str:
        return urlsplit(self.uri).path.removeprefix(API_PREFIX)

    @property
    def base_url(self) -> str:
        parts = urlsplit(self.uri)
        return f"{parts.scheme}://{parts.netloc}{API_PREFIX}"

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.uri).query)


def recorded_interactions() -> Iterator[Interaction]:
    """Every interaction of the 2025 cassettes under /portfolio (the /markets call is out of scope)."""
    for path in sorted(FIXTURES.glob("*.yaml")):
        cassette = yaml.safe_load(path.read_text())
        for index, item in enumerate(cassette["interactions"]):
            request, response = item["request"], item["response"]
            interaction = Interaction(
                cassette=path.stem,
                index=index,
                method=request["method"],
                uri=request["uri"],
                request_body=json.loads(request["body"]) if request["body"] else None,
                status=response["status"]["code"],
                body_text=response["body"]["string"],
            )
            if interaction.api_path.startswith("/portfolio/"):
                yield interaction


def payloads_2026() -> dict[str, dict[str, Any]]:
    """tests/data/kalshi_2026/<operation_id>.json -> {"status": int, "body": JSON}."""
    return {path.stem: json.loads(path.read_text()) for path in sorted(DATA_2026.glob("*.json"))}


def canonical(value: Any) -> str:
    """A JSON text that tells apart what `==` conflates (1 vs 1.0 vs True), for strict deep equality."""
    return json.dumps(value, sort_keys=True)


def assert_same_json(actual: Any, expected: Any) -> None:
    assert actual == expected
    assert canonical(actual) == canonical(expected)
