"""The browser harness of tests/test_ui_browser.py: `serve --sandbox --http` in a subprocess, headless Chromium
(Debian's, driven by Playwright), and a test host page built on the official MCP Apps host bridge.

The host is what a real MCP Apps host does, in miniature: it lists the tools, reads the `ui://` resource a
tool names in `_meta.ui.resourceUri`, calls the tool, renders the view in a sandboxed iframe through
`AppBridge` (`tests/browser/host.js`, bundled by esbuild from the pinned `@modelcontextprotocol/ext-apps`)
and hands it the tool's input and result; the view's own `tools/call` requests come back through the bridge
to `hostCallTool`, which forwards them to the server over MCP. scripts/_bootstrap_browser.sh installs
Chromium and the npm packages; nothing here downloads anything.
"""

from __future__ import annotations

import base64
import contextlib
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx2
import pytest_asyncio
from mcp import Client
from mcp.client.extension import advertise
from mcp.client.streamable_http import streamable_http_client

ROOT = Path(__file__).resolve().parents[2]
HOST_SOURCE = Path(__file__).with_name("host.js")
NODE_DIR = ROOT / ".cache" / "ui-browser"
ARTIFACTS = ROOT / ".cache" / "artifacts" / "ui"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
APP_MIME = "text/html;profile=mcp-app"
#: What a host rendering MCP Apps advertises at initialize.
APPS_EXTENSION = advertise("io.modelcontextprotocol/ui", {"mimeTypes": [APP_MIME]})

HOST_PAGE = """<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>brokerspec test host</title>
<style>
html { color-scheme: light; } html[data-theme="dark"] { color-scheme: dark; background: #0e0f12; }
body { margin: 0; padding: 12px; font: 14px system-ui; }
iframe { width: 100%; min-height: 200px; border: 0; display: block; }
</style></head>
<body><div id="frame"></div></body></html>"""


def missing() -> str | None:
    """What the bootstrap has not installed (None: ready)."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} (apt-get install chromium)"
    if not (NODE_DIR / "node_modules" / "@modelcontextprotocol" / "ext-apps").exists():
        return f"{NODE_DIR}/node_modules (npm ci of tests/browser/package-lock.json)"
    return None


def bundle_host() -> str:
    """tests/browser/host.js with the host bridge it imports, bundled into one script for the page."""
    entry = NODE_DIR / "host.js"
    shutil.copyfile(HOST_SOURCE, entry)  # next to node_modules, so esbuild resolves the pinned packages
    out = NODE_DIR / "host.bundle.js"
    subprocess.run(
        [
            str(NODE_DIR / "node_modules" / ".bin" / "esbuild"),
            str(entry),
            "--bundle",
            "--format=iife",
            "--platform=browser",
            "--target=chrome120",
            "--log-level=warning",
            f"--outfile={out}",
        ],
        check=True,
        cwd=NODE_DIR,
    )
    return out.read_text(encoding="utf-8")


# --- the MCP server --------------------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Served:
    url: str
    token: str


@contextlib.contextmanager
def serve_sandbox(tmp_path: Path, **env: str) -> Iterator[Served]:
    """`brokerspec serve --sandbox --http` on 127.0.0.1 (trading on, so a bearer token is required)."""
    port, token = _free_port(), "ui-" + secrets.token_urlsafe(32)
    environment = {
        **{k: v for k, v in os.environ.items() if not k.startswith("BROKERSPEC_")},
        "HOME": str(tmp_path / "home"),
        "BROKERSPEC_STATE_DIR": str(tmp_path / "state"),
        "BROKERSPEC_AUDIT_LOG": str(tmp_path / "audit.jsonl"),
        "BROKERSPEC_TRADING": "1",
        "BROKERSPEC_HTTP_TOKEN": token,
        **env,
    }
    stderr = (tmp_path / "serve.stderr").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "brokerspec", "serve", "--sandbox", "--http", "--port", str(port)],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=stderr,
    )
    deadline = time.monotonic() + 90
    try:
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=1):
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(
                        "serve --http did not start: " + (tmp_path / "serve.stderr").read_text()[-2000:]
                    ) from None
                time.sleep(0.2)
        yield Served(f"http://127.0.0.1:{port}/mcp", token)
    finally:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        stderr.close()


@contextlib.asynccontextmanager
async def mcp_client(served: Served, *, apps: bool = True, **client_kwargs: Any) -> AsyncIterator[Client]:
    """An MCP client of the served server: the host's connection (advertising MCP Apps), or a plain one;
    `client_kwargs` go to `mcp.Client` (an elicitation callback, a protocol mode)."""
    async with (
        httpx2.AsyncClient(headers={"Authorization": f"Bearer {served.token}"}, timeout=60) as http,
        Client(
            streamable_http_client(served.url, http_client=http),
            extensions=[APPS_EXTENSION] if apps else None,
            **client_kwargs,
        ) as client,
    ):
        yield client


def wire(result: Any) -> dict[str, Any]:
    """A `CallToolResult` as it travels (camelCase), for the bridge."""
    dumped: dict[str, Any] = result.model_dump(mode="json", by_alias=True, exclude_none=True)
    return dumped


@dataclass
class Host:
    """One test host page: the MCP connection, the page, and the tool calls the view made through it."""

    client: Client
    page: Any
    bundle: str
    forwarded: list[str] = field(default_factory=list)
    exposed: bool = False

    async def open(self, tool: str, arguments: dict[str, Any], *, theme: str = "light") -> Any:
        """Call `tool` as the model would, then render its view with the tool's input and result.

        Returns the view's frame (a Playwright `Frame`) and keeps the tool result as `self.result`.
        """
        tools = [
            t.model_dump(mode="json", by_alias=True, exclude_none=True)
            for t in (await self.client.list_tools()).tools
        ]
        spec = next(t for t in tools if t["name"] == tool)
        uri = spec["_meta"]["ui"]["resourceUri"]
        (content,) = (await self.client.read_resource(uri)).contents
        assert content.mime_type == APP_MIME
        self.result = wire(await self.client.call_tool(tool, arguments))
        return await self.render(content.text, arguments, self.result, theme=theme, tools=tools)

    async def render(
        self,
        html: str,
        arguments: dict[str, Any],
        result: dict[str, Any],
        *,
        theme: str = "light",
        tools: list[dict[str, Any]] | None = None,
    ) -> Any:
        """Render a view's `html` with a given tool input and result (a Playwright `FrameLocator`)."""
        if tools is None:
            tools = [
                t.model_dump(mode="json", by_alias=True, exclude_none=True)
                for t in (await self.client.list_tools()).tools
            ]

        async def host_call_tool(params: dict[str, Any]) -> dict[str, Any]:
            self.forwarded.append(params["name"])
            return wire(await self.client.call_tool(params["name"], params.get("arguments") or {}))

        await self.page.emulate_media(color_scheme=theme)  # prefers-color-scheme agrees with the host theme
        if not self.exposed:
            await self.page.expose_function("hostCallTool", host_call_tool)
            self.exposed = True
        await self.page.set_content(HOST_PAGE)
        await self.page.add_script_tag(content=self.bundle)
        await self.page.evaluate(
            "(m) => window.brokerspecHost.mount(m)",
            {
                "html": html,
                "toolInput": arguments,
                "toolResult": result,
                "theme": theme,
                "tools": tools,
            },
        )
        frame = self.page.frame_locator("#view")
        return frame


# --- screenshots -----------------------------------------------------------------------------------------


_STATS_JS = """async (dataUrl) => {
  const image = new Image();
  image.src = dataUrl;
  await image.decode();
  const canvas = document.createElement("canvas");
  canvas.width = image.naturalWidth; canvas.height = image.naturalHeight;
  const context = canvas.getContext("2d");
  context.drawImage(image, 0, 0);
  const data = context.getImageData(0, 0, canvas.width, canvas.height).data;
  const counts = new Map();
  let luminance = 0;
  for (let i = 0; i < data.length; i += 4) {
    const key = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2];
    counts.set(key, (counts.get(key) || 0) + 1);
    luminance += 0.2126 * data[i] + 0.7152 * data[i + 1] + 0.0722 * data[i + 2];
  }
  const pixels = data.length / 4;
  return { width: canvas.width, height: canvas.height, colours: counts.size,
           dominant_share: Math.max(...counts.values()) / pixels, luminance: luminance / pixels };
}"""


async def picture_stats(browser: Any, path: Path) -> dict[str, float]:
    """How much a screenshot file shows: distinct colours, the share of its commonest colour, mean luminance.

    The PNG file itself is decoded (in a blank page of its own, by the browser's image decoder), so what is
    judged is the artefact written to disk, not the page that produced it.
    """
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    context = await browser.new_context()
    try:
        page = await context.new_page()
        data_url = "data:image/png;base64," + base64.b64encode(path.read_bytes()).decode("ascii")
        stats: dict[str, float] = await page.evaluate(_STATS_JS, data_url)
        return stats
    finally:
        await context.close()


# --- the browser: fixtures `browser` and `page`, imported by the browser test modules ----------------------------------------------


@pytest_asyncio.fixture(name="browser", scope="module", loop_scope="module")
async def browser_fixture() -> AsyncIterator[Any]:
    """Debian's Chromium, headless, one per test module (a module's tests share its event loop)."""
    from playwright.async_api import async_playwright

    async with async_playwright() as pw:
        launched = await pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS, headless=True)
        try:
            yield launched
        finally:
            await launched.close()


@pytest_asyncio.fixture(name="page", loop_scope="module")
async def page_fixture(browser: Any) -> AsyncIterator[Any]:
    """A fresh browser context and page per test."""
    context = await browser.new_context(viewport={"width": 720, "height": 900})
    try:
        yield await context.new_page()
    finally:
        await context.close()
