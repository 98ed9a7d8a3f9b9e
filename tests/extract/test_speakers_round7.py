"""Speakers on French copy, seventh round: Belgian titles and staff
representatives as roles, a quotation mark after « selon X , », documents
that come « from » their issuer, acts of speech standing for their author,
and a speaker named on a line of its own above the quotation.

Every sentence here is invented (people, places, organisations, figures)."""

from __future__ import annotations

import pytest
from quote_rows import names

from quidit.service import Analyzer

pytestmark = pytest.mark.slow


BELGIAN_ROLES = [
    # « bourgmestre », « échevin »: a Belgian town's mayor and aldermen; the
    # bare role takes up the named holder.
    (
        "La commune portera plainte, annonce Marc Delvaux, le bourgmestre de Valbrune, "
        "qui s'est exprimé lundi. « Nous ne laisserons rien passer », a expliqué le "
        "bourgmestre.",
        ["Marc Delvaux", "Marc Delvaux"],
    ),
    (
        "Le bourgmestre de Valbrune, Marc Delvaux salue la réaction des secours. "
        "« Ils ont été rapides », indique le bourgmestre.",
        ["Marc Delvaux"],
    ),
    (
        "L'échevine des Travaux, Inès Marchal, a reçu les riverains lundi. "
        "« Le chantier sera fini en mai », assure l'échevine.",
        ["Inès Marchal"],
    ),
    # Negative: an indefinite alderman is someone new.
    (
        "Marc Delvaux, bourgmestre de Valbrune, a reçu les familles. "
        "« Nous ferons tout », a promis un échevin.",
        ["un échevin"],
    ),
]


REPRESENTATIVES = [
    # A staff delegate is the staff's representative.
    (
        "À Florac, Lucie Mervent, déléguée syndicale CGT, refuse de céder. "
        "« La direction ne répond plus », précise la représentante des salariés.",
        ["Lucie Mervent"],
    ),
    (
        "À Florac, Lucie Mervent, délégué syndical CGT, refuse de céder. "
        "« La direction ne répond plus », précise la représentante du personnel.",
        ["Lucie Mervent"],
    ),
    # Negative: no delegate named, the representative is her own source.
    (
        "Le président Jean Roux a été réélu. « Nous continuerons », précise la "
        "représentante des salariés.",
        ["la représentante des salariés"],
    ),
]


MARK_AFTER_SOURCE = [
    # A straight mark after « selon X, » opens the content: no part of X.
    (
        'Selon cette source policière, "depuis le départ de Paul Roux (PR), le service se délite".',
        ["cette source policière"],
    ),
    # Negative: a title in marks inside the source stays with it.
    (
        'Selon le journal "Le Matin", la route restera fermée jusqu\'à lundi.',
        ["Le Matin"],
    ),
]


DOCUMENT_ORIGIN = [
    # « émanant de », « reçu de », « signé de »: the document's issuer.
    (
        "« La route restera fermée », indique un communiqué émanant de la préfecture de l'Olde.",
        ["la préfecture de l'Olde"],
    ),
    (
        "« Nous avons reçu des menaces », indique un communiqué reçu de la mairie de Florac.",
        ["la mairie de Florac"],
    ),
    (
        "« La route restera fermée », indique un communiqué signé du directeur du port, "
        "Marc Ollier.",
        ["Marc Ollier"],
    ),
    # Negative: « reçu par » names who received it, not who wrote it.
    (
        "« Nous avons reçu des menaces », indique un communiqué reçu par la rédaction.",
        ["un communiqué"],
    ),
]


SPEECH_ACTS = [
    # « le recadrage de X », « les propos de X »: the act's author speaks.
    (
        "« Ce n'est pas la première fois » : le recadrage de Julien Mercadier laisse "
        "le gouvernement perplexe",
        ["Julien Mercadier"],
    ),
    (
        "« Il faut revoir la copie » : les propos de la ministre Claire Vallet agacent la majorité",
        ["Claire Vallet"],
    ),
    # Negative: a body's department is no act of speech.
    (
        "« Nous ne céderons pas » : la direction de la SNCF maintient son plan",
        ["la direction de la SNCF"],
    ),
]


LABEL_LINES = [
    # « Name, role : » on a line of its own, the quotation below it.
    (
        "Réactions au Sénat après le vote.\n"
        "Paul Roux, député de l'Olde :\n"
        "« Le texte est mauvais. »\n"
        "Anne Vidal, sénatrice de la Marne :\n"
        "« Nous voterons contre. »",
        ["Paul Roux", "Anne Vidal"],
    ),
    (
        "Le vote a divisé l'hémicycle.\n"
        "Anne Vidal, sénatrice de la Marne :\n"
        "« Nous voterons contre. »\n"
        "Bastien Morel, sénateur (LR) de l'Olde :\n"
        "« Nous voterons pour. »",
        ["Anne Vidal", "Bastien Morel"],
    ),
    # Negative: a heading before the colon is no name.
    (
        "Réactions au vote de mardi :\n« C'est un jour sombre. »",
        [None],
    ),
]


HYPERNYM_GENDER = [
    # « l'élue »: the noun's own form tells the gender the elided article
    # hides; a holder whose first name says the other is not taken up.
    (
        "La maire de Florac, Anne Pastre, a visité le site. « Tout sera reconstruit », "
        "a promis l'élue.",
        ["Anne Pastre"],
    ),
    (
        "Le maire de Florac, Jean Pastre, a visité le site. « Tout sera reconstruit », "
        "a promis l'élu.",
        ["Jean Pastre"],
    ),
    # Negative: the feminine noun does not take up the man.
    (
        "Le maire de Florac, Jean Pastre, a visité le site. « Tout sera reconstruit », "
        "a promis l'élue.",
        ["l'élue"],
    ),
]


TITLED_ROLE_OF_BODY = [
    # « le président de la FFF »: a role that is also a title names a
    # person of the body, not the body its acronym names.
    (
        "La Fédération nationale de rugby (FNR) a publié un communiqué. "
        "« Nous sommes déçus », a déclaré le président de la FNR.",
        ["le président de la FNR"],
    ),
    (
        "Le Service de police de Valbrune (SPV) a fait le point. Le commandant Marc Ollier "
        "soutient que les agents sont intervenus. Enfin, le commandant du SPV explique que "
        "les manifestants ont été dispersés.",
        ["Marc Ollier", "Marc Ollier"],
    ),
    # Negative: the acronym alone is the body.
    (
        "La Fédération nationale de rugby (FNR) a publié un communiqué. "
        "« Nous sommes déçus », a déclaré la FNR.",
        ["La Fédération nationale de rugby"],
    ),
]


NEXT_SENTENCE_ROLE = [
    # The role that takes up the person named just before stands in the
    # sentence after the opening mark the parser cuts off on its own.
    (
        "Le discours de Julien Mercadier a surpris. « Je n'ai pas besoin d'un "
        "ventriloque », a déclaré le président.",
        ["Julien Mercadier"],
    ),
    (
        "Julien Mercadier a réuni ses ministres.\n« Je n'ai pas besoin d'un "
        "ventriloque », a déclaré le président.",
        ["Julien Mercadier"],
    ),
    # Negative: two persons named before, the bare role names neither.
    (
        "Julien Mercadier a reçu Paul Roux. « Rien n'est prêt », a déclaré le président.",
        ["le président"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    BELGIAN_ROLES
    + REPRESENTATIVES
    + MARK_AFTER_SOURCE
    + DOCUMENT_ORIGIN
    + SPEECH_ACTS
    + LABEL_LINES
    + NEXT_SENTENCE_ROLE
    + HYPERNYM_GENDER
    + TITLED_ROLE_OF_BODY,
)
def test_speakers_round7(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected
