"""The `brokerspec` console script: `serve`, `demo`, `sandbox`, `operations`.

Each subcommand imports what it needs only when it runs, so `brokerspec --help` stays instant.
Configuration comes from environment variables only (see README "Configuration").
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

ENV_HTTP_TOKEN = "BROKERSPEC_HTTP_TOKEN"
_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


def _cmd_operations(args: argparse.Namespace) -> int:
    from brokerspec._operations import print_operations

    print_operations()
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from brokerspec.demo import run_demo

    return run_demo()


def _cmd_sandbox(args: argparse.Namespace) -> int:
    from brokerspec.sandbox.server import main as sandbox_main

    return sandbox_main(args.rest)


def _cmd_serve(args: argparse.Namespace) -> int:
    from brokerspec.server import build_server

    token = os.environ.get(ENV_HTTP_TOKEN) or None
    if not args.http:
        build_server(sandbox=args.sandbox).run("stdio")
        return 0
    if args.host not in _LOOPBACK and not token:
        print(
            f"brokerspec: refusing to serve HTTP on {args.host}: set {ENV_HTTP_TOKEN} (clients must send it as "
            "'Authorization: Bearer <token>') or bind 127.0.0.1",
            file=sys.stderr,
        )
        return 2
    import uvicorn

    from brokerspec.http_auth import BearerTokenMiddleware

    app = build_server(sandbox=args.sandbox).streamable_http_app()
    if token:
        app = BearerTokenMiddleware(app, token)  # type: ignore[assignment]
    print(f"brokerspec: MCP over streamable HTTP at http://{args.host}:{args.port}/mcp", file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="brokerspec", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="run the MCP server (stdio by default)")
    serve.add_argument("--sandbox", action="store_true", help="all brokers against the embedded simulators")
    serve.add_argument("--http", action="store_true", help="streamable HTTP instead of stdio")
    serve.add_argument("--host", default="127.0.0.1", help="HTTP bind address (default 127.0.0.1)")
    serve.add_argument("--port", type=int, default=8750, help="HTTP port (default 8750)")
    serve.set_defaults(func=_cmd_serve)
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
