"""The web view in real headless Chromium (Debian's package, driven by
Playwright from PyPI; Playwright never downloads a browser here)."""

from __future__ import annotations

import dataclasses
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from quidit.api import Limits, create_app
from quidit.records import Analysis, Conflict
from quidit.store import open_store
from store.builders import XSS, build

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="module")
def seed(dev_gold: list[dict]) -> Analysis:
    record = Analysis.from_dict(dev_gold[0])
    assert record.id == "seed-belgorod"
    # Gold records carry no conflicts; the seed's one is Kapustin's 2 dead
    # (c2) against Russia's more than 70 killed (c4), ratio 70 / 2.
    claims = {c.id: c for c in record.claims}
    assert claims["c2"].source == "Denis Kapustin" and claims["c4"].source == "La Russie"
    ratio = claims["c4"].value / claims["c2"].value
    return dataclasses.replace(record, conflicts=(Conflict("k1", "killed", ("c2", "c4"), ratio),))


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, seed: Analysis) -> Iterator[str]:
    import uvicorn

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('browser') / 'web.db'}")
    from store.test_stats import RECORDS

    store.save_many([seed, build(XSS), *RECORDS])
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(
        uvicorn.Config(
            create_app(store, limits=Limits(rate=0)),
            host="127.0.0.1",
            port=port,
            log_level="warning",
        )
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)
    store.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not found: install Debian's chromium (scripts/system-deps.sh)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    pg = context.new_page()
    yield pg
    context.close()


MARKS_JS = """els => els.map(e => ({ids: e.dataset.quote.split(' '), speaker: e.dataset.speaker,
  title: e.title, text: e.textContent}))"""


def test_seed_article_highlights_all_15_quotes_with_their_speakers(
    page: Any, base_url: str, seed: Analysis
) -> None:
    page.goto(f"{base_url}/articles/seed-belgorod")
    marks = page.eval_on_selector_all("#text mark.q", MARKS_JS)
    assert len(seed.quotes) == 15
    for q in seed.quotes:
        mine = [m for m in marks if q.id in m["ids"]]
        assert mine, f"{q.id} is not highlighted"
        # The marked pieces of the quote, in order, are exactly its words.
        assert "".join(m["text"] for m in mine) == q.content.text, q.id
        anchor = page.locator(f"#quote-{q.id}")
        assert anchor.get_attribute("data-speaker") == q.speaker.name
        side = page.locator(f"#side-{q.id}")
        assert side.locator(".speaker").inner_text() == q.speaker.name
        assert side.locator(".badge").inner_text() == q.type
    assert {i for m in marks for i in m["ids"]} == {q.id for q in seed.quotes}
    # Hover text names the speaker and the type.
    first = next(m for m in marks if m["ids"] == ["q9"])
    assert first["title"].startswith("Denis Kapustin · direct")
    assert page.locator("#text mark.q").first.is_visible()
    # One colour per speaker: Kapustin's quotes share one class, Russia's another.
    classes = {
        q.id: next(
            c
            for c in page.locator(f'#text mark.q[data-quote="{q.id}"]')
            .first.get_attribute("class")
            .split()
            if c.startswith("sp-")
        )
        for q in seed.quotes
        if q.id in ("q9", "q10", "q14", "q3")
    }
    assert classes["q9"] == classes["q10"] == classes["q14"] != classes["q3"]


def test_click_through_to_kapustin_and_see_the_conflict(page: Any, base_url: str) -> None:
    page.goto(f"{base_url}/articles/seed-belgorod")
    page.locator("#side-q9 .speaker a").click()
    page.wait_for_url("**/speakers/*")
    assert page.locator("h1").inner_text() == "Denis Kapustin"
    assert "9 quotes in 1 article" in page.locator("main").inner_text()
    assert page.locator(".quotes-list .quote-item").count() == 9
    assert "White Rex" in page.locator(".aliases").inner_text()

    page.locator("header.top nav >> text=Conflicts").click()
    page.wait_for_url("**/conflicts")
    conflict = (
        page.locator(".conflict").filter(has_text="Denis Kapustin").filter(has_text="La Russie")
    )
    assert conflict.count() == 1
    sides = conflict.locator(".claim-side").all_inner_texts()
    assert any("2 mort" in s and "Denis Kapustin" in s for s in sides)
    assert any("more than 70 tué" in s and "La Russie" in s for s in sides)
    conflict.locator('a[href$="#claim-c4"]').click()
    page.wait_for_url("**/articles/seed-belgorod#claim-c4")
    assert page.locator("#claim-c4").count() == 1


def test_xss_article_runs_nothing(page: Any, base_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    xss_id = quote(XSS.id, safe="")
    for path in (f"/articles/{xss_id}", "/", "/articles", "/speakers", "/search?q=image"):
        page.goto(base_url + path)
        # Links inside SVG charts are left out: their box is mostly the
        # chart's empty space, which takes the pointer.
        for mark in page.locator("mark, span.mention, b, a:not(svg *)").all()[:20]:
            if mark.is_visible():
                mark.hover()
        assert page.evaluate("typeof window.__pwned") == "undefined", path
        # Nothing from the article became an element.
        assert page.locator("img, svg[onload], b[onmouseover], iframe").count() == 0, path
        assert page.locator('a[href^="javascript:" i]').count() == 0, path
        scripts = page.eval_on_selector_all("script", "els => els.map(e => e.src)")
        assert scripts == [f"{base_url}/static/app.js"], path
    assert dialogs == []
    page.goto(f"{base_url}/articles/{xss_id}")
    assert "<script>window.__pwned = 1</script>" in page.locator("#text").inner_text()
    assert page.title().startswith("<script>")


def test_article_page_without_javascript_and_on_a_phone(browser: Any, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 800})
    pg = context.new_page()
    try:
        pg.goto(f"{base_url}/articles/seed-belgorod")
        ids = pg.eval_on_selector_all("#text mark.q", "els => els.map(e => e.dataset.quote)")
        assert len({i for s in ids for i in s.split()}) == 15
        # Nothing wider than the screen: readable without sideways scrolling.
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390
        pg.goto(f"{base_url}/conflicts")
        assert pg.evaluate("document.documentElement.scrollWidth") <= 390
    finally:
        context.close()


def test_who_gets_quoted_pages_without_javascript(browser: Any, base_url: str) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(base_url + "/")
        page.click("text=All figures")
        assert page.url.endswith("/stats")
        assert page.locator("svg.chart.gender").count() == 2
        assert page.locator("#anonymous-share").inner_text().endswith("%")
        page.fill("input[name=site]", "Le Courrier")
        page.click("text=Filter")
        assert "site=Le+Courrier" in page.url
        assert page.locator("#women-people").inner_text() == "50.0 %"
        page.goto(base_url + "/sites/La%20Gazette")
        assert page.locator("ol.top-female li").first.inner_text().startswith("Anne Vasseur")
    finally:
        context.close()
