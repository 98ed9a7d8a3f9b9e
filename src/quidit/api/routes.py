"""The JSON API under ``/api``: every page's twin, over the same queries."""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from typing import Annotated, Any, Literal, Protocol
from urllib.parse import quote

from fastapi import APIRouter, Depends, Path, Query, Request, status
from fastapi.concurrency import run_in_threadpool

from quidit.api.errors import ApiError
from quidit.api.schemas import (
    AnalyzeIn,
    AnalyzeOut,
    ArticleDetailOut,
    ArticlePage,
    ClaimPage,
    ConflictPage,
    ErrorOut,
    OverviewOut,
    QuotePage,
    SpeakerDetailOut,
    SpeakerPage,
)
from quidit.records import Analysis, Article
from quidit.store import Store
from quidit.store.stats import Stats, corpus_stats
from quidit.store.views import ArticleDetail, to_analysis


class AnalyzerLike(Protocol):
    def analyze(self, article: Article) -> Analysis: ...


#: Fetches a URL into an Article (given by ``quidit serve``, which may use ingest).
Fetcher = Callable[[str], Article]

DATE = r"^\d{4}-\d{2}-\d{2}$"
#: Longest free-text search accepted: far more than any real search, short
#: enough that a query string stays small.
MAX_Q = 200

ERRORS: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorOut, "description": desc}
    for code, desc in {
        404: "Not found",
        413: "Request body too large",
        422: "Invalid parameters",
        429: "Too many requests",
    }.items()
}


def get_store(request: Request) -> Store:
    """The store the app was created with (tests give their own)."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]
Limit = Annotated[int | None, Query(description="Items per page; capped at 100.")]
Offset = Annotated[int | None, Query(description="Items to skip; capped at 10,000.")]
Q = Annotated[str | None, Query(max_length=MAX_Q, description="Words, all of which must occur.")]
QuoteType = Literal["direct", "indirect", "mixed"]

router = APIRouter(prefix="/api", responses=ERRORS)


@router.get("/overview", response_model=OverviewOut, summary="Corpus counts and top speakers")
def overview(store: StoreDep) -> Any:
    return store.overview()


@router.get("/articles", response_model=ArticlePage, summary="List and search articles")
def articles(
    store: StoreDep,
    q: Q = None,
    site: Annotated[str | None, Query(max_length=255)] = None,
    lang: Annotated[str | None, Query(max_length=16)] = None,
    date_from: Annotated[str | None, Query(pattern=DATE)] = None,
    date_to: Annotated[str | None, Query(pattern=DATE)] = None,
    limit: Limit = None,
    offset: Offset = None,
) -> Any:
    return store.list_articles(
        q=q, site=site, lang=lang, date_from=date_from, date_to=date_to, limit=limit, offset=offset
    )


@router.get(
    "/articles/{article_id:path}",
    response_model=ArticleDetailOut,
    summary="One article with its text, quotes, claims and conflicts",
)
def article(store: StoreDep, article_id: Annotated[str, Path(max_length=512)]) -> Any:
    found = store.get_article(article_id)
    if found is None:
        raise ApiError(404, f"no article with id {article_id!r}")
    return article_record(found)


def stats_query(
    store: Store,
    q: str | None = None,
    site: str | None = None,
    lang: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> Stats:
    return corpus_stats(store, q=q, site=site, lang=lang, date_from=date_from, date_to=date_to)


@router.get("/stats", summary="Who gets quoted: gender, kinds of source, anonymous sources")
def stats(
    store: StoreDep,
    q: Q = None,
    site: Annotated[str | None, Query(max_length=255)] = None,
    lang: Annotated[str | None, Query(max_length=16)] = None,
    date_from: Annotated[str | None, Query(pattern=DATE)] = None,
    date_to: Annotated[str | None, Query(pattern=DATE)] = None,
) -> dict[str, Any]:
    """The figures over the articles the articles list gives for the same filters."""
    return stats_query(store, q, site, lang, date_from, date_to).to_dict()


@router.get("/sites/{site:path}", summary="Who gets quoted in one outlet")
def site_stats(store: StoreDep, site: Annotated[str, Path(max_length=255)]) -> dict[str, Any]:
    found = stats_query(store, site=site)
    if not found.total.quotes and site not in store.sites():
        raise ApiError(404, f"no articles from site {site!r}")
    return found.to_dict()


@router.get("/speakers", response_model=SpeakerPage, summary="Speakers by number of quotes")
def speakers(store: StoreDep, q: Q = None, limit: Limit = None, offset: Offset = None) -> Any:
    return store.list_speakers(q=q, limit=limit, offset=offset)


@router.get(
    "/speakers/{speaker_id}",
    response_model=SpeakerDetailOut,
    summary="One speaker: aliases, quotes per month, quotes newest first",
)
def speaker(store: StoreDep, speaker_id: int, limit: Limit = None, offset: Offset = None) -> Any:
    found = store.get_speaker(speaker_id, limit=limit, offset=offset)
    if found is None:
        raise ApiError(404, f"no speaker with id {speaker_id}")
    return found


@router.get("/quotes", response_model=QuotePage, summary="Search quotes")
def quotes(
    store: StoreDep,
    q: Q = None,
    speaker: Annotated[int | None, Query(description="Corpus speaker id.")] = None,
    type: QuoteType | None = None,
    limit: Limit = None,
    offset: Offset = None,
) -> Any:
    return store.search_quotes(q=q, speaker=speaker, type=type, limit=limit, offset=offset)


@router.get("/claims", response_model=ClaimPage, summary="Numeric claims")
def claims(
    store: StoreDep,
    speaker: int | None = None,
    unit: Annotated[str | None, Query(max_length=128)] = None,
    article: Annotated[str | None, Query(max_length=512)] = None,
    limit: Limit = None,
    offset: Offset = None,
) -> Any:
    return store.list_claims(
        speaker=speaker, unit=unit, article=article, limit=limit, offset=offset
    )


@router.get("/conflicts", response_model=ConflictPage, summary="Conflicting claims")
def conflicts(
    store: StoreDep,
    scope: Literal["article", "corpus"] | None = None,
    speaker: int | None = None,
    limit: Limit = None,
    offset: Offset = None,
) -> Any:
    return store.list_conflicts(scope=scope, speaker=speaker, limit=limit, offset=offset)


def _check_token(request: Request) -> None:
    token: str | None = request.app.state.token
    if not token:
        raise ApiError(
            403, "analysis is disabled; start the server with --token to enable it", "disabled"
        )
    given = request.headers.get("authorization", "")
    scheme, _, value = given.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(value.encode(), token.encode()):
        raise ApiError(401, "missing or wrong token (send 'Authorization: Bearer <token>')")


@router.post(
    "/analyze",
    response_model=AnalyzeOut,
    status_code=status.HTTP_201_CREATED,
    summary="Analyse a text or a URL and store it (needs the server's token)",
    responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}},
)
async def analyze(request: Request, body: AnalyzeIn, store: StoreDep) -> Any:
    _check_token(request)
    if (body.text is None) == (body.url is None):
        raise ApiError(422, "give exactly one of 'text' and 'url'")
    if body.url is not None:
        fetch: Fetcher | None = request.app.state.fetcher
        if fetch is None:
            raise ApiError(422, "this server does not fetch URLs; post the text instead")
        article = await run_in_threadpool(fetch, body.url)
    else:
        text = body.text or ""
        article = Article(
            id=body.id or "text-" + hashlib.sha256(text.encode("utf-8")).hexdigest()[:16],
            text=text,
            title=body.title,
            lang=body.lang,
        )
    analyzer = request.app.state.get_analyzer()
    result = await run_in_threadpool(_analyze, analyzer, article)
    stored = await run_in_threadpool(store.save, result)
    return AnalyzeOut(
        id=result.id,
        status=stored,  # type: ignore[arg-type]
        quotes=len(result.quotes),
        claims=len(result.claims),
        href=f"/api/articles/{quote(result.id, safe='')}",
    )


def _analyze(analyzer: AnalyzerLike, article: Article) -> Analysis:
    from quidit.errors import InputError

    try:
        return analyzer.analyze(article)
    except InputError as exc:
        raise ApiError(422, f"cannot analyse this article: {exc}", "bad_article") from None


def article_record(found: ArticleDetail) -> dict[str, Any]:
    """The stored article as the record ``quidit analyze`` writes, extended."""
    record = to_analysis(found).to_dict()
    corpus_ids = {e.id: e.speaker_id for e in found.entities}
    for e in record["entities"]:
        e["speaker_id"] = corpus_ids.get(e["id"])
    record["article"] = found.article
    record["corpus_conflicts"] = [k for k in found.conflicts if k.scope != "article"]
    record.setdefault("warnings", [])
    record.setdefault("meta", {})
    return record
