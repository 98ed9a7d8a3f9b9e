"""Cutting long texts into pieces and parsing them back into one exact Doc."""

from __future__ import annotations

import random
from itertools import pairwise

import pytest
import spacy

from quidit.nlp.pipeline import parse, parse_many, split_points

PARAGRAPH = (
    "Le conseil de Brévannes a voté mardi un plan de rénovation des écoles. "
    "« Nous tiendrons le calendrier », a assuré l’adjointe Maëlle Ostrowski. "
    "Selon l’opposition, 2,4 millions d’euros manquent encore au budget."
)


def _pieces(text: str, cuts: list[int]) -> list[str]:
    bounds = [0, *cuts, len(text)]
    return [text[a:b] for a, b in pairwise(bounds)]


@pytest.mark.parametrize("max_chars", [300, 1000, 5000])
def test_pieces_cover_the_text_and_respect_the_limit(max_chars: int) -> None:
    text = "\n\n".join([PARAGRAPH] * 40)
    cuts = split_points(text, max_chars)
    assert cuts == sorted(set(cuts))
    pieces = _pieces(text, cuts)
    assert "".join(pieces) == text
    assert all(0 < len(p) <= max_chars for p in pieces)
    # Every piece but the last ends on whitespace: token boundaries survive.
    assert all(p[-1].isspace() for p in pieces[:-1])


@pytest.mark.parametrize(
    ("text", "max_chars", "cuts"),
    [
        ("court", 1000, []),
        ("x" * 1000, 1000, []),  # exactly at the limit: one piece
        ("x" * 1001, 1000, [1000]),  # no whitespace at all: a hard cut
    ],
)
def test_split_points_edges(text: str, max_chars: int, cuts: list[int]) -> None:
    assert split_points(text, max_chars) == cuts


def test_paragraph_break_preferred_over_sentence_end() -> None:
    first = "Une phrase. " * 60  # 720 characters of sentence ends
    text = first + "fin du paragraphe.\n\n" + "Suite. " * 100
    [cut, *_] = split_points(text, 1000)
    assert text[:cut].endswith("paragraphe.\n\n")


def test_sentence_end_preferred_over_any_space() -> None:
    text = "mot " * 150 + "Fin de phrase. " + "mot " * 200
    [cut, *_] = split_points(text, 1000)
    assert text[:cut].endswith("Fin de phrase. ")


def test_a_sentence_with_no_end_is_cut_at_a_space() -> None:
    # A 2,000-word sentence: no paragraph, no full stop.
    text = " ".join(["parole"] * 2000)
    cuts = split_points(text, 1000)
    assert len(cuts) >= 12
    assert all(text[c - 1] == " " and text[c] != " " for c in cuts)


def test_paragraph_break_in_the_first_half_is_not_taken() -> None:
    # A break too early would make a tiny piece; a later sentence end wins.
    text = "Titre\n\n" + "Une phrase assez longue. " * 80
    [cut, *_] = split_points(text, 1000)
    assert cut > 500


@pytest.fixture(scope="module")
def blank_fr():
    return spacy.blank("fr")


def _check_offsets(doc, text: str) -> None:
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text


@pytest.mark.parametrize("max_chars", [1000, 2500])
def test_multi_piece_parse_equals_whole_parse(blank_fr, max_chars: int) -> None:
    rng = random.Random(7)
    paragraphs = [PARAGRAPH[: rng.randint(40, len(PARAGRAPH))] for _ in range(60)]
    text = "\n\n".join(paragraphs) + "  double  espace\u00a0»\u202f!\n"
    assert split_points(text, max_chars)  # the text does get cut
    doc = parse(blank_fr, text, max_chars=max_chars)
    _check_offsets(doc, text)
    whole = blank_fr(text)
    assert [(t.idx, t.text) for t in doc] == [(t.idx, t.text) for t in whole]


def test_parse_many_keeps_order_and_count(blank_fr) -> None:
    long = " ".join([PARAGRAPH] * 30)
    texts = ["Bref.", long, "Encore un texte.", long + " fin", "x"]
    docs = list(parse_many(blank_fr, texts, max_chars=1000, batch_size=2))
    assert [d.text for d in docs] == texts


@pytest.mark.slow
def test_multi_piece_parse_with_the_model(nlp_fr) -> None:
    text = "\n\n".join(
        PARAGRAPH.replace("Maëlle Ostrowski", name)
        for name in ["Maëlle Ostrowski", "Gérald Pinson", "Inès Vautrin", "Karim Delbos"] * 6
    )
    doc = parse(nlp_fr, text, max_chars=1000, disable=["quidit"])
    assert len(split_points(text, 1000)) >= 3
    _check_offsets(doc, text)
    assert all(text[s.start_char : s.end_char] == s.text for s in doc.sents)
    ents = [e for e in doc.ents if e.label_ == "PER"]
    assert ents, "the parser found no person names"
    assert all(text[e.start_char : e.end_char] == e.text for e in doc.ents)
    # The dependency parse survives the merge: every head is in the Doc.
    assert all(0 <= t.head.i < len(doc) for t in doc)


@pytest.mark.parametrize(
    ("words", "pos", "starts"),
    [
        # a line break starts a sentence; the determiner after it keeps its noun
        (["Titre", "\n", "La", "ministre", "parle"], ["NOUN", "SPACE", "DET", "NOUN", "VERB"],
         [2]),
        (["Vu", "de", "Lyon", ",", "rien"], ["VERB", "ADP", "PROPN", "PUNCT", "PRON"], []),
        # negative: punctuation after a preposition is left to the parser
        (["Il", "parle", "de", "."], ["PRON", "VERB", "ADP", "PUNCT"], []),
    ],
)  # fmt: skip
def test_no_sentence_starts_after_a_determiner_or_preposition(
    words: list[str], pos: list[str], starts: list[int]
) -> None:
    from spacy.tokens import Doc

    from quidit.nlp.pipeline import paragraph_boundaries

    nlp = spacy.blank("fr")
    doc = paragraph_boundaries(Doc(nlp.vocab, words=words, spaces=[False] * len(words), pos=pos))
    assert [t.i for t in doc[1:] if t.is_sent_start] == starts
    after = [t for t in doc[1:] if doc[t.i - 1].pos_ in ("DET", "ADP") and not t.is_punct]
    assert all(t.is_sent_start is False for t in after)


@pytest.mark.slow
def test_a_determiner_after_a_headline_keeps_its_noun(nlp_fr) -> None:
    text = (
        "Budget : la région tranche\n"
        "La secrétaire générale de la préfecture, Odile Marchetti, a affirmé mardi "
        "que le plan serait tenu."
    )
    doc = parse(nlp_fr, text, disable=["quidit"])
    second = [s for s in doc.sents if s.start_char >= text.index("\n")]
    assert second[0].text.startswith("La secrétaire générale")
