#!/usr/bin/env python3
"""Kalshi's official generated SDK (`kalshi-python-sync`, pinned), fetched for reading and validating only.

The one place that downloads, checks and unzips it; the test command (scripts/test), the benchmark
(scripts/bench), the drift report's `--vendor` mode and the SDK oracle of the tests all call `ensure_sdk()`.

* downloaded once with pip (`pip download --no-deps --python-version 3.13 --only-binary=:all:`) into
  `.cache/kalshi-python-sync-3.34.0/`: never installed, never in the repository;
* the wheel's sha256 is checked against the pin on every call, and every unzipped file against the
  wheel's own RECORD (a file edited or left half-written is unzipped again);
* unzipped into `.cache/kalshi-python-sync-3.34.0/unpacked/`, the directory to put on `sys.path`.

The wheel declares Python >= 3.13, but nothing in it needs 3.13: every module of `kalshi_python_sync`
(models, api, client) imports on 3.11 from the unzipped directory, so no workaround is applied. Its
dependencies (pydantic 2, typing-extensions, python-dateutil, urllib3, cryptography) are already in .venv;
`lazy-imports`, also declared, is imported by none of its modules.

    scripts/fetch_kalshi_sdk.py            fetch if needed, print the unpacked directory
    scripts/fetch_kalshi_sdk.py --offline  only check what is in .cache (exit 1 when missing or wrong)

From Python (stdlib only): `from fetch_kalshi_sdk import ensure_sdk; path = ensure_sdk()`.
"""

from __future__ import annotations

import argparse
import base64
import csv
import hashlib
import io
import os
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

DIST = "kalshi-python-sync"
VERSION = "3.34.0"
WHEEL = "kalshi_python_sync-3.34.0-py3-none-any.whl"
SHA256 = "09872e4b2bbad84c18751586411aa5997fd9c0b8a3ae2ef0689e42d74f4f7de9"
PACKAGE = "kalshi_python_sync"

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / ".cache" / f"{DIST}-{VERSION}"

__all__ = ["CACHE", "DIST", "PACKAGE", "SHA256", "VERSION", "WHEEL", "SdkUnavailable", "ensure_sdk"]


class SdkUnavailable(RuntimeError):
    """The pinned SDK could not be fetched or did not match its pin."""


def _download(cache: Path) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--disable-pip-version-check", "--no-deps",
           "--only-binary=:all:", "--python-version", "3.13", "-d", str(cache), f"{DIST}=={VERSION}"]  # fmt: skip
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        raise SdkUnavailable(f"pip download {DIST}=={VERSION} failed: {exc}") from exc
    if proc.returncode != 0 or not (cache / WHEEL).exists():
        tail = (proc.stderr or proc.stdout).strip()[-400:]
        raise SdkUnavailable(f"pip download {DIST}=={VERSION} failed: {tail}")


def _record(archive: zipfile.ZipFile) -> dict[str, str]:
    """File name -> urlsafe-base64 sha256 (no padding), from the wheel's RECORD."""
    name = f"{PACKAGE}-{VERSION}.dist-info/RECORD"
    rows = csv.reader(io.StringIO(archive.read(name).decode("utf-8")))
    return {row[0]: row[1].removeprefix("sha256=") for row in rows if len(row) >= 2 and row[1]}


def _digest(data: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()


def _unpacked_ok(unpacked: Path, record: dict[str, str]) -> bool:
    for name, digest in record.items():
        path = unpacked / name
        if not path.is_file() or _digest(path.read_bytes()) != digest:
            return False
    return True


def ensure_sdk(*, offline: bool = False, cache: Path = CACHE) -> Path:
    """The directory holding the unzipped, verified `kalshi_python_sync` package (put it on sys.path).

    Downloads the pinned wheel when it is missing (unless `offline`); raises `SdkUnavailable` when it
    cannot be had or does not match the pin."""
    wheel, unpacked = cache / WHEEL, cache / "unpacked"
    if not wheel.exists():
        if offline:
            raise SdkUnavailable(
                f"{wheel} is missing: run scripts/fetch_kalshi_sdk.py (needs the network once)"
            )
        _download(cache)
    digest = hashlib.sha256(wheel.read_bytes()).hexdigest()
    if digest != SHA256:
        raise SdkUnavailable(f"{wheel} has sha256 {digest}, pinned {SHA256}: delete it and fetch again")
    with zipfile.ZipFile(wheel) as archive:
        record = _record(archive)
        if _unpacked_ok(unpacked, record):
            return unpacked
        # Unzip beside the target, then swap, so a concurrent reader never sees half a package.
        tmp = Path(tempfile.mkdtemp(prefix="unpacked-", dir=cache))
        archive.extractall(tmp)
    if not _unpacked_ok(tmp, record):
        shutil.rmtree(tmp, ignore_errors=True)
        raise SdkUnavailable(f"{wheel}: the unzipped files do not match the wheel's RECORD")
    old = cache / f"unpacked-old-{os.getpid()}"
    if unpacked.exists():
        unpacked.rename(old)
    tmp.rename(unpacked)
    shutil.rmtree(old, ignore_errors=True)
    return unpacked


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--offline", action="store_true", help="never download; check what is in .cache")
    args = parser.parse_args(argv)
    try:
        print(ensure_sdk(offline=args.offline))
    except SdkUnavailable as exc:
        print(f"fetch_kalshi_sdk: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
