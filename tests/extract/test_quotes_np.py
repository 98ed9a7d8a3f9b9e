"""Noun-phrase content, appeals and accusations (guidelines §1), on French
sentences written for these tests: verbs that report a count or a figure,
report nouns, forecasts, noun phrases holding a quoted fragment (mixed),
and the infinitive after an appeal; with the hard negatives each rule
must leave alone (a stative « compter », a claim of responsibility, a
promise, a title in marks, the impersonal « on »)."""

from __future__ import annotations

import pytest
from quote_rows import quotes

pytestmark = pytest.mark.slow


POSITIVES = [
    # counting verbs, « en » + a bare figure, a « dont » part kept
    (
        "La préfecture en a dénombré 4 300, dont 900 à Brénac.",
        ("indirect", "4 300, dont 900 à Brénac", "a dénombré", "La préfecture"),
    ),
    (
        "Le syndicat a recensé 12 000 grévistes dans la région.",
        ("indirect", "12 000 grévistes dans la région", "a recensé", "Le syndicat"),
    ),
    (
        "Les organisateurs ont compté 8 000 marcheurs sur le plateau.",
        ("indirect", "8 000 marcheurs sur le plateau", "ont compté", "Les organisateurs"),
    ),
    # « parler de » + a figure
    (
        "La police parle de 3 500 personnes.",
        ("indirect", "3 500 personnes", "parle", "La police"),
    ),
    # « faire état de » split by an incise
    (
        "L'ONG fait, pour sa part, état de 42 morts dans les combats.",
        ("indirect", "42 morts dans les combats", "fait, pour sa part, état", "L'ONG"),
    ),
    # a report noun: no figure needed
    (
        "Des associations avancent des bilans plus lourds.",
        ("indirect", "des bilans plus lourds", "avancent", "Des associations"),
    ),
    # « donner » only with a report noun
    (
        "Le collectif Ravel a donné lundi un bilan de 14 blessés.",
        ("indirect", "un bilan de 14 blessés", "a donné", "Le collectif Ravel"),
    ),
    # forecast: any noun phrase
    (
        "La banque Orcival table sur un net ralentissement de l'activité.",
        ("indirect", "un net ralentissement de l'activité", "table", "La banque Orcival"),
    ),
    # a figure reported by a fact verb, a writer's gloss after « soit » left out
    (
        "Le syndicat Force unie évoque la présence de 9 000 personnes, soit le double de mai.",
        ("indirect", "la présence de 9 000 personnes", "évoque", "Le syndicat Force unie"),
    ),
    # another source's figure after « contre » left out
    (
        "Les organisateurs ont recensé 6 000 manifestants, contre 2 500 selon la police.",
        ("indirect", "6 000 manifestants", "ont recensé", "Les organisateurs"),
    ),
    # praise with a quoted fragment inside the noun phrase: mixed
    (
        "La fédération a salué l'organisation « remarquable » du tournoi.",
        ("mixed", "l'organisation « remarquable » du tournoi", "a salué", "La fédération"),
    ),
    (
        "Le maire a ironisé sur la « panique » de ses adversaires.",
        ("mixed", "la « panique » de ses adversaires", "a ironisé", "Le maire"),
    ),
    # an incise between the auxiliary and the participle, which the parser
    # misreads: the subject is found on the left all the same
    (
        "La préfecture a quant à elle dénombré 2 400 participants.",
        ("indirect", "2 400 participants", "dénombré", "La préfecture"),
    ),
    (
        "La gendarmerie de Brénac a quant à elle dénombré 1 900 marcheurs.",
        ("indirect", "1 900 marcheurs", "dénombré", "La gendarmerie de Brénac"),
    ),
    # a time phrase with its article between the verb and the phrase
    (
        "L'association Vigie, qui avait donné la veille un bilan de 14 morts, réclame une enquête.",
        ("indirect", "un bilan de 14 morts", "avait donné", "L'association Vigie"),
    ),
    # appeal: object, then « à » + infinitive
    (
        "Le syndicat appelle les salariés à rejoindre le cortège.",
        ("indirect", "rejoindre le cortège", "appelle", "Le syndicat"),
    ),
    # the parser hangs the infinitive on the object: found by its marker
    (
        "Les deux syndicats appellent l'ensemble des salariés à respecter cette décision.",
        ("indirect", "respecter cette décision", "appellent", "Les deux syndicats"),
    ),
    # an infinitive of saying under a verb of aspect or intent speaks for
    # that verb's subject
    (
        "Les éleveurs veulent dénoncer le « mépris » administratif.",
        ("mixed", "le « mépris » administratif", "dénoncer", "Les éleveurs"),
    ),
    (
        "Le maire vient d'annoncer que le pont rouvrira en mai.",
        ("indirect", "le pont rouvrira en mai", "annoncer", "Le maire"),
    ),
    # accusation: object, then « de » + infinitive
    (
        "L'opposition accuse le ministre d'avoir menti aux députés.",
        ("indirect", "avoir menti aux députés", "accuse", "L'opposition"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), POSITIVES)
def test_noun_phrase_and_appeal_content(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a count of the people an event makes is counted, in any tense
        (
            "Le ministère de l'Intérieur comptabilise 12 400 manifestants en Bretagne.",
            ("indirect", "12 400 manifestants en Bretagne", "comptabilise", "Le ministère"),
        ),
        (
            "La préfecture compte 12 morts et 30 blessés.",
            ("indirect", "12 morts et 30 blessés", "compte", "La préfecture"),
        ),
        # verbs of recording, with a count of the people an event makes
        (
            "Le ministère de la Santé a enregistré 30 nouveaux décès.",
            ("indirect", "30 nouveaux décès", "a enregistré", "Le ministère"),
        ),
        (
            "L'ONG a documenté la mort de 331 civils.",
            ("indirect", "la mort de 331 civils", "a documenté", "L'ONG"),
        ),
    ],
)
def test_a_count_of_event_people_in_the_present(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    found = quotes(analyzer, text)
    assert any(q[:3] == expected[:3] and q[3].startswith(expected[3]) for q in found), found


NEGATIVES = [
    # « compter » meaning "to have", in the present, or with a territory
    "Le club comptabilise 300 licenciés.",
    # a recording of things, not of an event's people
    "La chanteuse a enregistré 12 chansons.",
    "La station a enregistré 12 millimètres de pluie.",
    "Le secteur des transports a enregistré une baisse de 3 %, « en raison des prix ».",
    "Le syndicat compte 2 000 adhérents.",
    "L'association compte 300 membres depuis sa création.",
    "Le département a compté 4 100 exploitations agricoles en 2010.",
    # the impersonal « on »: the writer's own count
    "On dénombrait 3 000 personnes devant la mairie de Brénac.",
    # a claim of responsibility with a figure in a clause on the act noun
    "Le groupe Aube noire a revendiqué les deux attaques qui ont fait 12 morts.",
    # « donner » with a bare figure is an act of giving
    "Le club a donné 3 000 euros à l'association des riverains.",
    # a promise with a quoted fragment (guidelines §1)
    "Le candidat a promis une réforme « ambitieuse » des transports.",
    # a title in marks after « intitulé »
    "La mairie a publié un guide intitulé « Vivre ensemble » au printemps.",
    # a term in marks that is the whole noun phrase
    "Les habitants parlent de « zone blanche » depuis des années.",
    # a verb of praise with a bare noun phrase
    "La fédération a salué la victoire des cadettes.",
    # « s'appeler » is a name, not an appeal
    "Le nouveau pont s'appelle à présent « passerelle des Tanneurs ».",
    # « appeler », « inviter » with no infinitive: a call, an invitation
    "Il a appelé sa mère hier soir.",
    "Le maire a invité les habitants à une réunion publique.",
    # what a verb of refusal governs is not said
    "Le ministre refuse de confirmer le bilan de 12 morts.",
    # a reporting verb with no figure and no report noun
    "Le parquet a confirmé l'ouverture d'une enquête.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_noun_phrase_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


def test_incise_subject_is_no_content(analyzer) -> None:  # type: ignore[no-untyped-def]
    """« …, a annoncé le ministre »: the phrase after an incise verb is its
    inverted subject, never a noun-phrase content."""
    text = "Le tunnel rouvrira 12 jours plus tard, a annoncé lundi le ministre Luc Aubrac."
    got = quotes(analyzer, text)
    assert [g[1] for g in got] == ["Le tunnel rouvrira 12 jours plus tard"]


INCISES = [
    # the parser coordinates the incise with the clause before it
    (
        "Bilan du week-end\nLes pompiers ont éteint trois incendies dans la nuit, a annoncé la "
        "préfecture.",
        ("indirect", "Les pompiers ont éteint trois incendies dans la nuit", "a annoncé"),
    ),
    # a prepositional adjunct after the inverted subject is no part of it
    (
        "Le pont rouvrira en mai, a indiqué le maire de Brénac sur son blog.",
        ("indirect", "Le pont rouvrira en mai", "a indiqué"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INCISES)
def test_incise_after_plain_content(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    got = quotes(analyzer, text)
    assert expected in [g[:3] for g in got]
    assert all("blog" not in (g[3] or "") for g in got)


def test_conjoined_verbs_keep_their_subject(analyzer) -> None:  # type: ignore[no-untyped-def]
    """An asyndetic conjunct with no object closing the sentence is no incise."""
    assert (
        quotes(analyzer, "Le maire a inauguré le pont, a salué les ouvriers et a quitté la fête.")
        == []
    )


BOUNDS = [
    # a participle of saying after a comma is the speaker's act
    (
        "Le gouverneur a annoncé qu'un engin avait été abattu dans cette région, en soulignant "
        "que cela n'a affecté personne.",
        "un engin avait été abattu dans cette région",
    ),
    # a coordinated verb of the cue's subject ends the que-clause
    (
        "L'autopsie a révélé que la victime avait été frappée, mais n'a pas permis d'établir "
        "l'heure du décès.",
        "la victime avait été frappée",
    ),
    # an inverted clitic incise inside its sentence attributes all of it
    (
        "Depuis, dit-il, peu de progrès ont été faits dans ce domaine.",
        "Depuis, dit-il, peu de progrès ont été faits dans ce domaine",
    ),
    # a fronted adjunct inside the que-clause is no clause of its own
    (
        "Le porte-parole a indiqué que, malgré les protestations, le ministre persistait à ne "
        "pas retirer ses propos.",
        "malgré les protestations, le ministre persistait à ne pas retirer ses propos",
    ),
    # « contre » sets a figure against another: the writer's word
    (
        "À Brénac, 15 000 personnes ont défilé selon la police, contre 8 700 selon les syndicats.",
        "8 700",
    ),
    # a relative clause on the source of « pour » is no part of the content
    (
        "Pour un collectif de médias, dont fait partie Radio Brénac, la manifestation a réuni "
        "21 500 personnes.",
        "la manifestation a réuni 21 500 personnes",
    ),
]


@pytest.mark.parametrize(("text", "content"), BOUNDS)
def test_content_bounds(analyzer, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert content in [g[1] for g in quotes(analyzer, text)]


ISSUERS = [
    ("Selon un communiqué de la préfecture, 40 cas ont été recensés.", "la préfecture"),
    ("D'après les chiffres de la CGT, 9 000 personnes ont défilé.", "la CGT"),
    ("Selon un rapport de l'armée consulté par la presse, 40 soldats ont été blessés.", "l'armée"),
    # a document of documents names no issuer
    (
        "Selon un décompte des chiffres fournis par les villes, 300 écoles ont fermé.",
        "un décompte des chiffres fournis par les villes",
    ),
    # a document with no named issuer is its own source
    ("Selon le rapport, la dette a doublé en dix ans.", "le rapport"),
]


@pytest.mark.parametrize(("text", "speaker"), ISSUERS)
def test_named_issuer_is_the_source(analyzer, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    """Guidelines §2: « un communiqué du ministère » is the ministère's."""
    assert [g[3] for g in quotes(analyzer, text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        # a verb of recording inside another cue's clause adds no quote of its own
        "Le comité a révélé qu'il avait enregistré la mort de 84 civils.",
        "L'agence affirme avoir enregistré 102 blessés.",
    ],
)
def test_recording_inside_a_reported_clause_is_one_quote(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert len(quotes(analyzer, text)) == 1
