"""Fetching URLs from a local HTTP server started here (on 127.0.0.1)."""

from __future__ import annotations

import gzip
import ipaddress
import re
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from quidit.ingest import read_sources
from quidit.ingest.ids import normalize_url, url_id
from quidit.ingest.url import Fetcher, FetchError, FetchSettings, refusal
from quidit.options import Options
from quidit.records import Article, Failure

from .pages import ARTICLE_SENTENCES, article_page

PAGE = article_page(canonical=None).encode("utf-8")


class Handler(BaseHTTPRequestHandler):
    seen_agents: list[str] = []  # noqa: RUF012 (shared by design: the test reads it)

    def log_message(self, *args: object) -> None:
        pass

    def _send(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
              extra: dict[str, str] | None = None, length: bool = True) -> None:  # fmt: skip
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        if length:
            self.send_header("Content-Length", str(len(body)))
        for k, v in (extra or {}).items():
            self.send_header(k, v)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        Handler.seen_agents.append(self.headers.get("User-Agent", ""))
        path = self.path
        if path == "/article":
            self._send(200, PAGE)
        elif path.startswith("/redirect/"):
            n = int(path.rsplit("/", 1)[1])
            target = "/article" if n <= 1 else f"/redirect/{n - 1}"
            self._send(302, b"", extra={"Location": target})
        elif path == "/loop":
            self._send(301, b"", extra={"Location": "/loop"})
        elif path == "/to-other-host":
            port = self.server.server_address[1]
            self._send(302, b"", extra={"Location": f"http://127.0.0.2:{port}/article"})
        elif path == "/slow":
            time.sleep(3)
            self._send(200, PAGE)
        elif path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(30):
                self.wfile.write(b"<p>" + b"x" * 100 + b"</p>\n")
                self.wfile.flush()
                time.sleep(0.1)
        elif path == "/big":
            self._send(200, b"<html><body>" + b"<p>gros</p>" * 20_000 + b"</body></html>")
        elif path == "/big-unannounced":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            for _ in range(200):
                self.wfile.write(b"<p>" + b"y" * 1000 + b"</p>")
        elif path == "/bomb":
            body = gzip.compress(b"<p>" + b"z" * 5_000_000 + b"</p>")
            self._send(200, body, extra={"Content-Encoding": "gzip"})
        elif path == "/pdf":
            self._send(200, b"%PDF-1.4", content_type="application/pdf")
        elif path == "/plain":
            self._send(200, "Un texte brut, sans balises, en français.".encode(),
                       content_type="text/plain; charset=utf-8")  # fmt: skip
        elif path == "/latin1":
            body = article_page(canonical=None).replace('<meta charset="utf-8">', "")
            self._send(200, body.encode("latin-1", "replace"),
                       content_type="text/html; charset=iso-8859-1")  # fmt: skip
        else:
            self._send(404, b"not found")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetcher(**settings: object) -> Fetcher:
    base = {"allow_private": True, "timeout": 5.0, "max_bytes": 100_000, "max_redirects": 3}
    base.update(settings)
    return Fetcher(FetchSettings(**base))  # type: ignore[arg-type]


def test_fetch_a_page(server: str) -> None:
    fetched = fetcher().fetch(f"{server}/article")
    assert fetched.status == 200
    assert fetched.content_type == "text/html"
    assert fetched.charset == "utf-8"
    assert ARTICLE_SENTENCES[0].encode() in fetched.body
    assert any(agent.startswith("quidit/") for agent in Handler.seen_agents)


@pytest.mark.parametrize(("hops", "ok"), [(1, True), (3, True), (4, False)])
def test_redirects_are_bounded(server: str, hops: int, ok: bool) -> None:
    f = fetcher(max_redirects=3)
    if ok:
        assert f.fetch(f"{server}/redirect/{hops}").url == f"{server}/article"
    else:
        with pytest.raises(FetchError, match="too many redirects"):
            f.fetch(f"{server}/redirect/{hops}")


def test_redirect_loop(server: str) -> None:
    with pytest.raises(FetchError, match="too many redirects"):
        fetcher().fetch(f"{server}/loop")


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/slow", "timed out"),
        ("/drip", "timed out"),
        ("/big", "larger than 100000 bytes"),
        ("/big-unannounced", "larger than 100000 bytes"),
        ("/bomb", "larger than 100000 bytes"),
        ("/pdf", "not a web page (content type application/pdf)"),
        ("/missing", "HTTP 404"),
    ],
)
def test_fetch_failures(server: str, path: str, reason: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=re.escape(reason)):
        fetcher(timeout=1.0).fetch(f"{server}{path}")
    # The timeout bounds the whole fetch, a slow drip included.
    assert time.monotonic() - started < 2.5


def test_loopback_is_refused_without_allow_private(server: str) -> None:
    with pytest.raises(FetchError, match=re.escape("refused: 127.0.0.1 is on a loopback address")):
        fetcher(allow_private=False).fetch(f"{server}/article")


def test_names_are_checked_after_resolution(server: str) -> None:
    port = server.rsplit(":", 1)[1]
    with pytest.raises(FetchError, match="refused: localhost is on a loopback address"):
        fetcher(allow_private=False).fetch(f"http://localhost:{port}/article")


def test_every_redirect_hop_is_checked(server: str) -> None:
    # A policy that lets the test server (127.0.0.1) through but no other
    # loopback address: the first hop passes, the redirect to 127.0.0.2 not.
    def only_the_test_server(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
        return None if str(ip) == "127.0.0.1" else refusal(ip)

    f = Fetcher(FetchSettings(allow_private=False, timeout=5.0), policy=only_the_test_server)
    assert f.fetch(f"{server}/article").status == 200
    with pytest.raises(FetchError, match=re.escape("refused: 127.0.0.2 is on a loopback address")):
        f.fetch(f"{server}/to-other-host")


def test_connection_goes_to_the_checked_address(server: str) -> None:
    # The resolver is asked once per hop and its answer is what we connect
    # to: a name that resolves to the test server reaches it.
    port = int(server.rsplit(":", 1)[1])
    asked: list[str] = []

    def resolver(host: str, _port: int) -> list[str]:
        asked.append(host)
        return ["127.0.0.1"]

    f = Fetcher(FetchSettings(allow_private=True, timeout=5.0), resolver=resolver)
    fetched = f.fetch(f"http://news.invalid:{port}/article")
    assert fetched.status == 200
    assert fetched.url == f"http://news.invalid:{port}/article"
    assert asked == ["news.invalid"]


def test_unresolvable_host() -> None:
    def resolver(host: str, port: int) -> list[str]:
        raise OSError("Name or service not known")

    f = Fetcher(FetchSettings(allow_private=False), resolver=resolver)
    with pytest.raises(FetchError, match=re.escape("cannot resolve host 'news.invalid'")):
        f.fetch("https://news.invalid/article")


@pytest.mark.parametrize(
    ("address", "refused"),
    [
        ("127.0.0.1", "loopback"),
        ("10.1.2.3", "private"),
        ("172.16.0.9", "private"),
        ("192.168.1.1", "private"),
        ("169.254.169.254", "link-local"),  # cloud metadata endpoints
        ("100.64.0.1", "non-public"),
        ("0.0.0.0", "unspecified"),
        ("224.0.0.1", "multicast"),
        ("::1", "loopback"),
        ("fe80::1", "link-local"),
        ("fc00::1", "private"),
        ("::ffff:127.0.0.1", "loopback"),
        ("8.8.8.8", None),
        ("2001:4860:4860::8888", None),
        ("93.184.216.34", None),
    ],
)
def test_refusal(address: str, refused: str | None) -> None:
    why = refusal(ipaddress.ip_address(address))
    if refused is None:
        assert why is None
    else:
        assert why is not None and why.startswith(refused)


@pytest.mark.parametrize(
    ("url", "bad"),
    [("ftp://example.org/a", r"not an http\(s\) URL"), ("http://", r"invalid URL|not an http")],
)
def test_bad_urls(url: str, bad: str) -> None:
    with pytest.raises(FetchError, match=bad):
        fetcher().fetch(url)


# -- through read_sources: every failure is a recorded Failure for that URL --


def test_read_url_with_allow_private(server: str) -> None:
    options = Options(allow_private=True, fetch_timeout=5.0)
    (article,) = read_sources([f"{server}/redirect/2"], options)
    assert isinstance(article, Article), article
    assert article.id == url_id(f"{server}/redirect/2")
    assert article.url == f"{server}/redirect/2"
    assert article.meta["fetched_url"] == f"{server}/article"
    assert ARTICLE_SENTENCES[1] in article.text
    assert article.lang == "fr"


def test_read_url_refused_without_allow_private(server: str) -> None:
    (failure,) = read_sources([f"{server}/article"], Options(fetch_timeout=5.0))
    assert isinstance(failure, Failure)
    assert failure.source == f"{server}/article"
    assert failure.id == url_id(f"{server}/article")
    assert "--allow-private" in failure.reason


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/plain", "Un texte brut, sans balises, en français."),
        ("/latin1", ARTICLE_SENTENCES[3]),
    ],
)
def test_read_plain_text_and_declared_charsets(server: str, path: str, expected: str) -> None:
    (article,) = read_sources([f"{server}{path}"], Options(allow_private=True))
    assert isinstance(article, Article), article
    assert expected in article.text


def test_mixed_urls_each_get_their_result(server: str) -> None:
    urls = [f"{server}/article", f"{server}/missing", f"{server}/pdf"]
    results = list(read_sources(urls, Options(allow_private=True, fetch_timeout=5.0)))
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Failure"]
    assert [r.id for r in results] == [url_id(u) for u in urls]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://Example.org/a?utm_source=x", "https://example.org/a", True),
        ("https://example.org:443/a#comments", "https://example.org/a", True),
        ("http://example.org", "http://example.org/", True),
        ("https://example.org/a?id=1", "https://example.org/a?id=2", False),
        ("http://example.org/a", "https://example.org/a", False),
    ],
)
def test_url_ids(a: str, b: str, same: bool) -> None:
    assert (url_id(a) == url_id(b)) is same
    assert (normalize_url(a) == normalize_url(b)) is same
