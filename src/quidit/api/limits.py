"""Bounds on what one client can ask of the server: request body size and
request rate, plus security headers on every response.  Plain ASGI, so
it wraps pages, API and static files alike."""

from __future__ import annotations

import json
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from starlette.exceptions import HTTPException as StarletteHTTPException

from quidit.api.errors import error_body

Scope = dict[str, Any]
Message = dict[str, Any]

#: Content-Security-Policy: pages load only their own script and styles and
#: never run inline script, a second wall behind escaping.
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


@dataclass(frozen=True, slots=True)
class Limits:
    #: Largest request body.  A news article is 5–50 KB of text; 1 MB leaves
    #: room for the longest reports while keeping one request cheap.
    max_body: int = 1_000_000
    #: Sustained requests per second per client address, and the burst on
    #: top of it.  A person browsing makes a few requests a second; 20/s with
    #: a burst of 60 never slows them and stops a runaway script from
    #: starving everyone else.  0 turns rate limiting off.
    rate: float = 20.0
    burst: int = 60
    #: Client addresses remembered; the oldest is forgotten first.
    clients: int = 10_000


class _Buckets:
    """Token buckets per client address (thread-safe)."""

    def __init__(self, rate: float, burst: int, size: int) -> None:
        self.rate, self.burst, self.size = rate, burst, size
        self._state: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """0 when allowed; else the seconds to wait."""
        now = time.monotonic()
        with self._lock:
            tokens, last = self._state.pop(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - last) * self.rate)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / self.rate
            self._state[client] = (tokens, now)
            while len(self._state) > self.size:
                self._state.popitem(last=False)
            return wait


class _TooLarge(StarletteHTTPException):
    """Raised while a route reads its body, so the app's error handler
    answers 413 in the one error shape."""

    def __init__(self, max_body: int) -> None:
        super().__init__(413, f"request body larger than {max_body} bytes")


async def _send_error(send: Any, status: int, message: str, headers: list[Any] = ()) -> None:  # type: ignore[assignment]
    body = json.dumps(error_body(status, message)).encode()
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                *SECURITY_HEADERS,
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})


class LimitsMiddleware:
    def __init__(self, app: Any, limits: Limits) -> None:
        self.app = app
        self.limits = limits
        self.buckets = (
            _Buckets(limits.rate, limits.burst, limits.clients) if limits.rate > 0 else None
        )

    async def __call__(self, scope: Scope, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.buckets is not None:
            client = (scope.get("client") or ("unknown", 0))[0]
            wait = self.buckets.take(client)
            if wait > 0:
                retry = str(max(1, int(wait + 0.999))).encode()
                await _send_error(
                    send, 429, "too many requests; slow down", [(b"retry-after", retry)]
                )
                return
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length")
        max_body = self.limits.max_body
        if declared is not None:
            try:
                too_big = int(declared) > max_body
            except ValueError:
                await _send_error(send, 400, "bad Content-Length")
                return
            if too_big:
                await _send_error(send, 413, f"request body larger than {max_body} bytes")
                return
        received = 0
        started = False

        async def counted_receive() -> Message:
            nonlocal received
            message: Message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_body:
                    raise _TooLarge(max_body)
            return message

        async def secured_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message = dict(message)
                message["headers"] = [*message.get("headers", []), *SECURITY_HEADERS]
            await send(message)

        try:
            await self.app(scope, counted_receive, secured_send)
        except _TooLarge:
            if not started:
                await _send_error(send, 413, f"request body larger than {max_body} bytes")
