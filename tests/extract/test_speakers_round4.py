"""Speakers on French copy, fourth round: acronyms in brackets, « la même
source », class nouns of bodies after a demonstrative or an article, and
documents taken up after their issuer was named.

Every sentence here is invented (people, places, organisations, figures)."""

from __future__ import annotations

import pytest
from quote_rows import names

from quidit.service import Analyzer

pytestmark = pytest.mark.slow


ACRONYMS = [
    # The name before the bracket is the body's canonical name, though no
    # quote gives it a voice there.
    (
        "L'Institut national de la veille sanitaire (INVS) a publié ses chiffres mardi. "
        "« La hausse est nette », a indiqué l'INVS.",
        ["L'Institut national de la veille sanitaire"],
    ),
    # Words left out of the initials (« de », « et », « des ») still leave
    # the acronym built on the name.
    (
        "L'Office régional des eaux et forêts (OREF) a relevé le niveau. "
        "« Le niveau reste bas », selon l'OREF.",
        ["L'Office régional des eaux et forêts"],
    ),
    # Two quotes, the expansion then the acronym: one source.
    (
        "« Les stocks baissent », a déclaré l'Agence nationale des semences (ANS). "
        "« Il faudra importer », a ajouté l'ANS.",
        ["l'Agence nationale des semences", "l'Agence nationale des semences"],
    ),
    # Negative: a party in brackets after a person's name abbreviates no
    # name of the article.
    (
        "Le maire Jean Roy (PS) a réagi mardi. « Nous sommes prêts », a dit le PS.",
        ["le PS"],
    ),
]


SAME_SOURCE = [
    # The source last given a voice.
    (
        "La préfecture de Valmont a annoncé douze blessés. « Trois sont dans un état "
        "grave », a ajouté la même source.",
        ["La préfecture de Valmont", "La préfecture de Valmont"],
    ),
    # The last phrase built on « source », though no verb gave it a voice.
    (
        "Une source proche de l'enquête a confirmé l'arrestation. Le suspect a été "
        "entendu mardi. « Il a reconnu les faits », selon cette source.",
        ["Une source proche de l'enquête"],
    ),
    # « une autre source » is a new source, and the formula after it takes
    # it up.
    (
        "« Le dossier est vide », indique une source judiciaire. Confirmation auprès "
        "d'une autre source, au tribunal de Valmont. « Rien ne tient », selon cette source.",
        ["une source judiciaire", "une autre source"],
    ),
    # « on » with the formula after it: the source before, not the person
    # the sentence between sets up.
    (
        "« Le pont est fermé », a annoncé la mairie de Valmont. Le maire Paul Roy est "
        "arrivé. « Il rouvrira lundi », indique-t-on de même source.",
        ["la mairie de Valmont", "la mairie de Valmont"],
    ),
    # Negative: « une source » with no formula pointing back is a new source.
    (
        "Le parquet de Sarlieu a ouvert une enquête, a-t-il déclaré. « Aucune piste n'est "
        "écartée », selon une source judiciaire.",
        ["Le parquet de Sarlieu", "une source judiciaire"],
    ),
]


CLASS_NOUNS = [
    # A demonstrative takes up the body of that kind named before.
    (
        "L'ONG Terre Claire a dénoncé la situation. « Les familles manquent de tout », "
        "affirme cette ONG.",
        ["L'ONG Terre Claire"],
    ),
    (
        "Le syndicat Force Rurale a appelé à la grève. « Nous ne céderons pas », "
        "prévient ce syndicat.",
        ["Le syndicat Force Rurale"],
    ),
    # A definite article, where the article named one body of that kind.
    (
        "Le ministère de l'Agriculture a réagi jeudi. « Les aides arriveront en mai », "
        "assure le ministère.",
        ["Le ministère de l'Agriculture"],
    ),
    # Negative: two ministries named; « le ministère » names neither.
    (
        "Le ministère de l'Agriculture et le ministère des Finances se sont réunis. "
        "« Les aides arriveront en mai », assure le ministère.",
        ["le ministère"],
    ),
    # Negative: no body of that kind named before.
    (
        "Les pluies ont cessé jeudi. « Les aides arriveront en mai », assure le ministère.",
        ["le ministère"],
    ),
]


DOCUMENTS = [
    # The issuer is the subject of the verb that brought the document in.
    (
        "La société Vernal a publié un communiqué lundi. Le communiqué précise que "
        "« trois cents emplois seront supprimés ».",
        ["La société Vernal"],
    ),
    # « le texte » takes up the document, whatever its noun.
    (
        "La mairie de Valmont a diffusé un communiqué. « Les écoles resteront fermées », "
        "indique le texte.",
        ["La mairie de Valmont"],
    ),
    # The issuer in a « de » complement of the document.
    (
        "Un communiqué de la préfecture de l'Olde a été diffusé mardi. « Les routes "
        "restent coupées », souligne le communiqué.",
        ["la préfecture de l'Olde"],
    ),
    # « du » holds the article: the ministry is the issuer, whatever the
    # quote before named it by.
    (
        "La hausse est nette, indique un communiqué du ministère de l'Eau. « Les nappes "
        "baissent », souligne le communiqué.",
        ["ministère de l'Eau", "ministère de l'Eau"],
    ),
    # Complements coordinated inside a body's name are no group of sources:
    # the quote's shorter mention and the issuer are one body.
    (
        "Le ministère de l'Eau et de la Forêt a publié un communiqué. « Les nappes "
        "baissent », a déclaré le ministère de l'Eau. Le communiqué ajoute que « la "
        "sécheresse durera ».",
        ["Le ministère de l'Eau et de la Forêt", "Le ministère de l'Eau et de la Forêt"],
    ),
    # Negative: « un communiqué de presse » names no issuer.
    (
        "Un communiqué de presse a été diffusé mardi. « Les routes restent coupées », "
        "souligne le communiqué.",
        ["le communiqué"],
    ),
    # Negative: no issuer named, the document is its own source.
    (
        "Un communiqué a été publié lundi. « Trois cents emplois seront supprimés », "
        "précise le communiqué.",
        ["le communiqué"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ACRONYMS)
def test_acronym_in_brackets_names_its_expansion(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.parametrize(("text", "expected"), SAME_SOURCE)
def test_same_source_points_back(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.parametrize(("text", "expected"), CLASS_NOUNS)
def test_class_noun_takes_up_the_body_of_its_kind(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.parametrize(("text", "expected"), DOCUMENTS)
def test_document_taken_up_is_its_issuer(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert names(analyzer, text) == expected


BODY_BY_ACRONYM = [
    # A union named by its acronym alone, then taken up by the bare noun (the
    # name is the recogniser's span, without its article).
    (
        "La FNTV a appelé à la grève lundi. « Nous irons jusqu'au bout », prévient le syndicat.",
        ["FNTV"],
    ),
    (
        "L'UNPA a rejeté l'accord. « Ce texte ne passera pas », déclare la centrale.",
        ["UNPA"],
    ),
    # A demonstrative, after a party named by its name alone.
    (
        "Le MRV a quitté la coalition. « La rupture est consommée », affirme ce parti.",
        ["MRV"],
    ),
    # Negative: a ministry goes by its noun; an agency named before is no ministry.
    (
        "L'Agence Delta a publié un rapport. « Les aides arriveront en mai », assure le ministère.",
        ["le ministère"],
    ),
    # Negative: a class noun with a complement is a body of its own.
    (
        "La FNTV a appelé à la grève lundi. « Nous serons là », prévient le collectif "
        "des riverains.",
        ["le collectif des riverains"],
    ),
    # Negative: a body named with the class noun before is the one taken up,
    # not the last body named.
    (
        "Le syndicat Force Rurale a appelé à la grève, comme la FNTV. « Nous ne céderons "
        "pas », prévient le syndicat.",
        ["Le syndicat Force Rurale"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_BY_ACRONYM)
def test_class_noun_takes_up_a_body_named_alone(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert names(analyzer, text) == expected


HEAD_OF_STATE = [
    # « le chef de l'État X » is a president: « le président » takes X up.
    (
        "Le chef de l'État valdorien Paul Nardin a reçu Jean Klay. « Nos deux pays doivent "
        "avancer ensemble », a déclaré le président valdorien.",
        ["Paul Nardin"],
    ),
    (
        "« Le pays tiendra », a lancé le chef de l'État, Paul Nardin. « Nous tiendrons "
        "ensemble », a ajouté le président.",
        ["Paul Nardin", "Paul Nardin"],
    ),
    # The nationality after the set phrase tells two heads of state apart.
    (
        "Le chef de l'État valdorien Paul Nardin a reçu son homologue, le président "
        "morvanais Jean Klay. « Nos deux pays doivent avancer ensemble », a déclaré le "
        "président valdorien.",
        ["Paul Nardin"],
    ),
    (
        "Le président valdorien Paul Nardin a reçu son homologue, le chef de l'État "
        "morvanais Jean Klay. « Nos deux pays doivent avancer ensemble », a déclaré le "
        "chef de l'État valdorien.",
        ["Paul Nardin"],
    ),
    # Negative: another head of state by his nationality is someone else.
    (
        "Le chef de l'État valdorien Paul Nardin a reçu Jean Klay. « Nos deux pays doivent "
        "avancer ensemble », a déclaré le président morvanais.",
        ["le président morvanais"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEAD_OF_STATE)
def test_head_of_state_is_the_president(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert names(analyzer, text) == expected
