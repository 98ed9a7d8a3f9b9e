"""Direct and mixed quotes of French news at large that the engine missed
or gave the wrong speaker (issue 11, direct quotes, quotes4 round). Own
sentences, each group with negative cases."""

from __future__ import annotations

import pytest
import quote_rows

pytestmark = pytest.mark.slow


def rows(analyzer, text: str) -> list[tuple[str, str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return quote_rows.quotes(analyzer, text)


def triples(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [row[1:] for row in rows(analyzer, text)]


# An incise whose verb of saying is the infinitive of a verb of wanting or
# aspect (« », tient à préciser X · « », a tenu à souligner X): the whole
# group is the cue, its inverted subject the speaker.
MODAL_INCISES = [
    (
        "« Nous ne fermerons aucune école cette année », a tenu à souligner la "
        "ministre de l’Éducation.",
        ("Nous ne fermerons aucune école cette année", "a tenu à souligner",
         "la ministre de l’Éducation"),
    ),
    (
        "« Rien n’est encore décidé », avait souhaité préciser le président du club.",
        ("Rien n’est encore décidé", "avait souhaité préciser", "le président du club"),
    ),
    (
        "« Le dossier est clos », vient d’ajouter le procureur de Vauclair.",
        ("Le dossier est clos", "vient d’ajouter", "le procureur de Vauclair"),
    ),
    (
        "Marion Leduc dirige la piscine depuis dix ans. « Le bassin rouvrira lundi », "
        "a-t-elle voulu rappeler devant les parents.",
        ("Le bassin rouvrira lundi", "a-t-elle voulu rappeler", "Marion Leduc"),
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MODAL_INCISES)
def test_modal_incises(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(analyzer, text)


def test_mixed_quote_before_a_modal_incise(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Les écoles ont fermé à midi « grâce aux consignes données dès l’aube », tient "
        "à préciser le recteur."
    )
    kinds = [(r[0], r[1], r[3]) for r in rows(analyzer, text)]
    assert (
        "mixed",
        "Les écoles ont fermé à midi « grâce aux consignes données dès l’aube »",
        "le recteur",
    ) in kinds


MODAL_NEGATIVES = [
    # A verb of wanting with an object that is no verb of saying.
    "« La Rose des vents », a voulu acheter le voisin en 2019.",
    # The marks hold a title, the verb after it is the sentence's own.
    "Le film « Nuit blanche » vient d’obtenir un prix à Lisbonne.",
]


@pytest.mark.parametrize("text", MODAL_NEGATIVES)
def test_no_modal_incise(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == []


# A paragraph that ends on a colon hands the floor to its subject; the
# quote that makes up the next paragraph is that source's, even with a
# stray comma after its closing mark.
def test_quote_paragraph_after_a_colon_paragraph(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Le délégué du personnel, Paul Ferrand, reste prudent sur la réunion de jeudi :\n\n"
        "« Rien ne bougera tant que la direction refusera de publier les comptes »,\n\n"
        "La direction n’a pas souhaité réagir."
    )
    assert (
        "Rien ne bougera tant que la direction refusera de publier les comptes",
        None,
        "Paul Ferrand",
    ) in triples(analyzer, text)


def test_title_paragraph_with_a_comma_is_no_quote(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Le festival a choisi trois films.\n\n« Les Hirondelles »,\n\nEt deux courts."
    assert rows(analyzer, text) == []


# « « A », explique X, en gilet jaune : « B » »: the cue of the incise
# introduces the next marks too; their speaker is the incise's, not a word
# of the first marks the parser takes for the verb's subject.
def test_colon_after_an_incise_keeps_its_speaker(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "« Mais pour l’instant rien n’est prévu pour ce soir », explique à un passager "
        "une employée de la compagnie, en gilet jaune : « Le pilote doit encore être "
        "remplacé avant le départ. »"
    )
    speakers = {content: speaker for content, _, speaker in triples(analyzer, text)}
    assert speakers["Le pilote doit encore être remplacé avant le départ."] == (
        "une employée de la compagnie"
    )


# A quote with no cue takes the speaker of its paragraph, not the subject
# of the sentence before it when the quoted words speak of that subject.
CONTEXT_SPEAKERS = [
    (
        "Louise, qui loge au deuxième étage, n’a rien vu venir. « J’ai d’abord cru à un "
        "orage. » Puis les pompiers ont frappé chez elle. « Ce sont les pompiers qui "
        "m’ont fait sortir avec mon chat. »",
        "Ce sont les pompiers qui m’ont fait sortir avec mon chat.",
        "Louise",
    ),
    # Negative: the sentence before names someone new who does not appear in
    # the quote; that subject speaks (« X avait la même vision. « … » »).
    (
        "« La route sera rouverte demain », a assuré le maire. Son adjoint Luc Perrin "
        "se montre plus prudent. « Il faudra d’abord vérifier le pont. »",
        "Il faudra d’abord vérifier le pont.",
        "Luc Perrin",
    ),
]


# Adverbial fillers between an incise's verb and its inverted subject.
def test_filler_before_an_inverted_subject(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "« Personne n’a été blessé », rassure tout de suite Jeanne Morel."
    assert ("Personne n’a été blessé", "rassure", "Jeanne Morel") in triples(analyzer, text)


# A reflexive verb of saying with an attribute in marks (« s'est dite
# « surprise » », « s'estime « trahi » »): the speaker's own word.
QUOTED_ATTRIBUTES = [
    (
        "La ministre s’est dite « surprise » par la décision du tribunal.",
        ("surprise", "s’est dite", "La ministre"),
    ),
    (
        "Le commerçant s’estime « trahi » par la mairie.",
        ("trahi", "s’estime", "Le commerçant"),
    ),
    (
        "Le conseiller municipal se dit pourtant « choqué » par ces graffitis.",
        ("choqué", "se dit", "Le conseiller municipal"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_ATTRIBUTES)
def test_quoted_attributes(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    # The parse hangs the reflexive clitic on the verb or not: the cue is
    # checked on its verb.
    found = [(c, s) for c, cue, s in triples(analyzer, text) if cue and expected[1].endswith(cue)]
    assert (expected[0], expected[2]) in found


ATTRIBUTE_NEGATIVES = [
    # A nickname after the naming participle, and after « se dit » + article.
    "Le boxeur Paul Vidal, dit « le Roc », a perdu samedi.",
    "Le boxeur, qui se dit « le Roc », a perdu samedi.",
    # Not a reflexive verb of saying: the adjective is the writer's term.
    "La commune reste « prudente » sur le dossier.",
]


@pytest.mark.parametrize("text", ATTRIBUTE_NEGATIVES)
def test_no_quoted_attribute(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == []


# A loanword verb of saying the tagger does not know (« a tweeté »).
def test_unknown_tagged_verb_of_saying(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "« Nous restons mobilisés jour et nuit », a tweeté la secrétaire d’État."
    assert (
        "Nous restons mobilisés jour et nuit",
        "a tweeté",
        "la secrétaire d’État",
    ) in triples(analyzer, text)


# Headlines: a past participle with no auxiliary qualifies the noun before
# it (no incise); an incise with its auxiliary reads no auxiliary as content.
def test_headline_bare_participle_is_no_cue(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Élections : une enquête ouverte après un « tricheur » lancé en pleine séance "
        "du conseil municipal\n\nUne enquête va être ouverte, a indiqué le préfet."
    )
    assert [r[1] for r in rows(analyzer, text)] == ["Une enquête va être ouverte"]


def test_headline_incise_auxiliary_is_no_content(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Inondations : « La digue a tenu », a assuré le préfet\n\nLe niveau baisse."
    assert triples(analyzer, text) == [("La digue a tenu", "a assuré", "le préfet")]


# « précise-t-on au sein de X »: « sein » belongs to the locution; X speaks.
def test_impersonal_on_within_a_body(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "« Le dossier avance », précise-t-on au sein de la direction régionale."
    speakers = [s for _, _, s in triples(analyzer, text)]
    assert speakers and "sein" not in (speakers[0] or "") and "direction" in (speakers[0] or "")


# Quotes with no cue at the head of an article or above a paragraph.
HEAD_AND_INTERTITLE = [
    # An intertitle echoes a quote further down: that quote's source.
    (
        "Le directeur du port, Marc Olier, a présenté le bilan de l’année.\n"
        "« La saison a été très dure pour les pêcheurs », a-t-il reconnu.\n"
        "« Il est temps de changer de cap »\n"
        "De son côté, la maire Claire Vasseur s’est montrée optimiste.\n"
        "« Le port tiendra, il est temps de changer de cap et d’investir », a-t-elle estimé.",
        "Il est temps de changer de cap",
        "Claire Vasseur",
    ),
    # An intertitle with no echo announces the paragraph after it.
    (
        "« Les travaux ont pris du retard », a admis le maire, Paul Genet.\n"
        "« J’ai cru à une explosion »\n"
        "Sylvie, qui habite en face du chantier, a été réveillée à l’aube. « Le bruit "
        "était énorme, toute la maison a tremblé. »",
        "J’ai cru à une explosion",
        "Sylvie",
    ),
    # A quote that opens an article takes the next voice, not the source of a
    # report (« selon les gendarmes ») that comes between.
    (
        "« Nous n’avions jamais vu une crue pareille. »\n"
        "Les routes ont été coupées dans la nuit, selon les gendarmes.\n"
        "Ainsi, Lucie, maraîchère à Vernon, a tout perdu : « Les serres sont détruites », "
        "raconte-t-elle.",
        "Nous n’avions jamais vu une crue pareille.",
        "Lucie",
    ),
    # Negative: a quote paragraph with its closing stop goes on quoting the
    # paragraph's speaker; it is no intertitle.
    (
        "« Les travaux ont pris du retard », a admis le maire, Paul Genet.\n"
        "« Nous rattraperons ce retard avant l’été. »\n"
        "Sylvie, qui habite en face du chantier, reste sceptique. « Je n’y crois pas. »",
        "Nous rattraperons ce retard avant l’été.",
        "Paul Genet",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), CONTEXT_SPEAKERS + HEAD_AND_INTERTITLE)
def test_speaker_from_context(analyzer, text: str, content: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    found = {c: s for c, _, s in triples(analyzer, text)}
    assert found[content] == speaker


# « selon » before a noun of manner or rule reports no one; before a body
# or a person it still does.
SELON_MANNER = [
    ("Les contrôles se déroulent selon des règles strictes.", []),
    ("À Lyon, chaque équipe travaille selon une routine bien rodée.", []),
    ("Les tarifs varient selon les cas.", []),
    (
        "Selon la police, trois cents personnes ont défilé.",
        [("trois cents personnes ont défilé", "Selon", "la police")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SELON_MANNER)
def test_selon_a_manner_is_no_source(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert triples(analyzer, text) == expected


# Slogans shown on placards, with the inverted display verb after the marks.
def test_slogans_before_an_inverted_display_verb(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Dans le cortège, « Nos salaires, pas vos profits », pouvait-on lire sur une "
        "banderole ; « Retraite à soixante ans » y voit-on sur une autre."
    )
    found = [(c, cue) for c, cue, _ in triples(analyzer, text)]
    assert found == [
        ("Nos salaires, pas vos profits", "pouvait-on lire"),
        ("Retraite à soixante ans", "y voit-on"),
    ]


def test_title_before_a_display_verb_is_no_quote(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, "« Les Misérables », peut-on lire sur l’affiche du théâtre.") == []


# A straight double quote that opens a paragraph and is left open there: a
# quote that runs on into the next paragraph, or a text cut before its
# closing mark. A stray straight quote inside a sentence stays no quote.
STRAIGHT_OPEN = [
    (
        '"Nous avons tout perdu en une nuit. La maison est détruite.\n\n'
        '"Il faudra des mois pour reconstruire", raconte Jeanne Morel, agricultrice.',
        [
            ("Nous avons tout perdu en une nuit. La maison est détruite.", None, "Jeanne Morel"),
            ("Il faudra des mois pour reconstruire", "raconte", "Jeanne Morel"),
        ],
    ),
    (
        'L’audience a duré deux heures. "Les faits sont graves", a souligné la magistrate.\n\n'
        '"Deux suspects restent en garde à vue et les rôles de chacun seront établis par les',
        [
            ("Les faits sont graves", "a souligné", "la magistrate"),
            # The quote before it has a speaker: the paragraph goes on with
            # it (the opening mark parsed as a sentence of its own is skipped).
            ("Deux suspects restent en garde à vue et les rôles de chacun seront établis par les",
             None, "la magistrate"),
        ],
    ),
    ('Le prix du litre a atteint 2,10 euros, soit 5" de plus que prévu.', []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STRAIGHT_OPEN)
def test_straight_quote_left_open(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert triples(analyzer, text) == expected


# « Pour X, le directeur du cabinet, « … » »: the apposition on the source
# before the marks is no part of the content.
APPOSITION_BEFORE_MARKS = [
    (
        "Pour Marc Roux, le directeur de cabinet du préfet, « le plus important est "
        "de prévoir longtemps avant ».",
        ("le plus important est de prévoir longtemps avant", "Pour", "Marc Roux"),
    ),
    (
        "Selon Marc Roux, le maire de Vauclair, « la route sera rouverte demain ».",
        ("la route sera rouverte demain", "Selon", "Marc Roux"),
    ),
    # Negative: no marks, the same shape still reads the apposition off.
    (
        "Selon Marc Roux, maire de Vauclair, la route sera rouverte demain.",
        ("la route sera rouverte demain", "Selon", "Marc Roux"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITION_BEFORE_MARKS)
def test_apposition_before_marks(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in triples(analyzer, text)
