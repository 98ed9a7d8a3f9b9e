"""Fetching web pages, politely and safely.

* A user agent naming quidit, a timeout for the whole fetch (connect, every
  redirect and the body together), a cap on the body's size (counted after
  decompression, so a compressed bomb stops at the cap) and a bound on
  redirects.
* Addresses on private, loopback, link-local, shared and reserved networks
  are refused unless ``allow_private``: the host is resolved first, every
  address it resolves to is checked, and the connection goes to the checked
  address (the Host header and TLS name stay the host's), so a DNS answer
  that changes between check and connect cannot slip through.  Every
  redirect hop is checked the same way.
* Every problem becomes a :class:`FetchError` whose message is the reason
  recorded for that URL.

Proxies from the environment are not used: a proxy resolves names itself,
which would bypass the address check.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import httpx  # imported where used: reading files never needs it (~0.1 s)


IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], list[str]]

ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")


def _version() -> str:
    try:
        return version("quidit")
    except PackageNotFoundError:  # running from a source tree
        return "dev"


USER_AGENT = f"quidit/{_version()} (news quote analysis; +https://pypi.org/project/quidit/)"


class FetchError(Exception):
    """A URL that could not be fetched; the message is the reason."""


def is_url(source: str) -> bool:
    head = source[:8].lower()
    return head.startswith(("http://", "https://"))


def refusal(ip: IPAddress) -> str | None:
    """Why ``ip`` may not be fetched without ``allow_private``; None if it may."""
    mapped = getattr(ip, "ipv4_mapped", None)
    if mapped is not None:
        ip = mapped
    for kind, flag in (
        ("unspecified", ip.is_unspecified),
        ("loopback", ip.is_loopback),
        ("link-local", ip.is_link_local),
        ("private", ip.is_private),
        ("multicast", ip.is_multicast),
        ("reserved", ip.is_reserved),
    ):
        if flag:
            return f"{kind} address {ip}"
    if not ip.is_global:  # shared address space (100.64/10) and the like
        return f"non-public address {ip}"
    return None


def system_resolver(host: str, port: int) -> list[str]:
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    seen: list[str] = []
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id
        if address not in seen:
            seen.append(address)
    return seen


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    status: int
    content_type: str
    charset: str | None
    body: bytes


@dataclass(frozen=True, slots=True)
class FetchSettings:
    timeout: float = 20.0
    max_bytes: int = 10_000_000
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = USER_AGENT


class Fetcher:
    """One HTTP client; :meth:`fetch` never follows a redirect it has not checked."""

    def __init__(
        self,
        settings: FetchSettings | None = None,
        *,
        resolver: Resolver = system_resolver,
        policy: Callable[[IPAddress], str | None] = refusal,
    ) -> None:
        import httpx

        self.settings = settings or FetchSettings()
        self.resolver = resolver
        self.policy = policy
        self.client = httpx.Client(
            follow_redirects=False,
            trust_env=False,
            # No kept-alive connections: they are pooled by address, and two
            # sites behind one CDN address must not share a TLS session.
            limits=httpx.Limits(max_keepalive_connections=0),
            timeout=httpx.Timeout(self.settings.timeout),
            headers={
                "User-Agent": self.settings.user_agent,
                "Accept": "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5",
                "Accept-Language": "fr,en;q=0.5",
            },
        )

    def close(self) -> None:
        self.client.close()

    def _addresses(self, url: httpx.URL) -> list[str]:
        host = url.raw_host.decode("ascii")
        port = url.port or (443 if url.scheme == "https" else 80)
        try:
            addresses = [str(ipaddress.ip_address(host))]
        except ValueError:
            try:
                addresses = self.resolver(host, port)
            except (OSError, UnicodeError) as exc:
                raise FetchError(f"cannot resolve host {host!r}: {exc}") from None
        if not addresses:
            raise FetchError(f"cannot resolve host {host!r}")
        if not self.settings.allow_private:
            for address in addresses:
                why = self.policy(ipaddress.ip_address(address))
                if why:
                    raise FetchError(
                        f"refused: {host} is on a {why} (pass --allow-private to fetch it)"
                    )
        return addresses

    def fetch(self, url: str) -> Fetched:
        import httpx

        s = self.settings
        deadline = time.monotonic() + s.timeout
        try:
            current = httpx.URL(url)
        except (httpx.InvalidURL, TypeError) as exc:
            raise FetchError(f"invalid URL: {exc}") from None
        for hop in range(s.max_redirects + 1):
            if current.scheme not in ("http", "https") or not current.host:
                raise FetchError(f"not an http(s) URL: {current}")
            response, body = self._get(current, deadline)
            if response.is_redirect:
                location = response.headers.get("location", "")
                if hop == s.max_redirects:
                    raise FetchError(f"too many redirects (more than {s.max_redirects})")
                try:
                    current = current.join(location)
                except httpx.InvalidURL as exc:
                    raise FetchError(f"bad redirect to {location!r}: {exc}") from None
                continue
            if response.status_code >= 400:
                raise FetchError(f"HTTP {response.status_code} {response.reason_phrase}".strip())
            content_type = response.headers.get("content-type", "text/html")
            mime = content_type.split(";", 1)[0].strip().lower()
            if mime and mime not in ACCEPTED_TYPES:
                raise FetchError(f"not a web page (content type {mime})")
            return Fetched(
                url=str(current),
                status=response.status_code,
                content_type=mime or "text/html",
                charset=response.charset_encoding,
                body=body,
            )
        raise FetchError(f"too many redirects (more than {s.max_redirects})")  # pragma: no cover

    def _get(self, url: httpx.URL, deadline: float) -> tuple[httpx.Response, bytes]:
        import httpx

        s = self.settings
        addresses = self._addresses(url)
        last: Exception | None = None
        # Each checked address in turn (at most 3: a host answering on none
        # of them is down), connecting to the address itself.
        for address in addresses[:3]:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise FetchError(f"timed out after {s.timeout:g} s")
            pinned = url.copy_with(host=address)
            headers = {"Host": url.netloc.decode("ascii")}
            extensions: dict[str, object] = {"timeout": httpx.Timeout(remaining).as_dict()}
            if url.scheme == "https":
                extensions["sni_hostname"] = url.raw_host.decode("ascii")
            request = self.client.build_request(
                "GET", pinned, headers=headers, extensions=extensions
            )
            try:
                response = self.client.send(request, stream=True)
            except httpx.TimeoutException:
                raise FetchError(f"timed out after {s.timeout:g} s") from None
            except httpx.ConnectError as exc:
                last = exc
                continue
            except httpx.HTTPError as exc:
                raise FetchError(f"fetch failed: {exc}") from None
            try:
                body = b"" if response.is_redirect else self._body(response, deadline)
            finally:
                response.close()
            return response, body
        raise FetchError(f"cannot connect to {url.host}: {last}")

    def _body(self, response: httpx.Response, deadline: float) -> bytes:
        import httpx

        s = self.settings
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > s.max_bytes:
            raise FetchError(f"page larger than {s.max_bytes} bytes ({declared} announced)")
        chunks: list[bytes] = []
        size = 0
        try:
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > s.max_bytes:
                    raise FetchError(f"page larger than {s.max_bytes} bytes")
                if time.monotonic() > deadline:
                    raise FetchError(f"timed out after {s.timeout:g} s")
                chunks.append(chunk)
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {s.timeout:g} s") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"fetch failed while reading: {exc}") from None
        return b"".join(chunks)


@cache
def shared_fetcher(settings: FetchSettings) -> Fetcher:
    """One fetcher per process and settings."""
    return Fetcher(settings)
