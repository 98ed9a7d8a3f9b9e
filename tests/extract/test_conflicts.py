"""Conflicts between numeric claims, within an article and across a corpus.

Claims are built by hand over invented sentences: no spaCy model.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quidit.extract.conflicts import describe, disjoint, find_conflicts, in_conflict, source_key
from quidit.extract.corpus import (
    ClaimRef,
    SearchOptions,
    article_refs,
    corpus_conflicts,
    find_corpus_conflicts,
    names_in,
)
from quidit.lang import LanguageData, available_languages, get_language
from quidit.records import Analysis, Claim, Quote, Span, Speaker

FR = get_language("fr")


def claim(
    text: str,
    span: str,
    value: float,
    qualifier: str,
    unit: str | None,
    source: str | None,
    cid: str = "c1",
    nth: int = 0,
) -> Claim:
    start = -1
    for _ in range(nth + 1):
        start = text.index(span, start + 1)
    return Claim(cid, "q1", value, qualifier, unit, Span.of(text, start, start + len(span)), source)


def bare(
    value: float, qualifier: str = "exact", unit: str | None = "mort", source: str = "A"
) -> Claim:
    return Claim("c", None, value, qualifier, unit, Span(0, 0, ""), source)


# -- values and qualifiers ----------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "conflict"),
    [
        ((2, "exact"), (70, "more_than"), True),
        ((12, "at_least"), (15, "exact"), False),
        ((15, "at_least"), (6, "exact"), True),
        ((500, "less_than"), (40_000, "exact"), True),
        ((500, "less_than"), (500, "exact"), True),  # open bound
        ((500, "at_most"), (500, "exact"), False),
        ((1200, "about"), (3000, "more_than"), True),
        ((1200, "about"), (1250, "exact"), False),  # within ±10 %
        ((48, "about"), (35, "less_than"), True),
        ((80, "at_most"), (5.2, "exact"), False),
        ((4, "exact"), (4, "exact"), False),
        ((4, "exact"), (5, "exact"), True),
        ((100, "more_than"), (50, "more_than"), False),
        ((100, "less_than"), (200, "more_than"), True),
    ],
)
def test_values_that_cannot_both_hold(a: tuple, b: tuple, conflict: bool) -> None:
    fa = describe(bare(*a, source="A"), None, FR)
    fb = describe(bare(*b, source="B"), None, FR)
    assert disjoint(fa, fb) is conflict
    assert in_conflict(fa, fb) is conflict


def test_same_source_never_conflicts() -> None:
    a = describe(bare(2, source="la Préfecture"), None, FR)
    b = describe(bare(70, source="la préfecture"), None, FR)
    assert source_key("la Préfecture") == source_key("préfecture")
    assert not in_conflict(a, b)


@pytest.mark.parametrize(
    ("unit_a", "unit_b", "same"),
    [
        ("mort", "tué", True),  # killed / dead / died
        ("décédé", "mort", True),
        ("blessé", "mort", False),  # wounded against dead
        ("interpellé", "arrêté", True),
        ("manifestant", "participant", True),
        ("euro", "dollar", False),  # one currency at a time
        ("tracteur", "tracteur", True),  # no family: the unit itself
        ("tracteur", "camion", False),
        (None, None, False),  # a unit it cannot name never conflicts
    ],
)
def test_families(unit_a: str | None, unit_b: str | None, same: bool) -> None:
    a = describe(bare(2, unit=unit_a, source="A"), None, FR)
    b = describe(bare(90, unit=unit_b, source="B"), None, FR)
    assert in_conflict(a, b) is same


# -- the counted group, from the text ------------------------------------------


def test_civilians_and_fighters_are_different_counts() -> None:
    text = (
        "L'armée affirme que 50 assaillants ont été tués. "
        "Une ONG affirme qu'au moins 9 civils, dont quatre enfants, ont été tués. "
        "Le chef rebelle dit avoir perdu trois combattants."
    )
    claims = [
        claim(text, "50", 50, "exact", "tué", "l'armée", "c1"),
        claim(text, "au moins 9", 9, "at_least", "tué", "une ONG", "c2"),
        claim(text, "quatre", 4, "exact", "tué", "une ONG", "c3"),
        claim(text, "trois", 3, "exact", "mort", "le chef rebelle", "c4"),
    ]
    facts = [describe(c, text, FR) for c in claims]
    assert [f.group for f in facts] == ["fighters", "civilian", "civilian", "fighters"]
    assert facts[2].subset and not facts[1].subset
    conflicts = find_conflicts(claims, text, FR)
    assert [(k.family, k.claims) for k in conflicts] == [("killed", ("c1", "c4"))]
    assert conflicts[0].ratio == pytest.approx(50 / 3)


@pytest.mark.parametrize(
    ("first", "second", "groups", "conflict"),
    [
        # a state's soldiers against the armed group they fight: two tolls
        ("12 soldats", "40 terroristes", ["soldiers", "fighters"], False),
        ("12 militaires", "40 combattants", ["soldiers", "fighters"], False),
        ("12 soldats", "40 djihadistes", ["soldiers", "fighters"], False),
        # the same side named twice: rival counts
        ("12 soldats", "40 militaires", ["soldiers", "soldiers"], True),
        ("12 rebelles", "40 combattants", ["fighters", "fighters"], True),
    ],
)
def test_soldiers_and_the_armed_groups_they_fight_are_different_counts(
    first: str, second: str, groups: list[str], conflict: bool
) -> None:
    text = (
        f"Selon l'état-major, {first} ont été tués. "
        f"Un porte-parole du mouvement affirme que {second} ont été tués."
    )
    a, b = first.split()[0], second.split()[0]
    claims = [
        claim(text, a, float(a), "exact", "tué", "l'état-major", "c1"),
        claim(text, b, float(b), "exact", "tué", "un porte-parole", "c2"),
    ]
    assert [describe(c, text, FR).group for c in claims] == groups
    assert bool(find_conflicts(claims, text, FR)) == conflict


def test_new_cases_are_not_the_total() -> None:
    text = (
        "Onze cas ont été recensés, selon l'agence. "
        "« Nous n'avons enregistré aucun nouveau cas », dit la directrice. "
        "Un médecin estime qu'il y a plus de 25 cas."
    )
    claims = [
        claim(text, "Onze", 11, "exact", "cas", "l'agence", "c1"),
        claim(text, "aucun", 0, "exact", "cas", "la directrice", "c2"),
        claim(text, "plus de 25", 25, "more_than", "cas", "un médecin", "c3"),
    ]
    assert describe(claims[1], text, FR).modifiers == frozenset({"nouveau"})
    conflicts = find_conflicts(claims, text, FR)
    assert [k.claims for k in conflicts] == [("c1", "c3")]


def test_a_rate_is_not_the_total() -> None:
    text = (
        "L'État débloque 50 millions d'euros. « 50 millions, c'est moins de 200 euros par "
        "éleveur », répond le syndicat."
    )
    claims = [
        claim(text, "50 millions", 50e6, "exact", "euro", "l'État", "c1"),
        claim(text, "moins de 200", 200, "less_than", "euro", "le syndicat", "c2"),
    ]
    assert describe(claims[1], text, FR).rate == "éleveur"
    assert find_conflicts(claims, text, FR) == []


def test_agent_par_is_not_a_rate() -> None:
    text = "L'ONG affirme que 30 civils ont été tués par les frappes."
    facts = describe(claim(text, "30", 30, "exact", "tué", "l'ONG"), text, FR)
    assert facts.rate is None and facts.group == "civilian"


def test_percentage_never_compares_with_a_count() -> None:
    text = "Le syndicat revendique 40 % de grévistes ; le ministère compte 2 000 grévistes."
    claims = [
        claim(text, "40 %", 40, "exact", "gréviste", "le syndicat", "c1"),
        claim(text, "2 000", 2000, "exact", "gréviste", "le ministère", "c2"),
    ]
    assert describe(claims[0], text, FR).scale == "percent"
    assert find_conflicts(claims, text, FR) == []


@pytest.mark.parametrize(
    ("text", "a", "b", "conflict"),
    [
        # a level against a change of it: never the same quantity
        (
            "Le chômage atteint 9,6 %, selon l'institut. Le cabinet Orvel note une baisse de "
            "0,4 % sur le trimestre.",
            ("9,6 %", 9.6),
            ("0,4 %", 0.4),
            False,
        ),
        (
            "Le chômage atteint 9,6 %, selon l'institut. Le cabinet Orvel parle de -2,6 %.",
            ("9,6 %", 9.6),
            ("-2,6 %", -2.6),
            False,
        ),
        (
            "Les prix ont augmenté de 3 %, selon l'institut. Ils sont à 12 %, dit le cabinet "
            "Orvel.",
            ("3 %", 3),
            ("12 %", 12),
            False,
        ),
        # two changes, or two levels, still compare
        (
            "Les prix sont en hausse de 3 %, selon l'institut. Le cabinet Orvel voit une hausse "
            "de 5 %.",
            ("3 %", 3),
            ("5 %", 5),
            True,
        ),
        (
            "Le chômage atteint 9,6 %, selon l'institut. Il est de 11 %, dit le cabinet Orvel.",
            ("9,6 %", 9.6),
            ("11 %", 11),
            True,
        ),
        # « passé de 8 % à 9 % » names two levels, not a change
        (
            "Le taux est passé de 8 % à 9 %, selon l'institut. Il est de 12 %, dit le cabinet "
            "Orvel.",
            ("9 %", 9),
            ("12 %", 12),
            True,
        ),
    ],
)
def test_a_change_never_meets_a_level(text: str, a: tuple, b: tuple, conflict: bool) -> None:  # type: ignore[type-arg]
    claims = [
        claim(text, a[0], a[1], "exact", "chômage", "l'institut", "c1"),
        claim(text, b[0], b[1], "exact", "chômage", "le cabinet Orvel", "c2"),
    ]
    assert bool(find_conflicts(claims, text, FR)) is conflict


def test_repeated_figure_gives_its_own_pairs() -> None:
    # Issue 12: the real gold (real-fr/README.md) lists a figure repeated in
    # the body in its own pairs, each pair once; this test said one conflict
    # per statement before the gold settled it.
    text = "Titre : 6 % selon la police. Corps : la police maintient 6 %. Les syndicats : 30 %."
    claims = [
        claim(text, "6 %", 6, "exact", "gréviste", "la police", "c1"),
        claim(text, "6 %", 6, "exact", "gréviste", "la police", "c2", nth=1),
        claim(text, "30 %", 30, "exact", "gréviste", "les syndicats", "c3"),
    ]
    conflicts = find_conflicts(claims, text, FR)
    assert [(k.id, k.claims, k.family) for k in conflicts] == [
        ("k1", ("c1", "c3"), "strikers"),
        ("k2", ("c2", "c3"), "strikers"),
    ]


def test_without_language_units_must_match_exactly() -> None:
    claims = [
        Claim("c1", None, 2, "exact", "mort", Span(0, 0, ""), "A"),
        Claim("c2", None, 70, "more_than", "mort", Span(0, 0, ""), "B"),
        Claim("c3", None, 70, "more_than", "tué", Span(0, 0, ""), "B"),
    ]
    assert [(k.family, k.claims, k.ratio) for k in find_conflicts(claims)] == [
        ("mort", ("c1", "c2"), 35.0)
    ]
    with_fr = find_conflicts(claims, None, FR)
    # B's figure twice (mort, tué): one family, so each claim pairs with A's.
    assert [(k.family, k.claims) for k in with_fr] == [
        ("killed", ("c1", "c2")),
        ("killed", ("c1", "c3")),
    ]


# -- across articles -------------------------------------------------------------


def analysis(
    aid: str, text: str, claims: list[Claim], date: str | None, lang: str = "fr"
) -> Analysis:
    quotes = tuple(
        Quote(c.quote or "q1", "indirect", c.span, None, Speaker(c.source)) for c in claims
    )
    return Analysis(
        id=aid,
        lang=lang,
        text=text,
        title=text.split("\n")[0],
        quotes=quotes,
        claims=tuple(claims),
        meta={"date": date} if date else {},
    )


FIRST = (
    "Attaque à Vorlany : le colonel Brask dément\n\n"
    "Le colonel Brask affirme que deux soldats sont morts à Vorlany."
)
SECOND = (
    "Vorlany : Moscou revendique une victoire\n\n"
    "Selon l'état-major, plus de 70 soldats ont été tués à Vorlany par l'armée de Brask."
)


def _pair(date_a: str | None = "2024-05-02", date_b: str | None = "2024-05-04") -> list[Analysis]:
    a = analysis(
        "a1", FIRST, [claim(FIRST, "deux", 2, "exact", "mort", "le colonel Brask")], date_a
    )
    b = analysis(
        "a2", SECOND, [claim(SECOND, "plus de 70", 70, "more_than", "tué", "l'état-major")], date_b
    )
    return [a, b]


def _across(analyses: list[Analysis], **kw) -> list:  # type: ignore[no-untyped-def]
    refs = [r for a in analyses for r in article_refs(a, FR)]
    return find_corpus_conflicts(refs, SearchOptions(**kw))


def test_names_of_a_passage() -> None:
    names = names_in("Selon Moscou, le colonel Brask a quitté Vorlany. Le Monde", FR)
    assert {"moscou", "brask", "vorlany", "monde"} <= names
    assert "selon" not in names and "le" not in names


def test_same_event_in_two_articles_conflicts() -> None:
    rows = _across(_pair(), min_shared=2)
    assert len(rows) == 1
    row = rows[0]
    assert row.family == "killed" and row.ratio == pytest.approx(35.0)
    assert {s.article for s in row.sides} == {"a1", "a2"}
    assert {"vorlany", "brask"} <= set(row.shared)
    d = row.to_dict()
    assert d["sides"][0]["span"]["text"] in ("deux", "plus de 70")
    assert d["sides"][0]["wording"]


def test_articles_outside_the_window_do_not_conflict() -> None:
    assert _across(_pair("2024-05-02", "2024-06-20"), window_days=7) == []
    assert len(_across(_pair("2024-05-02", "2024-06-20"), window_days=60)) == 1


def test_too_few_shared_names_do_not_conflict() -> None:
    assert _across(_pair(), min_shared=5) == []


def test_undated_articles_are_compared() -> None:
    assert len(_across(_pair(None, None))) == 1


def test_families_are_language_neutral() -> None:
    english = LanguageData(
        code="xx",
        name="test English",
        default_model="none",
        fast_model=None,
        install_hint="",
        stopwords=frozenset({"the", "in", "according", "to"}),
        quote_pairs={},
        units=type(FR.units)(families={"killed": "killed"}),
    )
    text = "Vorlany attack\n\nMore than 70 soldiers were killed in Vorlany, Brask's army says."
    en = analysis(
        "e1",
        text,
        [claim(text, "More than 70", 70, "more_than", "killed", "the army")],
        "2024-05-03",
        "xx",
    )
    fr = _pair()[0]
    refs = article_refs(fr, FR) + article_refs(en, english)
    rows = find_corpus_conflicts(refs, SearchOptions(min_shared=1))
    assert [(r.family, sorted(s.article for s in r.sides)) for r in rows] == [
        ("killed", ["a1", "e1"])
    ]


def test_search_is_bounded_per_claim() -> None:
    # 300 sources all saying different things about one event: with a cap
    # of 5 comparisons per statement, no more than 5 × 300 pairs are judged.
    refs = []
    for i in range(300):
        c = Claim("c1", None, float(i + 1), "exact", "mort", Span(0, 0, ""), f"Source {i}")
        facts = describe(c, None, FR)
        refs.append(ClaimRef(f"a{i}", facts, "", 700_000, frozenset({"vorlany", "brask"})))
    rows = find_corpus_conflicts(refs, SearchOptions(max_candidates=5, max_name_share=1.0))
    assert 0 < len(rows) <= 5 * 300
    unbounded = find_corpus_conflicts(
        refs, SearchOptions(max_candidates=10_000, max_name_share=1.0)
    )
    assert len(unbounded) == 300 * 299 // 2


def test_corpus_conflicts_within_and_across() -> None:
    rows, n_articles, n_claims = corpus_conflicts(_pair(), available_languages().get)
    assert (n_articles, n_claims) == (2, 2)
    assert [r.scope for r in rows] == ["across"]


def test_bad_search_options() -> None:
    from quidit.errors import UsageError

    with pytest.raises(UsageError):
        SearchOptions(window_days=-1)
    with pytest.raises(UsageError):
        SearchOptions(min_shared=0)


# -- the command ------------------------------------------------------------------


def test_conflicts_command_on_analysis_records(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from quidit.cli import app

    src = tmp_path / "analyses.jsonl"
    src.write_text("".join(json.dumps(a.to_dict(), ensure_ascii=False) + "\n" for a in _pair()))
    out = tmp_path / "conflicts.json"
    result = CliRunner().invoke(app, ["conflicts", str(src), "-o", str(out), "--quiet"])
    assert result.exit_code == 0, result.output
    payload = json.loads(out.read_text())
    assert payload["articles"] == 2 and payload["claims"] == 2
    [row] = payload["conflicts"]
    assert row["scope"] == "across" and row["ratio"] == 35.0
    assert {s["source"] for s in row["sides"]} == {"le colonel Brask", "l'état-major"}


def test_conflicts_command_rejects_a_bad_scope(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from quidit.cli import app

    src = tmp_path / "a.jsonl"
    src.write_text(json.dumps(_pair()[0].to_dict()) + "\n")
    result = CliRunner().invoke(app, ["conflicts", str(src), "--scope", "sideways"])
    assert result.exit_code != 0


def test_names_found_in_most_articles_do_not_make_an_event() -> None:
    refs = []
    for i in range(60):
        c = Claim("c1", None, float(10 * (i + 1)), "exact", "mort", Span(0, 0, ""), f"Source {i}")
        names = frozenset({"france", "paris", f"lieu{i}"})
        refs.append(ClaimRef(f"a{i}", describe(c, None, FR), "", 700_000, names))
    assert find_corpus_conflicts(refs, SearchOptions(min_shared=1)) == []
    assert find_corpus_conflicts(refs, SearchOptions(min_shared=1, max_name_share=1.0))


# -- scope across articles (issue 12) ---------------------------------------------

NATIONAL = (
    "Grève des dockers en Norvalie\n\n"
    "Selon le syndicat Fjord, 90 000 manifestants ont défilé dans toute la Norvalie mardi."
)
CITY = (
    "Grève des dockers : Brask défile\n\n"
    "Selon la police, 4 000 manifestants ont défilé à Brask mardi, en Norvalie."
)
CITY_OTHER = (
    "Grève des dockers : Brask défile\n\n"
    "Selon le syndicat Fjord, 12 000 manifestants ont défilé à Brask mardi, en Norvalie."
)


def _march(aid: str, text: str, span: str, value: float, source: str) -> Analysis:
    return analysis(aid, text, [claim(text, span, value, "exact", "manifestant", source)], None)


@pytest.mark.parametrize(
    ("second", "conflict"),
    [
        # a city's count never conflicts with the national count
        (_march("b", CITY, "4 000", 4000, "la police"), False),
        # the same city's count from another source does
        (_march("b", CITY_OTHER, "12 000", 12000, "le syndicat Fjord"), True),
    ],
)
def test_across_articles_the_scope_must_match(second: Analysis, conflict: bool) -> None:
    first = (
        _march("a", NATIONAL, "90 000", 90000, "le syndicat Fjord")
        if not conflict
        else _march("a", CITY, "4 000", 4000, "la police")
    )
    rows = _across([first, second], min_shared=1)
    assert bool(rows) == conflict
    for row in rows:
        assert row.why is not None and row.why.get("place") == "à Brask"
