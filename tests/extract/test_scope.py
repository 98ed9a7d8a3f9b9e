"""Claim scope (issue 12; guidelines §5.3–4) on invented sentences: no model."""

from __future__ import annotations

import pytest

from quidit.extract.conflicts import find_conflicts
from quidit.extract.scope import read_scopes
from quidit.lang import get_language
from quidit.records import Claim, Span

FR = get_language("fr")


def claims_of(text: str, figures: list[tuple[str, float, str, str]]) -> list[Claim]:
    """Claims at each figure (span text, value, unit, source), in order."""
    out = []
    pos = 0
    for n, (span, value, unit, source) in enumerate(figures, 1):
        start = text.index(span, pos)
        pos = start + len(span)
        out.append(Claim(f"c{n}", "q1", value, "exact", unit, Span.of(text, start, pos), source))
    return out


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        ("Selon X, ils étaient 41 000 dans toute la Norvège.", "41 000", "dans toute la Norvège"),
        ("Selon X, 300 marcheurs à Brest ont défilé.", "300", "à Brest"),
        ("À Quimper, les syndicats ont compté 3 000 marcheurs.", "3 000", "À Quimper"),
        ("Selon X, 3 000 marcheurs (Morlaix) ont défilé.", "3 000", "(Morlaix)"),
        (
            "Selon X, 90 000 marcheurs sur l'ensemble du territoire.",
            "90 000",
            "sur l'ensemble du territoire",
        ),
        ("Selon X, dont 5 000 dans la capitale.", "5 000", "dans la capitale"),
        # negatives: a verb « a », an acronym, no place at all
        ("La CGT a Paul pour chef et a compté 300 marcheurs.", "300", None),
        ("Selon X, 300 marcheurs ont rejoint la CFDT à l'appel (CGT).", "300", None),
        ("Selon X, 300 marcheurs ont défilé mardi.", "300", None),
    ],
)
def test_place(text: str, figure: str, place: str | None) -> None:
    (c,) = claims_of(text, [(figure, 1, "marcheur", "X")])
    (s,) = read_scopes([c], text, FR)
    assert (text[s.place.start : s.place.end] if s.place else None) == place


@pytest.mark.parametrize(
    ("text", "figure", "kind"),
    [
        ("Selon X, 300 marcheurs ont défilé mardi.", "300", "day"),
        # negative: a day in a clause of its own after the figure
        ("Selon X, 300 marcheurs ont défilé, soit le double de mardi.", "300", None),
        ("Mardi, selon X, 300 marcheurs ont défilé.", "300", "day"),
        ("Le 14 mars, selon X, 300 marcheurs ont défilé.", "300", "date"),
        ("Lors de la précédente manifestation, X a compté 300 marcheurs.", "300", "earlier"),
        ("Au premier tour, X a obtenu 30 voix.", "30", "round"),
        # « le dernier bilan » is the latest toll, not an earlier event
        ("Selon le dernier bilan de X, 30 morts.", "30", None),
        # the day a source spoke or published dates the statement, not the event
        ("S'exprimant dimanche soir, X a déploré 30 morts.", "30", None),
        ("Dans un communiqué publié ce lundi, X parle de 30 morts.", "30", None),
        ("X a annoncé mardi 30 morts.", "30", None),
        ("Dans un communiqué, X parle de 30 morts lundi.", "30", "day"),
        # a year dates a forecast or a yearly total; a year in a name does not
        ("X prévoit une hausse de 2 % en 2027.", "2 %", "year"),
        ("X prévoit une hausse de 2 % après la crise de 2008.", "2 %", None),
    ],
)
def test_event(text: str, figure: str, kind: str | None) -> None:
    (c,) = claims_of(text, [(figure, 1, "mort", "X")])
    (s,) = read_scopes([c], text, FR)
    assert (s.event.kind if s.event else None) == kind


@pytest.mark.parametrize(
    ("text", "figures", "part_of", "superseded"),
    [
        ("Selon X, 40 morts, dont 12 enfants.", ["40", "12"], [False, True], [False, False]),
        ("Un précédent bilan faisait état de 12 morts.", ["12"], [False], [True]),
        (
            "Un bilan provisoire donnait 12 morts. Le nouveau bilan est de 19 morts.",
            ["12", "19"],
            [False, False],
            [True, False],
        ),
        # provisional with no later toll in the article: not superseded
        ("Le bilan provisoire est de 12 morts.", ["12"], [False], [False]),
    ],
)
def test_part_and_superseded(
    text: str, figures: list[str], part_of: list[bool], superseded: list[bool]
) -> None:
    claims = claims_of(text, [(f, 1, "mort", "X") for f in figures])
    scopes = read_scopes(claims, text, FR)
    assert [s.part_of for s in scopes] == part_of
    assert [s.superseded for s in scopes] == superseded


@pytest.mark.parametrize(
    ("text", "figures", "pairs"),
    [
        # one city against another, and each city against the national count
        (
            "Selon X, 9 000 marcheurs à Brest, contre 4 000 selon Y. "
            "Selon Z, 3 000 marcheurs à Morlaix, contre 900 selon W. "
            "Selon V, ils étaient 80 000 dans toute la Bretagne.",
            [
                ("9 000", 9000, "X"),
                ("4 000", 4000, "Y"),
                ("3 000", 3000, "Z"),
                ("900", 900, "W"),
                ("80 000", 80000, "V"),
            ],
            [("c1", "c2"), ("c3", "c4")],
        ),
        # a total and its part « dont »; two parts of the same place conflict
        (
            "Selon X, 40 000 marcheurs dans tout le pays, dont 9 000 à Brest. "
            "Selon Y, 90 000 marcheurs dans tout le pays, dont 20 000 à Brest.",
            [
                ("40 000", 40000, "X"),
                ("9 000", 9000, "X"),
                ("90 000", 90000, "Y"),
                ("20 000", 20000, "Y"),
            ],
            [("c1", "c3"), ("c2", "c4")],
        ),
        # an earlier march against today's
        (
            "Selon X, 9 000 marcheurs ont défilé. Lors de la précédente manifestation, "
            "Y avait compté 2 000 marcheurs.",
            [("9 000", 9000, "X"), ("2 000", 2000, "Y")],
            [],
        ),
        # unknown place: compatible only when the article names no competing place
        (
            "Selon X, 9 000 marcheurs ont défilé. Selon Y, 4 000 marcheurs.",
            [("9 000", 9000, "X"), ("4 000", 4000, "Y")],
            [("c1", "c2")],
        ),
        (
            "Selon X, 9 000 marcheurs à Brest. Selon Y, 4 000 marcheurs à Morlaix. "
            "Selon Z, 1 000 marcheurs.",
            [("9 000", 9000, "X"), ("4 000", 4000, "Y"), ("1 000", 1000, "Z")],
            [],
        ),
        # the days two sources spoke on do not set their counts apart
        (
            "S'exprimant dimanche, X a déploré 42 morts. "
            "Dans un communiqué publié ce lundi, Y parle de plus de 90 morts.",
            [("42", 42, "X"), ("90", 90, "Y")],
            [("c1", "c2")],
        ),
        # a superseded toll does not conflict with the later one
        (
            "Un précédent bilan de X faisait état de 12 morts. Selon Y, 19 morts.",
            [("12", 12, "X"), ("19", 19, "Y")],
            [],
        ),
    ],
)
def test_conflicts_compare_like_with_like(text, figures, pairs) -> None:  # type: ignore[no-untyped-def]
    unit = "mort" if "morts" in text else "marcheur"
    claims = claims_of(text, [(s, v, unit, src) for s, v, src in figures])
    found = find_conflicts(claims, text, FR)
    assert [k.claims for k in found] == pairs
    for k in found:
        assert k.scope is not None and k.scope["family"]


def test_conflict_says_its_shared_scope() -> None:
    text = "À Brest, mardi, 9 000 marcheurs selon X, contre 4 000 selon Y."
    claims = claims_of(text, [("9 000", 9000, "marcheur", "X"), ("4 000", 4000, "marcheur", "Y")])
    (k,) = find_conflicts(claims, text, FR)
    assert k.scope == {"family": "demonstrators", "place": "À Brest", "event": "mardi"}


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # an elided preposition, and « à » after « qu' »
        ("Du côté d'Orvault, X a compté 3 000 marcheurs.", "3 000", "Du côté d'Orvault"),
        ("Tandis qu'à Vannes, X a compté 3 000 marcheurs.", "3 000", "à Vannes"),
        # negatives: « jusqu'aujourd'hui » is no place; a lower-case noun after « d' »
        ("Du côté d'autres villes, X a compté 3 000 marcheurs.", "3 000", None),
        ("X a compté 3 000 marcheurs jusqu'aujourd'hui.", "3 000", None),
    ],
)
def test_place_after_an_apostrophe(text: str, figure: str, place: str | None) -> None:
    (c,) = claims_of(text, [(figure, 1, "marcheur", "X")])
    (s,) = read_scopes([c], text, FR)
    assert (text[s.place.start : s.place.end] if s.place else None) == place


@pytest.mark.parametrize(
    ("text", "figure", "place"),
    [
        # the one spoken to after a verb of telling or its inverted clitic
        ("Les ventes croîtront de 3 %, explique-t-il à Nord Éclair.", "3 %", None),
        ("X a confié à Radio Meuse que 3 000 marcheurs étaient là.", "3 000", None),
        # negatives: a place after the count, or after a verb that tells nothing
        ("X a compté 3 000 marcheurs à Vannes, a-t-il dit.", "3 000", "à Vannes"),
        ("X a défilé à Vannes avec 3 000 marcheurs.", "3 000", "à Vannes"),
    ],
)
def test_addressee_is_no_place(text: str, figure: str, place: str | None) -> None:
    (c,) = claims_of(text, [(figure, 1, "marcheur", "X")])
    (s,) = read_scopes([c], text, FR)
    assert (text[s.place.start : s.place.end] if s.place else None) == place


@pytest.mark.parametrize(
    ("text", "figures", "kinds"),
    [
        # the pluperfect of the reported clause is tense agreement, not an earlier toll
        ("L'ONG Vigie a rapporté que les miliciens avaient tué 31 villageois.", ["31"], [None]),
        # negative: a main-clause pluperfect is an earlier statement
        ("L'armée avait fait état de 24 morts.", ["24"], ["earlier"]),
        # a forecast, and the upper bound of its range
        (
            "Les syndicats tablaient sur 5 000 à 7 000 marcheurs, X en a compté 3 000.",
            ["5 000", "7 000", "3 000"],
            ["forecast", "forecast", None],
        ),
        ("La préfecture s'attendait à 2 000 marcheurs.", ["2 000"], ["forecast"]),
        # negative: a range with no forecast
        ("X a compté 5 000 à 7 000 marcheurs.", ["5 000", "7 000"], [None, None]),
    ],
)
def test_tense_agreement_and_forecasts(text: str, figures: list[str], kinds: list) -> None:  # type: ignore[type-arg]
    claims = claims_of(text, [(f, 1, "mort", "X") for f in figures])
    scopes = read_scopes(claims, text, FR)
    assert [s.event.kind if s.event else None for s in scopes] == kinds


@pytest.mark.parametrize(
    ("text", "part_of"),
    [
        ("Selon X, un noyau de 200 casseurs a brisé des vitrines.", True),
        ("Selon X, un groupe composé d'une centaine de jeunes a tagué la poste.", True),
        ("Selon X, une poignée de 30 militants a bloqué le pont.", True),
        # negatives: the crowd itself
        ("Selon X, un cortège de 3 000 marcheurs a défilé.", False),
        ("Selon X, 3 000 marcheurs ont défilé en groupe.", False),
    ],
)
def test_subgroup_is_a_part(text: str, part_of: bool) -> None:
    figure = next(w for w in ("200", "une centaine", "30", "3 000") if w in text)
    (c,) = claims_of(text, [(figure, 1, "marcheur", "X")])
    (s,) = read_scopes([c], text, FR)
    assert s.part_of is part_of


def test_forecast_does_not_conflict_with_the_count() -> None:
    text = (
        "Les syndicats tablaient sur 5 000 à 7 000 marcheurs à Quimper, "
        "la préfecture en a compté 3 000 à Quimper. Selon la CGT, 9 000 marcheurs à Quimper."
    )
    claims = claims_of(
        text,
        [
            ("5 000", 5000, "marcheur", "les syndicats"),
            ("7 000", 7000, "marcheur", "les syndicats"),
            ("3 000", 3000, "marcheur", "la préfecture"),
            ("9 000", 9000, "marcheur", "la CGT"),
        ],
    )
    assert [k.claims for k in find_conflicts(claims, text, FR)] == [("c3", "c4")]


def test_generic_people_take_the_article_family() -> None:
    from quidit.extract.scope import families_of

    text = (
        "Selon la CGT, 9 000 manifestants ont défilé.\n"
        "Les autorités, elles, ont recensé 4 000 personnes."
    )
    claims = claims_of(
        text,
        [("9 000", 9000, "manifestant", "la CGT"), ("4 000", 4000, "personne", "les autorités")],
    )
    assert families_of(claims, text, FR) == ["demonstrators", "demonstrators"]
    # negative: an article with two kinds of people counts leaves « personnes » alone
    text2 = text.replace("manifestants ont défilé", "morts et 30 blessés")
    claims2 = claims_of(
        text2,
        [
            ("9 000", 9000, "mort", "la CGT"),
            ("30", 30, "blessé", "la CGT"),
            ("4 000", 4000, "personne", "les autorités"),
        ],
    )
    assert families_of(claims2, text2, FR)[2] == "personne"


@pytest.mark.parametrize(
    ("text", "part_of"),
    [
        ("Selon X, 40 morts, dont 12 enfants et 9 femmes.", [False, True, True]),
        ("Selon X, 40 morts, dont 12 enfants, 9 femmes.", [False, True, True]),
        # negative: a new clause after the list is no part
        ("Selon X, 40 morts, dont 12 enfants. Y a compté 9 blessés.", [False, True, False]),
    ],
)
def test_every_part_of_a_list_after_dont(text: str, part_of: list[bool]) -> None:
    figures = [w for w in ("40", "12", "9") if w in text]
    claims = claims_of(text, [(f, 1, "mort", "X") for f in figures])
    assert [s.part_of for s in read_scopes(claims, text, FR)] == part_of


def test_count_with_no_place_takes_its_paragraphs_last_place() -> None:
    text = (
        "Le cortège a rassemblé à Vannes 9 000 marcheurs. La préfecture, elle, "
        "avance 3 000 marcheurs.\nÀ Lorient, 2 000 marcheurs selon Z et 800 selon W.\n"
        "La « fête à Gaspard » a eu lieu. La police avance 700 marcheurs."
    )
    claims = claims_of(
        text,
        [
            ("3 000", 3000, "marcheur", "la préfecture"),
            ("2 000", 2000, "marcheur", "Z"),
            ("800", 800, "marcheur", "W"),
            ("700", 700, "marcheur", "la police"),
        ],
    )
    scopes = read_scopes(claims, text, FR)
    assert scopes[0].place is not None and scopes[0].place.key == "vannes"
    # negative: a sentence with no figure names no place of a count
    assert scopes[3].place is None
    # the count of Vannes's paragraph never conflicts with Lorient's
    assert [k.claims for k in find_conflicts(claims, text, FR)] == [("c2", "c3")]


@pytest.mark.parametrize(
    ("text", "part_of"),
    [
        ("Selon X, 13 000 marcheurs, sans compter Brest.", True),
        ("Selon X, 13 000 marcheurs hors Brest.", True),
        # negative: no exclusion
        ("Selon X, 13 000 marcheurs, y compris à Brest.", False),
    ],
)
def test_a_count_that_leaves_out_a_place_is_a_part(text: str, part_of: bool) -> None:
    (c,) = claims_of(text, [("13 000", 13000, "marcheur", "X")])
    (s,) = read_scopes([c], text, FR)
    assert s.part_of is part_of


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        # « alors que » is a conjunction: the pluperfect is an earlier toll
        ("Le bilan est lourd, alors que l'armée avait fait état de 24 morts.", "earlier"),
        ("Le bilan est lourd, tandis que l'armée avait annoncé 24 morts.", "earlier"),
        # a reporting verb's « que »: tense agreement
        ("Le maire a précisé que les assaillants avaient tué 24 villageois.", None),
    ],
)
def test_conjunction_que_is_no_reported_clause(text: str, kind: str | None) -> None:
    (c,) = claims_of(text, [("24", 24, "mort", "X")])
    (s,) = read_scopes([c], text, FR)
    assert (s.event.kind if s.event else None) == kind


def test_long_part_of_a_list_after_dont() -> None:
    text = (
        "Selon X, 900 personnes ont été tuées, dont 600 civils, 250 membres des forces "
        "de sécurité et 50 soldats déserteurs."
    )
    claims = claims_of(text, [(f, 1, "tué", "X") for f in ("900", "600", "250", "50")])
    assert [s.part_of for s in read_scopes(claims, text, FR)] == [False, True, True, True]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Selon X, 15 drones ont été lancés vers Odessa.", "vers Odessa"),
        ("Selon X, 15 000 marcheurs dans les rues de Caen.", "dans les rues de Caen"),
        ("Selon X, 15 drones ont été abattus au-dessus de Tver.", "au-dessus de Tver"),
        # negative: « vers » before a time is no place
        ("Selon X, 15 drones ont été abattus vers 14 heures.", None),
    ],
)
def test_direction_places(text: str, place: str | None) -> None:
    (c,) = claims_of(text, [("15", 15, "drone", "X")])
    (s,) = read_scopes([c], text, FR)
    assert (text[s.place.start : s.place.end] if s.place else None) == place


@pytest.mark.parametrize(
    ("text", "figure", "part_of"),
    [
        # a partitive after the figure: a part of the group it names
        ("Selon X, cinq des dix blessés sont dans un état grave.", "cinq", True),
        ("Selon X, trois d'entre eux ont été hospitalisés.", "trois", True),
        ("Selon X, 40 des passagers ont été évacués.", "40", True),
        # negatives: a share « 53 % des votants », a noun after the figure
        ("Selon X, 53 % des votants approuvent.", "53 %", False),
        ("Selon X, 40 passagers des deux bus ont été évacués.", "40", False),
    ],
)
def test_partitive_is_a_part(text: str, figure: str, part_of: bool) -> None:
    (c,) = claims_of(text, [(figure, 1, "blessé", "X")])
    (s,) = read_scopes([c], text, FR)
    assert s.part_of is part_of


@pytest.mark.parametrize(
    ("text", "place"),
    [
        # a dateline's agency in parentheses is no place of the next figure
        ("VALDOR (Agence) - Au moins 300 personnes sont mortes, selon X.", None),
        # a city in parentheses right after the figure is its place
        ("Selon X, 300 marcheurs (Morlaix) ont défilé.", "(Morlaix)"),
    ],
)
def test_parenthesis_names_the_figure_before(text: str, place: str | None) -> None:
    (c,) = claims_of(text, [("300", 300, "mort", "X")])
    (s,) = read_scopes([c], text, FR)
    assert (text[s.place.start : s.place.end] if s.place else None) == place


@pytest.mark.parametrize(
    ("text", "figures", "groups"),
    [
        # the noun of a count names what its figure counts
        (
            "Selon X, le nombre de soldats tués a atteint 9 044 et celui des déserteurs 1 296.",
            ["9 044", "1 296"],
            ["soldiers", "soldiers"],
        ),
        ("Selon X, le bilan des civils tués s'élève à 300.", ["300"], ["civilian"]),
        # negatives: a clause between, or no count noun at all
        ("Selon X, le nombre de soldats a baissé, et 300 personnes sont mortes.", ["300"], [None]),
        ("Selon X, 300 personnes sont mortes.", ["300"], [None]),
    ],
)
def test_count_noun_names_the_group(text: str, figures: list[str], groups: list) -> None:  # type: ignore[type-arg]
    claims = claims_of(text, [(f, 1, "tué", "X") for f in figures])
    assert [s.group for s in read_scopes(claims, text, FR)] == groups


@pytest.mark.parametrize(
    ("text", "figure", "part_of"),
    [
        # a fronted « parmi » phrase with its noun and a comma
        (
            "Selon X, 600 personnes ont été arrêtées. Parmi ces personnes, 401 sont jugées.",
            "401",
            True,
        ),
        (
            "Selon X, 600 personnes sont mortes, parmi les victimes recensées, 12 enfants.",
            "12",
            True,
        ),
        # negatives: a clause word after the marker ends the part
        ("Selon X, 40 morts dont le chauffeur, et 20 blessés.", "20", False),
        ("Selon X, 20 blessés sont hospitalisés.", "20", False),
    ],
)
def test_fronted_parmi_is_a_part(text: str, figure: str, part_of: bool) -> None:
    (c,) = claims_of(text, [(figure, 1, "personne", "X")])
    (s,) = read_scopes([c], text, FR)
    assert s.part_of is part_of


@pytest.mark.parametrize(
    ("text", "figures", "places"),
    [
        # a place closing the sentence, taken by no figure, is its clause's
        (
            "Entre 20 000 (selon X) et 45 000 marcheurs (selon Y) ont défilé samedi "
            "dans toute la Norvège.",
            ["20 000", "45 000"],
            ["dans toute la Norvège", "dans toute la Norvège"],
        ),
        # negatives: a place right after a figure stays that figure's; a
        # place after a clause break is no earlier figure's
        (
            "Selon X, 9 000 marcheurs ont défilé, alors que Y en comptait 4 000 à Brest.",
            ["9 000", "4 000"],
            [None, "à Brest"],
        ),
    ],
)
def test_place_closing_the_sentence(text: str, figures: list[str], places: list) -> None:  # type: ignore[type-arg]
    cs = claims_of(text, [(f, 1, "marcheur", f"S{k}") for k, f in enumerate(figures)])
    got = [
        text[s.place.start : s.place.end] if s.place else None for s in read_scopes(cs, text, FR)
    ]
    assert got == places


def test_forecasts_for_two_years_do_not_conflict() -> None:
    text = "X table sur 2 % en 2026. Y table sur 3 % en 2027, et Z sur 1 % en 2026."
    cs = claims_of(text, [("2 %", 2, "croissance", "X"), ("3 %", 3, "croissance", "Y"),
                          ("1 %", 1, "croissance", "Z")])  # fmt: skip
    pairs = {tuple(sorted(k.claims)) for k in find_conflicts(cs, text, FR)}
    assert pairs == {("c1", "c3")}
