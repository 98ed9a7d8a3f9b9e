"""French numbers in running text: every written form, and what is no claim.

Pure text: no spaCy model.  Sentences are invented for these tests.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quidit.extract.numbers import find_numbers
from quidit.extract.numbers_text import normalise
from quidit.lang import get_language
from quidit.records import QUALIFIERS

FR = get_language("fr")
NUMBERS = FR.numbers


def claims(text: str) -> list[tuple[str, float, str]]:
    return [
        (text[m.start : m.end], m.value, m.qualifier)
        for m in find_numbers(text, NUMBERS)
        if not m.vague
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits and French separators
        ("Selon la police, 2 350 manifestants ont défilé.", [("2 350", 2350, "exact")]),
        ("Au total, 1\u00a0450 personnes ont été évacuées.", [("1\u00a0450", 1450, "exact")]),
        ("La ville a reçu 12\u202f500 euros.", [("12\u202f500", 12500, "exact")]),
        ("Le fonds atteint 1.450.000 euros.", [("1.450.000", 1_450_000, "exact")]),
        ("Il y a eu 37 interpellations.", [("37", 37, "exact")]),
        # decimals and percentages
        ("7,5 % des votants", [("7,5 %", 7.5, "exact")]),
        ("7,5\u00a0% des votants", [("7,5\u00a0%", 7.5, "exact")]),
        ("un taux de 12%", [("12%", 12, "exact")]),
        ("une hausse de 3 pour cent", [("3 pour cent", 3, "exact")]),
        # multipliers
        ("3,4 millions d'euros", [("3,4 millions", 3_400_000, "exact")]),
        ("1,5 million de personnes", [("1,5 million", 1_500_000, "exact")]),
        ("22 milliards d’euros", [("22 milliards", 22_000_000_000, "exact")]),
        ("un budget de 8 M€", [("8 M€", 8_000_000, "exact")]),
        # number words (text2num)
        ("vingt-sept blessés", [("vingt-sept", 27, "exact")]),
        ("Dix-neuf policiers ont été blessés.", [("Dix-neuf", 19, "exact")]),
        ("quatre-vingt-onze soldats", [("quatre-vingt-onze", 91, "exact")]),
        ("deux cent cinquante familles", [("deux cent cinquante", 250, "exact")]),
        ("vingt et une communes", [("vingt et une", 21, "exact")]),
        ("trois mille manifestants", [("trois mille", 3000, "exact")]),
        ("deux millions de visiteurs", [("deux millions", 2_000_000, "exact")]),
        ("plus d'un million de votants", [("plus d'un million", 1_000_000, "more_than")]),
        ("neuf patients", [("neuf", 9, "exact")]),
        # approximate nouns
        ("une trentaine de soldats", [("une trentaine", 30, "about")]),
        ("Un millier de personnes", [("Un millier", 1000, "about")]),
        ("deux centaines de tracteurs", [("deux centaines", 200, "about")]),
        ("une bonne vingtaine de blessés", [("une bonne vingtaine", 20, "about")]),
        ("plus d'une centaine de blessés", [("plus d'une centaine", 100, "more_than")]),
        # qualifiers before and after
        ("plus de 40 morts", [("plus de 40", 40, "more_than")]),
        ("au moins 8 morts", [("au moins 8", 8, "at_least")]),
        ("moins de 15 cas", [("moins de 15", 15, "less_than")]),
        ("jusqu’à 60 % des élèves", [("jusqu’à 60 %", 60, "at_most")]),
        ("près de 300 foyers", [("près de 300", 300, "about")]),
        ("environ 75 salariés", [("environ 75", 75, "about")]),
        ("Quelque 90 bateaux", [("Quelque 90", 90, "about")]),
        ("autour de 12 %", [("autour de 12 %", 12, "about")]),
        ("un montant inférieur à 50 000 euros", [("inférieur à 50 000", 50_000, "less_than")]),
        ("pas plus de 10 blessés", [("pas plus de 10", 10, "at_most")]),
        ("pas moins de 10 blessés", [("pas moins de 10", 10, "at_least")]),
        ("12 au moins", [("12 au moins", 12, "at_least")]),
        ("Plus de 400 élèves", [("Plus de 400", 400, "more_than")]),
        # ranges: two claims
        (
            "entre 30 et 45 morts",
            [("entre 30", 30, "at_least"), ("45", 45, "at_most")],
        ),
        (
            "entre 1 et 2 millions d'euros",
            [("entre 1", 1_000_000, "at_least"), ("2 millions", 2_000_000, "at_most")],
        ),
        ("deux ou trois blessés", [("deux", 2, "at_least"), ("trois", 3, "at_most")]),
        # a change is no range
        ("le taux est passé de 3 à 5 %", [("3", 3, "exact"), ("5 %", 5, "exact")]),
        # zero and one
        ("aucune victime n'est à déplorer", [("aucune", 0, "exact")]),
        ("aucun nouveau cas", [("aucun", 0, "exact")]),
        ("l'un d'eux a été interpellé", [("un", 1, "exact")]),
        ("L’une d’entre elles a été blessée", [("une", 1, "exact")]),
        ("un mort et trois blessés", [("un", 1, "exact"), ("trois", 3, "exact")]),
        ("un seul blessé", [("un", 1, "exact")]),
        ("il y a une mise en examen", [("une", 1, "exact")]),
    ],
)
def test_number_forms(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert claims(text) == [(s, pytest.approx(v), q) for s, v, q in expected]


def test_range_carries_the_percent_sign_to_its_lower_bound() -> None:
    found = find_numbers("une baisse de 2 à 4 % des ventes", NUMBERS)
    assert [(m.value, m.qualifier, m.percent) for m in found] == [
        (2, "at_least", True),
        (4, "at_most", True),
    ]


def test_signed_range() -> None:
    text = "une évolution de -0,5 % à +0,8 %"
    assert claims(text) == [("de -0,5 %", -0.5, "at_least"), ("+0,8 %", 0.8, "at_most")]


@pytest.mark.parametrize(
    "text",
    [
        # articles, not counts
        "un tireur a ouvert le feu",
        "une fillette a été retrouvée",
        "une mise à jour du logiciel",
        "Mon client n'a jamais pris un centime.",
        # vague amounts
        "des dizaines de blessés",
        "plusieurs centaines de personnes",
        "des milliers de manifestants",
        "quelques centaines d'euros",
        # durations, ages, dates, times
        "trois jours de grève",
        "huit ans de prison",
        "une dizaine de jours",
        "un homme de 45 ans",
        "le 12 mars",
        "à 18 heures",
        "vers 18h45",
        "à 18 h 45",
        # years
        "en 2019",
        "depuis 1995",
        "entre 2010 et 2015 au profit de la société",
        "de 2010 à 2015, la ville a changé",
        # ordinals and references
        "la 3e édition",
        "le 1er tour",
        "un deuxième tirage",
        "page 42",
        "l'article 16",
        "l'article 49.3",
        "au 12 rue des Lilas",
        # numbers in names
        "le sommet du G20",
        "le Covid-19",
        "un Airbus A320",
        "le plan « Horizon 2030 »",
        "la Ligue 1",
        # idioms with aucun
        "sans aucun doute",
        "en aucun cas",
        "à aucun moment",
        # ratios, repetitions, scores (a factor compared, « deux fois plus »,
        # is a claim: see test_composite_forms)
        "9 sur 10",
        "un sur deux",
        "il est venu deux fois",
        "une victoire 3-0",
        # the adjective neuf, at the end of a phrase
        "un bâtiment neuf.",
        # dates written around a hyphen or coordinated days
        "depuis le 11-Septembre",
        "les 20 et 21 mars",
        # a telephone number, a bare age after a name, a year before a pronoun
        "appelez le 01 23 45 67 89",
        "Jeanne Vallet, 52, a déclaré",
        "Paul Ardent (61) a dit",
        "la loi de 1905 s'applique",
        # absurd figures
        "1,2,3",
        "1234567890123456789012345678901234567890 euros",
        "007",
    ],
)
def test_not_claims(text: str) -> None:
    assert claims(text) == []


def test_proportion_keeps_the_count_not_the_denominator() -> None:
    assert claims("sept ministres sur dix") == [("sept", 7, "exact")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a large figure with its own noun after « sur » is a count
        ("un bilan de 21 décès sur 640 victimes", ["21", "640"]),
        ("12 morts sur les 40 passagers", ["12", "40"]),
        # a small or round denominator, or one with no noun, is a proportion's
        ("sept ministres sur dix", ["sept"]),
        ("trois blessés sur 1 000 habitants", ["trois"]),
        ("deux élèves sur 30.", ["deux"]),
    ],
)
def test_denominators_and_counts_after_sur(text: str, expected: list[str]) -> None:
    assert [c[0] for c in claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Swiss thousands separated by an apostrophe, either kind
        ("environ 83'000 cas recensés", [("environ 83'000", 83000, "about")]),
        ("plus de 1’250’000 francs", [("plus de 1’250’000", 1_250_000, "more_than")]),
        # fractions written with « tiers », « quart(s) »
        ("les deux tiers des votants", [("deux tiers", 2 / 3, "exact")]),
        ("trois quarts des élèves", [("trois quarts", 0.75, "exact")]),
        ("un quart des communes", [("un quart", 0.25, "exact")]),
        # negatives: an elided pronoun is no separator, a third party is no
        # fraction, a quarter of an hour is a duration, « quart de finale » a round
        ("l'an 2000", []),
        ("un tiers de confiance", []),
        ("deux quarts d'heure", []),
        ("le quart de finale", []),
    ],
)
def test_swiss_separators_and_fractions(text: str, expected: list) -> None:  # type: ignore[type-arg]
    found = claims(text)
    assert [(s, q) for s, _, q in found] == [(s, q) for s, _, q in expected]
    assert [v for _, v, _ in found] == pytest.approx([v for _, v, _ in expected])


def test_currency_signs_and_closing_quotes() -> None:
    found = find_numbers("il a volé ‘1,5 million’ puis 3 000 € par mois", NUMBERS)
    assert [(m.value, m.currency) for m in found] == [(1_500_000, None), (3000, "euro")]
    text = "un loyer de €450"
    [m] = find_numbers(text, NUMBERS)
    assert (text[m.start : m.end], m.currency) == ("€450", "euro")


def test_years_but_counts_of_the_same_size() -> None:
    assert claims("plus de 2000 manifestants") == [("plus de 2000", 2000, "more_than")]
    assert claims("entre 1500 et 2000 manifestants") == [
        ("entre 1500", 1500, "at_least"),
        ("2000", 2000, "at_most"),
    ]
    assert claims("en 2000 déjà") == []


def test_vague_amounts_are_kept_as_context_only() -> None:
    found = find_numbers("Plusieurs milliers de personnes ont défilé", NUMBERS)
    assert [(m.vague, m.value) for m in found] == [(True, 1000)]


def test_offsets_index_the_original_text() -> None:
    text = "« Nous avons compté 1\u202f200 blessés et près de 3\u00a0000 morts », dit-il."
    for m in find_numbers(text, NUMBERS):
        assert m.start <= m.num_start < m.num_end <= m.end
        assert text[m.start : m.end].strip() == text[m.start : m.end]
    assert claims(text) == [("1\u202f200", 1200, "exact"), ("près de 3\u00a0000", 3000, "about")]


def test_normalise_keeps_length() -> None:
    text = "L’İstanbul\u00a0ß\u202fÉ"
    assert len(normalise(text)) == len(text)


# -- the French data itself --------------------------------------------------


def test_qualifier_data_uses_known_qualifiers() -> None:
    for table in (NUMBERS.qualifiers_before, NUMBERS.qualifiers_after):
        assert set(table.values()) <= set(QUALIFIERS)
        for phrase in table:
            assert phrase == phrase.lower() and "’" not in phrase and "  " not in phrase


def test_unit_families_are_language_neutral_keys() -> None:
    families = set(FR.units.families.values())
    assert {"killed", "wounded", "arrested", "displaced", "demonstrators", "money"} <= families
    assert all(f.isascii() and f == f.lower() for f in families)
    # killed / dead / died / perished are one family
    assert {FR.units.families[u] for u in ("tué", "mort", "décédé", "péri")} == {"killed"}
    assert FR.units.families["blessé"] != FR.units.families["mort"]


def test_event_units_name_units_of_the_data() -> None:
    units = set(FR.units.event_units.values()) | set(FR.units.event_phrases.values())
    units |= set(FR.units.bare_event_units.values()) | set(FR.units.loss_verbs.values())
    missing = {u for u in units if u not in FR.units.families}
    assert missing == set(), f"event units with no family: {missing}"


def test_languages_without_number_data_find_nothing() -> None:
    from quidit.lang import NumberData

    assert find_numbers("3 morts et 40 blessés", NumberData()) == []


_FRAGMENTS = [
    *"0123456789 ,.%-+«»\"’'€$\u00a0\u202f\n",
    "deux",
    "vingt",
    "et",
    "un",
    "une",
    "mille",
    "millions",
    "aucun",
    "plus de ",
    "entre ",
    "centaine",
    "de ",
    "à ",
    "sur ",
    "ans",
    "G",
    "Covid-",
    "pour cent",
    "l'un d'eux",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=40).map("".join))
def test_any_text_gives_exact_spans(text: str) -> None:
    for m in find_numbers(text, NUMBERS):
        assert 0 <= m.start <= m.num_start < m.num_end <= m.end <= len(text)
        assert m.qualifier in QUALIFIERS
        assert m.value == m.value  # never NaN


@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        # a mixed quote that quotes just the hedge, before or after the figure
        ("la hausse atteindra « au moins » 4,1 % cette année", 4.1, "at_least"),
        ('les ventes baisseront de 3 % "au moins", dit-elle', 3.0, "at_least"),
        ("« près de » 600 familles relogées", 600.0, "about"),
        # negatives: a figure in marks with no hedge; marks with other words
        ("« 12 » familles relogées", 12.0, "exact"),
        ("« une honte » 40 familles relogées", 40.0, "exact"),
    ],
)
def test_a_qualifier_behind_quotation_marks(text: str, value: float, qualifier: str) -> None:
    ((_, v, q),) = claims(text)
    assert (v, q) == (value, qualifier)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # digits and a multiplier word, then the rest of the number
        ("Selon le club, 12 mille 40 spectateurs sont venus.", [("12 mille 40", 12040, "exact")]),
        (
            "La commune a reçu 3 millions 200 000 euros.",
            [("3 millions 200 000", 3_200_000, "exact")],
        ),
        (
            "Le port a traité deux millions 300 000 conteneurs.",
            [("deux millions 300 000", 2_300_000, "exact")],
        ),
        ("Près de 4 mille 500 foyers sont privés d'eau.", [("Près de 4 mille 500", 4500, "about")]),
        # a decimal with its multiplier stays one number
        ("Le budget atteint 1,2 milliard d'euros.", [("1,2 milliard", 1.2e9, "exact")]),
        # negatives: a comma, a larger tail, a decimal head, an abbreviation
        (
            "Ils étaient 25 mille, 85 ont été blessés.",
            [("25 mille", 25000, "exact"), ("85", 85, "exact")],
        ),
        (
            "Il évoque 3 millions 5 millions selon les jours.",
            [("3 millions", 3e6, "exact"), ("5 millions", 5e6, "exact")],
        ),
        ("Il a signé 1,5 million 200 jours avant.", [("1,5 million", 1.5e6, "exact")]),
        (
            "Ventes : 3 millions 2019, 4 millions 2020.",
            [("3 millions", 3e6, "exact"), ("4 millions", 4e6, "exact")],
        ),
    ],
)
def test_digits_and_words_in_one_number(text: str, expected: list) -> None:  # type: ignore[type-arg]
    assert claims(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # half a multiplier, in one word or as a tail
        ("plus d'un demi-million de déplacés", [("plus d'un demi-million", 500_000, "more_than")]),
        ("un demi-milliard d'euros", [("un demi-milliard", 5e8, "exact")]),
        ("trois millions et demi d'euros", [("trois millions et demi", 3_500_000, "exact")]),
        ("près de 2 millions et demi", [("près de 2 millions et demi", 2_500_000, "about")]),
        # an approximate noun of a multiplier counts that many of it
        ("une centaine de milliers de fidèles", [("une centaine de milliers", 100_000, "about")]),
        ("une dizaine de millions d'euros", [("une dizaine de millions", 1e7, "about")]),
        # an article before a fraction noun stands for one
        ("la moitié des commerces", [("la moitié", 0.5, "exact")]),
        ("plus de la moitié de ses électeurs", [("plus de la moitié", 0.5, "more_than")]),
        ("le tiers des élus", [("le tiers", 1 / 3, "exact")]),
        ("près des trois quarts des votants", [("près des trois quarts", 0.75, "about")]),
        # a factor compared is a claim (« huit fois plus élevé »)
        ("six fois plus nombreux", [("six", 6, "exact")]),
        ("deux fois plus", [("deux", 2, "exact")]),
        ("trois fois moins de lits", [("trois", 3, "exact")]),
        # a decimal dot before a multiplier word (« 1.300 » stays 1 300)
        ("1.3 million selon la CGT", [("1.3 million", 1_300_000, "exact")]),
        ("plus de 2.5 milliards d'euros", [("plus de 2.5 milliards", 2.5e9, "more_than")]),
        ("1.300 grévistes", [("1.300", 1300, "exact")]),
        # a range's bare lower bound shares the upper bound's scale word
        (
            "trois à quatre cents employés",
            [("trois", 300, "at_least"), ("quatre cents", 400, "at_most")],
        ),
        (
            "de deux à trois millions d'euros",
            [("de deux", 2e6, "at_least"), ("trois millions", 3e6, "at_most")],
        ),
        ("entre deux et cent élèves", [("entre deux", 2, "at_least"), ("cent", 100, "at_most")]),
        ("de 150 à quatre cents", [("de 150", 150, "at_least"), ("quatre cents", 400, "at_most")]),
        # a figure set aside by « non » is not the one claimed
        ("une croissance de 0,1 %, et non à zéro", [("0,1 %", 0.1, "exact")]),
        ("12 morts et non 40 comme annoncé", [("12", 12, "exact")]),
        # a distance that locates a place is no claim; a measure is one
        ("interpellé à près de 500 km de Lyon", []),
        ("un hameau à 45 kilomètres au sud de Vernay", []),
        ("à une trentaine de kilomètres de Cordelac", []),
        ("des rafales soufflant à 95 km/h", [("95", 95, "exact")]),
        ("le feu a parcouru 400 hectares", [("400", 400, "exact")]),
        ("une profondeur de 213,5 km", [("213,5", 213.5, "exact")]),
        # « tous les deux » is both of them; superlatives before a time word
        ("elles sont toutes les deux candidates", []),
        ("elles ont toutes les trois démissionné", []),
        ("les deux pires années", []),
        ("tous les 500 inscrits", [("500", 500, "exact")]),
        # hedges: elided before a vowel, idiomatic
        ("un peu plus d'un million de votants", [("un peu plus d'un million", 1e6, "more_than")]),
        ("au bas mot 30 000 morts", [("au bas mot 30 000", 30_000, "at_least")]),
        ("pas loin de 400 personnes", [("pas loin de 400", 400, "about")]),
        # a hedge makes « un » a quantity
        ("pas moins d'une tonne de résine", [("pas moins d'une", 1, "at_least")]),
        ("au moins un blessé grave", [("au moins un", 1, "at_least")]),
        ("plus d'un Français sur deux", []),
        ("moins d'une heure", []),
        # a mixed quote opening on the approximate noun
        ("une « quinzaine » de blessés", [("une « quinzaine", 15, "about")]),
        # negatives: halves of time, repetitions, vague multiples, half-measures
        ("deux heures et demie", []),
        ("deux ans et demi", []),
        ("il a récidivé trois fois", []),
        ("des dizaines de milliers de personnes", []),
        ("à moitié vide", []),
        ("la moitié", []),
        ("le quart de finale", []),
    ],
)
def test_composite_forms(text: str, expected: list) -> None:  # type: ignore[type-arg]
    found = claims(text)
    assert [(s, q) for s, _, q in found] == [(s, q) for s, _, q in expected]
    assert [v for _, v, _ in found] == pytest.approx([v for _, v, _ in expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the lower bound shares the upper bound's written thousands
        ("de 7 à 8.000 grévistes", [("de 7", 7000, "at_least"), ("8.000", 8000, "at_most")]),
        (
            "entre 300 et 450.000 marcheurs",
            [("entre 300", 300_000, "at_least"), ("450.000", 450_000, "at_most")],
        ),
        ("de 12 à 14 000 fidèles", [("de 12", 12_000, "at_least"), ("14 000", 14_000, "at_most")]),
        # negatives: bounds written in full, a gap wider than the scale,
        # an upper bound with no thousands group
        (
            "entre 6.500 et 7.000 personnes",
            [("entre 6.500", 6500, "at_least"), ("7.000", 7000, "at_most")],
        ),
        ("de 2 à 50.000 euros", [("de 2", 2, "at_least"), ("50.000", 50_000, "at_most")]),
        ("entre 30 et 4500 votants", [("entre 30", 30, "at_least"), ("4500", 4500, "at_most")]),
        ("entre 30 et 45 morts", [("entre 30", 30, "at_least"), ("45", 45, "at_most")]),
    ],
)
def test_range_lower_bound_takes_the_thousands_left_out(text: str, expected: list) -> None:  # type: ignore[type-arg]
    found = claims(text)
    assert [(s, q) for s, _, q in found] == [(s, q) for s, _, q in expected]
    assert [v for _, v, _ in found] == pytest.approx([v for _, v, _ in expected])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # « un » after a count and its noun, coordinated or partitive
        ("12 gendarmes et un pompier", [("12", 12, "exact"), ("un", 1, "exact")]),
        ("30 blessés, dont une adolescente", [("30", 30, "exact"), ("une", 1, "exact")]),
        ("les 8 otages dont un Belge", [("8", 8, "exact"), ("un", 1, "exact")]),
        # negatives: no count before, a year before, an article elsewhere
        ("un homme et une femme", []),
        ("en 2019 et un peu après", []),
        ("12 gendarmes avec un pompier", [("12", 12, "exact")]),
    ],
)
def test_one_after_a_count_is_a_count(text: str, expected: list) -> None:  # type: ignore[type-arg]
    found = claims(text)
    assert [(s, q) for s, _, q in found] == [(s, q) for s, _, q in expected]
    assert [v for _, v, _ in found] == pytest.approx([v for _, v, _ in expected])
