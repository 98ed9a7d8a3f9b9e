"""WARC archives made here with warcio's writer."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

from quidit.ingest import iter_items, read_sources, url_id
from quidit.ingest.items import PageItem
from quidit.ingest.warc import read_warc_stream
from quidit.options import Options
from quidit.records import Article, Failure

from .pages import ARTICLE_SENTENCES, article_page, write_warc

PAGE = article_page(canonical=None).encode()
OTHER = article_page(
    canonical=None,
    title="La grève des bus se poursuit à Morvelle",
    sentences=(
        "Les chauffeurs du réseau de Morvelle ont cessé le travail lundi matin.",
        "« Nous demandons des horaires compatibles avec une vie de famille », a déclaré "
        "Lucien Ferrand, délégué syndical.",
    ),
).encode()

RECORDS = [
    ("request", "https://news.example/a", b"", "", ""),
    ("response", "https://news.example/a", PAGE, "200 OK", "text/html; charset=utf-8"),
    ("response", "https://news.example/logo.png", b"\x89PNG....", "200 OK", "image/png"),
    ("response", "https://news.example/gone", b"<html>gone</html>", "404 Not Found", "text/html"),
    ("response", "https://news.example/old", b"", "301 Moved Permanently", "text/html"),
    ("resource", "https://news.example/b", OTHER, "", "text/html"),
    ("resource", "https://news.example/robots.txt", b"User-agent: *", "", "text/plain"),
]


@pytest.fixture(params=[False, True], ids=["warc", "warc.gz"])
def warc(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / ("crawl.warc.gz" if request.param else "crawl.warc")
    write_warc(path, RECORDS, gz=request.param)
    return path


def test_every_html_response_record_is_a_page(warc: Path) -> None:
    items = list(iter_items([str(warc)]))
    assert all(isinstance(i, PageItem) for i in items)
    assert [i.url for i in items] == ["https://news.example/a", "https://news.example/b"]
    assert [i.id for i in items] == [
        url_id("https://news.example/a"),
        url_id("https://news.example/b"),
    ]
    first = items[0]
    assert isinstance(first, PageItem)
    assert first.meta["warc_record_id"].startswith("<urn:uuid:")
    assert "warc_date" in first.meta
    assert first.source.startswith(f"{warc}@")


def test_pages_are_extracted(warc: Path) -> None:
    articles = list(read_sources([str(warc)]))
    assert all(isinstance(a, Article) for a in articles)
    a, b = articles
    assert isinstance(a, Article) and isinstance(b, Article)
    assert ARTICLE_SENTENCES[1] in a.text
    assert a.url == "https://news.example/a"
    assert b.title == "La grève des bus se poursuit à Morvelle"
    assert "Lucien Ferrand" in b.text


def test_oversized_record_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "big.warc.gz"
    big = b"<html><body>" + b"<p>trop long</p>" * 2000 + b"</body></html>"
    write_warc(
        path,
        [
            ("response", "https://news.example/big", big, "200 OK", "text/html"),
            ("response", "https://news.example/a", PAGE, "200 OK", "text/html"),
        ],
        gz=True,
    )
    items = list(iter_items([str(path)], Options(max_page_bytes=10_000)))
    assert isinstance(items[0], Failure)
    assert "larger than 10000 bytes" in items[0].reason
    assert items[0].id == url_id("https://news.example/big")
    assert isinstance(items[1], PageItem)


@pytest.mark.parametrize(("gz", "fraction", "pages_before"), [
    (True, 0.5, 1), (True, 0.8, 1), (True, 0.95, 2), (False, 0.8, 1), (False, 0.2, 0),
])  # fmt: skip
def test_truncated_archive_keeps_what_came_before(
    tmp_path: Path, gz: bool, fraction: float, pages_before: int
) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole, RECORDS, gz=gz)
    data = whole.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: int(len(data) * fraction)])
    items = list(iter_items([str(cut)]))
    assert [type(i).__name__ for i in items] == ["PageItem"] * pages_before + ["Failure"]
    assert isinstance(items[-1], Failure)
    assert "truncated record" in items[-1].reason or "corrupt archive" in items[-1].reason


def test_not_an_archive(tmp_path: Path) -> None:
    path = tmp_path / "fake.warc"
    path.write_bytes(b"this is not a WARC file at all\n" * 10)
    (item,) = iter_items([str(path)])
    assert isinstance(item, Failure)
    assert "not a WARC archive" in item.reason


def test_warc_from_stdin(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    write_warc(path, RECORDS, gz=True)
    fake = io.TextIOWrapper(io.BytesIO(path.read_bytes()))
    monkeypatch.setattr(sys, "stdin", fake)
    items = list(iter_items(["-"]))
    assert [getattr(i, "url", None) for i in items] == [
        "https://news.example/a",
        "https://news.example/b",
    ]


def test_stream_reader_on_bytes() -> None:
    buf = io.BytesIO()
    from warcio.warcwriter import WARCWriter

    writer = WARCWriter(buf, gzip=False)
    record = writer.create_warc_record(
        "https://news.example/c",
        "resource",
        payload=io.BytesIO(PAGE),
        warc_content_type="text/html",
    )
    writer.write_record(record)
    buf.seek(0)
    (item,) = read_warc_stream(buf, "mem", 1_000_000)
    assert isinstance(item, PageItem)
    assert item.source == "mem@0"
