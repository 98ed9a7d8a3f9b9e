"""HTML pages without a browser: content, escaping, JSON twins, errors."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from quidit.api import Limits, create_app
from quidit.store import ClaimRef, CorpusConflict, Store, open_store
from store.builders import FLOOD, FOLLOW_UP, XSS, build

HTML = {"accept": "text/html"}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = open_store(f"sqlite:///{tmp_path / 'web.db'}")
    s.save_many([build(FLOOD), build(FOLLOW_UP), build(XSS)])
    s.save_corpus_conflicts(
        [CorpusConflict(ClaimRef(FLOOD.id, "c1"), ClaimRef(FOLLOW_UP.id, "c1"), "killed", 2.0)]
    )
    yield s
    s.close()


@pytest.fixture
def client(store: Store) -> TestClient:
    return TestClient(create_app(store, limits=Limits(rate=0)))


def test_every_page_renders_and_links_its_json_twin(client: TestClient, store: Store) -> None:
    sid = store.find_speaker("Odile Carrasco")
    pages = [
        "/",
        "/articles",
        f"/articles/{FLOOD.id}",
        "/speakers",
        f"/speakers/{sid}",
        "/conflicts",
        "/stats",
        "/stats?site=Gazette+du+Lys&date_from=2024-01-01",
        "/sites/Le%20Courrier%20de%20Vernay",
        "/search?q=digue",
        "/search?q=digue&kind=articles",
        "/api",
    ]
    for path in pages:
        r = client.get(path, headers=HTML)
        assert r.status_code == 200, path
        assert r.headers["content-type"].startswith("text/html")
        twin = re.search(r'<a class="twin" href="([^"]+)"', r.text)
        assert twin, path
        j = client.get(twin.group(1).replace("&amp;", "&"))
        assert j.status_code == 200 and j.headers["content-type"] == "application/json", path


def test_article_page_marks_every_quote_with_its_speaker(client: TestClient) -> None:
    html = client.get(f"/articles/{FLOOD.id}").text
    twin = client.get(f"/api/articles/{FLOOD.id}").json()
    for q in twin["quotes"]:
        assert f'id="quote-{q["id"]}" data-speaker="{q["speaker"]["name"]}"' in html
        assert f'id="side-{q["id"]}"' in html
    assert html.count('class="q ') >= len(twin["quotes"])
    assert '<span class="cue' in html or 'cue"' in html
    # The side list shows type and confidence without hovering.
    assert html.count('class="badge t-direct"') == 2
    assert "0.90" in html


def test_speaker_page_has_aliases_chart_and_quotes_by_date(
    client: TestClient, store: Store
) -> None:
    sid = store.find_speaker("Odile Carrasco")
    html = client.get(f"/speakers/{sid}").text
    assert "<svg" in html and "2024-03: 2" in html and "2024-04: 1" in html
    newest = html.index(f'href="/articles/{FOLLOW_UP.id}#quote-')
    assert newest < html.index(f'href="/articles/{FLOOD.id}#quote-')  # newest first
    assert "Carrasco" in html


def test_conflicts_page_shows_both_sides_with_links(client: TestClient) -> None:
    html = client.get("/conflicts").text
    assert html.count('class="conflict"') == 2
    assert f'href="/articles/{FLOOD.id}#claim-c1"' in html
    assert f'href="/articles/{FOLLOW_UP.id}#claim-c1"' in html
    assert "across articles" in html and "same article" in html
    corpus = client.get("/conflicts?scope=corpus").text
    assert corpus.count('class="conflict"') == 1


def test_pagination_links(client: TestClient) -> None:
    html = client.get("/articles?limit=2").text
    assert 'rel="next" href="/articles?limit=2&amp;offset=2"' in html
    page2 = client.get("/articles?limit=2&offset=2").text
    assert 'rel="prev"' in page2 and 'rel="next"' not in page2


def test_hostile_article_is_escaped_everywhere(client: TestClient, store: Store) -> None:
    from urllib.parse import quote

    sid = store.find_speaker('<b onmouseover="window.__pwned=3">Jean Piège</b>')
    assert sid is not None
    for path in [
        f"/articles/{quote(XSS.id, safe='')}",
        "/",
        "/articles",
        f"/speakers/{sid}",
        "/speakers",
        "/search?q=image",
    ]:
        html = client.get(path, headers=HTML).text
        assert "<script>window" not in html, path
        assert "<img" not in html and "<svg onload" not in html, path
        assert "<b onmouseover" not in html, path
        assert 'href="javascript:' not in html.lower(), path
    article = client.get(f"/articles/{quote(XSS.id, safe='')}").text
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in article
    assert "original page" not in article  # the javascript: URL is shown, not linked


@pytest.mark.parametrize(
    ("path", "status"),
    [("/articles/nope", 404), ("/speakers/123456", 404), ("/speakers/x", 422), ("/zzz", 404)],
)
def test_errors_are_pages_for_browsers_and_json_otherwise(
    client: TestClient, path: str, status: int
) -> None:
    page = client.get(path, headers=HTML)
    assert page.status_code == status and page.headers["content-type"].startswith("text/html")
    assert f"<h1>{status}" in page.text
    data = client.get(path, headers={"accept": "application/json"})
    assert data.status_code == status and data.json()["error"]["status"] == status


def test_hostile_error_message_is_escaped(client: TestClient) -> None:
    page = client.get("/articles/<script>alert(1)</script>", headers=HTML)
    assert page.status_code == 404 and "<script>alert" not in page.text


def test_pages_work_without_javascript(client: TestClient) -> None:
    # Forms use GET and real links; the only script is an optional enhancer.
    html = client.get("/search", headers=HTML).text
    assert '<form class="filters" action="/search" method="get"' in html
    assert html.count("<script") == 1 and 'src="/static/app.js" defer' in html
    assert client.get("/static/app.js").status_code == 200
    assert client.get("/static/style.css").status_code == 200


def test_who_gets_quoted_pages_show_the_shares(client: TestClient, store: Store) -> None:
    from store.test_stats import RECORDS

    store.save_many(RECORDS)
    html = client.get("/stats", params={"site": "Le Courrier"}).text
    assert 'id="women-people"' in html and "50.0 %" in html  # Anne and Paul
    assert '<svg class="chart gender"' in html and "<script" not in html.split("<main>")[1]
    twin = client.get("/api/stats", params={"site": "Le Courrier"}).json()
    assert twin["total"]["women_share_people"] == 0.5
    assert twin["top_people"]["female"][0]["name"] == "Anne Vasseur"
    site = client.get("/sites/La%20Gazette").text
    assert "Anne Vasseur" in site
    assert client.get("/api/sites/La%20Gazette").json()["total"]["quotes"] == 4
    assert client.get("/sites/nowhere").status_code == 404
    overview = client.get("/").text
    assert "Who gets quoted" in overview and 'href="/stats"' in overview
