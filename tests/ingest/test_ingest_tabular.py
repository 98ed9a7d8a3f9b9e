"""JSON Lines and CSV exports, with text or HTML columns under any name."""

from __future__ import annotations

import csv
import gzip
import json
from pathlib import Path

import pytest

from quidit.ingest import content_id, iter_items, read_sources, url_id
from quidit.ingest.items import PageItem
from quidit.options import Options
from quidit.records import Article, Failure

from .pages import ARTICLE_SENTENCES, article_page

TEXT = "Le conseil municipal de Brécourt a voté le budget mardi soir, a indiqué la mairie."
HTML = article_page(canonical=None)


def write_jsonl(path: Path, records: list[object]) -> Path:
    lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
    data = "\n".join(lines) + "\n"
    if path.name.endswith(".gz"):
        path.write_bytes(gzip.compress(data.encode()))
    else:
        path.write_text(data, encoding="utf-8")
    return path


def test_jsonl_text_html_and_bad_records(tmp_path: Path) -> None:
    path = write_jsonl(
        tmp_path / "export.jsonl",
        [
            {"id": "a1", "text": TEXT, "title": "Budget voté", "lang": "fr", "section": "Région"},
            {"url": "https://news.example/p", "html": HTML, "tags": ["budget", "mairie"]},
            {"text": TEXT + " Deuxième version."},
            "{not json",
            ["a", "list"],
            {"id": "a4", "body": "no text column"},
            "",
        ],
    )
    items = list(iter_items([str(path)]))
    a1, page, hashed, bad_json, not_object, no_text = items
    assert isinstance(a1, Article)
    assert (a1.id, a1.title, a1.lang) == ("a1", "Budget voté", "fr")
    assert a1.meta == {"source": f"{path}:1", "section": "Région"}
    assert isinstance(page, PageItem)
    assert page.id == url_id("https://news.example/p")
    assert page.meta["tags"] == ["budget", "mairie"]
    assert isinstance(hashed, Article)
    assert hashed.id == content_id(TEXT + " Deuxième version.")
    assert isinstance(bad_json, Failure) and "invalid JSON" in bad_json.reason
    assert bad_json.source == f"{path}:4"
    assert isinstance(not_object, Failure) and "not a JSON object" in not_object.reason
    assert isinstance(no_text, Failure) and no_text.id == "a4"
    assert "--text-column" in no_text.reason


def test_jsonl_custom_columns(tmp_path: Path) -> None:
    # news-please / CC-News style field names
    path = write_jsonl(
        tmp_path / "ccnews.jsonl.gz",
        [{"maintext": TEXT, "source_url": "https://news.example/b", "headline": "Budget"}],
    )
    options = Options(text_column="maintext", url_column="source_url", title_column="headline")
    (article,) = read_sources([str(path)], options)
    assert isinstance(article, Article)
    assert article.text == TEXT
    assert article.url == "https://news.example/b"
    assert article.id == url_id("https://news.example/b")
    assert article.title == "Budget"
    # Without the settings the same file has no text.
    (failure,) = read_sources([str(path)])
    assert isinstance(failure, Failure)


def test_jsonl_html_is_extracted(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "pages.jsonl", [{"id": "p1", "html": HTML}])
    (article,) = read_sources([str(path)])
    assert isinstance(article, Article)
    assert article.id == "p1"
    assert ARTICLE_SENTENCES[1] in article.text
    assert article.meta["author"] == "Claire Fontenelle"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_csv_text_and_html_columns(tmp_path: Path, delimiter: str) -> None:
    path = tmp_path / ("export.tsv" if delimiter == "\t" else "export.csv")
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, delimiter=delimiter)
        w.writerow(["id", "url", "text", "html", "rubrique"])
        w.writerow(["c1", "", TEXT + "\nSecond paragraphe; avec, ponctuation.", "", "Région"])
        w.writerow(["", "https://news.example/c2", "", HTML, "Société"])
        w.writerow(["c3", "", "", "", ""])
    items = list(iter_items([str(path)]))
    c1, c2, c3 = items
    assert isinstance(c1, Article)
    assert c1.id == "c1"
    assert c1.text.endswith("Second paragraphe; avec, ponctuation.")
    assert c1.meta["rubrique"] == "Région"
    assert c1.meta["source"] == f"{path}:3"  # the row spans lines 2–3
    assert isinstance(c2, PageItem) and c2.id == url_id("https://news.example/c2")
    assert isinstance(c3, Failure) and c3.id == "c3"


def test_csv_without_the_columns_names_them(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("ident,corps\n1,bonjour\n", encoding="utf-8")
    (failure,) = iter_items([str(path)])
    assert isinstance(failure, Failure)
    assert "columns: ident, corps" in failure.reason
    (article,) = iter_items([str(path)], Options(text_column="corps", id_column="ident"))
    assert isinstance(article, Article)
    assert (article.id, article.text) == ("1", "bonjour")


def test_csv_with_bom_and_long_fields(tmp_path: Path) -> None:
    long_text = TEXT * 20_000  # ~1.6 MB: beyond the csv module's default field limit
    path = tmp_path / "excel.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows([["text"], [long_text]])
    (article,) = iter_items([str(path)])
    assert isinstance(article, Article)
    assert article.text == long_text


@pytest.mark.parametrize(
    ("content", "reason"),
    [(b"", "empty CSV file"), (b"text\n\xff\xfe\n", "not UTF-8")],
)
def test_bad_csv_files(tmp_path: Path, content: bytes, reason: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    items = list(iter_items([str(path)]))
    assert isinstance(items[-1], Failure)
    assert reason in items[-1].reason
