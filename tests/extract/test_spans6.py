"""Span bounds, round 6: a wire agency's credit closing the paragraph, the
adverbs that belong to an attribution adjunct (« toujours selon X »), and
the speaker's own next act coordinated after a que-clause. Sentences
written for these tests."""

from __future__ import annotations

import pytest
import quote_rows

pytestmark = pytest.mark.slow


def rows(analyzer, text: str) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    return [(kind, content) for kind, content, _, _ in quote_rows.quotes(analyzer, text, "fr")]


CREDITS = [
    (
        "La ministre Odile Ferrand a assuré que le budget serait tenu (AFP).",
        [("indirect", "le budget serait tenu")],
    ),
    (
        "Le syndicat a affirmé que quarante postes seraient supprimés. (Belga)",
        [("indirect", "quarante postes seraient supprimés")],
    ),
    (
        "Selon la gendarmerie, trois personnes ont été interpellées (avec AFP).",
        [("indirect", "trois personnes ont été interpellées")],
    ),
    (
        "Le club a annoncé que son entraîneur restait en poste (ATS/AFP)",
        [("indirect", "son entraîneur restait en poste")],
    ),
    # kept: a place in brackets is part of what was said
    (
        "Le préfet a indiqué que le convoi se rendait à Valbrune (Morbihan).",
        [("indirect", "le convoi se rendait à Valbrune (Morbihan)")],
    ),
    # kept: a party's acronym is no agency
    (
        "Le candidat a promis que le Parti conservateur de Lormont (PC) gagnerait.",
        [("indirect", "le Parti conservateur de Lormont (PC) gagnerait")],
    ),
    # kept: a bracketed acronym that is no agency
    (
        "Le rapport affirme que les aides ont profité à la Fédération des éleveurs (FDE).",
        [("indirect", "les aides ont profité à la Fédération des éleveurs (FDE)")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CREDITS)
def test_wire_credit_is_no_content(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected


LEAD_ADVERBS = [
    (
        "Le bilan, toujours selon la préfecture, s'élève à six morts.",
        [("indirect", "Le bilan, toujours selon la préfecture, s'élève à six morts")],
    ),
    (
        "Le bilan s'élève à six morts, toujours selon la préfecture.",
        [("indirect", "Le bilan s'élève à six morts")],
    ),
    (
        "Deux hangars ont brûlé et, encore selon les pompiers, aucun blessé n'est à déplorer.",
        [
            (
                "indirect",
                "Deux hangars ont brûlé et, encore selon les pompiers, "
                "aucun blessé n'est à déplorer",
            )
        ],
    ),
    (
        "Le maire a indiqué que trois cents sacs seraient livrés, également selon la radio locale.",
        [
            ("indirect", "Le maire a indiqué que trois cents sacs seraient livrés"),
            ("indirect", "trois cents sacs seraient livrés"),
        ],
    ),
    # kept: at the sentence start, the adverb was never in the content
    (
        "La digue a tenu. Toujours selon le maire, l'eau a baissé vers minuit.",
        [("indirect", "l'eau a baissé vers minuit")],
    ),
    # kept: an adverb of the content itself, before a comma
    (
        "Les prix ont encore monté, selon l'institut.",
        [("indirect", "Les prix ont encore monté")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LEAD_ADVERBS)
def test_adjunct_adverbs_stay_out(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected


SHARED_ACT = [
    (
        "Le ministre a estimé que la réforme était nécessaire et a annoncé "
        "une nouvelle consultation en mai.",
        [("indirect", "la réforme était nécessaire")],
    ),
    (
        "La maire de Cordelac a jugé que le projet restait fragile, mais a promis "
        "un soutien de la commune.",
        [("indirect", "le projet restait fragile")],
    ),
    (
        "La présidente demande que le texte soit relu et rappelle que le vote aura lieu jeudi.",
        [("indirect", "le texte soit relu"), ("indirect", "le vote aura lieu jeudi")],
    ),
    # kept: the clause's own tense, the clause's subject
    (
        "Le procureur a indiqué que le suspect a menti et a caché l'arme dans un garage.",
        [("indirect", "le suspect a menti et a caché l'arme dans un garage")],
    ),
    (
        "Le syndicat a expliqué que les ouvriers étaient épuisés et avaient cessé le travail.",
        [("indirect", "les ouvriers étaient épuisés et avaient cessé le travail")],
    ),
    (
        "L'élu a rappelé que la route était fermée et a été réparée en juin.",
        [("indirect", "la route était fermée et a été réparée en juin")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_ACT)
def test_speaker_next_act_stays_out(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected


SHARED_ACT_SPEAKER = [
    # the next act is itself a report: it is the cue's subject's
    (
        "Le directeur a affirmé que l'usine avait été inspectée et a assuré "
        "que les normes seraient respectées.",
        ["Le directeur", "Le directeur"],
    ),
    (
        "La préfète a demandé que le pont soit fermé et a précisé que la déviation "
        "passerait par Morvillers.",
        ["La préfète", "La préfète"],
    ),
    # kept: in the clause's own tense, the clause's subject speaks
    (
        "Le procureur a indiqué que le témoin a menti et a affirmé que l'arme était cachée.",
        ["Le procureur", "le témoin"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARED_ACT_SPEAKER)
def test_speaker_next_report_has_the_cue_subject(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert quote_rows.names(analyzer, text) == expected


RELATIVE_CUE = [
    (
        "La mairie, qui a seulement confirmé qu'un incendie avait eu lieu rue Dorval, "
        "a déclaré jeudi qu'aucun habitant n'avait été blessé.",
        [
            ("indirect", "un incendie avait eu lieu rue Dorval"),
            ("indirect", "aucun habitant n'avait été blessé"),
        ],
    ),
    (
        "Le collectif, qui estime que la ligne est menacée, a écrit au préfet de Varennes.",
        [("indirect", "la ligne est menacée")],
    ),
    # kept: a relative clause on an object closes the sentence
    (
        "Les élus ont reçu le directeur, qui a assuré que la ligne serait maintenue jusqu'en mai.",
        [("indirect", "la ligne serait maintenue jusqu'en mai")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVE_CUE)
def test_relative_cue_content_ends_with_its_clause(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected
