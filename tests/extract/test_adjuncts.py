"""Attribution adjuncts (« selon X », « pour X »): where the content starts
after the source's appositions, where it stops before a trailing adjunct
whose tail only describes the source, and « N % pour X » as a share rather
than an attribution in a sentence about votes. Sentences written for these tests."""

from __future__ import annotations

import pytest

from quidit.records import Analysis, Article

pytestmark = pytest.mark.slow


def contents(analyzer, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    a: Analysis = analyzer.analyze(Article(id="t", text=text))
    return [(q.content.text, q.cue.text if q.cue else None) for q in a.quotes]


CASES = [
    # an apposition opened by a participle, chained with a relative clause
    (
        "Selon l'agence, basée à Genève et qui suit le dossier depuis 2019, huit écoles ont fermé.",
        [("huit écoles ont fermé", "Selon")],
    ),
    # a name in apposition to a description
    (
        "Selon la ministre de la Santé, Claire Fontanel, le nombre de lits a baissé de 5 %.",
        [("le nombre de lits a baissé de 5 %", "Selon")],
    ),
    # a relative clause with no comma before it, too long for a short apposition
    (
        "Selon le maire qui a présidé la séance du conseil municipal hier soir, "
        "le budget sera voté en mars.",
        [("le budget sera voté en mars", "Selon")],
    ),
    # a relative clause set off by commas (already handled; kept)
    (
        "Selon le président du comité, qui a réuni les maires lundi, "
        "trente communes ont rejoint le projet.",
        [("trente communes ont rejoint le projet", "Selon")],
    ),
    # a trailing adjunct whose tail describes the source: content before it
    (
        "Le bilan s'est alourdi à 40 morts mardi, selon la protection civile, organisme public.",
        [("Le bilan s'est alourdi à 40 morts mardi", "selon")],
    ),
    (
        "Le chômage a reculé de 2 %, selon l'institut, qui publiera ses chiffres en mai.",
        [("Le chômage a reculé de 2 %", "selon")],
    ),
    # negative: a true parenthetical, the sentence goes on after it
    (
        "Les pirates auraient, selon la police, exploité une faille du serveur.",
        [("Les pirates auraient, selon la police, exploité une faille du serveur", "selon")],
    ),
    # an adjunct between a verb and its object governs the whole clause
    (
        "Ailleurs, on recensait selon la police 8 500 personnes à Vannes, 2 500 à Auray.",
        [
            (
                "Ailleurs, on recensait selon la police 8 500 personnes à Vannes, 2 500 à Auray",
                "selon",
            )
        ],
    ),
    (
        "Ils étaient selon la préfecture 4 000 à Brest.",
        [("Ils étaient selon la préfecture 4 000 à Brest", "selon")],
    ),
    # negative: at the end of its clause, the adjunct's content is before it
    (
        "Le cortège a réuni 9 000 personnes selon la police.",
        [("Le cortège a réuni 9 000 personnes", "selon")],
    ),
    # « N % pour X » with no comma is X's share, not an attribution
    (
        "Le candidat sortant obtiendrait 41 % des voix, contre 23 % pour le parti vert.",
        [],
    ),
    # a poll named in the sentence before: the same share reading
    (
        "Selon un sondage Orvel, la maire serait en tête. Elle est créditée de 41 % contre "
        "37 % pour le président sortant.",
        [("la maire serait en tête", "Selon")],
    ),
    # negative: outside a vote, « N % pour X » is still according to X
    (
        "Grève au lycée : 5 % de grévistes selon le rectorat, 40 % pour les syndicats",
        [("5 % de grévistes", "selon"), ("40 %", "pour")],
    ),
    # negative: with a comma, « pour X » after a figure is still according to X
    (
        "Le taux de grévistes atteignait 38 %, pour les syndicats.",
        [("Le taux de grévistes atteignait 38 %", "pour")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_adjunct_content_bounds(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected


FURTHER = [
    # quoted words after the source open the content, not an apposition
    (
        "Selon Léa Morin, 31 ans, les « aides promises, on ne les a jamais vues »",
        "les « aides promises, on ne les a jamais vues »",
    ),
    # a pronoun source takes no apposition: the relative clause is content
    (
        "Le maire dénonce des « retards graves », selon lui, qui ont ruiné la saison.",
        "qui ont ruiné la saison",
    ),
]


@pytest.mark.parametrize(("text", "tail"), FURTHER)
def test_adjunct_content_kept(analyzer, text: str, tail: str) -> None:  # type: ignore[no-untyped-def]
    assert any(c.endswith(tail) for c, _ in contents(analyzer, text))


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # the source ends before a figure after a common noun
        ("Ils étaient selon la préfecture 4 000 à Brest.", "la préfecture"),
        ("Le feu a détruit selon les pompiers 300 hectares.", "les pompiers"),
        # negatives: a figure in a name, a determiner « un »
        ("Selon Radio 7, 300 personnes ont défilé.", "Radio 7"),
        ("Selon un officier de police, 12 blessés ont été soignés.", "un officier de police"),
    ],
)
def test_adjunct_source_stops_before_a_figure(analyzer, text: str, source: str) -> None:  # type: ignore[no-untyped-def]
    a = analyzer.analyze(Article(id="t", text=text))
    assert [c.source for c in a.claims][:1] == [source]
