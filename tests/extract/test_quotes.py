"""Quotes, cues and speakers on small parsed French texts (own sentences).

French UD parses need their own handling: inverted clitic subjects
(« a-t-il ajouté »), inverted full subjects (« déclare Lucas Fabre »),
incises after the quote and relative subjects; each is tested here, with
negative cases (scare quotes, titles, nicknames, acts of responsibility).
"""

from __future__ import annotations

import pytest
from quote_rows import quotes

from quidit.records import Analysis

pytestmark = pytest.mark.slow


def run(analyzer, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    from quidit.records import Article

    return analyzer.analyze(Article(id="t", text=text))


CASES = [
    # que-clause, compound tense
    (
        "Le maire de Brénac, Paul Vidalenc, a déclaré lundi que le pont serait rouvert en mai.",
        [("indirect", "le pont serait rouvert en mai", "a déclaré", "Paul Vidalenc")],
    ),
    # infinitive complement
    (
        "La gendarmerie affirme avoir interpellé trois suspects dans la nuit.",
        [("indirect", "avoir interpellé trois suspects dans la nuit", "affirme", "La gendarmerie")],
    ),
    # direct quote, inverted clitic subject in a compound tense
    (
        "Lucas Fabre est arrivé tôt. « Nous ne céderons rien », a-t-il ajouté.",
        [("direct", "Nous ne céderons rien", "a-t-il ajouté", "Lucas Fabre")],
    ),
    # direct quote, simple inverted verb with a full subject
    (
        "« La saison commence bien », déclare Inès Morvan, qui entraîne le club.",
        [("direct", "La saison commence bien", "déclare", "Inès Morvan")],
    ),
    # selon at the start of the sentence
    (
        "Selon la préfecture, 2 000 personnes ont défilé dans le calme.",
        [("indirect", "2 000 personnes ont défilé dans le calme", "Selon", "la préfecture")],
    ),
    # postposed selon
    (
        "Le barrage a cédé vers minuit, selon les pompiers.",
        [("indirect", "Le barrage a cédé vers minuit", "selon", "les pompiers")],
    ),
    # selon in the middle of the sentence governs all of it
    (
        "Les voleurs auraient, selon les enquêteurs, profité d'une porte restée ouverte.",
        [
            (
                "indirect",
                "Les voleurs auraient, selon les enquêteurs, profité d'une porte restée ouverte",
                "selon",
                "les enquêteurs",
            )
        ],
    ),
    # an inverted incise after plain content, a prepositional phrase first
    (
        "Le tunnel rouvrira en juin, a indiqué à la presse le préfet Yves Carmant.",
        [("indirect", "Le tunnel rouvrira en juin", "a indiqué", "Yves Carmant")],
    ),
    # a quoted fragment at the end of the clause before an incise: mixed
    (
        "Le projet reste « une erreur historique », a estimé jeudi le sénateur Jules Pradel.",
        [("mixed", "Le projet reste « une erreur historique »", "a estimé", "Jules Pradel")],
    ),
    # an incise inside the marks attributes the whole pair
    (
        "« Nous avons tout essayé, explique-t-elle. Rien n'a marché. »",
        [("direct", "Nous avons tout essayé, explique-t-elle. Rien n'a marché.", "explique", None)],
    ),
    # a headline label before the marks: the marks hold the content
    (
        "Inondations à Corvel : « Nous avons tout perdu », témoignent les riverains",
        [("direct", "Nous avons tout perdu", "témoignent", "les riverains")],
    ),
    # mixed: a quoted fragment inside indirect content
    (
        "La ministre Claire Dolmen estime que la réforme est « indispensable » pour le pays.",
        [
            (
                "mixed",
                "la réforme est « indispensable » pour le pays",
                "estime",
                "Claire Dolmen",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quote_patterns(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == expected


NEGATIVES = [
    # scare quotes and a title in marks
    "Les habitants parlent de « zone blanche » depuis des années.",
    "Son roman « Les Heures creuses » est paru en mars.",
    # a nickname after « dit »
    "Marc Teyssier, dit « le Faucon », dirige le club depuis dix ans.",
    # a claim of responsibility stated as an act
    "Le groupe Aube noire a revendiqué l'incendie de l'entrepôt.",
    # « pour » + infinitive, and « pour » + non-source noun
    "Pour rejoindre la gare, les voyageurs ont pris un bus.",
    "Pour la première fois, le festival a affiché complet.",
    # a verb that is a cue only when reflexive
    "La ministre, Anne Coltier, a défendu le projet de loi pour l'an prochain.",
    # the article's own statement with a number
    "La commune compte 4 500 habitants et trois écoles.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_hard_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


def test_pronoun_and_context_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "La directrice de l'hôpital, Sonia Grével, a reçu la presse mardi. "
        "« Les urgences tiendront tout l'été », a-t-elle assuré.\n\n"
        "« Nous avons recruté douze infirmiers. »"
    )
    got = quotes(analyzer, text)
    assert [g[3] for g in got] == ["Sonia Grével", "Sonia Grével"]
    assert got[1][2] is None  # no cue: the speaker comes from the context


def test_surname_and_title_resolve_to_full_name(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le général Arnaud Vercel a annoncé que les troupes resteraient.\n\n"
        "« Nous tiendrons la ligne », a précisé M. Vercel."
    )
    a = run(analyzer, text)
    assert [q.speaker.name for q in a.quotes] == ["Arnaud Vercel", "Arnaud Vercel"]
    (entity,) = a.entities
    assert entity.name == "Arnaud Vercel"
    assert "M. Vercel" in entity.aliases


def test_unclosed_quote_ends_at_inserted_attribution(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "« Le site fermera avant l'hiver, a affirmé le délégué syndical, Hugo Trémeur.\n"
    a = run(analyzer, text)
    assert [q.content.text for q in a.quotes] == ["Le site fermera avant l'hiver"]
    assert a.quotes[0].speaker.name == "Hugo Trémeur"
    assert "unbalanced quotation marks" in a.warnings
