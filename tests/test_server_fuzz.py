"""Every MCP tool fuzzed through a real MCP client against the sandbox, with trading on.

Inputs come from each tool's published `inputSchema` (hypothesis-jsonschema) mixed with hostile values:
path tricks (`.`, `..`, `a/b`, `%2F`, route names such as `batched`), 1 MB and long unicode strings,
control and bidi characters, huge/negative/NaN/Infinity numbers, many-decimal prices, wrong types,
missing required and unknown extra arguments. Every call must hold three properties:

* no `internal_error` (a bug of ours) anywhere in the result;
* every HTTP request that reached the sandbox is one of the tool's own operations of the specs in
  `openapi/`, each `{param}` exactly one non-empty segment (not `.`/`..`, no `/` once decoded), the
  decoded path as many segments as the template, and only the operation's declared query parameters;
* the result's total text (errors included) is within `MAX_RESULT_CHARS`.

Two deterministic sweeps come first, so the worst cases never depend on luck: every path-id tool gets
every path trick, and every scalar argument gets a 100,000-character string or huge numbers. Then a
property test per tool. Bounded (about 550 calls), `derandomize=True`, no example database, no
shrinking. Hypothesis also draws literals from the loaded code under test, so the property tests'
examples can shift with the modules another test file imported; the sweeps do not.
`BROKERSPEC_FUZZ_SCALE=10` multiplies the property tests' examples for a deeper local run.
"""

from __future__ import annotations

import asyncio
import functools
import json
import logging
import math
import os
import re
from collections.abc import AsyncIterator, Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

import pytest
import pytest_asyncio
import yaml
from brokerspec.app.results import MAX_RESULT_CHARS
from brokerspec.app.service import Service
from brokerspec.sandbox.server import RecordedRequest, SandboxServer
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema
from server_helpers import (
    Checked,
    held_client,
    order,
    preview_and_place,
    sandbox_env,
)

#: Every async test shares the module's event loop, where the one client and service live.
_MODULE_LOOP = pytest.mark.asyncio(loop_scope="module")

ROOT = Path(__file__).resolve().parent.parent
SPECS = {"kalshi": "kalshi.yaml", "wealthy": "wealthy.yaml", "vendor_gateway": "vendor_gateway.yaml"}
_SCALE = float(os.environ.get("BROKERSPEC_FUZZ_SCALE", "1"))
_CALL_TIMEOUT_S = 60

# --- which operations each tool may send (operation = "<broker>:<operationId>") -------------------------

_PORTFOLIO = {
    "kalshi:get_balance",
    "kalshi:get_positions",
    "wealthy:get_holdings",
    "wealthy:get_positions",
    "vendor_gateway:get_holdings",
    "vendor_gateway:get_positions",
}
#: What a preview reads before it answers: each market, its series, its book, the exchange, the balance.
_MARKET_READS = {
    "kalshi:get_market",
    "kalshi:get_series",
    "kalshi:get_market_orderbook",
    "kalshi:get_exchange_status",
    "kalshi:get_balance",
}
#: tool -> (examples in CI, operations it may send whatever its arguments).
TOOLS: dict[str, tuple[int, set[str]]] = {
    "capabilities": (3, set()),
    "get_portfolio": (6, _PORTFOLIO),
    "get_holdings": (10, _PORTFOLIO),
    "get_positions": (10, _PORTFOLIO),
    "kalshi_get_balance": (3, {"kalshi:get_balance"}),
    "kalshi_list_fills": (12, {"kalshi:get_fills"}),
    "kalshi_list_orders": (12, {"kalshi:get_orders"}),
    "kalshi_get_order": (30, {"kalshi:get_order"}),
    "kalshi_list_positions": (12, {"kalshi:get_positions"}),
    "kalshi_list_settlements": (12, {"kalshi:get_settlements"}),
    "kalshi_get_queue_positions": (12, {"kalshi:get_queue_positions"}),
    "kalshi_get_order_groups": (25, {"kalshi:get_order_groups", "kalshi:get_order_group"}),
    "kalshi_get_market": (12, {"kalshi:get_market", "kalshi:get_series", "kalshi:get_exchange_status"}),
    "kalshi_find_markets": (12, {"kalshi:get_markets"}),
    "kalshi_get_orderbook": (12, {"kalshi:get_market_orderbook"}),
    # a preview reads its markets (then kalshi_place_orders runs when a token is issued)
    "kalshi_preview_orders": (15, _MARKET_READS),
    "kalshi_place_orders": (
        15,
        {"kalshi:create_order_v2", "kalshi:batch_create_orders_v2", "kalshi:get_orders"},
    ),
    # writes that name an order or a group may first look up where it lives (its shard and subaccount)
    "kalshi_cancel_orders": (
        30,
        {"kalshi:cancel_order_v2", "kalshi:batch_cancel_orders_v2", "kalshi:get_order"},
    ),
    "kalshi_amend_order": (25, {"kalshi:amend_order_v2", "kalshi:get_order"} | _MARKET_READS),
    "kalshi_decrease_order": (25, {"kalshi:decrease_order_v2", "kalshi:get_order"}),
    "kalshi_manage_order_group": (
        25,
        {
            "kalshi:create_order_group",
            "kalshi:delete_order_group",
            "kalshi:reset_order_group",
            "kalshi:trigger_order_group",
            "kalshi:update_order_group_limit",
            "kalshi:get_order_groups",
        },
    ),
}


def allowed_operations(tool: str, args: dict[str, Any]) -> set[str]:
    """The operations this call may send: narrower than the tool's set where the arguments decide."""
    ops = TOOLS[tool][1]
    if tool == "kalshi_cancel_orders":
        ids = args.get("order_ids")
        if isinstance(ids, list):
            # a batch item asked on the wrong shard is resent alone, on the order's own shard
            cancel = (
                {"kalshi:cancel_order_v2"}
                if len(ids) == 1
                else {"kalshi:batch_cancel_orders_v2", "kalshi:cancel_order_v2"}
            )
            return cancel | {"kalshi:get_order"}
    if tool == "kalshi_get_order_groups":
        return {"kalshi:get_order_group"} if args.get("order_group_id") else {"kalshi:get_order_groups"}
    if tool == "kalshi_manage_order_group" and args.get("action") in ("create", "delete", "reset", "trigger"):
        lookup = set() if args["action"] == "create" else {"kalshi:get_order_groups"}
        return {f"kalshi:{args['action']}_order_group"} | lookup
    if tool == "kalshi_manage_order_group" and args.get("action") == "limit":
        return {"kalshi:update_order_group_limit", "kalshi:get_order_groups"}
    return ops


# --- the operation templates of the specs ------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    operation: str
    method: str
    segments: tuple[str, ...]  # the full path (base prefix included) split on "/"
    query: frozenset[str]

    @property
    def params(self) -> int:
        return sum(s.startswith("{") for s in self.segments)


def _parameter(spec: dict[str, Any], p: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in p:
        p = spec["components"]["parameters"][p["$ref"].rsplit("/", 1)[-1]]
    return p


@functools.cache
def _spec(file: str) -> dict[str, Any]:
    return yaml.safe_load((ROOT / "openapi" / file).read_text(encoding="utf-8"))


def load_templates(prefixes: dict[str, str]) -> list[Template]:
    """Every operation of the three specs, under the sandbox's base path of its broker."""
    out: list[Template] = []
    for broker, file in SPECS.items():
        spec = _spec(file)
        for path, item in spec["paths"].items():
            common = item.get("parameters", [])
            for method, op in item.items():
                if method not in ("get", "put", "post", "delete", "patch"):
                    continue
                params = [_parameter(spec, p) for p in [*common, *op.get("parameters", [])]]
                out.append(
                    Template(
                        operation=f"{broker}:{op['operationId']}",
                        method=method.upper(),
                        segments=tuple((prefixes[broker] + path).split("/")),
                        query=frozenset(p["name"] for p in params if p.get("in") == "query"),
                    )
                )
    return out


#: RFC 3986 pchar, percent-encoded or not: what one raw path segment may hold.
_PCHAR = re.compile(r"(?:[A-Za-z0-9\-._~!$&'()*+,;=:@]|%[0-9A-Fa-f]{2})+")


def request_problems(r: RecordedRequest, templates: list[Template], allowed: set[str]) -> list[str]:
    """Why this request is not a well-formed call of one of the `allowed` operations (empty: it is)."""
    raw = r.raw_path.split("/")
    decoded = [unquote(s) for s in raw]
    # Router semantics: of the templates this path fits, the one with the fewest parameters wins.
    fits = [
        t
        for t in templates
        if t.method == r.method
        and len(t.segments) == len(raw)
        and all(s.startswith("{") or s == d for s, d in zip(t.segments, decoded, strict=True))
    ]
    where = f"{r.method} {r.raw_path[:200]}"
    if not fits:
        return [f"{where}: matches no operation of the specs"]
    t = min(fits, key=lambda t: t.params)
    problems = []
    if t.operation not in allowed:
        problems.append(f"{where}: reached {t.operation}, not one of {sorted(allowed)}")
    for s, seg, value in zip(t.segments, raw, decoded, strict=True):
        if not s.startswith("{"):
            continue
        if not seg or not _PCHAR.fullmatch(seg):
            problems.append(f"{where}: {s} is not one non-empty segment ({seg[:40]!r})")
        elif value in (".", "..") or "/" in value:
            problems.append(f"{where}: {s} changes the route once decoded ({value[:40]!r})")
    if len(r.path.split("/")) != len(t.segments):
        problems.append(
            f"{where}: decoded path has {len(r.path.split('/'))} segments, template {len(t.segments)}"
        )
    unknown = {k for k, _ in parse_qsl(r.query, keep_blank_values=True)} - t.query
    if unknown:
        problems.append(f"{where}: query parameters {sorted(unknown)} not declared for {t.operation}")
    return problems


# --- hostile values ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Big:
    """A huge string, kept symbolic so hypothesis and failure messages print it short."""

    unit: str
    times: int

    def __repr__(self) -> str:
        return f"{self.unit!r}*{self.times}"

    def text(self) -> str:
        return self.unit * self.times


MB = 1 << 20
BIG_STRINGS = [
    Big("a", MB),  # 1 MB
    Big("é", MB // 2),  # 1 MB of UTF-8
    Big("\U0001f916", MB // 4),  # 1 MB of astral characters
    Big("\u0928\u093f\u202e", 30_000),  # long Devanagari with bidi overrides
    Big("x", 70_000),  # just over httpx's URL length limit
    Big("a/", 2_000),
    Big("%2F", 3_000),
]
PATH_TRICKS = [".", "..", "", "/", "a/b", "../balance", "./x", "%2F", "%2e%2e", "%2e", "a%2Fb", "\\..\\x"]
ROUTE_NAMES = ["batched", "queue_positions", "create", "reset", "amend", "decrease", "events"]
SMALL_HOSTILE: list[Any] = [
    *PATH_TRICKS,
    "?x=1",
    "#frag",
    "a?b=c",
    "a&status=canceled",
    "\n",
    "\r\n",
    "\x00",
    "\x7f",
    "\t",
    " ",
    " KXDEMO-26-B ",
    "\u202e",
    "\u202eexe.txt",
    "\u200b",
    "\ufeff",
    "\u2024\u2024",  # one-dot leaders
    "\uff0e\uff0e",  # fullwidth dots
    "\ud7ff\U0010ffff",
    "💣",
    *ROUTE_NAMES,
]
HOSTILE_NUMBERS: list[Any] = [
    0,
    -1,
    1,
    -(2**63),
    2**63,
    2**64 + 1,
    10**30,
    -(10**30),
    10**400,
    1.5,
    -0.0,
    1e308,
    -1e308,
    5e-324,
    math.nan,  # JSON cannot carry these: the client sends null
    math.inf,
    -math.inf,
    "NaN",
    "nan",
    "Infinity",
    "-Infinity",
    "1e999",
    "-1e999",
    "1e-400",
    "0.005",
    "0.015",
    "-0.50",
    "0.123456789012345678901234567890123",
    "0." + "1" * 5000,
    "1" * 5000,
    "0x10",
    " 1 ",
    "1_000",
]
WRONG_TYPES: list[Any] = [None, True, False, [], {}, [None], {"a": 1}, "true"]
EXTRA_KEYS = ["unknown_arg", "", "__proto__", "subaccount", "order_id", "confirmation", "x" * 300]


def materialize(value: Any) -> Any:
    if isinstance(value, Big):
        return value.text()
    if isinstance(value, dict):
        return {k: materialize(v) for k, v in value.items()}
    if isinstance(value, list):
        return [materialize(v) for v in value]
    return value


def short(value: Any) -> str:
    """The arguments as a short, reproducible expression (huge strings as 'a'*1048576)."""
    if isinstance(value, str) and len(value) > 60:
        return f"{value[:20]!r}...({len(value)} chars)"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {short(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(short(v) for v in value[:5]) + (", ..." if len(value) > 5 else "") + "]"
    return repr(value)


# --- strategies from the input schemas ---------------------------------------------------------------


def inline_refs(node: Any, defs: dict[str, Any]) -> Any:
    if isinstance(node, dict):
        if "$ref" in node:
            return inline_refs(defs[node["$ref"].rsplit("/", 1)[-1]], defs)
        return {k: inline_refs(v, defs) for k, v in node.items() if k != "$defs"}
    if isinstance(node, list):
        return [inline_refs(v, defs) for v in node]
    return node


def _types(schema: dict[str, Any]) -> set[str]:
    kinds = schema.get("type", [])
    found = {kinds} if isinstance(kinds, str) else set(kinds)
    if "enum" in schema:
        found.add("string")
    for branch in schema.get("anyOf", []):
        found |= _types(branch)
    return found


@dataclass
class Pool:
    """Real sandbox values by argument name (resting order ids, a group id, tickers), so that valid
    calls reach the sandbox and succeed; a string argument of another name may get any of them."""

    by_name: dict[str, list[str]] = field(default_factory=dict)

    def strings(self, name: str | None) -> list[str]:
        if name in self.by_name:
            return self.by_name[name]
        return [v for values in self.by_name.values() for v in values]


def _decimal_branches(schema: dict[str, Any]) -> dict[str, Any] | None:
    """pydantic's Decimal: `anyOf: [number with bounds, string]`; the number branch, if so."""
    branches = schema.get("anyOf", [])
    numbers = [b for b in branches if b.get("type") == "number"]
    if len(branches) == 2 and numbers and any(b == {"type": "string"} for b in branches):
        return numbers[0]
    return None


def valid(schema: dict[str, Any], pool: Pool, name: str | None = None) -> st.SearchStrategy[Any]:
    """A value the schema allows, real sandbox values first for strings.

    Objects and arrays are built here and only their leaves by hypothesis-jsonschema: its object
    strategy (0.23.1) uses a hypothesis-internal API that current hypothesis has changed.
    """
    kinds = _types(schema)
    if "object" in kinds:
        return valid_object(schema, pool)
    if "array" in kinds and isinstance(schema.get("items"), dict):
        return st.lists(
            valid(schema["items"], pool, name),
            min_size=schema.get("minItems", 0),
            max_size=min(schema.get("maxItems", 5), 5),
        )
    number = _decimal_branches(schema)
    if number is not None:  # a decimal: a JSON number, its string, or a whole number of ticks
        tick = Decimal(str(number["minimum"]))
        ticks = st.integers(1, int(Decimal(str(number["maximum"])) / tick)).map(lambda n: str(n * tick))
        return st.one_of(ticks, from_schema(number), from_schema(number).map(str))
    strategy = from_schema(schema)
    real = pool.strings(name)
    if "string" in kinds and "enum" not in schema and real:
        strategy = st.one_of(st.sampled_from(real), strategy)
    return strategy


def valid_object(schema: dict[str, Any], pool: Pool) -> st.SearchStrategy[dict[str, Any]]:
    props = schema.get("properties", {})
    required = set(schema.get("required", []))
    return st.fixed_dictionaries(
        {k: valid(v, pool, k) for k, v in props.items() if k in required},
        optional={k: valid(v, pool, k) for k, v in props.items() if k not in required},
    )


def hostile(
    schema: dict[str, Any], pool: Pool, name: str | None = None, *, big: bool = True
) -> st.SearchStrategy[Any]:
    """A value meant to break the tool, mostly of the schema's own type; containers keep their shape
    with one part hostile, so the hostile part gets past the outer validation."""
    kinds = _types(schema)
    branches: list[st.SearchStrategy[Any]] = []
    if "object" in kinds:
        branches.append(arguments(schema, pool, big=big))
    if "array" in kinds and isinstance(schema.get("items"), dict):
        items, most = schema["items"], schema.get("maxItems", 20)
        branches.append(_one_item_hostile(valid(schema, pool, name), hostile(items, pool, name, big=big)))
        branches.append(
            st.lists(
                st.one_of(hostile(items, pool, name, big=False), valid(items, pool, name)),
                min_size=0,
                max_size=most + 2,
            )
        )
        branches.append(st.lists(valid(items, pool, name), min_size=most + 1, max_size=most + 3))
    if "string" in kinds:
        branches.append(st.sampled_from(SMALL_HOSTILE))
        if big:
            branches.append(st.sampled_from(BIG_STRINGS))
    if kinds & {"integer", "number"}:
        branches.append(st.sampled_from(HOSTILE_NUMBERS))
    branches.append(st.sampled_from(WRONG_TYPES))
    return st.one_of(branches)


@st.composite
def _one_item_hostile(
    draw: st.DrawFn, items: st.SearchStrategy[list[Any]], bad: st.SearchStrategy[Any]
) -> Any:
    value = list(draw(items)) or [None]
    value[draw(st.integers(0, len(value) - 1))] = draw(bad)
    return value


@st.composite
def arguments(draw: st.DrawFn, schema: dict[str, Any], pool: Pool, big: bool = True) -> dict[str, Any]:
    """Valid arguments, then one mutation: one field hostile (most often), every field hostile, a
    required one missing, an unknown one added, or none."""
    args: dict[str, Any] = draw(valid_object(schema, pool))
    props = schema.get("properties", {})
    required = list(schema.get("required", []))
    mode = draw(st.sampled_from(["one", "one", "one", "all", "drop", "extra", "valid"]))
    if mode == "one" and props:
        name = draw(st.sampled_from(sorted(props)))
        args[name] = draw(hostile(props[name], pool, name, big=big))
    elif mode == "all":
        for name in sorted(props):
            if draw(st.booleans()):
                args[name] = draw(hostile(props[name], pool, name, big=False))
    elif mode == "drop" and required:
        args.pop(draw(st.sampled_from(required)), None)
    elif mode == "extra":
        args[draw(st.sampled_from(EXTRA_KEYS))] = draw(st.sampled_from([*SMALL_HOSTILE, *WRONG_TYPES]))
    return args


def tool_arguments(input_schema: dict[str, Any], pool: Pool) -> st.SearchStrategy[dict[str, Any]]:
    return arguments(inline_refs(input_schema, input_schema.get("$defs", {})), pool)


# --- one checked call ---------------------------------------------------------------------------------


def _internal_errors(value: Any) -> bool:
    if isinstance(value, dict):
        return value.get("code") == "internal_error" or any(_internal_errors(v) for v in value.values())
    if isinstance(value, list):
        return any(_internal_errors(v) for v in value)
    return False


@dataclass
class Fuzzer:
    """A connected client on a trading Service, the sandbox it talks to and its templates."""

    c: Checked
    sandbox: SandboxServer
    templates: list[Template]
    pool: Pool
    schemas: dict[str, dict[str, Any]]
    _strategies: dict[str, st.SearchStrategy[dict[str, Any]]] = field(default_factory=dict)

    def arguments(self, tool: str) -> st.SearchStrategy[dict[str, Any]]:
        if tool not in self._strategies:  # built once: hypothesis-jsonschema canonicalises each schema
            self._strategies[tool] = tool_arguments(self.schemas[tool], self.pool)
        return self._strategies[tool]

    async def problems(self, tool: str, args: dict[str, Any]) -> list[str]:
        """Call `tool` with `args` (as drawn, huge strings symbolic); what went wrong, if anything.

        A preview that issues a token is followed through (amend again with the token; preview_orders
        by kalshi_place_orders), so hostile values that pass validation reach the sandbox.
        """
        sent = materialize(args)
        problems, data = await self._one(tool, sent)
        follow = _follow_up(tool, sent, data)
        if follow is not None:
            more, _ = await self._one(*follow)
            problems += [f"then {follow[0]} with the token: {p}" for p in more]
        return problems

    async def _one(self, tool: str, sent: dict[str, Any]) -> tuple[list[str], Any]:
        self.sandbox.requests.clear()
        try:
            result = await asyncio.wait_for(self.c.client.call_tool(tool, sent), _CALL_TIMEOUT_S)
        except Exception as exc:  # the client itself failed: the session is broken
            return [f"the call raised {type(exc).__name__}: {str(exc)[:200]}"], None
        problems = []
        text = "".join(getattr(block, "text", "") for block in result.content)
        if len(text) > MAX_RESULT_CHARS:
            problems.append(f"result of {len(text)} chars over the {MAX_RESULT_CHARS} cap")
        body: Any = result.structured_content
        if result.is_error:
            try:
                body = json.loads(text.split("\n", 1)[1])
            except (IndexError, ValueError):
                body = None  # the SDK's own argument validation: plain text
        if _internal_errors(body):
            problems.append(f"internal_error: {text.splitlines()[0][:200]}")
        allowed = allowed_operations(tool, sent)
        for request in list(self.sandbox.requests):
            if request.path.startswith("/_sandbox"):
                continue
            problems.extend(request_problems(request, self.templates, allowed))
        return problems, None if result.is_error else body


def _follow_up(tool: str, sent: dict[str, Any], data: Any) -> tuple[str, dict[str, Any]] | None:
    """The second step of a write whose preview issued a token, as an agent would make it."""
    if not isinstance(data, dict):
        return None
    if tool == "kalshi_amend_order" and sent.get("preview_token") is None:
        token = (data.get("preview") or {}).get("preview_token")
        return (tool, {**sent, "preview_token": token}) if token else None
    if tool == "kalshi_preview_orders" and data.get("preview_token"):
        if len(data.get("orders", [])) != len(sent["orders"]):
            return None  # a preview cut to the size cap: nothing to place from
        orders = [
            {**o, "client_order_id": p["client_order_id"]}
            for o, p in zip(sent["orders"], data["orders"], strict=True)
        ]
        return "kalshi_place_orders", {"orders": orders, "preview_token": data["preview_token"]}
    return None


@pytest.fixture(scope="module")
def sandbox(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SandboxServer]:
    """The sandbox without its exchange-like token buckets: the fuzzer sends hundreds of calls a second on
    purpose, and a 429 would hide the behaviour under test (rate limits have their own tests)."""
    with SandboxServer(key_dir=tmp_path_factory.mktemp("keys"), rate_limit_tier=None) as server:
        yield server


#: The fuzzer measures inputs, not pacing: the client-side budgets would only make it wait.
_NO_RATE_LIMITS = {
    f"BROKERSPEC_{broker.upper()}_{kind}_PER_SECOND": "100000"
    for broker in SPECS
    for kind in ("READS", "WRITES")
}


def _prefixes(sandbox: SandboxServer) -> dict[str, str]:
    return {broker: urlsplit(url).path.rstrip("/") for broker, url in sandbox.base_urls.items()}


@dataclass
class _Session:
    c: Checked
    templates: list[Template]
    schemas: dict[str, dict[str, Any]]


@pytest_asyncio.fixture(scope="module", loop_scope="module")
async def session(
    sandbox: SandboxServer,
    tmp_path_factory: pytest.TempPathFactory,
) -> AsyncIterator[_Session]:
    """One trading Service and client for the module (start-up is paid once); server tracebacks
    silenced, as internal errors are asserted on the results, not read from the log."""
    quiet = logging.getLogger("brokerspec.app.server")
    quiet.disabled = True
    service = Service(env=sandbox_env(sandbox, tmp_path_factory.mktemp("fuzz"), **_NO_RATE_LIMITS))
    try:
        async with held_client(service) as c:
            listed = (await c.client.list_tools()).tools
            yield _Session(c, load_templates(_prefixes(sandbox)), {t.name: t.input_schema for t in listed})
    finally:
        service.close()
        quiet.disabled = False


@pytest_asyncio.fixture(loop_scope="module")
async def fuzzer(session: _Session, sandbox: SandboxServer) -> Fuzzer:
    """Fresh targets for every test: two resting orders and an order group (an earlier test may
    have canceled or deleted the last ones)."""
    c = session.c
    placed = await preview_and_place(c, order(price="0.05"), order(side="no", price="0.30"))
    group = await c.ok("kalshi_manage_order_group", {"action": "create", "contracts_limit": 5})
    order_ids = [r["order_id"] for r in placed["results"]]
    tickers = ["KXDEMO-26-B", "KXDEMO-26-A"]
    pool = Pool(
        {
            "order_id": order_ids,
            "order_ids": order_ids,
            "client_order_id": [r["client_order_id"] for r in placed["results"]],
            "order_group_id": [group["order_group_id"]],
            "ticker": tickers,
            "market_tickers": [",".join(tickers), *tickers],
            "event_ticker": ["KXDEMO-26"],
            "cursor": ["2"],
        }
    )
    return Fuzzer(c=c, sandbox=sandbox, templates=session.templates, pool=pool, schemas=session.schemas)


def _failure(tool: str, args: dict[str, Any], problems: Iterable[str]) -> str:
    return f"{tool}({short(args)}):\n  " + "\n  ".join(problems)


# --- the tests ---------------------------------------------------------------------------------------


@_MODULE_LOOP
async def test_the_fuzzer_covers_every_tool(fuzzer: Fuzzer) -> None:
    assert set(fuzzer.schemas) == set(TOOLS)


def test_the_request_oracle_catches_a_changed_route(sandbox: SandboxServer) -> None:
    """The oracle itself: cancel-all reached by a dotted id, a split id and a route name are caught."""
    templates = load_templates(_prefixes(sandbox))
    k = _prefixes(sandbox)["kalshi"]

    def check(method: str, raw: str, allowed: set[str], query: str = "") -> list[str]:
        return request_problems(RecordedRequest(method, raw, unquote(raw), query), templates, allowed)

    cancel = {"kalshi:cancel_order_v2"}
    assert check("DELETE", f"{k}/portfolio/events/orders/abc-1", cancel) == []
    assert check("DELETE", f"{k}/portfolio/events/orders", cancel)  # cancel-all
    assert check("DELETE", f"{k}/portfolio/events/orders/", cancel)  # empty id
    assert check("DELETE", f"{k}/portfolio/events/orders/%2E%2E", cancel)
    assert check("DELETE", f"{k}/portfolio/events/orders/a%2Fb", cancel)
    assert check("GET", f"{k}/portfolio/orders/queue_positions", {"kalshi:get_order"})
    assert check("GET", f"{k}/portfolio/orders", {"kalshi:get_orders"}, "ticker=x&bogus=1")
    assert check("GET", f"{k}/portfolio/orders", {"kalshi:get_orders"}, "ticker=x&limit=5") == []


#: Hostile ids that must never reach another route, each sent to every tool that puts an id in a path.
PATH_ID_CALLS: dict[str, list[tuple[str, dict[str, Any]]]] = {
    "kalshi_get_order": [("order_id", {})],
    "kalshi_cancel_orders": [("order_ids", {})],
    "kalshi_amend_order": [
        ("order_id", {"ticker": "KXDEMO-26-B", "action": "buy", "side": "yes", "price": "0.05", "count": 3})
    ],
    "kalshi_decrease_order": [("order_id", {"reduce_by": 1})],
    "kalshi_get_order_groups": [("order_group_id", {})],
    "kalshi_manage_order_group": [
        ("order_group_id", {"action": "delete"}),
        ("order_group_id", {"action": "reset"}),
    ],
}


@_MODULE_LOOP
@pytest.mark.parametrize("tool", sorted(PATH_ID_CALLS))
async def test_hostile_ids_never_reach_another_route(fuzzer: Fuzzer, tool: str) -> None:
    failures = []
    for name, rest in PATH_ID_CALLS[tool]:
        for value in [*PATH_TRICKS, "?x=1", "#frag", *ROUTE_NAMES, Big("x", 70_000)]:
            args = {**rest, name: [value] if name == "order_ids" else value}
            problems = await fuzzer.problems(tool, args)
            if problems:
                failures.append(_failure(tool, args, problems))
    assert not failures, "\n".join(failures)


def base_arguments(tool: str, pool: Pool) -> dict[str, Any]:
    """Valid arguments for `tool` aimed at the sandbox's real orders and group."""
    order_id = pool.by_name["order_id"][0]
    ticket = {"ticker": "KXDEMO-26-B", "action": "buy", "side": "yes", "price": "0.05", "count": 2}
    return {
        "get_holdings": {"broker": "wealthy"},
        "get_positions": {"broker": "kalshi"},
        "kalshi_get_order": {"order_id": order_id},
        "kalshi_preview_orders": {"orders": [ticket]},
        "kalshi_place_orders": {"orders": [ticket], "preview_token": "no-such-token"},
        "kalshi_ticket_place": {"orders": [ticket], "preview_token": "no-such-token"},
        "kalshi_cancel_orders": {"order_ids": [order_id]},
        "kalshi_amend_order": {"order_id": order_id, **ticket},
        "kalshi_decrease_order": {"order_id": order_id, "reduce_by": 1},
        "kalshi_manage_order_group": {"action": "create", "contracts_limit": 5},
    }.get(tool, {})


def leaves(schema: dict[str, Any], path: tuple[Any, ...] = ()) -> Iterable[tuple[tuple[Any, ...], set[str]]]:
    """Every scalar argument of an (inlined) input schema: its path (list items at index 0), its types."""
    kinds = _types(schema)
    if "object" in kinds:
        for name, sub in schema.get("properties", {}).items():
            yield from leaves(sub, (*path, name))
    elif "array" in kinds and isinstance(schema.get("items"), dict):
        yield from leaves(schema["items"], (*path, 0))
    elif path:
        yield path, kinds


def _set(args: dict[str, Any], path: tuple[Any, ...], value: Any) -> dict[str, Any]:
    """A copy of `args` with `value` at `path` (the containers on the way are in `args`)."""
    out = json.loads(json.dumps(args))
    node: Any = out
    for step in path[:-1]:
        node = node[step]
    node[path[-1]] = value
    return out


#: Per scalar type, the extremes every argument of that type gets once (over the cap, over the URL limit).
EXTREMES: dict[str, list[Any]] = {
    "string": [Big("é", 100_000)],
    "integer": [10**30, -(10**30)],
    "number": [10**30, "1e999"],
}


@_MODULE_LOOP
@pytest.mark.parametrize("tool", sorted(TOOLS))
async def test_every_argument_survives_extreme_values(fuzzer: Fuzzer, tool: str) -> None:
    """Each scalar argument in turn (the others valid): a 100,000-character string, huge numbers."""
    schema = fuzzer.schemas[tool]
    base = base_arguments(tool, fuzzer.pool)
    failures = []
    for path, kinds in leaves(inline_refs(schema, schema.get("$defs", {}))):
        for kind in sorted(kinds & set(EXTREMES)):
            for value in EXTREMES[kind]:
                args = _set(base, path, value)
                problems = await fuzzer.problems(tool, args)
                if problems:
                    failures.append(_failure(tool, args, problems))
    assert not failures, "\n".join(failures)


def _fuzz(tool: str, examples: int) -> Any:
    """The property test of one tool: its own example budget, the same examples on every run."""

    @settings(
        max_examples=max(1, round(examples * _SCALE)),
        derandomize=True,
        database=None,
        deadline=None,
        print_blob=False,
        # No shrinking: every step would be another real call (some of 1 MB), and the examples are
        # near-minimal by construction (valid arguments with one hostile field).
        phases=[Phase.explicit, Phase.generate],
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,  # one client and service for all of a tool's examples
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
    @_MODULE_LOOP
    @given(data=st.data())
    async def test(fuzzer: Fuzzer, data: st.DataObject) -> None:
        args = data.draw(fuzzer.arguments(tool), label="arguments")
        problems = await fuzzer.problems(tool, args)
        assert not problems, _failure(tool, args, problems)

    test.__name__ = test.__qualname__ = f"test_{tool}_survives_hostile_inputs"
    return test


for _tool, (_examples, _) in TOOLS.items():
    globals()[f"test_{_tool}_survives_hostile_inputs"] = _fuzz(_tool, _examples)
