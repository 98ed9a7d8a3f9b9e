"""A figure credited by a past participle and its agent
(extract/agent_participles.py); sentences written for these tests."""

from __future__ import annotations

import pytest
import quote_rows

pytestmark = pytest.mark.slow


def quotes(analyzer, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    rows = quote_rows.quotes(analyzer, text, lang="fr")
    return [(content, speaker) for _, content, _, speaker in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le chiffre de 500 grévistes, avancé par le rectorat, a surpris.",
            [("Le chiffre de 500 grévistes", "le rectorat")],
        ),
        (
            "Le bilan de 12 blessés, annoncé par les pompiers, reste provisoire.",
            [("Le bilan de 12 blessés", "les pompiers")],
        ),
        (
            "Ce total de 4 000 visiteurs, évoqué par l'office du tourisme, paraît élevé.",
            [("Ce total de 4 000 visiteurs", "l'office du tourisme")],
        ),
        (
            "Ce chiffre de 9 000 marcheurs donné par la mairie a fait débat.",
            [("Ce chiffre de 9 000 marcheurs", "la mairie")],
        ),
        # a percent sign ends the figure, no punctuation to skip
        (
            "Le taux de 4 % avancé par le syndicat a été contesté.",
            [("Le taux de 4 %", "le syndicat")],
        ),
        # negatives: no figure in the phrase, or a verb that reports nothing
        ("La date avancée par le gouvernement est contestée.", []),
        (
            "Le bilan de la Croix-Rouge, deux fois plus lourd que celui annoncé par la mairie, "
            "inquiète.",
            [],
        ),
        ("Le projet annoncé par la mairie coûtera cher.", []),
        ("Les 300 maisons détruites par la tempête seront reconstruites.", []),
    ],
)
def test_figure_credited_to_the_agent(analyzer, text: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert quotes(analyzer, text) == expected
