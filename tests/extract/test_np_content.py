"""Noun-phrase content after a verb that reports a fact or a figure
(extract/np_content.py): a date between the cue and the phrase is no part
of the content; sentences written for these tests."""

from __future__ import annotations

import pytest

from quidit.records import Analysis, Article

pytestmark = pytest.mark.slow


def contents(analyzer, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    a: Analysis = analyzer.analyze(Article(id="t", text=text))
    return [q.content.text for q in a.quotes]


CASES = [
    ("L'armée a annoncé le 3 mars 2024 la mort de 12 combattants.", ["la mort de 12 combattants"]),
    ("La préfecture a recensé le 14 juillet 2 000 spectateurs.", ["2 000 spectateurs"]),
    (
        "La ministre a évoqué mercredi 1er avril une hausse de 3 % des loyers.",
        ["une hausse de 3 % des loyers"],
    ),
    # negative: a plain count with no date is unchanged
    ("Le syndicat a dénombré 4 200 grévistes.", ["4 200 grévistes"]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_date_before_phrase(analyzer, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected


EVALUATION_CASES = [
    (
        "Le collectif a chiffré à un million le nombre de marcheurs.",
        ["un million le nombre de marcheurs"],
    ),
    ("La mairie a évalué à 2 millions le coût des travaux.", ["2 millions le coût des travaux"]),
    (
        "L'office estime à près de 3 000 le nombre de sinistrés.",
        ["près de 3 000 le nombre de sinistrés"],
    ),
    (
        "L'agence avait évalué à plus d'un million le nombre de réfugiés.",
        ["plus d'un million le nombre de réfugiés"],
    ),
    # a gapped clause with its own source is no part of the phrase: its
    # figure is a quote of its own (guidelines §1, elliptical figures)
    (
        "Le maire évaluait à 900 le nombre de marcheurs et les syndicats à 3 000.",
        ["900 le nombre de marcheurs", "3 000"],
    ),
    # negatives: « à » with no figure, a verb that is no evaluating verb
    ("Le juge estime à juste titre que la règle est claire.", ["la règle est claire"]),
    ("La maire a invité à 18 heures les habitants du quartier.", []),
]


@pytest.mark.parametrize(("text", "expected"), EVALUATION_CASES)
def test_figure_after_a_with_verbs_of_evaluating(analyzer, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected


CLOCK_AND_COLON_CASES = [
    # the hour a count was given stands between the verb and its figure
    (
        "Le rectorat a fait état à 11h30 de 640 élèves absents.",
        ["640 élèves absents"],
    ),
    ("La gendarmerie a dénombré vers 9h 300 tracteurs.", ["300 tracteurs"]),
    # a colon before the figures a verb of reporting gives
    (
        "Le soir même, la protection civile annonçait : 14 morts et 60 blessés.",
        ["14 morts et 60 blessés"],
    ),
    # negatives: « à » before no clock time, a quoted passage after the
    # colon (a direct quote), a verb of no report
    ("La mairie a chiffré à 40 000 euros la réparation.", ["40 000 euros la réparation"]),
    ("Le maire a annoncé : « Nous rouvrirons l'école lundi ».", ["Nous rouvrirons l'école lundi"]),
    ("La maire a invité vers 18h les 200 habitants du quartier.", []),
]


@pytest.mark.parametrize(("text", "expected"), CLOCK_AND_COLON_CASES)
def test_clock_time_and_colon_before_the_figure(analyzer, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected


REPORT_COLON_CASES = [
    (
        "Le collectif avance un total bien plus lourd : 85 morts.",
        ["un total bien plus lourd : 85 morts"],
    ),
    # negatives: no figure after the colon; a noun that reports no count
    ("Le collectif avance un chiffre bien plus lourd : le double.", ["un chiffre bien plus lourd"]),
    ("Le collectif avance un argument : 85 pages de preuves.", ["un argument"]),
]


@pytest.mark.parametrize(("text", "expected"), REPORT_COLON_CASES)
def test_figure_after_a_colon_following_a_noun_of_counting(
    analyzer, text: str, expected: list[str]
) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected


MARKED_OBJECT_CASES = [
    # a quoted fragment in the object of « parler de » keeps the object
    (
        "La direction parle d'une participation « en recul » avec 1.200 grévistes.",
        ["une participation « en recul » avec 1.200 grévistes"],
    ),
    # negative: a circumstance before a quoted fragment stays out
    ("Le maire a dénoncé dans un communiqué une « faute grave ».", []),
]


@pytest.mark.parametrize(("text", "expected"), MARKED_OBJECT_CASES)
def test_marked_object_of_parler_de(analyzer, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected


APPROXIMATE_CASES = [
    # an approximate noun after « un(e) » is a figure
    ("Les pompiers évoquent une quinzaine de blessés.", ["une quinzaine de blessés"]),
    (
        "Ce relevé, qui parle d'une centaine de sinistrés, reste provisoire.",
        ["une centaine de sinistrés"],
    ),
    # negative: « des dizaines » is vague, no figure
    ("Les pompiers évoquent des dizaines de blessés.", []),
]


@pytest.mark.parametrize(("text", "expected"), APPROXIMATE_CASES)
def test_approximate_noun_is_a_figure(analyzer, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected


COORDINATED_FIGURE_CASES = [
    # a second figure after « et de », wherever the parser hangs it
    (
        "Ces chiffres sont plus bas que ceux de la banque, qui table sur une inflation de 2% "
        "en 2026 et de 1,8% en 2027.",
        ["une inflation de 2% en 2026 et de 1,8% en 2027"],
    ),
    # negative: no coordinated figure, the phrase is unchanged
    ("La banque table sur une inflation de 2% en 2026.", ["une inflation de 2% en 2026"]),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_FIGURE_CASES)
def test_coordinated_second_figure(analyzer, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected
