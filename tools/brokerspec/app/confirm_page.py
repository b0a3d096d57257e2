"""One-time confirmation pages for URL-mode elicitation: the human approves an order in a browser.

Under BROKERSPEC_CONFIRM=human, a host that can neither ask in a form nor show the order ticket but
declares URL-mode elicitation (MCP 2025-11-25) is sent the address of a page served here. The address
goes only to the host, in the elicitation request; the model never sees it (not in a result, not in an
error). The page:

* is served on 127.0.0.1 at a random port, by a server started on first use (nothing listens before
  a human is first asked this way) and stopped with the process;
* lives at an unguessable path (`secrets.token_urlsafe(32)`), answers once, and expires with the
  preview token; an unknown path is 404, a used or expired one 410;
* shows the order ticket, rendered here (no script, no remote anything, a strict CSP);
* acts only on a POST that carries the page's own token twice (a hidden field and a SameSite=Strict
  cookie set by the GET), an Origin and Host of this server, and `approve` or `decline`: anything
  else is 403 and changes nothing. GET never acts.

`ConfirmationPages.open` registers a ticket and returns a `PendingPage`, whose `decision()` waits (in the
tool call's event loop) until the human answers or the page expires.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import html
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Literal
from urllib.parse import parse_qs

Decision = Literal["approve", "decline", "expired"]
_PREFIX = "/confirm/"
_COOKIE = "bs_confirm"
_MAX_BODY = 4096
#: seconds a connection to the page server may stay silent before it is dropped
IDLE_TIMEOUT_S = 10.0


@dataclass(frozen=True)
class TicketOrder:
    """One order as a person reads it."""

    ticker: str
    headline: str  # "Buy 2 YES at $0.20"
    book: str  # the YES-book equivalent, as sent
    worst_case_dollars: str
    fees_dollars: str
    #: the order's market as read when the page opened, as (label, value) rows (empty: not read)
    market: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class TicketCheck:
    name: str
    limit: str
    value: str
    unit: str
    passed: bool


@dataclass(frozen=True)
class Ticket:
    """What the page shows: the orders, their worst case, every limit check, and when it expires."""

    title: str  # "Place on Kalshi (demo)"
    orders: Sequence[TicketOrder]
    total_dollars: str
    checks: Sequence[TicketCheck]
    expires_at: float  # epoch seconds: the preview token's expiry
    #: what would stop the order now (a paused market, a price off its grid), said above the buttons
    warning: str | None = None


@dataclass(eq=False)
class PendingPage:
    """A page waiting for the human: its address (for the host only) and the answer to come."""

    ticket: Ticket
    path: str
    url: str
    elicitation_id: str
    csrf: str
    _loop: asyncio.AbstractEventLoop
    _future: asyncio.Future[Decision]
    decided: Decision | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def decide(self, decision: Decision) -> bool:
        """Record the answer once (from any thread); False when the page had already been answered."""
        with self._lock:
            if self.decided is not None:
                return False
            self.decided = decision
        self._loop.call_soon_threadsafe(_settle, self._future, decision)
        return True

    async def decision(self, clock: Callable[[], float] = time.time) -> Decision:
        """The human's answer, or `expired` once the preview token expires unanswered."""
        try:
            return await asyncio.wait_for(
                asyncio.shield(self._future), timeout=max(0.0, self.ticket.expires_at - clock())
            )
        except TimeoutError:
            self.decide("expired")
            return self.decided or "expired"


def _settle(future: asyncio.Future[Decision], decision: Decision) -> None:
    if not future.done():
        future.set_result(decision)


class ConfirmationPages:
    """The page server and its open pages (one per server process)."""

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self._clock = clock
        self._lock = threading.Lock()
        self._pages: dict[str, PendingPage] = {}
        self._httpd: ThreadingHTTPServer | None = None

    def open(self, ticket: Ticket) -> PendingPage:
        """A new page for `ticket` (the server starts if it is not running); call from the event loop."""
        loop = asyncio.get_running_loop()
        with self._lock:
            httpd = self._httpd or self._start()
            path = secrets.token_urlsafe(32)
            port = httpd.server_port
            page = PendingPage(
                ticket=ticket,
                path=path,
                url=f"http://127.0.0.1:{port}{_PREFIX}{path}",
                elicitation_id=secrets.token_urlsafe(16),
                csrf=secrets.token_urlsafe(32),
                _loop=loop,
                _future=loop.create_future(),
            )
            self._pages[path] = page
        page._future.add_done_callback(lambda _: self._closed(path))
        return page

    @property
    def port(self) -> int | None:
        """The port pages are served on; None until the first page."""
        return None if self._httpd is None else self._httpd.server_port

    def page(self, path: str) -> PendingPage | None:
        with self._lock:
            return self._pages.get(path)

    def _start(self) -> ThreadingHTTPServer:
        httpd = _BoundedServer(("127.0.0.1", 0), _handler(self))
        threading.Thread(target=httpd.serve_forever, name="brokerspec-confirm", daemon=True).start()
        self._httpd = httpd
        return httpd

    def _closed(self, path: str) -> None:
        """A page was answered or expired: it stays (a reload says 410) until its token would have expired."""
        now = self._clock()
        with self._lock:
            for p, page in list(self._pages.items()):
                if p != path and page.decided is not None and page.ticket.expires_at < now:
                    del self._pages[p]

    def close(self) -> None:
        for page in list(self._pages.values()):
            page.decide("decline")
        with self._lock:
            httpd, self._httpd = self._httpd, None
        if httpd is not None:
            _stop(httpd)


class _BoundedServer(ThreadingHTTPServer):
    """At most `MAX_CONNECTIONS` connections at once (each also times out, `Handler.timeout`): a local
    process that opens idle connections cannot take every thread and file handle of the MCP server."""

    MAX_CONNECTIONS = 16
    request_queue_size = 64  # the listen backlog: a burst completes its handshakes (and is refused) at once
    daemon_threads = True

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._slots = threading.BoundedSemaphore(self.MAX_CONNECTIONS)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self._slots.acquire(blocking=False):
            self.shutdown_request(request)  # full: refused at once, nothing read
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self._slots.release()
            raise

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self._slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # a client that went away: nothing to tell the host's log (and never the path)


def _stop(httpd: ThreadingHTTPServer) -> None:
    httpd.shutdown()
    httpd.server_close()


# --- the page ------------------------------------------------------------------------------------------

_STYLE = (
    ":root{color-scheme:light dark;font:16px/1.4 system-ui,sans-serif}"
    "body{max-width:42rem;margin:2rem auto;padding:0 1rem}"
    "table{border-collapse:collapse;width:100%}td,th{padding:.3rem .5rem;text-align:left;"
    "border-bottom:1px solid #8884}.fail{color:#c00;font-weight:bold}.pass{color:#080}"
    "button{font-size:1.1rem;padding:.5rem 1.5rem;margin-right:1rem}"
    ".book{font-size:.9rem;opacity:.8}"
    "dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .75rem;margin:.4rem 0;font-size:.9rem}"
    "dt{opacity:.75}dd{margin:0}"
    "@media (prefers-color-scheme:dark){.pass{color:#5d5}.fail{color:#f77}}"
)
_STYLE_HASH = base64.b64encode(hashlib.sha256(_STYLE.encode()).digest()).decode()
_CSP = (
    f"default-src 'none'; style-src 'sha256-{_STYLE_HASH}'; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def render_ticket(page: PendingPage, now: float) -> str:
    """The order ticket with Approve and Decline (server-rendered; the one style is pinned by the CSP)."""
    t = page.ticket
    left = max(0, int(t.expires_at - now))
    orders = "".join(
        f"<tr><td><strong>{_e(o.headline)}</strong><br>{_e(o.ticker)}"
        f'<div class="book">YES book: {_e(o.book)}</div>{_rows(o.market)}</td>'
        f"<td>${_e(o.worst_case_dollars)}<br><small>fees at the limit ${_e(o.fees_dollars)}</small></td></tr>"
        for o in t.orders
    )
    warning = "" if t.warning is None else f'<p class="fail" role="alert">{_e(t.warning)}</p>'
    checks = "".join(
        f"<tr><td>{_e(c.name)}</td><td>{_e(c.value)} / {_e(c.limit)} {_e(c.unit)}</td>"
        f'<td class="{"pass" if c.passed else "fail"}">{"pass" if c.passed else "FAIL"}</td></tr>'
        for c in t.checks
    )
    body = (
        f"<h1>{_e(t.title)}</h1>"
        f"<table><tr><th>Order</th><th>Worst case (fees included)</th></tr>{orders}</table>"
        f"<p>Total worst case: <strong>${_e(t.total_dollars)}</strong></p>"
        f"<h2>Limit checks</h2><table>{checks}</table>"
        f"<p>This page expires in {left // 60} min {left % 60:02d} s and works once.</p>{warning}"
        f'<form method="post"><input type="hidden" name="csrf" value="{_e(page.csrf)}">'
        '<button type="submit" name="decision" value="approve">Approve</button>'
        '<button type="submit" name="decision" value="decline">Decline</button></form>'
    )
    return _document(t.title, body)


def _rows(rows: Sequence[tuple[str, str]]) -> str:
    if not rows:
        return ""
    return "<dl>" + "".join(f"<dt>{_e(k)}</dt><dd>{_e(v)}</dd>" for k, v in rows) + "</dl>"


def _document(title: str, body: str) -> str:
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width,initial-scale=1">'
        f"<title>{_e(title)}</title><style>{_STYLE}</style></head><body>{body}</body></html>"
    )


def _handler(pages: ConfirmationPages) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "brokerspec-confirm"
        sys_version = ""
        timeout = IDLE_TIMEOUT_S  # a slow or idle client is dropped

        def log_message(self, format: str, *args: object) -> None:  # the path is a secret: log nothing
            return

        def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
            """The stdlib's own refusals (bad request line, 414, 501) with this page's headers too."""
            self.close_connection = True
            self._plain(code, message or HTTPStatus(code).phrase)

        def _send(self, status: int, text: str, cookie: str | None = None) -> None:
            data = text.encode()
            self.send_response(status)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("Content-Security-Policy", _CSP)
            self.send_header("Cache-Control", "no-store")
            # Not "no-referrer": under it a browser sends `Origin: null` with the form's POST (Fetch
            # standard), which the Origin check must refuse. "same-origin" keeps the secret path
            # from any other site and lets the page's own POST name its origin.
            self.send_header("Referrer-Policy", "same-origin")
            self.send_header("X-Content-Type-Options", "nosniff")
            self.send_header("X-Frame-Options", "DENY")
            if cookie is not None:
                self.send_header("Set-Cookie", cookie)
            self.end_headers()
            self.wfile.write(data)

        def _plain(self, status: int, message: str) -> None:
            self._send(status, _document(message, f"<p>{_e(message)}</p>"))

        def _origin(self) -> str:
            return f"http://127.0.0.1:{pages.port}"

        def _page(self) -> PendingPage | None:
            """The open page at this path, or None after answering 403 (another Host: a rebinding DNS
            name), 404 (unknown) or 410 (used, expired)."""
            if self.headers.get("Host") != self._origin()[len("http://") :]:
                self._plain(403, "Refused: open the address exactly as your host gave it.")
                return None
            path = self.path.split("?", 1)[0]
            page = pages.page(path[len(_PREFIX) :]) if path.startswith(_PREFIX) else None
            if page is None:
                self._plain(404, "No such confirmation page.")
                return None
            if page.decided is None and page.ticket.expires_at <= pages._clock():
                page.decide("expired")
            if page.decided is not None:
                self._plain(
                    410, "This confirmation page was already used or has expired. Nothing more will happen."
                )
                return None
            return page

        def do_GET(self) -> None:
            page = self._page()
            if page is not None:
                cookie = f"{_COOKIE}={page.csrf}; Path={_PREFIX}{page.path}; HttpOnly; SameSite=Strict"
                self._send(200, render_ticket(page, pages._clock()), cookie)

        def do_POST(self) -> None:
            body = self._body()  # read before any answer: a reply over unread bytes can reset the connection
            page = self._page()
            if page is None:
                return
            decision = None if body is None else self._checked_decision(page, body)
            if decision is None:
                self._plain(403, "Refused: this request did not come from the confirmation page.")
            elif not page.decide(decision):
                self._plain(410, "This confirmation page was already used. Nothing more will happen.")
            elif decision == "approve":
                self._plain(
                    200,
                    "Approved. The order is sent when your host completes the call (not if the host "
                    "cancels it or the preview has expired); the result appears in your conversation.",
                )
            else:
                self._plain(200, "Declined. Nothing was sent.")

        def _body(self) -> bytes | None:
            """The whole form body, or None: a length that is not plain digits, 0, over `_MAX_BODY`, or a
            body shorter than it declares (read with the connection's timeout)."""
            self.close_connection = True
            declared = self.headers.get("Content-Length", "")
            if not (declared.isascii() and declared.isdigit()) or not 0 < int(declared) <= _MAX_BODY:
                return None
            body = self.rfile.read(int(declared))
            return body if len(body) == int(declared) else None

        def _checked_decision(self, page: PendingPage, body: bytes) -> Decision | None:
            if self.headers.get("Origin") != self._origin():
                return None
            if (
                self.headers.get("Content-Type", "").split(";")[0].strip()
                != "application/x-www-form-urlencoded"
            ):
                return None
            try:
                form = parse_qs(body.decode("utf-8"), strict_parsing=True, max_num_fields=2)
            except ValueError:  # malformed, not UTF-8, or more than two fields
                return None
            if sorted(form) != ["csrf", "decision"] or any(len(v) != 1 for v in form.values()):
                return None  # exactly one token and one decision: no field is ever read twice
            cookies = dict(
                part.strip().split("=", 1)
                for part in self.headers.get("Cookie", "").split(";")
                if "=" in part
            )
            given, cookie = form["csrf"][0], cookies.get(_COOKIE, "")
            if not (hmac.compare_digest(given, page.csrf) and hmac.compare_digest(cookie, page.csrf)):
                return None
            decision = form["decision"][0]
            return "approve" if decision == "approve" else "decline" if decision == "decline" else None

        def do_PUT(self) -> None:
            self._plain(405, "Method not allowed.")

        do_DELETE = do_PATCH = do_PUT

    return Handler
