"""Speakers on French copy, sixth round: the other words news copy uses
for a person it has named (« le technicien », « la comédienne », « le
dirigeant »), a person's name glued to a body's by the recogniser, and the
gender a first name gives a pronoun.

Every sentence here is invented (people, places, organisations, figures)."""

from __future__ import annotations

import pytest
from quote_rows import names

from quidit.service import Analyzer

pytestmark = pytest.mark.slow


ROLE_SYNONYMS = [
    # Sports copy: « le technicien » is the coach it named.
    (
        "L'entraîneur du FC Valmont, Gérard Lassalle, a été interrogé sur la défaite. "
        "« Nous avons manqué de rigueur », a reconnu le technicien.",
        ["Gérard Lassalle"],
    ),
    # « la comédienne » takes up « l'actrice X ».
    (
        "L'actrice Solène Marchetti a reçu le prix samedi. "
        "« Je ne m'y attendais pas du tout », a confié la comédienne.",
        ["Solène Marchetti"],
    ),
    # « le dirigeant » takes up the one named head of a company.
    (
        "Le directeur de la société Ormalis, Pascal Verdier, veut recruter. "
        "« Nous croyons en ce site », a ajouté le dirigeant.",
        ["Pascal Verdier"],
    ),
    # A classifying adjective the holder's role does not contradict.
    (
        "Le coach du Stade Vernois, Alain Berthou, a quitté la salle. "
        "« Je ne commenterai pas l'arbitrage », a lancé l'entraîneur vernois.",
        ["Alain Berthou"],
    ),
    # Negative: two named heads, « le dirigeant » names neither.
    (
        "Le président du club, Louis Ferrand, et le directeur sportif, Marc Oudin, "
        "sont arrivés ensemble. « Rien n'est joué », a dit le dirigeant.",
        ["le dirigeant"],
    ),
    # Negative: an indefinite brings in someone new.
    (
        "Le directeur de la société Ormalis, Pascal Verdier, veut recruter. "
        "« Le carnet de commandes est plein », a assuré un dirigeant du secteur.",
        ["un dirigeant du secteur"],
    ),
]


FIRST_NAME_GENDER = [
    # « elle » does not take up the man named last, but the woman before him.
    (
        "Selon Claire Dubois, la décision vise d'abord Thomas Lenoir. "
        "« Tout le monde le sait », affirme-t-elle.",
        ["Claire Dubois", "Claire Dubois"],
    ),
    # Negative: no one else agrees; the pronoun is the text's word and wins.
    (
        "Le comité a entendu Pierre Valat mardi. « Tout est prêt », a-t-elle assuré.",
        ["Pierre Valat"],
    ),
]


GLUED_NAMES = [
    # The recogniser reads « Vexalor Thierry Moreau » as one body.
    (
        "Le directeur général délégué du groupe Vexalor Thierry Moreau a écrit aux salariés. "
        "« Le groupe est solide », a déclaré le dirigeant.",
        ["Thierry Moreau"],
    ),
    # Negative: no first name after the body's name, so no named person
    # (the unnamed director gives no quote a voice: the role stays as said).
    (
        "Le directeur du groupe Vexalor Industries a écrit aux salariés. "
        "« Le groupe est solide », a déclaré le dirigeant.",
        ["le dirigeant"],
    ),
]


APPOSED_SUBJECTS = [
    # A name between commas before the verb, the parse hanging it on the
    # complement before it: the verb's subject all the same.
    (
        "Jeudi, à l’issue de son entretien avec la présidente du Sénat valdorien "
        "Hélène Roussel, le Premier ministre sarlien, Kenji Morita, a appelé « à la "
        "retenue de chacun ».",
        ["Kenji Morita"],
    ),
    (
        "Samedi, après sa rencontre avec le président des députés européens Paul Girard, "
        "le chancelier autrichien, Markus Lindner, a réclamé « une réponse commune ».",
        ["Markus Lindner"],
    ),
    # Negative: a name that is an object, the verb's subject before it.
    (
        "Le conseil a reçu Paul Girard, puis a annoncé que le projet était retenu.",
        ["Le conseil"],
    ),
]


LEAD_ROLES = [
    # A lead presents the person by role, the next sentence names them.
    (
        "Le ministre valdorien de l'Agriculture a réagi mardi aux inquiétudes des "
        "éleveurs. Paul Girard a annoncé un plan d'aide. « Nous serons aux côtés de "
        "chacun », a déclaré le ministre de l'Agriculture.",
        ["Paul Girard"],
    ),
    (
        "Mis en cause par un journal, le ministre sarlien des Transports a démenti les "
        "accusations portées contre lui. Face à la presse, Ibrahima Sall a annoncé une "
        "plainte. « Ces informations sont fausses », a souligné le ministre des Transports.",
        ["Ibrahima Sall", "Ibrahima Sall"],
    ),
    # A role whose complement coordinates two domains is one person.
    (
        "Critiqué par un syndicat, le ministre de la Forêt et de l’Agriculture rurale "
        "a démenti les faits qui lui sont reprochés. Face à la presse, Ibrahima Sall "
        "a annoncé une plainte.",
        ["Ibrahima Sall"],
    ),
    # Negative: the person named next is described otherwise.
    (
        "Le ministre de l'Agriculture a réagi mardi aux inquiétudes des éleveurs. "
        "Sophie Marchal, présidente de la chambre régionale, a dénoncé un plan tardif. "
        "« Nous attendons des actes », a déclaré le ministre.",
        ["le ministre"],
    ),
    # Negative: the role's article and the first name disagree.
    (
        "La ministre de la Culture a annoncé mardi un plan pour les musées. Paul Girard "
        "a dénoncé un plan tardif. « Nous ferons mieux », a répondu la ministre.",
        ["la ministre"],
    ),
    # A person named bare, taken up by role as the next sentence's subject.
    (
        "« Le parti sort renforcé », a déclaré dimanche Paul Girard. Le chef du "
        "Mouvement valdorien (MV) a appelé ses militants à voter. « Rien n'est joué », "
        "a-t-il ajouté.",
        ["Paul Girard", "Paul Girard", "Paul Girard"],
    ),
    # Negatives: the person has a role of their own; the role's article and
    # the first name disagree; two persons in the sentence before.
    (
        "« Le parti sort renforcé », a déclaré dimanche Paul Girard, président du "
        "Mouvement. Le chef de l'opposition a appelé au calme. « Rien n'est joué », a "
        "ajouté le chef de l'opposition.",
        ["Paul Girard", "le chef de l'opposition"],
    ),
    (
        "« Le parti sort renforcé », a déclaré dimanche Paul Girard. La cheffe de "
        "l'opposition a appelé au calme. « Rien n'est joué », a ajouté la cheffe de "
        "l'opposition.",
        ["Paul Girard", "la cheffe de l'opposition"],
    ),
    (
        "« Le parti sort renforcé », a déclaré dimanche Paul Girard devant Anne Roux. "
        "Le chef de l'opposition a appelé au calme. « Rien n'est joué », a ajouté le "
        "chef de l'opposition.",
        ["Paul Girard", "le chef de l'opposition"],
    ),
    # Negative: two holders coordinated at the head stay one group.
    (
        "Le directeur et la présidente du club ont assuré que le stade resterait ouvert.",
        ["Le directeur et la présidente du club"],
    ),
]


MEDIA_TITLES = [
    # The title after the type noun is the medium's name.
    (
        "Le gouvernement prépare une réforme, a rapporté jeudi le quotidien Le Courrier du Nord.",
        ["Le Courrier du Nord"],
    ),
    (
        "Selon l'hebdomadaire « Marianne Hebdo », le ministre va démissionner.",
        ["Marianne Hebdo"],
    ),
    (
        "L'hebdomadaire « Le Point Sud » avance que l'affaire a duré six ans.",
        ["Le Point Sud"],
    ),
    (
        "La chaîne Vallée TV a affirmé que le maire avait démissionné. « Il est parti », "
        "a ajouté la chaîne.",
        ["Vallée TV", "Vallée TV"],
    ),
    (
        "D'après le journal L'Écho de Valmont, le projet est abandonné.",
        ["L'Écho de Valmont"],
    ),
    # Negatives: no title after the type noun.
    ("Selon le journal de 20 heures, le ministre va démissionner.", ["le journal"]),
    (
        "La chaîne publique a affirmé que le maire avait démissionné.",
        ["La chaîne publique"],
    ),
]


FAMILY_NAME_FIRST = [
    # East Asian order: the title goes before the family name, written first.
    (
        "Le président valdorien Li Wenhao a reçu mercredi son homologue. "
        "« Nous devons coopérer », a déclaré M. Li.",
        ["Li Wenhao"],
    ),
    # A role the recogniser took into the name (« Premier ministre X Y »).
    (
        "Le Premier ministre Tanaka Hiroshi a qualifié le voyage d'étape importante. "
        "« Le pays doit se protéger », a déclaré M. Tanaka.",
        ["Tanaka Hiroshi"],
    ),
    # Negative: a title before a first name makes it a surname, another person's.
    (
        "Martin Roux a visité l'usine. « Tout va bien », a déclaré M. Martin.",
        ["M. Martin"],
    ),
]


DEMONSTRATIVES = [
    # « celle-ci » is the last compatible person named, not the subject.
    (
        "La ministre Anne Roux a reçu la présidente de l'association, Claire Petit. "
        "Celle-ci a déclaré que le dialogue était rompu.",
        ["Claire Petit"],
    ),
    (
        "Le maire Paul Girard a reçu le préfet Jean Morel lundi. Celui-ci a affirmé "
        "que la situation était sous contrôle.",
        ["Jean Morel"],
    ),
    # Negative: « il » still takes up the subject.
    (
        "Le maire Paul Girard a reçu le préfet Jean Morel lundi. Il a affirmé que la "
        "situation était sous contrôle.",
        ["Paul Girard"],
    ),
]


ELIDED_GENDER = [
    # « l'agence » shows no gender through its article; its ending does.
    (
        "Le directeur de la banque, Paul Girard, a rencontré les analystes. L'agence a "
        "indiqué craindre une dégradation de la note. « C'est un peu tard », dit-il.",
        ["L'agence", "Paul Girard"],
    ),
    # Negative: the pronoun agrees with the body.
    (
        "Le directeur de la banque, Paul Girard, a rencontré les analystes. L'agence a "
        "indiqué craindre une dégradation de la note. « C'est un peu tard », dit-elle.",
        ["L'agence", "L'agence"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED_GENDER)
def test_pronoun_agrees_with_an_elided_noun(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.parametrize(("text", "expected"), DEMONSTRATIVES)
def test_demonstrative_takes_the_last_named(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.parametrize(("text", "expected"), FAMILY_NAME_FIRST)
def test_title_before_a_family_name_written_first(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.parametrize(("text", "expected"), MEDIA_TITLES)
def test_medium_is_named_by_its_title(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.parametrize(("text", "expected"), LEAD_ROLES)
def test_role_next_to_a_name_is_that_person(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.parametrize(("text", "expected"), APPOSED_SUBJECTS)
def test_name_before_a_subjectless_verb(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.parametrize(("text", "expected"), ROLE_SYNONYMS)
def test_role_synonym_takes_up_the_named_holder(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.parametrize(("text", "expected"), FIRST_NAME_GENDER)
def test_pronoun_agrees_with_a_first_name(
    analyzer: Analyzer, text: str, expected: list[str]
) -> None:
    assert names(analyzer, text) == expected


@pytest.mark.parametrize(("text", "expected"), GLUED_NAMES)
def test_name_glued_to_a_body(analyzer: Analyzer, text: str, expected: list[str]) -> None:
    assert names(analyzer, text) == expected
