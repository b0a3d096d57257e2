"""The `brokerspec` console script: `serve`, `sandbox`, `demo`, `operations`.

Each subcommand imports what it needs only when it runs, so `brokerspec --help` stays instant.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _cmd_operations(args: argparse.Namespace) -> int:
    from brokerspec._operations import print_operations

    print_operations()
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from brokerspec._operations import print_operations

    print_operations()
    return 0


def _cmd_sandbox(args: argparse.Namespace) -> int:
    from brokerspec.sandbox.server import main as sandbox_main

    return sandbox_main(args.rest)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="brokerspec", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("operations", help="list the operations of every generated client").set_defaults(
        func=_cmd_operations
    )
    sub.add_parser("demo", help="run the end-to-end demo against the built-in sandbox").set_defaults(
        func=_cmd_demo
    )
    p = sub.add_parser("sandbox", help="serve the local broker simulators on 127.0.0.1", add_help=False)
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=_cmd_sandbox)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    sys.exit(main())
