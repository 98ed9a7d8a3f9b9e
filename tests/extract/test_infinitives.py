"""Infinitive content (guidelines §1: « X affirme avoir … »), and the
verbs of saying whose infinitive is aspect or plan, not content
(« continue à publier », « avaient prévu de défiler »), on sentences
written for these tests."""

from __future__ import annotations

import pytest

from quidit.records import Analysis, Article

pytestmark = pytest.mark.slow


def contents(analyzer, text: str) -> list[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    a: Analysis = analyzer.analyze(Article(id="t", text=text))
    return [(q.content.text, q.cue.text if q.cue else None) for q in a.quotes]


CASES = [
    # aspect and plan: no quote
    ("Les députés avaient prévu de voter dans la soirée.", []),
    ("La mairie continuera à publier les chiffres.", []),
    ("Les enquêteurs poursuivent leurs recherches et continuent d'interroger les voisins.", []),
    # the same verbs keep their que-clause, noun phrase and incise readings
    (
        "La banque prévoit que la croissance ralentira en 2025.",
        [("la croissance ralentira en 2025", "prévoit")],
    ),
    (
        "« Nous ne céderons pas », a poursuivi la ministre.",
        [("Nous ne céderons pas", "a poursuivi")],
    ),
    # a clause of its own coordinated after the infinitive is the writer's
    (
        "Les élus disent n’avoir été prévenus de rien, et c’est bien là le problème.",
        [("n’avoir été prévenus de rien", "disent")],
    ),
    (
        "Le suspect reconnaît avoir menti et il a présenté des excuses.",
        [("avoir menti", "reconnaît")],
    ),
    # negative: a second infinitive stays in the content
    (
        "Le club affirme avoir payé ses dettes et les avoir toutes soldées.",
        [("avoir payé ses dettes et les avoir toutes soldées", "affirme")],
    ),
    # a verb of saying with its infinitive still counts
    (
        "Le club affirme avoir remboursé toutes ses dettes.",
        [("avoir remboursé toutes ses dettes", "affirme")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_infinitive_content(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected


# A place or channel adjunct between the cue and its infinitive (« a affirmé
# à l'AFP avoir … »); an infinitive governed by a preposition stays out.
ADJUNCT_CASES = [
    (
        "Le maire de Vernac a affirmé à l'AFP être très inquiet pour le barrage.",
        [("être très inquiet pour le barrage", "a affirmé")],
    ),
    (
        "La présidente du club a assuré dans les colonnes du quotidien avoir tout "
        "tenté pour garder son attaquant.",
        [("avoir tout tenté pour garder son attaquant", "a assuré")],
    ),
    (
        "Le gardien a reconnu au micro de la radio régionale avoir commis une faute.",
        [("avoir commis une faute", "a reconnu")],
    ),
    (
        "La déléguée syndicale a dit sur Radio Brenne ne pas croire aux promesses du groupe.",
        [("ne pas croire aux promesses du groupe", "a dit")],
    ),
    # negatives: an order, a purpose, an interrogative, a plain noun phrase
    ("La mère a dit à son fils de rentrer avant la nuit.", []),
    ("La directrice a parlé aux élèves pour calmer la classe.", []),
    ("Le maire a expliqué aux habitants comment trier leurs déchets.", []),
    ("Le juge a demandé au témoin de répéter sa déclaration.", []),
]


@pytest.mark.parametrize(("text", "expected"), ADJUNCT_CASES)
def test_infinitive_after_adjunct(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected


# A bare « être » the parser hangs on the cue, with its predicate beside it:
# the content keeps the predicate, and stops at a comma.
DETACHED_CASES = [
    (
        "La directrice du lycée de Sorbiers dit être dans son droit.",
        [("être dans son droit", "dit")],
    ),
    (
        "Le capitaine reste sur ses positions et dit être dans son rôle.",
        [("être dans son rôle", "dit")],
    ),
    (
        "La trésorière dit être dans son droit, mais le conseil la désavoue.",
        [("être dans son droit", "dit")],
    ),
    (
        "Le maire de Brénac dit être très inquiet pour la rivière.",
        [("être très inquiet pour la rivière", "dit")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), DETACHED_CASES)
def test_detached_predicate(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert contents(analyzer, text) == expected
