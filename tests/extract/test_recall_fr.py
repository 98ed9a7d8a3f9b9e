"""Attribution forms of French news the engine used to miss (issue 11,
recall): object clitics before an incise, and the other constructions
below. Own sentences, each with negative cases."""

from __future__ import annotations

import pytest

from quidit.records import Analysis, Article

pytestmark = pytest.mark.slow


def run(analyzer, text: str) -> Analysis:  # type: ignore[no-untyped-def]
    return analyzer.analyze(Article(id="t", text=text))


def quotes(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [
        (q.content.text, q.cue.text if q.cue else None, q.speaker.name)
        for q in run(analyzer, text).quotes
    ]


# « », lui a répondu X: the object clitic before the incise's verb.
CLITIC_INCISES = [
    (
        "« Je ne partirai pas avant l’été », lui a répondu le maire de Vauclair.",
        ("Je ne partirai pas avant l’été", "a répondu", "le maire de Vauclair"),
    ),
    (
        "« Le chantier avance bien », nous a confié la directrice, Nadia Ferrand.",
        ("Le chantier avance bien", "a confié", "Nadia Ferrand"),
    ),
    (
        "« Rien ne presse », m’a assuré le notaire Gilles Aubrac.",
        ("Rien ne presse", "a assuré", "Gilles Aubrac"),
    ),
    (
        "Odile Marchal a reçu les grévistes. « Nous ne fermerons pas l’usine », "
        "leur a-t-elle expliqué.",
        ("Nous ne fermerons pas l’usine", "a-t-elle expliqué", "Odile Marchal"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLITIC_INCISES)
def test_object_clitic_before_incise(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# A clitic before a verb that is no incise: no speaker from it.
CLITIC_NEGATIVES = [
    "Le film s’appelle « Les Heures creuses », lui a offert son frère pour Noël.",
    "La troupe joue « Le Malade imaginaire », leur a plu.",
]


@pytest.mark.parametrize("text", CLITIC_NEGATIVES)
def test_object_clitic_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# Attribution locutions of the dictionaries, with « de » contracted.
ADJUNCT_LOCUTIONS = [
    ("Aux yeux du ministre, la réforme des retraites est terminée.", "Aux yeux du"),
    ("De l’avis des experts, la digue de Pontreuil ne tiendra pas.", "De l’avis des"),
    ("Aux dires des riverains, le bruit du chantier est insupportable.", "Aux dires des"),
    ("De l'aveu même du directeur, la caisse du club est vide.", "De l'aveu même du"),
    ("De sources proches du dossier, trente gendarmes sont mobilisés.", "De sources"),
    ("Deux commerces ont été pillés, de source policière.", "de source"),
    (
        "Deux commerces ont été pillés, a-t-on appris jeudi de source judiciaire.",
        "de source",
    ),
]


@pytest.mark.parametrize(("text", "cue"), ADJUNCT_LOCUTIONS)
def test_adjunct_locutions(analyzer, text: str, cue: str) -> None:  # type: ignore[no-untyped-def]
    assert cue in [c for _, c, _ in quotes(analyzer, text)]


ADJUNCT_NEGATIVES = [
    "Le sujet est revenu sur la table aux yeux de tous.",
    "L’eau du lavoir vient de sources voisines.",
    "Le village est alimenté de sources souterraines depuis 1950.",
]


@pytest.mark.parametrize("text", ADJUNCT_NEGATIVES)
def test_adjunct_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# Admitting, confirming, denying: the noun phrase is the proposition.
ASSERTION_NPS = [
    ("La directrice a reconnu une erreur de calcul.", ("une erreur de calcul", "a reconnu")),
    ("Le gérant a démenti toute fraude.", ("toute fraude", "a démenti")),
    ("L'accusé nie les faits.", ("les faits", "nie")),
    ("Le ministère a confirmé le décès du pilote.", ("le décès du pilote", "a confirmé")),
    ("Le club conteste les accusations de dopage.", ("les accusations de dopage", "conteste")),
]


@pytest.mark.parametrize(("text", "expected"), ASSERTION_NPS)
def test_assertion_noun_phrase(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(c, cue) for c, cue, _ in quotes(analyzer, text)]


ASSERTION_NEGATIVES = [
    "La victime a reconnu son agresseur sur une photo.",
    "Le maire a confirmé sa venue au salon du livre.",
    "Le syndicat conteste la décision du tribunal.",
    "Le camping de Plouarzel admet les chiens.",
    "Le groupe armé nie toute responsabilité dans l'attaque.",
    "La mairie a confirmé les informations parues dans la presse locale.",
]


@pytest.mark.parametrize("text", ASSERTION_NEGATIVES)
def test_assertion_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# Infinitive content past a day name or a negation of the grammars.
INFINITIVES = [
    ("Le directeur a assuré ne rien savoir de ce contrat.", "ne rien savoir de ce contrat"),
    ("Le directeur a assuré mardi ne rien savoir de ce contrat.", "ne rien savoir de ce contrat"),
    (
        "La société Ventor a affirmé jeudi avoir réduit ses émissions de moitié.",
        "avoir réduit ses émissions de moitié",
    ),
    ("Le maire dit n'avoir guère dormi depuis le feu.", "n'avoir guère dormi depuis le feu"),
]


@pytest.mark.parametrize(("text", "content"), INFINITIVES)
def test_infinitive_content(analyzer, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert content in [c for c, _, _ in quotes(analyzer, text)]


INFINITIVE_NEGATIVES = [
    "Le maire a affirmé jeudi sa volonté de rester.",
    "Le maire a annoncé mardi la fermeture de la piscine pour rien.",
]


@pytest.mark.parametrize("text", INFINITIVE_NEGATIVES)
def test_infinitive_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.startswith(("rien", "pour")) for c, _, _ in quotes(analyzer, text))


# Multi-word cues split by an adverb or a day name.
SPLIT_LOCUTIONS = [
    (
        "La préfecture, qui fait désormais état de trois blessés, a fermé la route.",
        ("trois blessés", "fait désormais état"),
    ),
    (
        "Le ministère a fait lundi savoir que la frontière restait fermée.",
        ("la frontière restait fermée", "a fait lundi savoir"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT_LOCUTIONS)
def test_split_locution(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(c, cue) for c, cue, _ in quotes(analyzer, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Le chef fait toujours son gâteau le dimanche.",
        "La boulangère fait aussi des croissants le lundi.",
    ],
)
def test_split_locution_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


def test_adjunct_after_opening_adverb(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Toujours selon la gendarmerie, trente soldats ont été blessés à Korvel."
    assert ("trente soldats ont été blessés à Korvel", "selon") in [
        (c, cue) for c, cue, _ in quotes(analyzer, text)
    ]


def test_adjunct_after_noun_phrase_is_not_at_start(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Le cortège des retraités selon la police, était calme."
    assert not any(c.startswith("était") for c, _, _ in quotes(analyzer, text))


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Les forces armées ont annoncé, mercredi soir, avoir perdu douze soldats.",
            "avoir perdu douze soldats",
        ),
        ("Le club a annoncé, lundi, avoir recruté un attaquant.", "avoir recruté un attaquant"),
    ],
)
def test_infinitive_after_time_incise(analyzer, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert content in [c for c, _, _ in quotes(analyzer, text)]


def test_time_incise_without_infinitive(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Le club a annoncé, hier, la fin de la saison."
    assert not any(c.startswith("hier") for c, _, _ in quotes(analyzer, text))


def test_admitted_losses(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Le colonel Darnel reconnaît les pertes humaines de son unité."
    assert "les pertes humaines de son unité" in [c for c, _, _ in quotes(analyzer, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Le député Paul Narcy a indiqué, lui, ne pas se sentir visé.", "ne pas se sentir visé"),
        ("La directrice a affirmé, pour sa part, avoir signé le bail.", "avoir signé le bail"),
        ("Le maire dit s’être trompé sur les chiffres.", "s’être trompé sur les chiffres"),
        ("Le maire aime dire que la ville va bien.", "la ville va bien"),
    ],
)
def test_infinitive_after_filler_and_reflexive(analyzer, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert content in [c for c, _, _ in quotes(analyzer, text)]


@pytest.mark.parametrize(
    "text",
    ["Le maire aime jouer au tennis le dimanche.", "Le maire a annoncé, lui, la fin des travaux."],
)
def test_filler_and_habit_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert not any(c.startswith(("jouer", "la fin")) for c, _, _ in quotes(analyzer, text))


# Verbs of retort, blame, admission, downplaying added to the lexicon.
LEXICON = [
    ("« C’est faux », riposte le maire de Vauclair.", ("C’est faux", "riposte")),
    ("« Il n'y a pas de crise », relativise la ministre.", ("Il n'y a pas de crise", "relativise")),
    (
        "Le syndicat reproche au gouvernement d’avoir menti sur les chiffres.",
        ("avoir menti sur les chiffres", "reproche"),
    ),
    (
        "Le ministre a convenu que la réforme était mal expliquée.",
        ("la réforme était mal expliquée", "a convenu"),
    ),
    ("Le rapport fait mention de 40 victimes.", ("40 victimes", "fait mention")),
]


@pytest.mark.parametrize(("text", "expected"), LEXICON)
def test_lexicon_additions(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(c, cue) for c, cue, _ in quotes(analyzer, text)]


LEXICON_NEGATIVES = [
    "Le chef attend le bus devant la gare.",
    "Cette robe lui convient parfaitement.",
    "Le peintre complète son tableau.",
    "Le parti prône la fin du nucléaire.",
]


@pytest.mark.parametrize("text", LEXICON_NEGATIVES)
def test_lexicon_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Deux commerces ont été pillés, a-t-on appris de la gendarmerie.", "la gendarmerie"),
        ("Deux commerces ont été pillés, a-t-on appris auprès des pompiers.", "pompiers"),
    ],
)
def test_learned_from_source(analyzer, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    found = quotes(analyzer, text)
    assert [c for c, _, _ in found] == ["Deux commerces ont été pillés"]
    assert found[0][2] is not None and speaker in found[0][2]


@pytest.mark.parametrize(
    "text", ["Le maire a appris de ses erreurs.", "Les élèves ont appris des poèmes de Verlaine."]
)
def test_learned_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Odile Marchal a visité le chantier. Les travaux avancent bien, a-t-elle par "
            "ailleurs assuré.",
            ("Les travaux avancent bien", "Odile Marchal"),
        ),
        (
            "Paul Narcy a reçu les élus. Le site fermera en juin, a-t-il de son côté précisé.",
            ("Le site fermera en juin", "Paul Narcy"),
        ),
    ],
)
def test_filler_inside_inverted_group(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(c, s) for c, _, s in quotes(analyzer, text)]


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("La préfecture dénombre en tout 11 victimes à Sarlande.", "11 victimes à Sarlande"),
        ("La police a compté au total 3 000 manifestants.", "3 000 manifestants"),
    ],
)
def test_totalling_phrase_before_count(analyzer, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert content in [c for c, _, _ in quotes(analyzer, text)]


def test_participle_after_verb_is_no_group(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Le maire, très fatigué, a quitté la salle."
    assert quotes(analyzer, text) == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("La réforme sera présentée en juin, assure-t-on à l’Élysée.", "l’Élysée"),
        ("« Rien n’est décidé », indique-t-on dans l’entourage du ministre.", "entourage"),
        ("La production reprendra lundi, explique-t-on chez Ravel.", "Ravel"),
    ],
)
def test_impersonal_on_with_place(analyzer, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    found = quotes(analyzer, text)
    assert len(found) == 1 and found[0][2] is not None and speaker in found[0][2]


def test_impersonal_on_alone_keeps_no_place(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = quotes(analyzer, "Le dossier avance, précise-t-on.")
    assert [c for c, _, _ in found] == ["Le dossier avance"]
    assert found[0][2] in (None, "on")


# Passives of saying whose source is their agent or a document (issue 11,
# second round): « il a été précisé par X que … », « …, est-il précisé
# dans le communiqué », « …, a-t-il été indiqué par X ».
PASSIVES = [
    (
        "Il a été précisé par le ministère que la mesure serait temporaire.",
        ("la mesure serait temporaire", "a été précisé", "le ministère"),
    ),
    (
        "Il a été confirmé par le parquet de Vauclair que deux suspects avaient été entendus.",
        ("deux suspects avaient été entendus", "a été confirmé", "le parquet de Vauclair"),
    ),
    (
        "La prime sera versée en juin, est-il précisé dans le communiqué.",
        ("La prime sera versée en juin", "est-il précisé", "le communiqué"),
    ),
    (
        "La réunion est reportée, a-t-il été indiqué par la préfecture.",
        ("La réunion est reportée", "a-t-il été indiqué", "la préfecture"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PASSIVES)
def test_passive_of_saying(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# A passive with no source in the text, or whose subject is the thing
# done (no clause reported), is no quote.
PASSIVE_NEGATIVES = [
    "Les chiffres ont été confirmés par le rectorat.",
    "La fermeture de la piscine a été confirmée par la mairie.",
    "Le texte a été écrit par un collectif de médecins.",
    "Les faits avaient été reconnus lors de l'audience.",
    # A noun subject: the « que » opens a relative or a comparison.
    "Le plan a été annoncé par le ministre que tout le monde attendait.",
    "La décision a été annoncée par la maire plus tôt que prévu.",
]


@pytest.mark.parametrize("text", PASSIVE_NEGATIVES)
def test_passive_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# « s'attendre à ce que … »: the locution opens the forecast's clause.
CE_QUE = [
    (
        "La direction s'attend à ce que les ventes reculent de 5 %.",
        ("les ventes reculent de 5 %", "s'attend", "La direction"),
    ),
    (
        "Les économistes de la banque s'attendent à ce que l'inflation ralentisse.",
        ("l'inflation ralentisse", "s'attendent", "Les économistes de la banque"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CE_QUE)
def test_s_attendre_a_ce_que(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# « à ce que » after other verbs is a free relative, no complement clause.
@pytest.mark.parametrize(
    "text",
    [
        "Elle a répondu à ce que le ministre avait dit la veille.",
        "Le public s'attendait à un concert plus long.",
    ],
)
def test_ce_que_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    found = quotes(analyzer, text)
    assert all(not content.startswith("le ministre avait") for content, _, _ in found)
    assert all(cue != "s'attendait" for _, cue, _ in found)


# « X, pour qui … », « une étude, selon laquelle … »: the relative takes
# the noun right before its comma, and a relative between commas ends with
# its clause.
RELATIVES = [
    (
        "Le député Marc Olivet, pour qui la réforme est injuste, votera contre.",
        ("la réforme est injuste", "pour qui", "Marc Olivet"),
    ),
    (
        "Cette décision est un scandale, selon Paul Verdier, pour qui la ville a trahi "
        "ses habitants.",
        ("la ville a trahi ses habitants", "pour qui", "Paul Verdier"),
    ),
    (
        "Cette décision est un scandale, selon Paul Verdier, pour qui la ville a trahi "
        "ses habitants.",
        ("Cette décision est un scandale", "selon", "Paul Verdier"),
    ),
    (
        "La pétition a été signée par Anne Leroux, pour qui ce combat est essentiel.",
        ("ce combat est essentiel", "pour qui", "Anne Leroux"),
    ),
    (
        "Une étude, selon laquelle les prix baissent, a été publiée hier.",
        ("les prix baissent", "selon laquelle", "Une étude"),
    ),
    (
        "Les syndicats invoquent un audit selon lequel l'usine reste rentable.",
        ("l'usine reste rentable", "selon lequel", "un audit"),
    ),
    # A sentence-final relative keeps its comma-separated tail (no verb
    # after the comma: the main clause does not resume).
    (
        "Le projet est défendu par quelques élus, pour lesquels la ligne est une priorité "
        "pour la région, pour le port et pour les communes voisines.",
        (
            "la ligne est une priorité pour la région, pour le port et pour les communes voisines",
            "pour lesquels",
            "quelques élus",
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATIVES)
def test_attribution_relatives(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# « pour qui » as a free relative whose « qui » is the subject: no source.
@pytest.mark.parametrize(
    "text",
    ["C'est un projet pour qui veut réussir.", "Le stage reste ouvert pour qui le souhaite."],
)
def test_free_relative_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert all(cue != "pour qui" for _, cue, _ in quotes(analyzer, text))


# « …, relaie La Gazette »: a medium passing a report on, in the incise
# after the content (guidelines §2: a medium may be the source).
RELAYS = [
    (
        "Le maire a démissionné, relaye La Gazette de Vauclair.",
        ("Le maire a démissionné", "relaye", "La Gazette de Vauclair"),
    ),
    (
        "Les secours sont sur place, a relayé la préfecture sur les réseaux sociaux.",
        ("Les secours sont sur place", "a relayé", "la préfecture"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELAYS)
def test_relay_incise(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# With a noun phrase, « relayer » passes something on: no quote.
@pytest.mark.parametrize(
    "text",
    [
        "Le quotidien relaie l'appel des syndicats à manifester.",
        "La chaîne a relayé les images du drame.",
        "Les coureurs se relaient toutes les deux heures.",
    ],
)
def test_relay_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# « …, peut-on lire dans le rapport », « lit-on dans le communiqué »: the
# impersonal « on » reading a document; the document speaks.
READING = [
    (
        "Les loyers ont augmenté de 12 %, peut-on lire dans le rapport annuel.",
        ("Les loyers ont augmenté de 12 %", "peut-on lire"),
    ),
    (
        "La situation reste fragile, lit-on dans le communiqué des pompiers.",
        ("La situation reste fragile", "lit"),
    ),
    (
        "On peut lire dans le rapport que la dette a doublé.",
        ("la dette a doublé", "lire"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), READING)
def test_reading_a_document(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(content, cue) for content, cue, _ in quotes(analyzer, text)]


# Anyone else reading, or « on » with no document, attributes nothing.
@pytest.mark.parametrize(
    "text",
    [
        "Elle aime lire le soir.",
        "Le texte, que l'on peut lire sur le site, est court.",
        "Il a lu le rapport avant la réunion.",
        "Rien ne change, peut-on estimer.",
        "On lit souvent ce roman au lycée.",
    ],
)
def test_reading_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# « a jugé nécessaire de … »: a verb of judgment, an adjective of necessity
# and a de-infinitive; also as the second of two coordinated participles
# sharing one auxiliary and one subject.
JUDGED = [
    (
        "Le ministre a jugé nécessaire de rouvrir les négociations.",
        ("nécessaire de rouvrir les négociations", "a jugé", "Le ministre"),
    ),
    (
        "La syndicaliste Claire Morvan a dénoncé des conditions indignes et jugé "
        "nécessaire de rouvrir les négociations.",
        ("nécessaire de rouvrir les négociations", "jugé", "Claire Morvan"),
    ),
    (
        "L'opposition estime urgent d'agir avant l'hiver.",
        ("urgent d'agir avant l'hiver", "estime", "L'opposition"),
    ),
    (
        "Le préfet a estimé prématuré de parler de fermeture, mais il reste prudent.",
        ("prématuré de parler de fermeture", "a estimé", "Le préfet"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), JUDGED)
def test_judged_infinitive(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# An attribute with no infinitive, or an adjective outside the class: no
# quote from this construction.
@pytest.mark.parametrize(
    "text",
    [
        "Le comité a jugé la candidature recevable.",
        "Il estime nécessaire une réforme.",
        "Le jury a jugé rapide de trancher.",
    ],
)
def test_judged_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# Coordinated participles of saying under one auxiliary: one quote each.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le directeur a indiqué que les travaux débuteraient en mai et précisé "
            "qu'ils dureraient un an.",
            [
                ("les travaux débuteraient en mai", "a indiqué", "Le directeur"),
                ("ils dureraient un an", "précisé", "Le directeur"),
            ],
        ),
        (
            "La juge a estimé la demande irrecevable et rappelé que le délai était dépassé.",
            [("le délai était dépassé", "rappelé", "La juge")],
        ),
    ],
)
def test_coordinated_participles(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == expected
