"""Where a quote's content ends (extract/quotes.py): before an inverted
incise that closes an adjunct's content (another attribution), and at the
closing mark when a new clause is coordinated after it; sentences written
for these tests, with the readings that must stay whole."""

from __future__ import annotations

import pytest
import quote_rows

pytestmark = pytest.mark.slow


def quotes(analyzer, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(kind, content) for kind, content, _, _ in quote_rows.quotes(analyzer, text)]


CASES = [
    # an incise at the end of an adjunct's content
    (
        "Pour son directeur, Paul Lefort, le chiffre d'affaires devrait croître de 4 % "
        "« au moins » explique-t-il au Courrier.",
        ("mixed", "le chiffre d'affaires devrait croître de 4 % « au moins »"),
    ),
    (
        "Selon les premiers éléments, « le conducteur roulait à vive allure », "
        "avait annoncé le parquet samedi.",
        ("direct", "le conducteur roulait à vive allure"),
    ),
    (
        "Selon l'ONG, les soldats ont tiré sur la foule, dit-elle dans son rapport.",
        ("indirect", "les soldats ont tiré sur la foule"),
    ),
    # negative: a verb with its subject before it inside the content stays
    (
        "Selon la police, le suspect a déclaré qu'il avait agi seul.",
        ("indirect", "le suspect a déclaré qu'il avait agi seul"),
    ),
    # a new clause coordinated after the closing mark is the writer's
    (
        "Elle avait assuré que « tout allait bien », et le directeur avait répondu, agacé.",
        ("direct", "tout allait bien"),
    ),
    (
        "Elle a estimé que « rien n'est joué », mais ses adversaires sont confiants.",
        ("direct", "rien n'est joué"),
    ),
    # the full stop set inside the closing mark: the marks close the content
    (
        "Le président a assuré que son conseiller n'a « jamais été protégé par l'Élysée. » "
        "La polémique continue.",
        ("mixed", "son conseiller n'a « jamais été protégé par l'Élysée. »"),
    ),
    # the speaker's own act after a comma (content_cuts.main_clause_cut)
    (
        "La même source indiquera que le suspect avait un casier judiciaire, "
        "sans préciser lesquels.",
        ("indirect", "le suspect avait un casier judiciaire"),
    ),
    (
        "Le syndicat affirme que la réforme est injuste, tout en reconnaissant quelques avancées.",
        ("indirect", "la réforme est injuste"),
    ),
    # negative: « sans » before a verb that is not one of saying stays
    (
        "Le maire assure que la ville a progressé, sans oublier les quartiers.",
        ("indirect", "la ville a progressé, sans oublier les quartiers"),
    ),
    # the cue in an adverbial clause: the main clause after it is not content
    (
        "Si un témoin a affirmé que le camion roulait « très vite », "
        "le chauffeur a démenti cette version.",
        ("mixed", "le camion roulait « très vite »"),
    ),
    (
        "Quand le ministre a annoncé que l'usine fermerait, les salariés ont manifesté.",
        ("indirect", "l'usine fermerait"),
    ),
    # negative: a second completive stays in the content
    (
        "Il affirme que « la ville est sûre », et que les chiffres le prouvent.",
        ("mixed", "« la ville est sûre », et que les chiffres le prouvent"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_content_bounds(analyzer, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)
