"""Verbs of saying that French news uses and the engine missed (issue 11,
recall, sixth round): a pronominal verb of saying with the source's
stance as its attribute (« se dit inquiet »), and an infinitive of saying
under a verb of intent as an incise (« …, a tenu à souligner X »). Own
sentences, each rule with negative cases."""

from __future__ import annotations

import pytest
import quote_rows

pytestmark = pytest.mark.slow


def quotes(analyzer, text: str) -> list[tuple[str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return quote_rows.quotes(analyzer, text, lang="fr")


SELF_DESCRIPTIONS = [
    (
        "Le maire s'est dit inquiet de la montée des eaux dans le bas de la ville.",
        (
            "indirect",
            "inquiet de la montée des eaux dans le bas de la ville",
            "s'est dit",
            "Le maire",
        ),
    ),
    (
        "La ministre s'est dite prête à rouvrir les discussions avec les syndicats.",
        (
            "indirect",
            "prête à rouvrir les discussions avec les syndicats",
            "s'est dite",
            "La ministre",
        ),
    ),
    (
        "Le directeur se dit très confiant pour la suite de la saison.",
        ("indirect", "très confiant pour la suite de la saison", "se dit", "Le directeur"),
    ),
    (
        "La présidente s'est déclarée favorable à un nouveau référendum sur la question.",
        (
            "indirect",
            "favorable à un nouveau référendum sur la question",
            "s'est déclarée",
            "La présidente",
        ),
    ),
    (
        "Le président s'est dit heureux de recevoir son homologue, en le remerciant de sa visite.",
        ("indirect", "heureux de recevoir son homologue", "s'est dit", "Le président"),
    ),
    # a que-clause after the participle is the content, as after « croit »
    (
        "Le parquet se dit convaincu que le suspect a agi seul.",
        ("indirect", "le suspect a agi seul", "se dit", "Le parquet"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SELF_DESCRIPTIONS)
def test_self_description(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted attribute stays a direct quote of the word
        (
            "L'entraîneur s'est dit « écœuré » après le match nul concédé à domicile.",
            [("direct", "écœuré", "s'est dit", "L'entraîneur")],
        ),
        # the tagger reads the quoted word as a name: still the source's word
        (
            'Le gardien s\'est dit "dégoûté" après ce nouveau revers.',
            [("direct", "dégoûté", "s'est dit", "Le gardien")],
        ),
        # showing oneself somewhere, naming oneself: no stance
        ("Il s'est montré à la fenêtre avant de partir.", []),
        ("Le chanteur se dit Paul dans la chanson.", []),
    ],
)
def test_self_description_negatives(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == expected


GOVERNED_INCISES = [
    (
        "Le budget de la commune sera présenté en avril, a tenu à souligner le maire.",
        (
            "indirect",
            "Le budget de la commune sera présenté en avril",
            "a tenu à souligner",
            "le maire",
        ),
    ),
    (
        "Il n'y aura pas de hausse d'impôts cette année, a voulu rappeler la ministre.",
        (
            "indirect",
            "Il n'y aura pas de hausse d'impôts cette année",
            "a voulu rappeler",
            "la ministre",
        ),
    ),
    (
        "Le calendrier ne changera pas, a souhaité préciser la directrice.",
        ("indirect", "Le calendrier ne changera pas", "a souhaité préciser", "la directrice"),
    ),
    # after quotation marks, the direct quote keeps its incise
    (
        "« Nous ne céderons pas », a tenu à préciser mardi le porte-parole du syndicat.",
        (
            "direct",
            "Nous ne céderons pas",
            "a tenu à préciser",
            "le porte-parole du syndicat",
        ),
    ),
    (
        "« La salle rouvrira en juin », a-t-elle voulu rappeler.",
        ("direct", "La salle rouvrira en juin", "a-t-elle voulu rappeler", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNED_INCISES)
def test_governed_incise(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    rows = quotes(analyzer, text)
    if expected[3] is None:
        rows = [(*r[:3], None) for r in rows]
    assert expected in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject before the governor: the infinitive alone is the cue
        (
            "Le maire a tenu à rappeler que la fête aurait bien lieu.",
            [("indirect", "la fête aurait bien lieu", "rappeler", "Le maire")],
        ),
        # an infinitive of intent inside a relative clause is no incise
        ("Les élus, qui ont voulu rappeler leur attachement au projet, ont voté le texte.", []),
    ],
)
def test_governed_incise_negatives(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == expected


# The infinitive of narration (« Et + subject + de + infinitive »), which
# news copy uses for a finite verb of saying.
NARRATIVE_INFINITIVES = [
    (
        "Et le maire d'ajouter que la commune ne paierait pas les travaux.",
        ("indirect", "la commune ne paierait pas les travaux", "ajouter", "le maire"),
    ),
    (
        "Le chantier a pris du retard. Et la directrice de rappeler que l'école avait "
        "déjà fermé deux fois.",
        ("indirect", "l'école avait déjà fermé deux fois", "rappeler", "la directrice"),
    ),
    (
        "Les travaux ont pris du retard. Et le porte-parole du ministère de la Culture "
        "de préciser : « Aucune date n'est fixée. »",
        (
            "direct",
            "Aucune date n'est fixée.",
            "préciser",
            "le porte-parole du ministère de la Culture",
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NARRATIVE_INFINITIVES)
def test_narrative_infinitive(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not a verb of saying: no quote
        ("Et les enfants de jouer dans la cour jusqu'au soir.", []),
        # « de » + infinitive inside a finite clause: no narration
        ("Il a été décidé de rappeler que la règle existe.", []),
    ],
)
def test_narrative_infinitive_negatives(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == expected


# An adjunct set off by commas between the verb and « que », holding a
# past participle (« dans une lettre ouverte à … », « interrogé par … »):
# the participle opens no clause of its own.
DETACHED_ADJUNCTS = [
    (
        "Les élus ont rappelé, dans une lettre ouverte au préfet, que la route restait dangereuse.",
        ("indirect", "la route restait dangereuse", "ont rappelé", "Les élus"),
    ),
    (
        "Sept associations rappellent, dans une lettre ouverte au ministre que leurs "
        "membres sont bénévoles.",
        ("indirect", "leurs membres sont bénévoles", "rappellent", "Sept associations"),
    ),
    (
        "Le maire a expliqué, interrogé par la radio locale, que le marché serait déplacé.",
        ("indirect", "le marché serait déplacé", "a expliqué", "Le maire"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DETACHED_ADJUNCTS)
def test_detached_adjunct_before_que(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


def test_present_participle_keeps_its_own_que(analyzer) -> None:  # type: ignore[no-untyped-def]
    # « soulignant que » is the participle's clause, not the first verb's
    rows = quotes(
        analyzer,
        "« La récolte sera maigre », a affirmé un exploitant, soulignant que les pluies "
        "avaient tout noyé.",
    )
    assert [r[2] for r in rows if r[1].startswith("les pluies")] == ["soulignant"]


# « avant de + infinitive of saying »: the subject is the main clause's,
# and the first content ends before the clause.
CONTROLLED = [
    (
        "La militante ajoute que la prison est pleine, avant de souligner que les détenus "
        "manquent de tout.",
        [
            ("indirect", "la prison est pleine", "ajoute", "La militante"),
            ("indirect", "les détenus manquent de tout", "souligner", "La militante"),
        ],
    ),
    (
        "Le maire a salué les pompiers avant d'ajouter que la digue tiendrait.",
        [("indirect", "la digue tiendrait", "ajouter", "Le maire")],
    ),
    (
        "« Nous ne lâcherons rien », a lancé la déléguée, avant d'ajouter que la grève "
        "continuerait.",
        [
            ("direct", "Nous ne lâcherons rien", "a lancé", "la déléguée"),
            ("indirect", "la grève continuerait", "ajouter", "la déléguée"),
        ],
    ),
    # an infinitive content past two adjuncts set off by commas
    (
        "Le chanteur a annulé sa tournée, avant de préciser, deux jours plus tard, depuis "
        "sa maison de Lyon, vouloir remonter sur scène en mai.",
        [("indirect", "vouloir remonter sur scène en mai", "préciser", "Le chanteur")],
    ),
    # « sans préciser » says nothing; « pour expliquer » has no speaker
    ("Le ministre a quitté la salle sans préciser que le texte serait retiré.", []),
    ("Pour expliquer avoir échoué, il faut du courage.", []),
]


@pytest.mark.parametrize(("text", "expected"), CONTROLLED)
def test_controlled_infinitive(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == expected


# A dative clitic before the incise's verb (« …, leur a répondu X »): the
# parser takes it for the subject; it opens the incise instead.
DATIVE_INCISES = [
    (
        "La région ne se gouverne pas depuis la capitale, leur a répondu le président "
        "du conseil régional.",
        (
            "indirect",
            "La région ne se gouverne pas depuis la capitale",
            "a répondu",
            "le président du conseil régional",
        ),
    ),
    (
        "Le projet sera abandonné, lui a assuré la ministre.",
        ("indirect", "Le projet sera abandonné", "a assuré", "la ministre"),
    ),
    # before its subject, the clitic is still no speaker
    (
        "La ministre lui a assuré que le projet serait abandonné.",
        ("indirect", "le projet serait abandonné", "a assuré", "La ministre"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATIVE_INCISES)
def test_dative_clitic_incise(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == [expected]


# A day between a verb of accusation and its object (« a accusé lundi X
# d'avoir … »): the parser reads the day as the verb's complement.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le parquet a accusé lundi le gérant d'avoir falsifié les comptes de la société.",
            ("indirect", "avoir falsifié les comptes de la société", "a accusé", "Le parquet"),
        ),
        (
            "Le gouvernement a accusé mardi les rebelles, une milice armée, d'avoir incendié "
            "trois villages.",
            ("indirect", "avoir incendié trois villages", "a accusé", "Le gouvernement"),
        ),
    ],
)
def test_accusation_past_a_day(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == [expected]


# A final incise whose subject carries « cité par » + a noun the tagger
# reads as a verb (« notre correspondant », « un représentant »).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les sanctions pourraient nuire au pays, a affirmé hier une source diplomatique "
            "citée par notre correspondant Paul Marin.",
            (
                "indirect",
                "Les sanctions pourraient nuire au pays",
                "a affirmé",
                "une source diplomatique",
            ),
        ),
    ],
)
def test_incise_subject_cited_by(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    rows = quotes(analyzer, text)
    assert [(t, c, k) for t, c, k, _ in rows] == [expected[:3]]


def test_adjuncts_nested_in_an_incise_content(analyzer) -> None:  # type: ignore[no-untyped-def]
    # nested attribution is two quotes (guidelines §1): each « selon » and
    # the final incise over the whole clause
    rows = quotes(
        analyzer,
        "Près de 500 cyclistes selon la mairie, 800 selon les organisateurs, ont défilé "
        "samedi dans la vieille ville, a constaté une journaliste de la radio locale.",
    )
    assert [(r[1], r[2]) for r in rows] == [
        (
            "Près de 500 cyclistes selon la mairie, 800 selon les organisateurs, ont défilé "
            "samedi dans la vieille ville",
            "a constaté",
        ),
        ("Près de 500 cyclistes", "selon"),
        ("800", "selon"),
    ]


# Precision: the writer's generic « on » of memory or knowledge, and the
# unhyphenated « après midi » read as the adjunct « d'après ».
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On se souvient que le maire avait promis un nouveau pont.", []),
        ("On se rappelle que la ville avait déjà voté ce budget.", []),
        ("On sait que la crue a duré trois jours.", []),
        ("Le combat a repris en début d'après midi près du port.", []),
        # « on » with a verb of saying may stand for a body: kept
        (
            "On explique au ministère que le dossier avance.",
            [("indirect", "le dossier avance", "explique")],
        ),
        (
            "D'après Midi Libre, le maire va démissionner.",
            [("indirect", "le maire va démissionner", "D'après")],
        ),
    ],
)
def test_writer_on_and_afternoon(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert [r[:3] for r in quotes(analyzer, text)] == expected


# « donner l'assurance que … »: a noun of assurance opens the clause of a
# cue that otherwise reports only a noun phrase.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le syndicat a donné l'assurance que la grève serait levée lundi.",
            [("indirect", "la grève serait levée lundi", "a donné")],
        ),
        (
            "La direction a fourni la garantie que les salaires seraient versés.",
            [("indirect", "les salaires seraient versés", "a fourni")],
        ),
        ("Le maire a donné la parole au public que la salle attendait.", []),
    ],
)
def test_assurance_que(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert [r[:3] for r in quotes(analyzer, text)] == expected


# « ne … que » (only) restricts a reported count; the count is the content.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Les gendarmes n'ont signalé que deux accidents sur la route du col.",
            [("indirect", "deux accidents sur la route du col", "ont signalé")],
        ),
        (
            "La mairie n'a recensé que 150 participants.",
            [("indirect", "150 participants", "a recensé")],
        ),
        # full negation: nothing reported
        ("La mairie n'a pas recensé de participants.", []),
    ],
)
def test_restricted_count(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert [r[:3] for r in quotes(analyzer, text)] == expected
