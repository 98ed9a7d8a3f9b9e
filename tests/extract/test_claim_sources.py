"""Who a figure belongs to (guidelines §2 and §4): a count whose issuer the
text names has the issuer for source, however the parser hangs « par X »
(a time word between the participle and its agent); sentences written for
these tests."""

from __future__ import annotations

import pytest

from quidit.records import Analysis, Article

pytestmark = pytest.mark.slow


def sourced(analyzer, text: str) -> list[tuple[float, str | None]]:  # type: ignore[no-untyped-def]
    a: Analysis = analyzer.analyze(Article(id="t", text=text))
    return [(c.value, c.source) for c in a.claims]


ISSUER_CASES = [
    (
        "Selon un nouveau bilan donné mardi soir par le directeur de l'agence, 14 personnes "
        "ont été blessées.",
        [(14, "le directeur de l'agence")],
    ),
    (
        "D'après les comptes tenus par la fédération, 3 200 licenciés ont quitté les clubs.",
        [(3200, "la fédération")],
    ),
    (
        "Selon un décompte établi jeudi par l'observatoire, 45 civils ont péri.",
        [(45, "l'observatoire")],
    ),
    # negatives: a count with no issuer named is its own source; « de »
    # naming what the count is about names no issuer
    ("Selon le dernier bilan, 14 personnes ont été blessées.", [(14, "le dernier bilan")]),
    (
        "Selon le bilan de l'incendie, 14 personnes ont été blessées.",
        [(14, "le bilan de l'incendie")],
    ),
]


COUNT_AFTER_SOURCE_CASES = [
    # the parser hangs the count after the source's comma on the source
    (
        "D'après les relevés tenus par la fédération, près de 8.000 coureurs, dont 900 "
        "étrangers, ont pris le départ.",
        [(8000, "la fédération"), (900, "la fédération")],
    ),
    # negative: an apposition that describes the source counts nothing
    (
        "Selon le bilan publié par la préfecture, organe de l'État, 12 personnes ont été blessées.",
        [(12, "la préfecture")],
    ),
]


INCISE_CASES = [
    # an adverbial incise between the auxiliary and a verb of counting
    (
        "Le rectorat a de son côté décompté 40 écoles fermées dans le département.",
        [(40, "Le rectorat")],
    ),
    ("La gendarmerie a pour sa part recensé 12 accidents.", [(12, "La gendarmerie")]),
    # negative: the noun before the participle is its real subject
    # (« le maire décrit … »), and narration with no source counts nothing
    ("Le maire recense 30 commerces fermés.", [(30, "Le maire")]),
    ("La commune a de son côté reçu 40 réfugiés.", []),
]


COORDINATED_CLAUSE_CASES = [
    # a second clause with its own verb after « et »: the coordinator is no
    # part of its subject
    (
        "Les syndicats annoncent 9.000 grévistes, contre 7.000 la veille et la direction "
        "évoque 4.000 grévistes.",
        [(9000, "Les syndicats"), (4000, "la direction")],
    ),
    (
        "À Nantes, les syndicats annoncent 12.000 marcheurs, contre 9.000 le 3 mars et la "
        "préfecture de Loire-Atlantique évoque 5.000 marcheurs.",
        [(12000, "les syndicats"), (5000, "la préfecture de Loire-Atlantique")],
    ),
    # negative: two sources coordinated before one verb stay one group
    (
        "La mairie et la préfecture évoquent 4.000 marcheurs.",
        [(4000, "La mairie et la préfecture")],
    ),
]

MISREAD_SUBJECT_CASES = [
    # the subject hung on a fronted adjunct of time as its apposition
    (
        "Plus tard dans la nuit, Marc Roux, le porte-parole des pompiers, a fait état de "
        "17 blessés.",
        [(17, "Marc Roux")],
    ),
    # a subject tagged passive on a verb with no passive auxiliary
    (
        "Les organisateurs avaient, eux, comptabilisé 5.000 participants.",
        [(5000, "Les organisateurs")],
    ),
    # a name in marks inside the subject is no quote between it and the verb
    # (the mention keeps the noun; the name in marks is the mention
    # finder's to add)
    ("L'association «La Vigie» a compté 8.000 marcheurs.", [(8000, "L'association")]),
    ("L'association « La Vigie » a dénombré 8.000 marcheurs samedi.", [(8000, "L'association")]),
    # a member named in « parmi lesquels X » is no subject
    (
        "Les organisateurs du rassemblement, parmi lesquels la députée Anne Roux, ont évoqué "
        "9.000 personnes.",
        [(9000, "Les organisateurs du rassemblement")],
    ),
    # negatives: a passive with its auxiliary keeps its agent reading; a
    # coordinated place after the adjunct is no source
    ("Les 40 blessés ont été recensés par les pompiers.", []),
    ("À Lyon et à Nantes, 300 personnes ont été recensées.", []),
]

DEMONSTRATIVE_CASES = [
    # « celles de X »: the count or forecast of X is X's
    (
        "Ces estimations sont plus basses que celles de la préfecture, qui table sur 9.000 "
        "visiteurs.",
        [(9000, "la préfecture")],
    ),
    # negative: a source named in full is left alone
    ("La préfecture, qui table sur 9.000 visiteurs, reste prudente.", [(9000, "La préfecture")]),
]

FRONTED_CASES = [
    # a fronted « parmi » phrase the parser takes for the subject
    (
        "Parmi les 2.300 dossiers, l'association recense 410 expulsions.",
        [(410, "l'association")],
    ),
    # negative: narration after the fronted phrase is no one's count
    ("Parmi les 2.300 dossiers, 410 concernent des expulsions.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    ISSUER_CASES
    + COUNT_AFTER_SOURCE_CASES
    + INCISE_CASES
    + FRONTED_CASES
    + COORDINATED_CLAUSE_CASES
    + MISREAD_SUBJECT_CASES
    + DEMONSTRATIVE_CASES,
)
def test_claim_source(analyzer, text: str, expected: list) -> None:  # type: ignore[no-untyped-def,type-arg]
    assert sourced(analyzer, text) == expected
