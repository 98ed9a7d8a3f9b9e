"""The JSON API: routes, pagination caps, the one error shape, limits, and
the token-guarded analysis endpoint."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from quidit.api import Limits, create_app
from quidit.errors import InputError
from quidit.records import Analysis, Article
from quidit.store import Store
from store.builders import FLOOD, FOLLOW_UP, Q, Rec, build


def assert_error(response: Any, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"}
    err = body["error"]
    assert err["status"] == status and isinstance(err["message"], str) and err["message"]
    if code:
        assert err["code"] == code
    return err


def test_article_list_filters(client: TestClient) -> None:
    r = client.get("/api/articles", params={"site": "Gazette du Lys"})
    assert r.status_code == 200
    assert [a["id"] for a in r.json()["items"]] == [FOLLOW_UP.id]
    assert client.get("/api/articles", params={"q": "digue"}).json()["total"] == 2
    assert client.get("/api/articles", params={"date_from": "2024-04-01"}).json()["total"] == 2
    assert client.get("/api/articles", params={"lang": "en"}).json()["total"] == 0


def test_one_article_has_its_quotes_claims_and_conflicts(client: TestClient) -> None:
    r = client.get(f"/api/articles/{FLOOD.id}")
    assert r.status_code == 200
    d = r.json()
    assert d["article"]["site"] == "Le Courrier de Vernay"
    assert d["article"]["date"] == "2024-03-14"
    assert [q["id"] for q in d["quotes"]] == ["q1", "q2", "q3", "q4"]
    q1 = d["quotes"][0]
    assert d["text"][q1["content"]["start"] : q1["content"]["end"]] == q1["content"]["text"]
    assert q1["speaker"]["name"] == "Odile Carrasco" and q1["cue"]["text"] == "a déclaré"
    assert q1["speaker"]["entity"] == "e1" and d["entities"][0]["speaker_id"] is not None
    assert [c["id"] for c in d["claims"]] == ["c1", "c2"]
    assert len(d["conflicts"]) == 1 and d["conflicts"][0]["ratio"] == pytest.approx(5 / 3, abs=1e-3)


def test_speakers_list_and_one_speaker_by_date(client: TestClient) -> None:
    items = client.get("/api/speakers").json()["items"]
    top = items[0]
    assert top["quote_count"] == 3 and top["article_count"] == 2
    one = client.get(f"/api/speakers/{top['id']}").json()
    dates = [q["date"] for q in one["quotes"]["items"]]
    assert dates == sorted(dates, reverse=True)
    assert [m["month"] for m in one["timeline"]] == ["2024-03", "2024-04"]


def test_quote_search(client: TestClient) -> None:
    r = client.get("/api/quotes", params={"q": "digue", "type": "direct"})
    assert [q["content"]["text"] for q in r.json()["items"]] == ["La digue a cédé à l’aube"]
    sid = client.get("/api/speakers", params={"q": "Ferrandou"}).json()["items"][0]["id"]
    assert client.get("/api/quotes", params={"speaker": sid}).json()["total"] == 3


def test_claims_and_conflicts(client: TestClient) -> None:
    assert client.get("/api/claims", params={"unit": "mort"}).json()["total"] == 3
    k = client.get("/api/conflicts").json()["items"][0]
    assert {k["a"]["source"], k["b"]["source"]} == {"Odile Carrasco", "Bastien Ferrandou"}
    assert client.get("/api/conflicts", params={"scope": "corpus"}).json()["total"] == 0


@pytest.mark.parametrize(
    ("params", "limit", "offset"),
    [
        ({"limit": 5000}, 100, 0),
        ({"limit": -3, "offset": -9}, 1, 0),
        ({"offset": 10**9}, 20, 10_000),
    ],
)
def test_limits_are_capped_not_refused(
    client: TestClient, params: dict, limit: int, offset: int
) -> None:
    for path in ("/api/articles", "/api/speakers", "/api/quotes", "/api/claims", "/api/conflicts"):
        body = client.get(path, params=params).json()
        assert (body["limit"], body["offset"]) == (limit, offset), path


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/articles/nope", 404),
        ("/api/speakers/999999", 404),
        ("/api/speakers/abc", 422),
        ("/api/quotes?type=quoted", 422),
        ("/api/articles?date_from=yesterday", 422),
        ("/api/articles?limit=many", 422),
        ("/api/quotes?q=" + "x" * 201, 422),
        ("/api/conflicts?scope=planet", 422),
        ("/api/nothing-here", 404),
    ],
)
def test_every_error_has_one_shape(client: TestClient, path: str, status: int) -> None:
    err = assert_error(client.get(path), status)
    if status == 422:
        assert err["details"] and {"loc", "message"} <= set(err["details"][0])


def test_method_not_allowed_has_the_shape(client: TestClient) -> None:
    assert_error(client.delete("/api/articles"), 405, "method_not_allowed")


def test_openapi_schema_lists_the_endpoints(client: TestClient) -> None:
    schema = client.get("/api/openapi.json").json()
    paths = set(schema["paths"])
    assert {
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/speakers",
        "/api/speakers/{speaker_id}",
        "/api/quotes",
        "/api/claims",
        "/api/conflicts",
        "/api/analyze",
        "/api/overview",
    } <= paths
    assert "/articles" not in paths  # HTML pages stay out of the API schema


def test_security_headers(client: TestClient) -> None:
    r = client.get("/api/overview")
    assert "script-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


# -- limits -----------------------------------------------------------------


def test_rate_limit_answers_429_in_the_error_shape(filled: Store) -> None:
    client = TestClient(create_app(filled, limits=Limits(rate=1, burst=3)))
    codes = [client.get("/api/overview").status_code for _ in range(5)]
    assert codes[:3] == [200, 200, 200]
    last = client.get("/api/overview")
    err = assert_error(last, 429, "too_many_requests")
    assert int(last.headers["retry-after"]) >= 1 and err


def test_body_size_is_bounded(filled: Store) -> None:
    client = TestClient(create_app(filled, token="s3cret", limits=Limits(rate=0, max_body=1000)))
    headers = {"authorization": "Bearer s3cret"}
    assert_error(client.post("/api/analyze", json={"text": "x" * 5000}, headers=headers), 413)

    def chunks():  # no Content-Length: counted as it streams
        for _ in range(10):
            yield b"x" * 500

    r = client.post(
        "/api/analyze",
        content=chunks(),
        headers={**headers, "content-type": "application/json"},
    )
    assert_error(r, 413, "too_large")


# -- analysis ----------------------------------------------------------------


class FakeAnalyzer:
    """Stands in for quidit.service.Analyzer: quotes every « … »."""

    def __init__(self) -> None:
        self.seen: list[Article] = []

    def analyze(self, article: Article) -> Analysis:
        self.seen.append(article)
        if not article.text.strip():
            raise InputError("empty text")
        start = article.text.find("« ")
        end = article.text.find(" »")
        rec = Rec(id=article.id, text=article.text, title=article.title or "t")
        if start >= 0 and end > start:
            rec.quotes = [Q(article.text[start + 2 : end], "Yann Kerbrat")]
        return build(rec)


def test_analysis_is_off_without_a_token(filled: Store) -> None:
    fake = FakeAnalyzer()
    client = TestClient(create_app(filled, analyzer=fake, limits=Limits(rate=0)))
    err = assert_error(client.post("/api/analyze", json={"text": "« Bonjour », dit Yann."}), 403)
    assert err["code"] == "disabled" and "--token" in err["message"]
    assert fake.seen == []


@pytest.mark.parametrize(
    "auth", [None, "Bearer wrong", "Basic czNjcmV0", "Bearer s3cret2", "Bearer "]
)
def test_analysis_needs_the_token(filled: Store, auth: str | None) -> None:
    fake = FakeAnalyzer()
    client = TestClient(create_app(filled, token="s3cret", analyzer=fake, limits=Limits(rate=0)))
    headers = {"authorization": auth} if auth else {}
    assert_error(client.post("/api/analyze", json={"text": "« Oui »"}, headers=headers), 401)
    assert fake.seen == []


def test_analysis_with_the_token_stores_the_record(filled: Store) -> None:
    fake = FakeAnalyzer()
    client = TestClient(create_app(filled, token="s3cret", analyzer=fake, limits=Limits(rate=0)))
    headers = {"authorization": "Bearer s3cret"}
    body = {"text": "Port-Léac\n\n« Le port rouvrira lundi », assure Yann Kerbrat.", "id": "leac"}
    r = client.post("/api/analyze", json=body, headers=headers)
    assert r.status_code == 201, r.text
    assert r.json() == {
        "id": "leac",
        "status": "added",
        "quotes": 1,
        "claims": 0,
        "href": "/api/articles/leac",
    }
    stored = client.get("/api/articles/leac").json()
    assert stored["quotes"][0]["content"]["text"] == "Le port rouvrira lundi"
    again = client.post("/api/analyze", json=body, headers=headers)
    assert again.json()["status"] == "unchanged"
    # Without an id, the id comes from the text (the same text, the same id).
    a = client.post("/api/analyze", json={"text": "« Non »"}, headers=headers).json()
    b = client.post("/api/analyze", json={"text": "« Non »"}, headers=headers).json()
    assert a["id"] == b["id"] and b["status"] == "unchanged"


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({}, 422),
        ({"text": "a", "url": "https://example.org/"}, 422),
        ({"url": "file:///etc/passwd"}, 422),
        ({"url": "https://example.org/a"}, 422),  # no fetcher configured
        ({"text": ""}, 422),
        ({"text": "   "}, 422),  # the analyser refuses it: a bad article, not a crash
        ({"text": "x", "extra": 1}, 422),
    ],
)
def test_bad_analysis_requests(filled: Store, body: dict, status: int) -> None:
    client = TestClient(
        create_app(filled, token="t", analyzer=FakeAnalyzer(), limits=Limits(rate=0))
    )
    assert_error(
        client.post("/api/analyze", json=body, headers={"authorization": "Bearer t"}), status
    )


def test_urls_go_through_the_fetcher(filled: Store) -> None:
    fetched: list[str] = []

    def fetch(url: str) -> Article:
        fetched.append(url)
        return Article(id="fetched", text="« Tout va bien », dit Yann Kerbrat.", url=url)

    client = TestClient(
        create_app(filled, token="t", analyzer=FakeAnalyzer(), fetcher=fetch, limits=Limits(rate=0))
    )
    r = client.post(
        "/api/analyze",
        json={"url": "https://news.example/a"},
        headers={"authorization": "Bearer t"},
    )
    assert r.status_code == 201 and r.json()["id"] == "fetched"
    assert fetched == ["https://news.example/a"]


def test_article_is_the_analysis_record_with_its_attributes(client: TestClient, filled) -> None:
    from dataclasses import replace

    from store.builders import build

    record = build(FLOOD)
    e1 = replace(record.entities[0], kind="person", gender="female", gender_evidence="la préfète")
    record = replace(record, entities=(e1, *record.entities[1:]))
    filled.save(record)
    d = client.get(f"/api/articles/{FLOOD.id}").json()
    expected = record.to_dict()
    for key in ("id", "lang", "text", "quotes", "claims", "conflicts"):
        assert d[key] == expected[key], key
    got = d["entities"][0]
    assert {k: got[k] for k in ("kind", "anonymous", "gender", "gender_evidence")} == {
        "kind": "person",
        "anonymous": False,
        "gender": "female",
        "gender_evidence": "la préfète",
    }
    speaker = client.get(f"/api/speakers/{got['speaker_id']}").json()["speaker"]
    assert speaker["gender"] == "female"
