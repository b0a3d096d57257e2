"""The MCP server: `build_server` registers the tool table, every tool the same way, on an SDK server
whose every failure speaks our error vocabulary.

What the tools are lives in `tools.py` (the table), what they return in `results.py`, their schemas in
`schemas.py`, the human confirmation of a placement in `confirm.py`; what they do in `service.py`.

Start-up is a product metric (a host spawns the server for every session), so this module and those it
imports load only the MCP SDK and the input models. The output models, the service, the adapters and the
generated clients load on the first tool call; the published output and input schemas come from
`output_schemas.json` and `input_schemas.json` (`python -m brokerspec.app.schema_files` rebuilds both).
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import threading
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any

from mcp.server.mcpserver import MCPServer
from mcp.server.mcpserver.tools import Tool
from mcp_types import CallToolResult

from brokerspec import __version__
from brokerspec.app.resources import register_resources_and_prompts
from brokerspec.app.results import INTERNAL_ERROR, error_result, invalid_arguments, log, one_line, run_tool
from brokerspec.app.schemas import input_schema, published_input_schemas, published_output_schemas
from brokerspec.app.tools import TOOLS, ToolSpec
from brokerspec.app.ui import APP_TOOL_OUTPUTS, APP_TOOLS, apps_extension, hide_app_only_tools, tool_meta

if TYPE_CHECKING:
    from brokerspec.app.service import Service
    from brokerspec.config import Configuration

INSTRUCTIONS = """\
brokerspec reads portfolios (Kalshi, Wealthy, a vendor gateway) and trades Kalshi.
Start with `capabilities` (mode, environments, limits). Writes are read-only unless the human enabled
them. To trade: kalshi_preview_orders, show the preview to the human, then kalshi_place_orders with the
same orders and the preview_token. Never invent a token or place an order the human did not ask for.
Money is in strings: USD dollars for Kalshi, INR for Indian brokers."""


def build_server(
    service: Service | None = None, *, sandbox: bool = False, configuration: Configuration | None = None
) -> MCPServer:
    """The MCP server with every tool registered against `service` (one per process).

    `configuration`: what `serve` read and reported at start, for the service created on the first call.
    """
    svc: Service = _LazyService(service, sandbox, configuration)  # type: ignore[assignment]
    # stdio servers log to stderr; per-request httpx lines would drown what matters.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    mcp = _Server(
        name="brokerspec",
        version=__version__,
        instructions=INSTRUCTIONS,
        log_level="WARNING",
        tools=mcp_tools(svc, published_output_schemas(), published_input_schemas()),
        extensions=[apps_extension()],  # the MCP Apps views (ui/): the order ticket and the portfolio
    )
    mcp.service = svc  # the resolvers reach it through their context
    mcp.middleware.append(hide_app_only_tools)
    register_resources_and_prompts(mcp, svc)
    return mcp


def mcp_tools(
    service: Service, output_schemas: Mapping[str, Any], input_schemas: Mapping[str, Any] | None = None
) -> list[Tool]:
    """The SDK tools of `TOOLS`, then the app-only tools of the views (`ui.APP_TOOLS`), bound to `service`,
    each publishing its schema of `output_schemas` and, where it has a view, its `_meta.ui`.

    `input_schemas`: the published input schemas (`input_schemas.json`), used as they are instead of
    being derived again; None derives each from its arguments (how that file is built)."""
    published = input_schemas or {}
    made = [_mcp_tool(spec, service, output_schemas[spec.name], published.get(spec.name)) for spec in TOOLS]
    made += [
        _mcp_tool(spec, service, output_schemas[APP_TOOL_OUTPUTS[spec.name]], published.get(spec.name))
        for spec in APP_TOOLS
    ]
    for each in made:
        each.meta = tool_meta(each.name)
    return made


def _mcp_tool(
    spec: ToolSpec, service: Service, output_schema: dict[str, Any], published_input: dict[str, Any] | None
) -> Tool:
    signature = inspect.signature(spec.fn)
    target, *inputs = signature.parameters.values()
    if target.name not in ("service", "kalshi"):
        raise TypeError(f"{spec.name}: the first parameter must be `service` or `kalshi`")

    async def call(**arguments: Any) -> CallToolResult:
        async def use_case() -> Any:
            on = service if target.name == "service" else await service.kalshi()
            return await spec.fn(on, **arguments)

        return await run_tool(use_case(), lambda result: spec.summary(result, arguments))

    # The SDK reads a tool's inputs from its signature: the use case's, less the first parameter.
    bound: Any = call
    bound.__name__ = bound.__qualname__ = spec.name
    bound.__signature__ = signature.replace(parameters=inputs, return_annotation=CallToolResult)
    bound.__annotations__ = {p.name: p.annotation for p in inputs} | {"return": CallToolResult}
    with _schema_given(published_input):
        made = Tool.from_function(
            call, name=spec.name, title=spec.title, description=spec.description, annotations=spec.annotations
        )
    made.parameters = published_input if published_input is not None else input_schema(made.parameters)
    # Published, not validated per call (the output models are not imported at start-up); the test
    # suite validates every tool result against it.
    made.fn_metadata.output_schema = output_schema
    return made


_SCHEMA_LOCK = threading.Lock()


@contextlib.contextmanager
def _schema_given(schema: dict[str, Any] | None) -> Iterator[None]:
    """While a tool is made: its argument model answers `schema` instead of deriving its JSON schema.

    Deriving every tool's schema is about half of the server's start-up work, and the result is known
    (`input_schemas.json`, kept equal to the derived one by tests/test_output_schemas.py). The argument
    model itself, which validates every call, is built as always."""
    if schema is None:
        yield
        return
    from mcp.server.mcpserver.utilities.func_metadata import ArgModelBase

    with _SCHEMA_LOCK:
        own = ArgModelBase.__dict__.get("model_json_schema")
        ArgModelBase.model_json_schema = classmethod(lambda cls, *args, **kwargs: schema)  # type: ignore[assignment,method-assign]
        try:
            yield
        finally:
            if own is None:
                del ArgModelBase.model_json_schema  # back to pydantic's own
            else:
                ArgModelBase.model_json_schema = own  # type: ignore[method-assign]


class _Server(MCPServer):
    """`MCPServer` whose failures all speak our error vocabulary (argument errors, unknown tools, crashes)."""

    service: Service

    async def call_tool(self, name: str, arguments: dict[str, Any], context: Any = None) -> Any:
        # An OAuth-authenticated HTTP request: the tool needs its scope, and runs as the token's subject.
        try:
            request = context.request_context.request
        except (AttributeError, ValueError):  # no context, or not a request (stdio has no HTTP request)
            request = None
        user = getattr(request, "scope", {}).get("user") if request is not None else None
        token = getattr(user, "access_token", None)
        if token is not None:
            from brokerspec.app.oauth import authorized_call

            read_only = (await self._read_only_tools()).get(name)
            return await authorized_call(
                token, name, read_only, lambda: self._call_tool(name, arguments, context)
            )
        return await self._call_tool(name, arguments, context)

    async def _read_only_tools(self) -> dict[str, bool]:
        """Every listed tool (app-only ones too) and whether it is marked read-only, read once."""
        known: dict[str, bool] | None = getattr(self, "_read_only", None)
        if known is None:
            known = {
                t.name: bool(t.annotations is not None and t.annotations.read_only_hint)
                for t in await self.list_tools()
            }
            self._read_only = known
        return known

    async def _call_tool(self, name: str, arguments: dict[str, Any], context: Any) -> Any:
        from mcp.server.mcpserver.exceptions import ToolError, UnexpectedToolError
        from pydantic import ValidationError

        try:
            return await super().call_tool(name, arguments, context)
        except UnexpectedToolError:
            log.exception("tool %r failed", name)
            return error_result(INTERNAL_ERROR)
        except ToolError as exc:
            if isinstance(exc.__cause__, ValidationError):
                return invalid_arguments(name, exc.__cause__)
            return error_result(
                {
                    "code": "invalid_request",
                    "message": one_line(str(exc))[:300],
                    "retry_safe": False,
                    "suggestion": "call tools/list for the tools and their arguments",
                }
            )


class _LazyService:
    """The process's `Service`, created (and its modules imported) on the first tool call."""

    def __init__(self, service: Service | None, sandbox: bool, configuration: Configuration | None) -> None:
        self._service, self._sandbox, self._configuration = service, sandbox, configuration

    def __getattr__(self, name: str) -> Any:
        if self._service is None:
            from brokerspec.app.service import Service

            self._service = Service(sandbox=self._sandbox, configuration=self._configuration)
        return getattr(self._service, name)
