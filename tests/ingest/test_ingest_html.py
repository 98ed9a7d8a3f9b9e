"""HTML pages: main text without furniture, page metadata, language."""

from __future__ import annotations

import pytest

from quidit.ingest import extract_html
from quidit.ingest.boilerplate import drop_prompts, is_prompt
from quidit.ingest.language import normalize_tag, page_language
from quidit.records import Article, Failure

from .pages import ARTICLE_SENTENCES, FURNITURE, article_page, english_page


@pytest.fixture(scope="module")
def article() -> Article:
    result = extract_html(article_page(), source="page.html")
    assert isinstance(result, Article), result
    return result


@pytest.mark.parametrize("sentence", ARTICLE_SENTENCES)
def test_article_text_is_kept(article: Article, sentence: str) -> None:
    assert sentence in article.text


@pytest.mark.parametrize("kind", sorted(FURNITURE))
def test_furniture_is_dropped(article: Article, kind: str) -> None:
    text = FURNITURE[kind]
    assert text not in article.text
    # Not even a piece of it: the furniture's quoted speech is gone too.
    assert text[:25] not in article.text


def test_page_metadata(article: Article) -> None:
    assert article.title == "Le pont de Valmorin rouvrira en mars"
    assert article.url == "https://courrier-du-lac.example/region/pont-valmorin"
    assert article.lang == "fr"
    assert article.meta["author"] == "Claire Fontenelle"
    assert article.meta["date"] == "2025-02-14"
    assert article.meta["site_name"] == "Le Courrier du Lac"
    assert article.meta["page_lang"] == "fr-FR"
    assert article.meta["source"] == "page.html"


def test_given_url_wins_over_the_canonical_one() -> None:
    result = extract_html(article_page(), url="https://mirror.example/a/1")
    assert isinstance(result, Article)
    assert result.url == "https://mirror.example/a/1"
    assert result.meta["page_url"] == "https://courrier-du-lac.example/region/pont-valmorin"


def test_same_page_same_id_other_page_other_id() -> None:
    a = extract_html(article_page())
    b = extract_html(article_page())
    c = extract_html(article_page(title="Autre titre"))
    assert isinstance(a, Article) and isinstance(b, Article) and isinstance(c, Article)
    assert a.id == b.id != c.id
    assert a.id.startswith("sha1-")


@pytest.mark.parametrize(
    ("html", "reason"),
    [
        ("<html><body><nav><a href='/'>Accueil</a></nav></body></html>", "no article text"),
        ("", "not an HTML page"),
    ],
)
def test_pages_without_an_article_fail(html: str, reason: str) -> None:
    result = extract_html(html, id="p1")
    assert isinstance(result, Failure)
    assert reason in result.reason
    assert result.id == "p1"


def test_an_author_card_taken_for_a_byline_is_dropped() -> None:
    # trafilatura reads the author from the card when there is no byline
    # markup; a card's prose is not an author name.
    page = article_page().replace('<meta name="author" content="Claire Fontenelle">', "")
    page = page.replace('class="author-card"', 'class="author"')
    result = extract_html(page)
    assert isinstance(result, Article)
    assert "«" not in result.meta.get("author", "")


# -- prompts --


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Partagez votre avis !", True),
        ("  Partagez votre avis : « Que pensez-vous de ce projet ? »", True),
        ("Lire aussi : Valmorin, la fête du lac annulée", True),
        ("À lire aussi", True),
        ("Abonnez-vous pour lire la suite", True),
        ("Share your opinion below", True),
        ("Publicité", True),
        ("Le maire a partagé son avis lors du conseil.", False),
        ("« Lire aussi les rapports annexes », a conseillé le juge.", False),
        ("Voir aussi " + "la suite des débats, qui ont duré toute la nuit au conseil. " * 5, False),
        ("Publicitaire de formation, Armand Tessier a repris l'entreprise.", False),
        ("", False),
    ],
)
def test_is_prompt(line: str, expected: bool) -> None:
    assert is_prompt(line) is expected


def test_drop_prompts_keeps_the_other_lines() -> None:
    text = "Premier paragraphe.\nPartagez votre avis !\nDernier paragraphe."
    assert drop_prompts(text) == "Premier paragraphe.\nDernier paragraphe."


# -- language --


@pytest.mark.parametrize(
    ("tag", "expected"),
    [
        ("fr-FR", "fr"),
        ("fr_FR", "fr"),
        ("FR", "fr"),
        ("en-GB", "en"),
        ("zh-Hant-TW", "zh"),
        ("", None),
        (None, None),
        ("français", None),
    ],
)
def test_normalize_tag(tag: str | None, expected: str | None) -> None:
    assert normalize_tag(tag) == expected


FRENCH = " ".join(ARTICLE_SENTENCES)
ENGLISH = (
    "The bridge will reopen in March, the prefecture said on Friday. Engineers found deeper "
    "cracks than the first surveys showed, and crews now work at night to catch up."
)
GERMAN = (
    "Die Brücke von Valmorin wird im März wieder geöffnet, teilte die Präfektur am Freitag mit. "
    "Die Ingenieure fanden tiefere Risse als erwartet, sagte der Bauleiter."
)


@pytest.mark.parametrize(
    ("text", "declared", "expected"),
    [
        (FRENCH, "fr-FR", "fr"),
        (FRENCH, None, None),  # nothing declared: the Analyzer detects
        (FRENCH, "en", "fr"),  # a template's wrong declaration loses to clear French
        (ENGLISH, "en-US", "en"),
        (ENGLISH, "fr-FR", "en"),  # an English article on a French site's template
        (GERMAN, "de", "de"),  # unsupported and reads as no language quidit knows: skipped later
        (GERMAN, None, None),
    ],
)
def test_page_language(text: str, declared: str | None, expected: str | None) -> None:
    assert page_language(text, declared) == expected


def test_english_page_declares_english() -> None:
    result = extract_html(english_page())
    assert isinstance(result, Article)
    assert result.lang == "en"


@pytest.mark.slow
def test_unsupported_page_language_is_skipped_with_the_reason(analyzer) -> None:
    page = article_page(lang="de-DE", sentences=(GERMAN,), title="Brücke", canonical=None)
    article = extract_html(page)
    assert isinstance(article, Article)
    (result,) = analyzer.analyze_many([article])
    assert isinstance(result, Failure)
    assert "'de' is not supported" in result.reason


@pytest.mark.slow
def test_no_quote_comes_from_furniture(analyzer, article: Article) -> None:
    """The page's furniture holds speech; none of it may be reported as a quote."""
    (analysis,) = analyzer.analyze_many([article])
    assert analysis.text == article.text
    for quote in analysis.quotes:
        assert article.text[quote.content.start : quote.content.end] == quote.content.text
        for furniture in FURNITURE.values():
            assert quote.content.text not in furniture
    assert analysis.meta["author"] == "Claire Fontenelle"
