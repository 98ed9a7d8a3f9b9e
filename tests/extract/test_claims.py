"""Numeric claims from parsed French text: values, units, sources, offsets.

Sentences are invented for these tests.  Quotes are built by hand (content
span + speaker), so the claim stage is tested apart from the quote engine.
All tests here parse with the French model: they are marked slow and share
the session pipeline.
"""

from __future__ import annotations

import pytest

from quidit.extract.claims import extract_claims
from quidit.extract.conflicts import find_conflicts
from quidit.lang import get_language
from quidit.nlp.pipeline import parse
from quidit.records import Analysis, Quote, Span, Speaker

pytestmark = pytest.mark.slow

FR = get_language("fr")


def quote(text: str, content: str, speaker: str | None, qid: str = "q1", nth: int = 0) -> Quote:
    start = -1
    for _ in range(nth + 1):
        start = text.index(content, start + 1)
    return Quote(
        id=qid,
        type="indirect",
        content=Span.of(text, start, start + len(content)),
        cue=None,
        speaker=Speaker(name=speaker),
    )


def claims_of(nlp, text: str, quotes: list[Quote]):  # type: ignore[no-untyped-def]
    doc = parse(nlp, text)
    return extract_claims(doc, quotes, FR), doc


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # a predicate names what happened to people
        (
            "Le commandant dit que deux de ses soldats ont été tués et que sept ont été blessés.",
            "deux de ses soldats ont été tués et que sept ont été blessés",
            [(2, "exact", "tué"), (7, "exact", "blessé")],
        ),
        (
            "Selon l'ONG, au moins 15 civils ont perdu la vie.",
            "au moins 15 civils ont perdu la vie",
            [(15, "at_least", "mort")],
        ),
        (
            "L'état-major assure avoir abattu plus de 40 de ce qu'il appelle des mercenaires.",
            "avoir abattu plus de 40 de ce qu'il appelle des mercenaires",
            [(40, "more_than", "tué")],
        ),
        (
            "« Nous avons perdu six hommes », reconnaît le chef rebelle.",
            "Nous avons perdu six hommes",
            [(6, "exact", "mort")],
        ),
        (
            "La police affirme avoir interpellé 14 personnes.",
            "avoir interpellé 14 personnes",
            [(14, "exact", "interpellé")],
        ),
        (
            "« Il en manque au moins 9 », dit le capitaine du port.",
            "Il en manque au moins 9",
            [(9, "at_least", "disparu")],
        ),
        # the noun counted
        (
            "Le maire indique que 320 logements ont été inondés.",
            "320 logements ont été inondés",
            [(320, "exact", "logement")],
        ),
        (
            "Selon la direction, 75 postes vont disparaître.",
            "75 postes vont disparaître",
            [(75, "exact", "poste")],
        ),
        (
            "« Vingt-trois cas, dont trois mortels, ont été signalés », précise l'agence.",
            "Vingt-trois cas, dont trois mortels, ont été signalés",
            [(23, "exact", "cas"), (3, "exact", "mort")],
        ),
        (
            "« Sur les 200 salariés, 45 vont être licenciés », déplore le délégué.",
            "Sur les 200 salariés, 45 vont être licenciés",
            [(200, "exact", "salarié"), (45, "exact", "licencié")],
        ),
        (
            "Selon l'institut, le séisme, d'une magnitude de 6,2, a fait 250 victimes.",
            "le séisme, d'une magnitude de 6,2, a fait 250 victimes",
            [(6.2, "exact", "magnitude"), (250, "exact", "victime")],
        ),
        # percentages: the group, the event, or what is measured
        (
            "Le syndicat affirme que 42 % des agents étaient en grève.",
            "42 % des agents étaient en grève",
            [(42, "exact", "gréviste")],
        ),
        (
            "La commission estime que la participation a atteint 57,3 %.",
            "la participation a atteint 57,3 %",
            [(57.3, "exact", "participation")],
        ),
        # money
        (
            "La région dit avoir versé 2,5 millions d'euros aux sinistrés.",
            "avoir versé 2,5 millions d'euros aux sinistrés",
            [(2_500_000, "exact", "euro")],
        ),
        (
            "Le club affirme que 300 € ont été remboursés.",
            "300 € ont été remboursés",
            [(300, "exact", "euro")],
        ),
        # zero, approximate, range
        (
            "« Aucune victime n'est à déplorer », assure le préfet.",
            "Aucune victime n'est à déplorer",
            [(0, "exact", "victime")],
        ),
        (
            "« Une trentaine de familles ont été relogées », explique l'adjointe.",
            "Une trentaine de familles ont été relogées",
            [(30, "about", "famille")],
        ),
        (
            "Selon les secours, entre 30 et 45 personnes ont été blessées.",
            "entre 30 et 45 personnes ont été blessées",
            [(30, "at_least", "blessé"), (45, "at_most", "blessé")],
        ),
        # the communiqués' words for the dead of each side
        (
            "L'état-major annonce que 25 assaillants ont été neutralisés et que trois soldats "
            "sont tombés.",
            "25 assaillants ont été neutralisés et que trois soldats sont tombés",
            [(25, "exact", "tué"), (3, "exact", "mort")],
        ),
        # negative: a fall of a thing names no death
        (
            "Le maire indique que 40 arbres sont tombés sur la route.",
            "40 arbres sont tombés sur la route",
            [(40, "exact", "arbre")],
        ),
        # not claims: article, duration, date, ordinal, adjective "neuf"
        (
            "Le procureur indique qu'un tireur a agi seul pendant trois jours, le 4 mai.",
            "un tireur a agi seul pendant trois jours, le 4 mai",
            [],
        ),
        (
            "« Un bâtiment neuf a été inauguré et neuf salariés ont été licenciés », dit-elle.",
            "Un bâtiment neuf a été inauguré et neuf salariés ont été licenciés",
            [(9, "exact", "licencié")],
        ),
    ],
)
def test_claims_and_units(nlp_fr, text: str, content: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    claims, _ = claims_of(nlp_fr, text, [quote(text, content, "la source")])
    assert [(c.value, c.qualifier, c.unit) for c in claims] == [
        (pytest.approx(v), q, u) for v, q, u in expected
    ]
    for c in claims:
        assert text[c.span.start : c.span.end] == c.span.text
        assert c.source == "la source" and c.quote == "q1"


def test_only_numbers_inside_quotes_are_claims(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    text = "Le village compte 800 habitants. Le maire affirme que 12 maisons ont brûlé."
    claims, _ = claims_of(nlp_fr, text, [quote(text, "12 maisons ont brûlé", "Le maire")])
    assert [(c.value, c.unit, c.source) for c in claims] == [(12, "maison", "Le maire")]
    assert [c.id for c in claims] == ["c1"]


def test_bare_figures_borrow_the_unit_of_their_sentence(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    text = "Quelque 800 manifestants selon la police, « plus de 3 000 » selon les organisateurs."
    quotes = [
        quote(text, "Quelque 800 manifestants", "la police", "q1"),
        quote(text, "plus de 3 000", "les organisateurs", "q2"),
    ]
    claims, doc = claims_of(nlp_fr, text, quotes)
    assert [(c.value, c.qualifier, c.unit) for c in claims] == [
        (800, "about", "manifestant"),
        (3000, "more_than", "manifestant"),
    ]
    conflicts = find_conflicts(claims, doc, FR)
    assert [(k.family, k.claims, round(k.ratio or 0, 3)) for k in conflicts] == [
        ("demonstrators", ("c1", "c2"), 3.75)
    ]


def test_bare_sum_takes_the_article_currency(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le ministre a promis 40 millions d'euros.\n\n"
        "« 40 millions, c'est trop peu », répond le maire."
    )
    quotes = [
        quote(text, "40 millions d'euros", "le ministre", "q1"),
        quote(text, "40 millions, c'est trop peu", "le maire", "q2"),
    ]
    claims, _ = claims_of(nlp_fr, text, quotes)
    assert [(c.value, c.unit) for c in claims] == [(40e6, "euro"), (40e6, "euro")]


def test_bare_sum_in_a_later_paragraph_takes_the_currency(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le ministre promet 20 milliards d'euros d'économies.\n\n"
        "Le député Paul Ravel estime au contraire que les économies seront "
        "« de moins de 8 milliards » une fois les reports comptés."
    )
    quotes = [
        quote(text, "20 milliards d'euros d'économies", "le ministre", "q1"),
        quote(text, "les économies seront « de moins de 8 milliards »", "Paul Ravel", "q2"),
    ]
    claims, doc = claims_of(nlp_fr, text, quotes)
    assert [(c.value, c.qualifier, c.unit) for c in claims] == [
        (20e9, "exact", "euro"),
        (8e9, "less_than", "euro"),
    ]
    [k] = find_conflicts(claims, doc, FR)
    assert (k.family, k.ratio) == ("money", 2.5)


def test_count_of_a_pronoun_gets_no_borrowed_unit(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le livre s'est vendu à 9 000 exemplaires. "
        "« Une vingtaine d'entre eux viendront », dit-elle."
    )
    claims, _ = claims_of(
        nlp_fr, text, [quote(text, "Une vingtaine d'entre eux viendront", "elle")]
    )
    assert [(c.value, c.qualifier, c.unit) for c in claims] == [(20, "about", None)]


def test_figure_in_two_nested_quotes_counts_once(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    text = "Le préfet affirme que « 17 blessés » ont été soignés."
    outer = quote(text, "« 17 blessés » ont été soignés", "Le préfet", "q1")
    inner = quote(text, "17 blessés", "Le préfet", "q2")
    claims, _ = claims_of(nlp_fr, text, [outer, inner])
    assert len(claims) == 1 and claims[0].value == 17


@pytest.mark.parametrize(
    "text",
    [
        "« " + "9" * 40 + " morts », affirme-t-il.",
        "« 1,2,3 soleil », chante-t-elle.",
        "« Plus de « 300 » morts, dit-il.",
        "« %%% 12 € € 3,,4 .5 -- +- 7 % de », ajoute-t-il.",
        "« deux deux deux trois mille mille millions milliards », lance-t-il.",
    ],
)
def test_absurd_input_never_crashes(nlp_fr, text: str) -> None:  # type: ignore[no-untyped-def]
    q = Quote("q1", "direct", Span.of(text, 0, len(text)), None, Speaker(name="X"))
    claims, doc = claims_of(nlp_fr, text, [q])
    find_conflicts(claims, doc, FR)
    for c in claims:
        assert text[c.span.start : c.span.end] == c.span.text
        assert c.value < 1e16


# -- the seed page, from its gold quotes --------------------------------------


def test_seed_page_claims_and_conflict_from_gold_quotes(nlp_fr, dev_gold) -> None:  # type: ignore[no-untyped-def]
    gold = Analysis.from_dict(next(r for r in dev_gold if r["id"] == "seed-belgorod"))
    doc = parse(nlp_fr, gold.text)
    claims = extract_claims(doc, gold.quotes, FR)
    got = [(c.value, c.qualifier, c.unit, c.source, c.quote) for c in claims]
    want = [(c.value, c.qualifier, c.unit, c.source, c.quote) for c in gold.claims]
    assert got == want
    conflicts = find_conflicts(claims, doc, FR)
    assert len(conflicts) == 1
    k = conflicts[0]
    by_id = {c.id: c for c in claims}
    sides = sorted((by_id[c].source, by_id[c].value) for c in k.claims)
    assert k.family == "killed"
    assert sides == [("Denis Kapustin", 2), ("La Russie", 70)]
    assert k.ratio == pytest.approx(35.0)


def test_dev_claims_on_gold_quotes_stay_above_floor(nlp_fr, dev_gold) -> None:  # type: ignore[no-untyped-def]
    """Rule 7 of scoring.md on gold quotes; issue 7's target is 0.90."""
    from quidit.evaluate.scoring import match_claims, prf

    found = predicted = expected = 0
    for record in dev_gold:
        gold = Analysis.from_dict(record)
        claims = extract_claims(parse(nlp_fr, gold.text), gold.quotes, FR)
        found += len(match_claims(claims, gold.claims, gold.entities))
        predicted += len(claims)
        expected += len(gold.claims)
    _, _, f1 = prf(found, predicted, expected)
    assert f1 >= 0.90


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # people as the complement of an event noun: the event names the unit
        (
            "Le maire a confirmé le décès de 123 personnes et 900 personnes ont été blessées.",
            "le décès de 123 personnes et 900 personnes ont été blessées",
            [(123, "exact", "mort"), (900, "exact", "blessé")],
        ),
        (
            "Selon le préfet, les rebelles ont causé la mort de 40 soldats.",
            "les rebelles ont causé la mort de 40 soldats",
            [(40, "exact", "mort")],
        ),
        (
            "Le ministère dénonce l'exécution de plus de 31 civils à Valmont.",
            "l'exécution de plus de 31 civils à Valmont",
            [(31, "more_than", "tué")],
        ),
        # the participle on the noun outranks a coordinated clause's verb
        (
            "Le préfet indique que 8 soldats ont été tués, 80 personnes blessées.",
            "8 soldats ont été tués, 80 personnes blessées",
            [(8, "exact", "tué"), (80, "exact", "blessé")],
        ),
        # negative: a noun that names no event keeps the people's noun
        (
            "Le syndicat dénonce la situation de 300 salariés.",
            "la situation de 300 salariés",
            [(300, "exact", "salarié")],
        ),
    ],
)
def test_event_noun_names_the_unit(nlp_fr, text: str, content: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    claims, _ = claims_of(nlp_fr, text, [quote(text, content, "la source")])
    assert [(c.value, c.qualifier, c.unit) for c in claims] == [
        (pytest.approx(v), q, u) for v, q, u in expected
    ]


def test_clitic_en_borrows_the_counted_noun(nlp_fr) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Selon la préfecture, 80.000 manifestants ont défilé à Lyon. "
        "La CGT en a compté 1,2 million."
    )
    quotes = [
        quote(text, "80.000 manifestants ont défilé à Lyon", "la préfecture"),
        quote(text, "1,2 million", "la CGT", qid="q2"),
    ]
    claims, _ = claims_of(nlp_fr, text, quotes)
    assert [(c.value, c.unit) for c in claims] == [(80000, "manifestant"), (1200000, "manifestant")]
    # negative: « 7 milliards » with no « en » is a sum in the article's currency
    text2 = "Le budget atteint 3 milliards d'euros. Le ministre évoque 7 milliards."
    claims2, _ = claims_of(nlp_fr, text2, [quote(text2, "7 milliards", "le ministre")])
    assert [(c.value, c.unit) for c in claims2] == [(7e9, "euro")]


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        # « en » stands for the last noun naming a unit, not the last figure
        (
            "Le préfet annonce 12 morts. Des personnes ont disparu. Il y en aurait une vingtaine.",
            "Il y en aurait une vingtaine",
            [(20, "about", "disparu")],
        ),
        # a duration with an adjective is no claim
        (
            "Le ministre assure que les deux premières années ont coûté cher.",
            "les deux premières années ont coûté cher",
            [],
        ),
        # negative: an adjective before a counted noun keeps the claim
        (
            "Le ministre assure que les deux premiers blessés sont sortis.",
            "les deux premiers blessés sont sortis",
            [(2, "exact", "blessé")],
        ),
    ],
)
def test_en_antecedent_and_durations(nlp_fr, text: str, content: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    claims, _ = claims_of(nlp_fr, text, [quote(text, content, "la source")])
    assert [(c.value, c.qualifier, c.unit) for c in claims] == [
        (pytest.approx(v), q, u) for v, q, u in expected
    ]


@pytest.mark.parametrize(
    ("text", "content", "kind", "expected"),
    [
        # a factor after a comma in reported speech is the writer's gloss
        (
            "Les syndicats avancent le chiffre de 9.000 marcheurs, presque trois fois plus.",
            "le chiffre de 9.000 marcheurs, presque trois fois plus",
            "indirect",
            [9000],
        ),
        (
            "Selon X, 500 blessés, soit deux fois plus que l'an dernier.",
            "500 blessés, soit deux fois plus que l'an dernier",
            "indirect",
            [500],
        ),
        # the factor is the source's own: inside the reported clause, or quoted
        (
            "Selon X, les bilans sont quatre fois plus élevés.",
            "les bilans sont quatre fois plus élevés",
            "indirect",
            [4],
        ),
        (
            "« Nous étions 900, cinq fois plus que l'an dernier », dit X.",
            "Nous étions 900, cinq fois plus que l'an dernier",
            "direct",
            [900, 5],
        ),
    ],
)
def test_factor_glossed_by_the_writer(nlp_fr, text, content, kind, expected) -> None:  # type: ignore[no-untyped-def]
    q = quote(text, content, "X")
    q = Quote(id=q.id, type=kind, content=q.content, cue=None, speaker=q.speaker)
    claims, _ = claims_of(nlp_fr, text, [q])
    assert [c.value for c in claims] == expected
