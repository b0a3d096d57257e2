"""The `brokerspec` console script: `serve`, `check`, `demo`, `sandbox`, `operations`.

Each subcommand imports what it needs only when it runs, so `brokerspec --help` stays instant.
Configuration comes from environment variables only (see README "Configuration").
"""

from __future__ import annotations

import argparse
import ipaddress
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from brokerspec.config import Configuration

ENV_HTTP_TOKEN = "BROKERSPEC_HTTP_TOKEN"
ENV_TRADING = "BROKERSPEC_TRADING"
ENV_TOKEN_KEY = "BROKERSPEC_TOKEN_KEY"
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def _cmd_operations(args: argparse.Namespace) -> int:
    from brokerspec.brokers.operations import print_operations

    print_operations()
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from brokerspec.app.demo import run_demo

    return run_demo()


def _cmd_sandbox(args: argparse.Namespace) -> int:
    from brokerspec.sandbox.server import main as sandbox_main

    return sandbox_main(args.rest)


def _cmd_check(args: argparse.Namespace) -> int:
    from brokerspec.app.check import run_check

    return run_check()


def _cmd_serve(args: argparse.Namespace) -> int:
    from brokerspec.config import read_configuration

    # Validated once, here: each problem is one stderr line, and the server still starts so the host shows
    # it; `capabilities` lists the problems and the tools they affect answer `invalid_configuration`.
    configuration = read_configuration(broker_env={} if args.sandbox else None)
    if args.http:
        refusal = _http_refusal(args.host, configuration, stateless=args.stateless)
        if refusal:
            print(f"brokerspec: refusing to serve HTTP: {refusal}", file=sys.stderr)
            return 2
    for problem in configuration.problems:
        print(problem.line, file=sys.stderr)
    from brokerspec.app.server import build_server

    server = build_server(sandbox=args.sandbox, configuration=None if args.sandbox else configuration)
    if not args.http:
        server.run("stdio")
        return 0
    import uvicorn

    from brokerspec.app.http_auth import http_app

    app = http_app(server, configuration, host=args.host, stateless=args.stateless)
    mode = " (stateless)" if args.stateless else ""
    auth = " with OAuth" if configuration.oauth else ""
    print(
        f"brokerspec: MCP over streamable HTTP{mode}{auth} at http://{args.host}:{args.port}/mcp",
        file=sys.stderr,
    )
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def _http_refusal(host: str, configuration: Configuration, *, stateless: bool = False) -> str | None:
    """Why serving HTTP must be refused (None when it may go ahead)."""
    http = configuration.http
    if configuration.http_problems:
        return "; ".join(str(p) for p in configuration.http_problems)
    if stateless and configuration.safety.token_key is None:
        bad = [p for p in configuration.problems if p.variable == ENV_TOKEN_KEY]
        return f"--stateless needs {ENV_TOKEN_KEY} (one preview-token key shared by every replica)" + (
            f": {bad[0]}"
            if bad
            else '; generate one: python -c "import secrets; print(secrets.token_urlsafe(32))"'
        )
    if http.token and configuration.oauth:
        return f"set either {ENV_HTTP_TOKEN} (one static token) or BROKERSPEC_OAUTH_* (OAuth), not both"
    if http.token or configuration.oauth:
        return None
    if not _is_loopback(host):
        return (
            f"binding {host} needs {ENV_HTTP_TOKEN} (clients send it as 'Authorization: Bearer <token>'), "
            "or OAuth (BROKERSPEC_OAUTH_ISSUER and _RESOURCE_URL), or bind 127.0.0.1"
        )
    if configuration.trading_requested:
        return (
            f"{ENV_TRADING} is set, so {ENV_HTTP_TOKEN} is required even on {host}: any local process could "
            "trade otherwise (clients send it as 'Authorization: Bearer <token>')"
        )
    return None


def _is_loopback(host: str) -> bool:
    if host in _LOOPBACK:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="brokerspec", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the MCP server (stdio by default)")
    serve.add_argument("--sandbox", action="store_true", help="all brokers against the embedded simulators")
    serve.add_argument("--http", action="store_true", help="streamable HTTP instead of stdio")
    serve.add_argument(
        "--stateless",
        action="store_true",
        help="with --http: keep no session, so any replica can take any request (needs BROKERSPEC_TOKEN_KEY)",
    )
    serve.add_argument("--host", default="127.0.0.1", help="HTTP bind address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8750, help="HTTP port (default 8750)")
    serve.set_defaults(func=_cmd_serve)
    sub.add_parser(
        "check",
        help="list configuration problems and try one read per configured broker (exit 1 if anything fails)",
    ).set_defaults(func=_cmd_check)
    sub.add_parser("demo", help="end-to-end demo against the built-in sandbox").set_defaults(func=_cmd_demo)
    sub.add_parser("operations", help="list the operations of every generated client").set_defaults(
        func=_cmd_operations
    )
    p = sub.add_parser("sandbox", help="serve the local broker simulators on 127.0.0.1", add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=_cmd_sandbox)
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["sandbox"]:
        # The sandbox has its own argparse; hand it everything, leading options included.
        rest = argv[1:]
        return _cmd_sandbox(argparse.Namespace(rest=rest[1:] if rest[:1] == ["--"] else rest))
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
