"""HTML pages, server-rendered with Jinja2 (autoescaped).

Each page calls the same store query as its JSON twin under ``/api`` and
links to it.  Pages need no JavaScript; ``static/app.js`` only adds small
conveniences.
"""

from __future__ import annotations

from http import HTTPStatus
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote, urlencode, urlsplit

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, select_autoescape

from quidit.api.errors import ApiError
from quidit.api.routes import MAX_Q, Limit, Offset, StoreDep, stats_query
from quidit.web.charts import Bar, bar_chart, gender_chart, timeline_chart, women_share_chart
from quidit.web.highlight import colour_class, describe, highlight, speaker_colours

HERE = Path(__file__).parent
#: A date field of a filter form: sent empty when left blank and no script
#: removed it, which must read as "no filter", not as an invalid request.
FORM_DATE = r"^(\d{4}-\d{2}-\d{2})?$"
#: Conflicts shown on a speaker page; the rest are one link away (each
#: costs two claim boxes to render, and five show the pattern).
SPEAKER_CONFLICTS = 5


def safe_url(url: str | None) -> str | None:
    """The URL if it is a web address (http/https), else None: a
    ``javascript:`` or ``data:`` URL is never made a link."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


def urlq(value: object) -> str:
    """One path segment, percent-encoded (ids may hold '/', '?', '#')."""
    return quote(str(value), safe="")


def fmt_value(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


QUALIFIERS = {
    "exact": "",
    "more_than": "more than ",
    "at_least": "at least ",
    "less_than": "less than ",
    "at_most": "at most ",
    "about": "about ",
}

env = Environment(
    loader=PackageLoader("quidit.web", "templates"),
    autoescape=select_autoescape(["html"], default_for_string=True, default=True),
    trim_blocks=True,
    lstrip_blocks=True,
)
env.filters.update(safe_url=safe_url, urlq=urlq, fmt_value=fmt_value)
env.globals.update(QUALIFIERS=QUALIFIERS, describe=describe)
templates = Jinja2Templates(env=env)

router = APIRouter(include_in_schema=False)


def static_files() -> StaticFiles:
    return StaticFiles(directory=HERE / "static")


def _page(request: Request, name: str, twin: str | None, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(request, name, {"twin": twin, **context})


def _query(**params: Any) -> str:
    kept = {k: v for k, v in params.items() if v not in (None, "")}
    return ("?" + urlencode(kept)) if kept else ""


def render_error(request: Request, status: int, message: str) -> Response:
    return templates.TemplateResponse(
        request,
        "error.html",
        {"status": status, "phrase": HTTPStatus(status).phrase, "message": message, "twin": None},
        status_code=status,
    )


@router.get("/", response_class=HTMLResponse)
def overview_page(request: Request, store: StoreDep) -> HTMLResponse:
    data = store.overview()
    chart = bar_chart(
        [Bar(s.name, s.quote_count, f"/speakers/{s.id}") for s in data.top_speakers],
        title="Top speakers by number of quotes",
    )
    stats = stats_query(store)
    return _page(
        request,
        "overview.html",
        "/api/overview",
        data=data,
        chart=chart,
        stats=stats,
        gender_chart=gender_chart(stats.total, title="Quotes of persons by gender"),
        sites_chart=women_share_chart(
            stats.by_site, title="Share of women among quoted people, by site", link="/sites/"
        ),
    )


@router.get("/stats", response_class=HTMLResponse)
def stats_page(
    request: Request,
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=MAX_Q)] = None,
    site: Annotated[str | None, Query(max_length=255)] = None,
    lang: Annotated[str | None, Query(max_length=16)] = None,
    date_from: Annotated[str | None, Query(pattern=FORM_DATE)] = None,
    date_to: Annotated[str | None, Query(pattern=FORM_DATE)] = None,
) -> HTMLResponse:
    filters = {
        "q": q or None,
        "site": site or None,
        "lang": lang or None,
        "date_from": date_from or None,
        "date_to": date_to or None,
    }
    stats = stats_query(store, **filters)
    return _stats_page(
        request, stats, "/api/stats" + _query(**filters), filters, title="Who gets quoted"
    )


@router.get("/sites/{site:path}", response_class=HTMLResponse)
def site_page(request: Request, store: StoreDep, site: str) -> HTMLResponse:
    stats = stats_query(store, site=site)
    if not stats.total.quotes and site not in store.sites():
        raise ApiError(404, f"no articles from site {site!r}")
    filters = {"site": site}
    return _stats_page(request, stats, "/api/sites/" + urlq(site), filters, title=site)


def _stats_page(
    request: Request, stats: Any, twin: str, filters: dict[str, Any], *, title: str
) -> HTMLResponse:
    return _page(
        request,
        "stats.html",
        twin,
        st=stats,
        t=stats.total,
        title=title,
        filters=filters,
        articles_link="/articles" + _query(**filters),
        gender_chart=gender_chart(stats.total, title="Quotes of persons by gender"),
        people_chart=gender_chart(stats.total, title="People quoted by gender", people=True),
        kind_chart=bar_chart(
            [Bar(k, n) for k, n in stats.total.quotes_by_kind.items()],
            title="Quotes by kind of source",
        ),
        month_chart=women_share_chart(
            [b for b in stats.by_month if b.label != "undated"],
            title="Share of women among quoted people, by month",
        ),
        site_chart=women_share_chart(
            stats.by_site, title="Share of women among quoted people, by site", link="/sites/"
        ),
    )


@router.get("/articles", response_class=HTMLResponse)
def articles_page(
    request: Request,
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=MAX_Q)] = None,
    site: Annotated[str | None, Query(max_length=255)] = None,
    lang: Annotated[str | None, Query(max_length=16)] = None,
    date_from: Annotated[str | None, Query(pattern=FORM_DATE)] = None,
    date_to: Annotated[str | None, Query(pattern=FORM_DATE)] = None,
    limit: Limit = None,
    offset: Offset = None,
) -> HTMLResponse:
    filters = {
        "q": q,
        "site": site or None,
        "lang": lang or None,
        "date_from": date_from or None,
        "date_to": date_to or None,
    }
    page = store.list_articles(**filters, limit=limit, offset=offset)
    base = _query(**filters, limit=limit)
    return _page(
        request,
        "articles.html",
        "/api/articles" + _query(**filters, limit=limit, offset=offset),
        page=page,
        filters=filters,
        base="/articles" + (base or "?"),
    )


@router.get("/articles/{article_id:path}", response_class=HTMLResponse)
def article_page(request: Request, store: StoreDep, article_id: str) -> HTMLResponse:
    detail = store.get_article(article_id)
    if detail is None:
        raise ApiError(404, f"no article with id {article_id!r}")
    colours = speaker_colours(detail.quotes)
    body = highlight(detail.text, detail.quotes, detail.claims)
    legend: dict[str, tuple[str, str, int | None]] = {}
    for q in detail.quotes:
        legend.setdefault(
            colour_class(q, colours) + (q.speaker or ""),
            (q.speaker or "unknown speaker", colour_class(q, colours), q.speaker_id),
        )
    return _page(
        request,
        "article.html",
        "/api/articles/" + urlq(article_id),
        d=detail,
        a=detail.article,
        body=body,
        colours=colours,
        colour_of=lambda q: colour_class(q, colours),
        legend=list(legend.values()),
    )


@router.get("/speakers", response_class=HTMLResponse)
def speakers_page(
    request: Request,
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=MAX_Q)] = None,
    limit: Limit = None,
    offset: Offset = None,
) -> HTMLResponse:
    page = store.list_speakers(q=q, limit=limit, offset=offset)
    return _page(
        request,
        "speakers.html",
        "/api/speakers" + _query(q=q, limit=limit, offset=offset),
        page=page,
        q=q,
        base="/speakers" + (_query(q=q, limit=limit) or "?"),
    )


@router.get("/speakers/{speaker_id}", response_class=HTMLResponse)
def speaker_page(
    request: Request, store: StoreDep, speaker_id: int, limit: Limit = None, offset: Offset = None
) -> HTMLResponse:
    detail = store.get_speaker(speaker_id, limit=limit, offset=offset)
    if detail is None:
        raise ApiError(404, f"no speaker with id {speaker_id}")
    chart = timeline_chart(detail.timeline, title=f"Quotes of {detail.speaker.name} per month")
    undated = sum(m.count for m in detail.timeline if m.month == "undated")
    # One more than shown tells whether to link to the full list.
    conflicts = store.speaker_conflicts(speaker_id, limit=SPEAKER_CONFLICTS + 1)
    return _page(
        request,
        "speaker.html",
        f"/api/speakers/{speaker_id}" + _query(limit=limit, offset=offset),
        d=detail,
        s=detail.speaker,
        chart=chart,
        undated=undated,
        conflicts=conflicts[:SPEAKER_CONFLICTS],
        more_conflicts=len(conflicts) > SPEAKER_CONFLICTS,
        base=f"/speakers/{speaker_id}" + (_query(limit=limit) or "?"),
    )


@router.get("/conflicts", response_class=HTMLResponse)
def conflicts_page(
    request: Request,
    store: StoreDep,
    scope: Literal["article", "corpus"] | None = None,
    speaker: int | None = None,
    limit: Limit = None,
    offset: Offset = None,
) -> HTMLResponse:
    page = store.list_conflicts(scope=scope, speaker=speaker, limit=limit, offset=offset)
    return _page(
        request,
        "conflicts.html",
        "/api/conflicts" + _query(scope=scope, speaker=speaker, limit=limit, offset=offset),
        page=page,
        scope=scope,
        base="/conflicts" + (_query(scope=scope, speaker=speaker, limit=limit) or "?"),
    )


@router.get("/search", response_class=HTMLResponse)
def search_page(
    request: Request,
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=MAX_Q)] = None,
    kind: Literal["quotes", "articles"] = "quotes",
    speaker: int | None = None,
    type: Literal["direct", "indirect", "mixed"] | None = None,
    limit: Limit = None,
    offset: Offset = None,
) -> HTMLResponse:
    if kind == "articles":
        page: Any = store.list_articles(q=q, limit=limit, offset=offset)
        twin = "/api/articles" + _query(q=q, limit=limit, offset=offset)
    else:
        page = store.search_quotes(q=q, speaker=speaker, type=type, limit=limit, offset=offset)
        twin = "/api/quotes" + _query(q=q, speaker=speaker, type=type, limit=limit, offset=offset)
    return _page(
        request,
        "search.html",
        twin,
        page=page,
        q=q or "",
        kind=kind,
        type=type,
        speaker=speaker,
        base="/search" + (_query(q=q, kind=kind, speaker=speaker, type=type, limit=limit) or "?"),
    )


@router.get("/api", response_class=HTMLResponse)
def api_page(request: Request) -> HTMLResponse:
    schema = request.app.openapi()
    endpoints = [
        (method.upper(), path, op.get("summary", ""), [p["name"] for p in op.get("parameters", [])])
        for path, ops in schema["paths"].items()
        for method, op in ops.items()
    ]
    return _page(request, "api.html", "/api/openapi.json", endpoints=endpoints)
