"""French numbers, round 5: a place before a count, half a dozen.

Pure text: no spaCy model.  Sentences are invented for these tests.
"""

from __future__ import annotations

import pytest

from quidit.extract.numbers import find_numbers
from quidit.lang import get_language

NUMBERS = get_language("fr").numbers


def claims(text: str) -> list[tuple[str, float, str]]:
    return [
        (text[m.start : m.end], m.value, m.qualifier)
        for m in find_numbers(text, NUMBERS)
        if not m.vague
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place after its preposition, then a plural noun counted
        ("Au Bélouchistan 84 villageois ont disparu.", [("84", 84, "exact")]),
        ("En Carinthie 312 maisons sont inondées.", [("312", 312, "exact")]),
        ("Aux Comores 17 pêcheurs manquent à l'appel.", [("17", 17, "exact")]),
        ("À Vaurigny 2 500 grévistes ont défilé.", [("2 500", 2500, "exact")]),
        # a name holding its number stays no claim
        ("Le club joue en Ligue 1 cette année.", []),
        ("Il évolue en Ligue 2 depuis trois ans.", []),
        ("Elle roule en Série 5 grise.", []),
        ("Le plan Horizon 2030 prévoit des travaux.", []),
        ("Il a pris le vol en Airbus A 320 pour Tarbes.", []),
        # a cardinal takes no plural « s »: « neufs » is new, « les uns » a pronoun
        ("Les bureaux neufs ouvrent lundi.", []),
        ("Les uns et les autres ont voté.", []),
        (
            "Neuf salariés et quatre-vingts cadres ont signé.",
            [("Neuf", 9, "exact"), ("quatre-vingts", 80, "exact")],
        ),
        # « un » after a count in words, its noun and an adjective: how many
        (
            "Trois soldats tchadiens et un gabonais ont péri.",
            [("Trois", 3, "exact"), ("un", 1, "exact")],
        ),
        ("Il y a cinq blessés et un mort.", [("cinq", 5, "exact"), ("un", 1, "exact")]),
        # a duration, or « un » after no count, stays no claim
        ("Il a passé deux ans et un mois en détention.", []),
        ("Un passant et un cycliste ont témoigné.", []),
        # a part after a count in words: « une » is an article
        ("Il y a quatre blessés, dont une adolescente.", [("quatre", 4, "exact")]),
        ("Ils ont capturé trois officiers, dont un commandant.", [("trois", 3, "exact")]),
        # « aux environs de » beside « aux alentours de »
        ("Le taux atteint aux environs de 12 %.", [("aux environs de 12 %", 12, "about")]),
        (
            "Elle a chuté aux environs d'une centaine.",
            [("aux environs d'une centaine", 100, "about")],
        ),
        # half a dozen, half a thousand
        ("Une demi-douzaine de gendarmes ont été blessés.", [("Une demi-douzaine", 6, "about")]),
        ("Un demi-millier de riverains ont signé.", [("Un demi-millier", 500, "about")]),
        ("Deux demi-douzaines d'œufs ont été cassées.", [("Deux demi-douzaines", 12, "about")]),
    ],
)
def test_round5_number_forms(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert claims(text) == expected
