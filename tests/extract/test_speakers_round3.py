"""Speakers on French copy, third round: lead-in clauses whose subject is a
pronoun or a person noun, pronouns no subject takes up, names a
preposition governs.

Every sentence here is invented (people, places, organisations, figures)."""

from __future__ import annotations

import pytest
from quote_rows import names

from quidit.service import Analyzer

LEAD_IN = [
    # A pronoun subject whose referent two sentences back no other voice
    # competes with.
    (
        "A la barre mardi, la prévenue a répété ses déclarations. Lors de l'accident, "
        "elle n'avait rien vu venir : « Tout est allé très vite. »",
        ["la prévenue"],
    ),
    # A kin noun whose « de » complement is a name: she speaks, not him
    # (« sœur » is a title too, and must not leave « Paul Morel » alone).
    (
        "« Nous irons jusqu'au bout », a déclaré Paul Morel. La sœur de Paul Morel "
        "s'est levée : « Je lui ai pardonné. »",
        ["Paul Morel", "La sœur de Paul Morel"],
    ),
    # The lead-in's subject is a pronoun: its referent sets up the words.
    (
        "Hélène Garnier a longuement parlé lors de l'audience. Elle a présenté ses "
        "excuses à la famille : « Je regrette profondément ce qui s'est passé. »",
        ["Hélène Garnier"],
    ),
    # A person noun (kinship, a party to a trial) as the lead-in's subject.
    (
        "Le procès s'est ouvert mardi à Valmont. La mère de la victime s'est avancée "
        "à la barre : « Je veux seulement connaître la vérité. »",
        ["La mère de la victime"],
    ),
    # A name in the « de » complement of a noun is not the voice: the named
    # holder of the role is.
    (
        "Une démarche menée avec Claire Dumas, l'ancienne avocate de Marc Olivier : "
        "« Nous avons tout tenté pour le convaincre. »",
        ["Claire Dumas"],
    ),
    # Negative: a name after « chez » still sets up the words.
    (
        "Même réaction chez Louis Ferrand, éleveur à Sarlieu : « On nous a oubliés. »",
        ["Louis Ferrand"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), LEAD_IN)
def test_lead_in_subject(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected


FALLBACK = [
    # No subject takes « elle » up: the last person named before it that
    # agrees, whatever its part in the clause.
    (
        "La colère pèse sur la mère de Léa depuis des mois. « Personne ne nous a "
        "jamais prévenus », confie-t-elle.",
        ["la mère de Léa"],
    ),
    # A body named as a plural subject takes « ils ».
    (
        "Les services de l'État dénoncent des violences. « Des agents ont été "
        "blessés pendant l'évacuation », écrivent-ils.",
        ["Les services de l'État"],
    ),
    # Negative: a subject that agrees is still preferred to a later person
    # in another part of the clause.
    (
        "Le maire Paul Besson a longuement répondu à la voisine. « Nous réparerons "
        "la route avant l'hiver », a-t-il assuré.",
        ["Paul Besson"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), FALLBACK)
def test_pronoun_fallback(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected


GOVERNED = [
    (
        "Lors d'une conférence de presse, le procureur de la République de Valmont a "
        "rappelé que l'enquête se poursuivait. Il a ensuite confirmé que « deux armes » "
        "avaient été saisies.",
        ["le procureur de la République de Valmont"] * 2,
    ),
    # « de la République de Valmont »: the place is the role's complement,
    # not a person holding it.
    (
        "Le procureur de la République de Valmont a rappelé que l'enquête se "
        "poursuivait. « Nous ne négligeons aucune piste », a-t-il ajouté.",
        ["Le procureur de la République de Valmont"] * 2,
    ),
    # Negative: a name in apposition to the role still holds it.
    (
        "Le préfet de l'Olde, Bertrand Ozanne, a visité le chantier. « Les travaux "
        "reprendront lundi », a déclaré le préfet.",
        ["Bertrand Ozanne"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), GOVERNED)
def test_governed_name_holds_no_role(
    analyzer: Analyzer, text: str, expected: list[str | None]
) -> None:
    assert names(analyzer, text) == expected


RELATIVES = [
    # The parse hangs « qui rappellent » on the verb of the incise: the
    # relative pronoun's antecedent is the noun phrase right before it.
    (
        "« Aucun loup n'a été observé cette année », déplorent les associations, qui "
        "rappellent que 120 loups avaient été recensés en 1990.",
        ["les associations", "les associations"],
    ),
    # « les propos de X qui accuse … »: words do not accuse, the person named
    # right before the pronoun does; a later « elle » is still the main
    # clause's subject.
    (
        "La ministre Anne Loriot a répondu mercredi aux propos de Jeanne Roy qui "
        "accuse le gouvernement de « mentir ». « Nous ne mentons pas », a-t-elle déclaré.",
        ["Jeanne Roy", "Anne Loriot"],
    ),
    # Negative: an antecedent that names a person keeps the clause (« le fils
    # de X, qui … » is the son).
    (
        "Le fils de Jean Dupont, qui a déclaré que la maison était vide, a été entendu.",
        ["Le fils de Jean Dupont"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), RELATIVES)
def test_relative_antecedent(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected


APPOSITION_WINDOW = [
    # The role after a second name is that name's, not the first one's.
    (
        "Après le président de la République Paul Verlaine, Jeanne Aubrac, ministre de "
        "la Santé, a réagi lundi. La ministre de la Santé réaffirme « tout son soutien » "
        "aux soignants.",
        ["Jeanne Aubrac"],
    ),
    # Negative: a role right after the name is still that name's.
    (
        "Jeanne Aubrac, ministre de la Santé, a visité l'hôpital. « Nous tiendrons », a "
        "déclaré la ministre.",
        ["Jeanne Aubrac"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), APPOSITION_WINDOW)
def test_role_after_another_name(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected


FIRST_NAMES = [
    # A first name alone takes up the one person who bears it.
    (
        "Angèle Morin, retraitée, a vu la scène. « J'ai eu très peur », confie-t-elle. "
        "« C'est ici qu'il est tombé », montre Angèle.",
        ["Angèle Morin", "Angèle Morin"],
    ),
    # Negative: two persons share the first name; the mention names neither.
    (
        "Angèle Morin et Angèle Vidal habitent la rue. « J'ai eu très peur », a raconté Angèle.",
        ["Angèle"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), FIRST_NAMES)
def test_first_name_alone(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected


HYPERNYMS = [
    # « l'institution » takes up the body named before it.
    (
        "La Caisse régionale d'Olde a publié un communiqué dimanche. L'institution y "
        "qualifie l'incident de « regrettable ».",
        ["Caisse régionale d'Olde"],
    ),
    # « le média local » takes up the medium a quote gave a voice (named by
    # its title since round 6: the type noun is a description).
    (
        "Selon le quotidien Le Phare de Valmont, l'usine fermera en mars. Toujours selon "
        "le média local, quarante emplois sont menacés.",
        ["Le Phare de Valmont", "Le Phare de Valmont"],
    ),
    # « la société », « la compagnie » take up the one company named.
    (
        "La compagnie aérienne Air Valmont a annoncé jeudi qu'elle supprimerait 300 "
        "postes. « Nous reclasserons chaque salarié », a ajouté la société.",
        ["Air Valmont", "Air Valmont"],
    ),
    (
        "Air Valmont a annoncé jeudi qu'elle supprimerait 300 postes. « Nous "
        "reclasserons chaque salarié », a ajouté la compagnie.",
        ["Air Valmont", "Air Valmont"],
    ),
    # Negative: a description that holds a name of its own names itself.
    (
        "Air Valmont a annoncé jeudi qu'elle supprimerait 300 postes. « Nous "
        "reclasserons chaque salarié », a ajouté la société de Jean Roy.",
        ["Air Valmont", "la société de Jean Roy"],
    ),
    # Negative: a medium noun never takes up a body the recogniser found
    # but no quote voiced.
    (
        "Le Parquet national a ouvert une enquête. Le journal affirme que « trois "
        "élus » sont visés.",
        ["Le journal"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), HYPERNYMS)
def test_class_noun_takes_up_a_body(
    analyzer: Analyzer, text: str, expected: list[str | None]
) -> None:
    assert names(analyzer, text) == expected


PERIPHRASES = [
    # « le chef de l'État » is the president the article named.
    (
        "Le président valmontais, Paul Verlaine, a reçu les maires. « Je vous ai "
        "entendus », a déclaré le chef de l'État.",
        ["Paul Verlaine"],
    ),
    # « le responsable » takes up the one named holder of a post of command.
    (
        "« Nous assumons cette erreur », a déclaré le commandant Hervé Delorme. « Une "
        "sanction suivra », a précisé le responsable.",
        ["Hervé Delorme", "Hervé Delorme"],
    ),
    # Negative: with no named president, the phrase is its own source.
    (
        "Les maires ont été reçus lundi. « Je vous ai entendus », a déclaré le chef de l'État.",
        ["le chef de l'État"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), PERIPHRASES)
def test_role_by_other_words(analyzer: Analyzer, text: str, expected: list[str | None]) -> None:
    assert names(analyzer, text) == expected


EXPLETIVE = [
    # « Il précise que … » parsed with « il » as an expletive: a verb of
    # saying in the active voice is personal, its « il » the body before.
    (
        "Le ministère de la Culture a publié un communiqué lundi. Il précise que le "
        "musée rouvrira en mai et considère qu'il s'agit d'une bonne nouvelle.",
        ["Le ministère de la Culture", "Le ministère de la Culture"],
    ),
    # The rule reads clitics only: « le texte » after « selon » is no « il »;
    # it takes up the communiqué, whose named issuer is the source
    # (guidelines §2, document-issuer rule; extract/descriptions.py).
    (
        "Le ministère de la Culture a publié un communiqué lundi. Selon le texte, le "
        "musée rouvrira en mai.",
        ["Le ministère de la Culture"],
    ),
    # Negative: no issuer named, the document stays its own source.
    (
        "Un communiqué a été publié lundi. Selon le texte, le musée rouvrira en mai.",
        ["le texte"],
    ),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), EXPLETIVE)
def test_active_saying_verb_has_a_personal_il(
    analyzer: Analyzer, text: str, expected: list[str | None]
) -> None:
    assert names(analyzer, text) == expected
