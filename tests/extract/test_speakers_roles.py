"""Speakers on French copy: roles and the named persons the article ties
them to (guidelines §2: two mentions are one source only where the
article says so).

Every sentence here is invented (people, places, organisations, figures)."""

from __future__ import annotations

import pytest
from quote_rows import names

from quidit.service import Analyzer

COMPLEMENTS = [
    # A name in the « de » complement of a description is another person's:
    # the description is the lawyer's, tied to her by the apposition.
    (
        "L'avocate de Jean Roussel, Me Claire Vasseur, a plaidé l'acquittement. "
        "« Mon client est innocent », a déclaré l'avocate de Jean Roussel.",
        ["Claire Vasseur"],
    ),
    # With no named holder, the description stays its own source.
    (
        "Jean Roussel a été entendu lundi. « Mon client est innocent », a déclaré "
        "le frère de Jean Roussel.",
        ["le frère de Jean Roussel"],
    ),
    # Negative: the name itself as the mention, after a role, is the person.
    (
        "Jean Roussel a été entendu lundi. « Je suis innocent », a déclaré le "
        "boulanger Jean Roussel.",
        ["Jean Roussel"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), COMPLEMENTS)
def test_name_in_a_complement(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected


HOLDERS = [
    # One named holder: the bare role is that person.
    (
        "Le maire de Brévilly, Jean Dufresnoy, a dénoncé une décision « injuste ». "
        "« Nous ferons appel de ce jugement », a ajouté le maire.",
        ["Jean Dufresnoy", "Jean Dufresnoy"],
    ),
    (
        "Jean Dufresnoy, maire de Brévilly, a reçu les habitants. « Nous ferons appel "
        "de ce jugement », a ajouté le maire.",
        ["Jean Dufresnoy"],
    ),
    # Two named holders: the bare role names neither.
    (
        "Le procureur de Valmont, Luc Berthier, a ouvert une enquête. Le procureur de "
        "Sarlieu, Anne Pélissier, a ouvert une autre enquête. « Les faits sont graves », "
        "a déclaré le procureur.",
        ["le procureur"],
    ),
    # Two holders, the mention repeats one holder's complement: that one.
    (
        "Le procureur de Valmont, Luc Berthier, a ouvert une enquête. Le procureur de "
        "Sarlieu, Anne Pélissier, a ouvert une autre enquête. « Les faits sont graves », "
        "a déclaré le procureur de Sarlieu.",
        ["Anne Pélissier"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), HOLDERS)
def test_role_holders(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected


BYSTANDERS = [
    # A role never tied to a name, subject of a sentence with no attribution,
    # does not outrank the named person quoted before it.
    (
        "« Nous serons aux côtés des éleveurs », a déclaré Paul Verdan lundi. Le "
        "président de la République avait demandé des mesures rapides. « Les aides "
        "arriveront avant l'été », a-t-il assuré.",
        ["Paul Verdan", "Paul Verdan"],
    ),
    # Negative: no named person within reach, the role is the source.
    (
        "Le ministre répondait à une question sur la sécheresse. « Il ne faut pas "
        "céder à la panique », a-t-il dit.",
        ["Le ministre"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), BYSTANDERS)
def test_untied_role_is_no_topic(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected


TITLES = [
    # « Me » is a lawyer's title: the bare role is that person.
    (
        "Me Inès Carrel défend la famille de la victime. « Nous attendons la vérité », "
        "a déclaré l'avocate à la sortie de l'audience.",
        ["Inès Carrel"],
    ),
    # Negative: a qualified role is another office (« l'avocat général »).
    (
        "Me Inès Carrel défend la famille de la victime. « La peine doit être lourde », "
        "a estimé l'avocat général.",
        ["l'avocat général"],
    ),
    # Negative: two titled lawyers, the bare role names neither.
    (
        "Me Inès Carrel défend la famille. Me Hugo Ravanel défend l'accusé. « Le "
        "dossier est vide », a lancé l'avocat.",
        ["l'avocat"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), TITLES)
def test_title_gives_role(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected


HYPERNYMS = [
    # « l'élu », « l'édile »: the one named holder of an office they cover.
    (
        "Jean Dufresnoy, maire de Brévilly, a dénoncé une décision injuste. « Nous "
        "ferons appel », a indiqué l'élu.",
        ["Jean Dufresnoy"],
    ),
    (
        "Le maire de Brévilly, Jean Dufresnoy, a reçu les riverains. « Le pont sera "
        "rouvert en mai », a promis l'édile.",
        ["Jean Dufresnoy"],
    ),
    # Negative: two named elected holders, « l'élu » names neither.
    (
        "Jean Dufresnoy, maire de Brévilly, et Sophie Marchal, députée de la "
        "circonscription, ont visité le site. « Nous ferons appel », a indiqué l'élu.",
        ["l'élu"],
    ),
    # Negative: the named person holds no elective office.
    (
        "Jean Dufresnoy, directeur de l'usine, a reçu les riverains. « Nous ferons "
        "appel », a indiqué l'élu.",
        ["l'élu"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), HYPERNYMS)
def test_role_hypernyms(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected


TITLED_SUBJECTS = [
    # « Maître X » parsed with the title as head: the subject names X, and
    # the title's masculine says nothing of her gender.
    (
        "Maître Inès Carrel défend les parents de Louise Fabre. Ce jeudi, elle indique "
        "que ses clients sont « épuisés ».",
        ["Inès Carrel"],
    ),
    # Negative: a common noun « maître » names no one; the woman named is the referent.
    (
        "Le maître nageur a secouru Louise Fabre. Ce jeudi, elle indique que l'eau "
        "était « glacée ».",
        ["Louise Fabre"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), TITLED_SUBJECTS)
def test_titled_subject(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.slow
def test_untied_role_keeps_the_floor_from_an_unquoted_name(analyzer: Analyzer) -> None:
    # Negative of BYSTANDERS: the named person is no source (no attribution
    # voices him), the role subject is the pronoun's referent.
    text = (
        "Paul Verdan a visité une ferme lundi. Le ministre a reçu les syndicats "
        "mardi. « Les aides arriveront avant l'été », a-t-il assuré."
    )
    assert names(analyzer, text) == ["Le ministre"]
