"""Dispatch: files by kind, directories, standard input, ids."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from quidit.ingest import content_id, iter_items, read_sources
from quidit.ingest.ids import IdAssigner, text_hash
from quidit.ingest.items import PageItem, UrlItem
from quidit.ingest.sources import source_bound
from quidit.records import Article, Failure

from .pages import ARTICLE_SENTENCES, article_page, write_warc

TEXT = "Selon la préfecture, la route de Kervalen restera fermée jusqu'à lundi.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A mixed folder: text, HTML, WARC, JSON Lines, CSV, and things to pass over."""
    root = tmp_path / "corpus"
    (root / "b" / "deep").mkdir(parents=True)
    (root / "a.txt").write_text(TEXT, encoding="utf-8")
    (root / "b" / "page.html").write_text(article_page(), encoding="utf-8")
    (root / "b" / "deep" / "export.jsonl").write_text(
        json.dumps({"id": "j1", "text": "Le maire a annoncé la fin des travaux."}) + "\n",
        encoding="utf-8",
    )
    (root / "b" / "deep" / "rows.csv").write_text("id,text\nr1,Un texte de tableur.\n")
    write_warc(
        root / "crawl.warc.gz",
        [("response", "https://news.example/w", article_page().encode(), "200 OK", "text/html")],
        gz=True,
    )
    (root / "logo.png").write_bytes(b"\x89PNG\r\n")
    (root / "script.js").write_text("var x = 1;")
    (root / ".hidden.txt").write_text("caché")
    (root / ".git").mkdir()
    (root / ".git" / "notes.txt").write_text("interne")
    return root


def test_directory_walk_reads_known_kinds_only(corpus: Path) -> None:
    items = list(iter_items([str(corpus)]))
    sources = [getattr(i, "source", None) or i.meta["source"] for i in items]  # type: ignore[union-attr]
    # Each folder's files in name order, then its subfolders.
    assert sources == [
        str(corpus / "a.txt"),
        str(corpus / "crawl.warc.gz") + "@0",
        str(corpus / "b" / "page.html"),
        str(corpus / "b" / "deep" / "export.jsonl") + ":1",
        str(corpus / "b" / "deep" / "rows.csv") + ":2",
    ]
    kinds = [type(i).__name__ for i in items]
    assert kinds == ["Article", "PageItem", "PageItem", "Article", "Article"]


def test_mixed_sources_in_the_order_given(corpus: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.html"
    results = list(
        read_sources([str(corpus / "b" / "page.html"), str(missing), str(corpus / "a.txt")])
    )
    assert [type(r).__name__ for r in results] == ["Article", "Failure", "Article"]
    assert isinstance(results[1], Failure)
    assert results[1].source == str(missing)
    assert results[1].reason == "no such file or directory"


@pytest.mark.parametrize(
    ("name", "content", "kind"),
    [
        ("article", "<!DOCTYPE html><html><body><p>x</p></body></html>", "PageItem"),
        ("notes.md", TEXT, "Article"),
        ("dump.data", '{"text": "Un texte."}\n', "Article"),
    ],
)
def test_named_files_with_other_extensions_are_sniffed(
    tmp_path: Path, name: str, content: str, kind: str
) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    (item,) = iter_items([str(path)])
    assert type(item).__name__ == kind


@pytest.mark.parametrize(
    ("data", "kind", "expected"),
    [
        (TEXT.encode(), Article, TEXT),
        (article_page().encode(), Article, ARTICLE_SENTENCES[0]),
        (
            b'{"id": "s1", "text": "Premier."}\n{"id": "s2", "text": "Second."}\n',
            Article,
            "Premier.",
        ),
        (b"\xef\xbb\xbf" + TEXT.encode(), Article, TEXT),
        (b"\x00\x01\x02binary", Failure, "binary"),
        (b"", Failure, "empty"),
    ],
)
def test_stdin_is_sniffed(
    monkeypatch: pytest.MonkeyPatch, data: bytes, kind: type, expected: str
) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    results = list(read_sources(["-"]))
    assert isinstance(results[0], kind)
    if isinstance(results[0], Article):
        assert expected in results[0].text
        assert results[0].meta["source"].startswith("<stdin>")
    else:
        assert expected in results[0].reason


def test_text_ids_are_content_hashes_and_repeats_get_suffixes(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.txt").write_text(TEXT + "Autre.", encoding="utf-8")
    items = list(
        iter_items([str(tmp_path / "a.txt"), str(tmp_path / "x"), str(tmp_path / "b.txt")])
    )
    ids = [i.id for i in items]
    assert ids == [content_id(TEXT), content_id(TEXT) + "~2", content_id(TEXT + "Autre.")]


def test_urls_become_url_items() -> None:
    (item,) = iter_items(["https://news.example/a?utm_source=x"])
    assert isinstance(item, UrlItem)
    assert item.url == "https://news.example/a?utm_source=x"


def test_page_items_are_plain_data() -> None:
    # Pages travel to worker processes: they must pickle.
    import pickle

    item = PageItem(id="p", source="s", data=b"<html></html>", meta={"k": "v"})
    assert pickle.loads(pickle.dumps(item)) == item


def test_id_assigner() -> None:
    unique = IdAssigner()
    assert [unique(x) for x in ["a", "b", "a", "a", "b"]] == ["a", "b", "a~2", "a~3", "b~2"]


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Un  texte\n\navec des espaces.", "Un texte avec des espaces.", True),
        ("Un texte.", "Un autre texte.", False),
    ],
)
def test_text_hash_ignores_spacing_only(a: str, b: str, same: bool) -> None:
    assert (text_hash(a) == text_hash(b)) is same


def test_source_bound(corpus: Path) -> None:
    page = str(corpus / "b" / "page.html")
    assert source_bound([page, "https://news.example/a", str(corpus / "a.txt")]) == 3
    assert source_bound([page, str(corpus)]) is None
    assert source_bound([page, "-"]) is None
    assert source_bound([str(corpus / "crawl.warc.gz")]) is None
