"""Attribution forms of French news at large that the engine missed (issue
11, recall, fourth round). Own sentences, each with negative cases."""

from __future__ import annotations

import pytest
import quote_rows

pytestmark = pytest.mark.slow


def quotes(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [row[1:] for row in quote_rows.quotes(analyzer, text)]


# Prepositional phrases between the verb of an incise and its inverted
# subject (« a déclaré à l'AFP X », « a annoncé dans la soirée à la presse
# X »): the parser hangs the subject on the phrase's noun (an apposition, a
# nominal modifier); the subject is still the speaker.
PHRASES_BEFORE_SUBJECT = [
    (
        "« Nous avons compté onze blessés », a déclaré à l'AFP Hélène Marchal, "
        "porte-parole des pompiers.",
        ("Nous avons compté onze blessés", "a déclaré", "Hélène Marchal"),
    ),
    (
        "Les pluies ont emporté deux ponts dans la vallée, a indiqué dans la matinée à "
        "la presse le préfet, Marc Tellier.",
        ("Les pluies ont emporté deux ponts dans la vallée", "a indiqué", "Marc Tellier"),
    ),
    (
        "« Le chantier reprendra lundi », a indiqué à la presse locale le maire de Vauclair.",
        ("Le chantier reprendra lundi", "a indiqué", "le maire de Vauclair"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), PHRASES_BEFORE_SUBJECT)
def test_phrases_before_an_inverted_subject(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# A participle right after a determiner is a noun (« l'opposant », « un
# manifestant »), which the tagger reads as the verb's participle: the
# incise's subject all the same.
NOMINAL_PARTICIPLES = [
    (
        "« Nous resterons devant la mairie jusqu’au bout », indique l’opposant.",
        ("Nous resterons devant la mairie jusqu’au bout", "indique", "l’opposant"),
    ),
    (
        "« La police a chargé sans sommation », a raconté un manifestant.",
        ("La police a chargé sans sommation", "a raconté", "un manifestant"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOMINAL_PARTICIPLES)
def test_nominal_participle_subjects(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# Negative: no speech, no quote; a verb group after a determiner-less
# participle stays a verb.
NO_QUOTE = [
    "Le « plan Horizon » a été présenté à la presse par l’opposant.",
    "Les manifestants ont défilé en chantant dans les rues de Vauclair.",
]


@pytest.mark.parametrize("text", NO_QUOTE)
def test_no_quote_without_saying(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# Noun-phrase content after its verb, past what stands between: a stressed
# pronoun set against another source (« parlent eux de », « évoque lui
# aussi »), an incise splitting a multi-word cue that the tagger then reads
# as a noun (« fait, quant à lui, état de »); a comparison's second term
# belongs to the phrase.
NP_CONTENT_PAST_INSERTS = [
    (
        "Les élus de Vauclair parlent eux de plus de 30 blessés.",
        ("plus de 30 blessés", "parlent", "Les élus de Vauclair"),
    ),
    (
        "Le syndicat avance lui aussi un chiffre de 12 000 grévistes.",
        ("un chiffre de 12 000 grévistes", "avance", "Le syndicat"),
    ),
    (
        "Le club de voile fait, quant à lui, état de 6 bateaux endommagés, "
        "alors que la capitainerie n'en compte que deux.",
        ("6 bateaux endommagés", "fait, quant à lui, état", "Le club de voile"),
    ),
    (
        "Le syndicat évoque un chiffre plus élevé que le décompte de la police.",
        ("un chiffre plus élevé que le décompte de la police", "évoque", "Le syndicat"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NP_CONTENT_PAST_INSERTS)
def test_noun_phrase_content_past_inserts(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# Negative: the stressed pronoun alone is no content, a comparison does
# not make a verb of praise report, and « alors que » still ends the phrase
# (the first quote's content; the clause after it may hold its own).
NP_CONTENT_NEGATIVE = [
    ("Les habitants, eux, ont salué une décision plus juste que la précédente.", []),
    (
        "La préfecture a compté 3 000 manifestants, alors que les syndicats en "
        "revendiquent 10 000.",
        ["3 000 manifestants"],
    ),
]


@pytest.mark.parametrize(("text", "contents"), NP_CONTENT_NEGATIVE)
def test_noun_phrase_content_negative(analyzer, text: str, contents: list[str]) -> None:  # type: ignore[no-untyped-def]
    found = [c for c, _, _ in quotes(analyzer, text)]
    assert found[: len(contents)] == contents


# « selon lui » inside the clause: the stressed pronoun is the whole source
# (the parser hangs the rest of the clause on it), and the content is the
# clause around it. A finite verb the parser hangs on the apposition before
# it as a clause modifier has the noun phrase before for subject.
SOURCE_AND_SUBJECT_MISREADS = [
    (
        "Le maire parle d’un accident. La digue était selon lui mal entretenue.",
        ("La digue était selon lui mal entretenue", "selon", "Le maire"),
    ),
    (
        "Julie Caron, la porte-parole des pompiers, parle de trois blessés légers.",
        ("trois blessés légers", "parle", "Julie Caron"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SOURCE_AND_SUBJECT_MISREADS)
def test_source_and_subject_misreads(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# Negative: a relative clause keeps its antecedent through « qui », and a
# verb that is no cue after an apposition makes no quote.
def test_apposition_then_plain_verb_is_no_quote(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = "Julie Caron, la porte-parole des pompiers, habite à Vauclair depuis dix ans."
    assert quotes(analyzer, text) == []


# A term in marks as the object of a verb of judging or appeal: the
# speaker's word, the noun phrase with its article is the content (mixed).
QUOTED_OBJECTS = [
    (
        "Le maire de Vauclair a dénoncé une « provocation ».",
        ("une « provocation »", "a dénoncé", "Le maire de Vauclair"),
    ),
    (
        "La ministre a salué un « pas historique » pour les éleveurs.",
        ("un « pas historique »", "a salué", "La ministre"),
    ),
    (
        "L’association réclame une « enquête indépendante » sur l’incendie.",
        ("une « enquête indépendante »", "réclame", "L’association"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_OBJECTS)
def test_quoted_objects(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# Negative: a name in marks after a verb of launching or offering, and a
# verb of judging with no speaker (an infinitive of purpose).
QUOTED_OBJECTS_NEGATIVE = [
    "Le gouvernement a lancé une « opération spéciale » dans la région.",
    "Le parti a proposé un « pacte » aux électeurs de Vauclair.",
    "Pour dénoncer une « injustice », les éleveurs ont bloqué la route.",
]


@pytest.mark.parametrize("text", QUOTED_OBJECTS_NEGATIVE)
def test_quoted_objects_negative(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# A headline that opens with a quoted clause, then a colon or a comma and a
# clause whose subject is a described source (« les grévistes … »): the
# quote is that source's.
HEADLINE_QUOTE_THEN_SOURCE = [
    (
        "« Nous ne lâcherons rien » : les éleveurs de Vauclair bloquent la préfecture\n\n"
        "Les éleveurs ont installé leurs tracteurs devant la préfecture mardi.",
        ("Nous ne lâcherons rien", None, "les éleveurs de Vauclair"),
    ),
    (
        "« On est à bout de forces », les infirmières de la clinique "
        "manifestent devant l’entrée\n\nLa grève dure depuis une semaine.",
        ("On est à bout de forces", None, "les infirmières de la clinique"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_QUOTE_THEN_SOURCE)
def test_headline_quote_then_source(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# Negative: a title in marks (no verb) before a comma and a clause.
def test_headline_title_then_clause_is_no_quote(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "« La Grande Vague », le film de Léa Morin triomphe en salles\n\n"
        "Le film a attiré 300 000 spectateurs en une semaine."
    )
    assert not any(c == "La Grande Vague" for c, _, _ in quotes(analyzer, text))


# A time word, a date or a prepositional phrase set off by commas between
# the verb and its inverted subject (« a annoncé, jeudi 12 mars, la
# préfecture »): the subject after it is the speaker.
SET_OFF_BEFORE_SUBJECT = [
    (
        "« Les flammes gagnent le col », a déclaré, mardi, le maire de Vauclair.",
        ("Les flammes gagnent le col", "a déclaré", "le maire de Vauclair"),
    ),
    (
        "Un glissement de terrain a coupé la route, a indiqué, mardi 3 juin, la mairie.",
        ("Un glissement de terrain a coupé la route", "a indiqué", "la mairie"),
    ),
    (
        "« Nous tiendrons la digue », a affirmé dans la soirée, sur Radio Vallée, "
        "le maire de Vauclair, Paul Roux.",
        ("Nous tiendrons la digue", "a affirmé", "Paul Roux"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), SET_OFF_BEFORE_SUBJECT)
def test_set_off_adjunct_before_subject(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# Negative: a verb that is no cue with a set-off time word makes no quote.
def test_set_off_time_word_without_saying(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, "Le maire a visité, mardi, la caserne des pompiers.") == []


# Doubled single quotes as quotation marks (« ‘’ … ’’ », some agencies'
# copy): one pair each, with its incise; a lone apostrophe stays one.
DOUBLED_MARKS = [
    (
        "‘’Nous rouvrirons l’école dès lundi’’, a écrit le maire dans un communiqué.",
        ("Nous rouvrirons l’école dès lundi", "a écrit", "le maire"),
    ),
    (
        "La ministre a salué ‘’le courage des habitants de Vauclair’’ après la crue.",
        ("le courage des habitants de Vauclair", "a salué", "La ministre"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DOUBLED_MARKS)
def test_doubled_marks(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


def test_doubled_marks_pairs() -> None:
    from quidit.extract.marks import find_pairs
    from quidit.lang.fr.quote_marks import APOSTROPHES, DOUBLED_MARKS, QUOTE_PAIRS

    text = "Il a dit ‘’aujourd’hui tout va bien’’ et l’école rouvre."
    found = find_pairs(text, QUOTE_PAIRS, APOSTROPHES, DOUBLED_MARKS)
    assert [(text[p.inner_start : p.inner_end], p.width) for p in found] == [
        ("aujourd’hui tout va bien", 2)
    ]
    assert find_pairs("l’école d’été", QUOTE_PAIRS, APOSTROPHES, DOUBLED_MARKS) == []


# Connectives of addition and contrast inside the verb group or between the
# verb and its infinitive (« a par ailleurs souligné », « affirme, par
# ailleurs, avoir … »); an infinitive is never an incise of its own.
CONNECTIVES = [
    (
        "« Nous resterons ouverts tout l’été », a par ailleurs souligné la directrice.",
        [("Nous resterons ouverts tout l’été", "a par ailleurs souligné", "la directrice")],
    ),
    (
        "Le maire affirme, par ailleurs, avoir prévenu la préfecture.",
        [("avoir prévenu la préfecture", "affirme", "Le maire")],
    ),
    (
        "L’éleveur assure, de son côté, avoir averti les voisins.",
        [("avoir averti les voisins", "assure", "L’éleveur")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONNECTIVES)
def test_connectives_and_infinitives(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == expected


# Verbless content before an incise (« Un chiffre provisoire, a précisé le
# maire. »): the parser takes the content for the subject and the speaker
# for an object.
VERBLESS_BEFORE_INCISE = [
    (
        "Le bilan atteignait 12 morts. Un chiffre encore provisoire, a précisé le maire.",
        ("Un chiffre encore provisoire", "a précisé", "le maire"),
    ),
    (
        "La crue a noyé 40 maisons. Un bilan susceptible de s’alourdir, ont averti les secours.",
        ("Un bilan susceptible de s’alourdir", "ont averti", "les secours"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), VERBLESS_BEFORE_INCISE)
def test_verbless_content_before_incise(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


# Negative: a subject with its apposition, or a dislocated pronoun, before
# a verb and its object is no content.
@pytest.mark.parametrize(
    "text",
    [
        "Le directeur, Paul Roux, a précisé le calendrier.",
        "Le maire, lui, a précisé le calendrier.",
    ],
)
def test_apposed_subject_is_no_content(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# A long inverted subject: a title with its complements, an acronym in
# brackets and a name (sixteen tokens).
def test_long_inverted_subject(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Les crues ont noyé 300 hectares depuis lundi, a déclaré mardi le directeur de "
        "l'Office régional des eaux et des forêts (OREF) Paul Morel."
    )
    rows = quotes(analyzer, text)
    assert rows and rows[0][0] == "Les crues ont noyé 300 hectares depuis lundi"
    assert rows[0][1] == "a déclaré"
