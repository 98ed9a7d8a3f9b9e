"""Span bounds, round 5: quoted parts joined in one list, another source's
« selon » at the end of a que-clause or inside a relative clause, and
headline verbs that are cues only with their tail. Sentences written for
these tests."""

from __future__ import annotations

import pytest
import quote_rows

pytestmark = pytest.mark.slow


def rows(analyzer, text: str) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    return [(kind, content, cue) for kind, content, cue, _ in quote_rows.quotes(analyzer, text)]


JOINED = [
    # quoted parts joined by commas and « et » after a que-clause: one quote
    (
        "Le porte-parole du collectif annonce que les habitants « refusent le projet », "
        "« exigent une étude sérieuse » et « demandent le départ du préfet ».",
        [
            (
                "mixed",
                "les habitants « refusent le projet », « exigent une étude sérieuse » "
                "et « demandent le départ du préfet »",
                "annonce",
            )
        ],
    ),
    (
        "La directrice assure que les élèves « ont progressé », mais « pas assez vite ».",
        [("mixed", "les élèves « ont progressé », mais « pas assez vite »", "assure")],
    ),
    # kept: an incise after pairs joined by « et » gives one quote per pair
    (
        "« Nous avons tout essayé », et « rien n'a marché », a-t-il ajouté.",
        [
            ("direct", "Nous avons tout essayé", "a-t-il ajouté"),
            ("direct", "rien n'a marché", "a-t-il ajouté"),
        ],
    ),
    # kept: a new sentence in marks after the content is a quote of its own
    (
        "Il a assuré que tout allait « bien ». « Nous restons calmes », a-t-il dit.",
        [
            ("mixed", "tout allait « bien »", "a assuré"),
            ("direct", "Nous restons calmes", "a-t-il dit"),
        ],
    ),
]


@pytest.mark.parametrize("text, expected", JOINED)
def test_joined_quoted_parts(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected


SELON_AFTER = [
    # another source's « selon » at the end: the que-clause stops before it
    (
        "La préfète a affirmé que la route restera fermée, selon un communiqué.",
        ("indirect", "la route restera fermée", "a affirmé"),
    ),
    (
        "Le gardien a raconté qu'il « avait vu la porte ouverte », selon son avocat.",
        ("mixed", "il « avait vu la porte ouverte »", "a raconté"),
    ),
    (
        "Le rapport a révélé que la digue avait cédé, selon le quotidien régional, "
        "mais ne dit rien des responsables.",
        ("indirect", "la digue avait cédé", "a révélé"),
    ),
    # kept: the adjunct before the clause's verb stands inside what was said
    (
        "Le ministre a affirmé que les prix, selon l'Insee, ont augmenté.",
        ("indirect", "les prix, selon l'Insee, ont augmenté", "a affirmé"),
    ),
]


@pytest.mark.parametrize("text, expected", SELON_AFTER)
def test_que_clause_stops_before_another_source(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in rows(analyzer, text)


SELON_RELATIVE = [
    # a « selon » inside a relative clause governs that clause only
    (
        "Le préfet a dit avoir fermé le pont pendant la crue qui a noyé, "
        "selon la mairie, deux cents caves.",
        [
            ("indirect", "avoir fermé le pont pendant la crue", "a dit"),
            ("indirect", "qui a noyé, selon la mairie, deux cents caves", "selon"),
        ],
    ),
    (
        "La brocante, qui a attiré 800 curieux selon les organisateurs, ferme à midi.",
        [("indirect", "qui a attiré 800 curieux", "selon")],
    ),
    # kept: a « selon » between the subject and its verb governs the sentence
    (
        "Les voleurs seraient, selon le gardien, entrés par le toit.",
        [
            (
                "indirect",
                "Les voleurs seraient, selon le gardien, entrés par le toit",
                "selon",
            )
        ],
    ),
]


@pytest.mark.parametrize("text, expected", SELON_RELATIVE)
def test_selon_inside_a_relative_clause(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected


HEADLINES = [
    # « faire » without « état », « savoir » … is no verb of saying
    ("Normandie : la tempête fait neuf blessés\n\nLe quartier a été évacué.", []),
    ("Un carambolage fait 12 blessés sur l'autoroute\n\nLes secours sont sur place.", []),
    # the locution's « de » opens no part of the figure
    (
        "Lyon : la Croix-Rouge fait état de 9 blessés\n\nLe quartier a été évacué.",
        [("indirect", "9 blessés", "fait état")],
    ),
    # kept: the locution with its tail
    (
        "Le maire fait savoir qu'il démissionne\n\nLe conseil se réunit mercredi.",
        [("indirect", "il démissionne", "fait savoir")],
    ),
]


@pytest.mark.parametrize("text, expected", HEADLINES)
def test_headline_locution_verbs(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected


NOT_SPEECH = [
    # a pronominal verb of a thing is a passive, not a saying
    ("Le retard du chantier s'explique par le fait que la grue est en panne.", []),
    ("Depuis lundi, la tendance se confirme sur tous les marchés.", []),
    # « un » as an article after a preposition of the verb is no figure
    (
        "Le médiateur indique que les deux camps devraient marcher vers un accord.",
        [("indirect", "les deux camps devraient marcher vers un accord", "indique")],
    ),
    # « mais que » after a completive coordinates a second completive of
    # the outer verb: the inner verb reports nothing
    (
        "La coach a dit qu'elle espérait une victoire nette mais que le match serait dur.",
        [
            (
                "indirect",
                "elle espérait une victoire nette mais que le match serait dur",
                "a dit",
            )
        ],
    ),
    # kept: the reflexive verb of saying, and the figure after the verb
    ("Il s'est dit « prêt à discuter ».", [("direct", "prêt à discuter", "s'est dit")]),
    (
        "La police a annoncé 12 000 manifestants.",
        [("indirect", "12 000 manifestants", "a annoncé")],
    ),
]


@pytest.mark.parametrize("text, expected", NOT_SPEECH)
def test_no_quote_of_its_own(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected


SOURCE_BEFORE_CLAUSE = [
    # the source of a fronted « selon » ends at the comma before its clause
    (
        "Selon un voisin interrogé par la radio, le feu aurait pris dans la cuisine.",
        ("le feu aurait pris dans la cuisine", "un voisin"),
    ),
    # kept: an apposition with no verb stays with the source
    (
        "Selon Jean Dupont, maire de la ville, le pont sera rouvert lundi.",
        ("le pont sera rouvert lundi", "Jean Dupont"),
    ),
]


@pytest.mark.parametrize("text, expected", SOURCE_BEFORE_CLAUSE)
def test_selon_source_ends_before_its_clause(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    got = [(content, speaker) for _, content, _, speaker in quote_rows.quotes(analyzer, text)]
    content, speaker = expected
    assert any(c == content and s is not None and s.startswith(speaker) for c, s in got), got


PAST_THE_MARKS = [
    # a phrase after the marks that open the content goes on with it
    (
        "Le syndicat affirme que « rien n'a changé » depuis la réforme.",
        [("mixed", "« rien n'a changé » depuis la réforme", "affirme")],
    ),
    (
        "Le club a invité ses supporteurs à rester « sages » pendant tout le déplacement.",
        [("mixed", "rester « sages » pendant tout le déplacement", "a invité")],
    ),
    # kept: marks that hold the whole content
    (
        "Le syndicat affirme que « rien n'a changé ».",
        [("direct", "rien n'a changé", "affirme")],
    ),
]


@pytest.mark.parametrize("text, expected", PAST_THE_MARKS)
def test_content_runs_past_its_opening_marks(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected


NO_SOURCE_SAYING = [
    # « se trouver » is to be somewhere
    ("Les voisins pensent qu'il se trouvait déjà loin du village.", 1),
    # a circumstance for subject requires, it says nothing
    ("Le maire estime que la situation exige que tous les habitants soient prudents.", 1),
    # « pour X » before a participle phrase on the name is no attribution
    ("Ainsi pour Léa, interpellée pour fraude fiscale en mars dernier à Lille.", 0),
    # kept: a source that demands, and « pour X » before a clause
    ("Le syndicat exige que la direction recule.", 1),
    ("Pour la fédération, la saison est déjà perdue.", 1),
]


@pytest.mark.parametrize("text, n", NO_SOURCE_SAYING)
def test_no_source_no_quote(analyzer, text, n) -> None:  # type: ignore[no-untyped-def]
    assert len(rows(analyzer, text)) == n, rows(analyzer, text)


CONTENT_SUBJECT = [
    # the phrase after the source's comma is the subject of the content
    (
        "Pour la juge, les témoignages recueillis par les gendarmes, sous prétexte "
        "qu'ils étaient anonymes, restent valables.",
        [
            (
                "indirect",
                "les témoignages recueillis par les gendarmes, sous prétexte qu'ils étaient "
                "anonymes, restent valables",
                "Pour",
            )
        ],
    ),
    # kept: an apposition on the source
    (
        "Selon l'association, basée à Rennes, la fréquentation a doublé.",
        [("indirect", "la fréquentation a doublé", "Selon")],
    ),
]


@pytest.mark.parametrize("text, expected", CONTENT_SUBJECT)
def test_content_subject_after_the_source(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected


COORDINATED_REPORT = [
    # a verb of saying with its own subject after « et » / « mais » is a new
    # attribution: the first content stops before it
    (
        "Le cabinet croit que la lettre est suffisante et il affirme que seule une loi "
        "peut forcer les agents à obéir.",
        [
            ("indirect", "la lettre est suffisante", "croit"),
            ("indirect", "seule une loi peut forcer les agents à obéir", "affirme"),
        ],
    ),
    (
        "La directrice estime que le budget tiendra, mais elle rappelle que les travaux "
        "ont pris du retard.",
        [
            ("indirect", "le budget tiendra", "estime"),
            ("indirect", "les travaux ont pris du retard", "rappelle"),
        ],
    ),
    # kept: a second completive is the same content
    (
        "Le maire dit que la piscine rouvrira et que les tarifs baisseront.",
        [("indirect", "la piscine rouvrira et que les tarifs baisseront", "dit")],
    ),
    # « car selon X »: the adjunct opens its clause after the coordinator
    (
        "Elle juge la question gênante, car selon la mairesse, ce reproche vise plutôt "
        "son prédécesseur.",
        [("indirect", "ce reproche vise plutôt son prédécesseur", "selon")],
    ),
]


@pytest.mark.parametrize("text, expected", COORDINATED_REPORT)
def test_coordinated_attribution_ends_the_content(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected


NP_BEFORE_NEW_CLAUSE = [
    # a figure phrase stops at the comma that opens a clause of its own
    (
        "Si le club table sur 20 000 spectateurs au stade, la police en a compté 31 000.",
        ("indirect", "20 000 spectateurs au stade", "table"),
    ),
    # or a relative « où » on the place, the writer's
    (
        "La CGT en a compté 4 000 à Lyon, dont 900 étudiants, où la marche a fini.",
        ("indirect", "4 000 à Lyon, dont 900 étudiants", "a compté"),
    ),
    # kept: the part « dont … » of the figure
    (
        "L'armée annonce 17 morts, dont trois enfants.",
        ("indirect", "17 morts, dont trois enfants", "annonce"),
    ),
]


@pytest.mark.parametrize("text, expected", NP_BEFORE_NEW_CLAUSE)
def test_figure_phrase_stops_before_a_new_clause(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in rows(analyzer, text)


SUBJUNCTIVE_CONJUNCT = [
    # after a verb of demand, a verb coordinated in the clause is content
    (
        "Les syndicats demandent que les patrons versent les primes et publient leurs comptes.",
        [
            (
                "indirect",
                "les patrons versent les primes et publient leurs comptes",
                "demandent",
            )
        ],
    ),
    (
        "Les parents exigent que les écoles ouvrent plus tôt et annoncent les horaires.",
        [("indirect", "les écoles ouvrent plus tôt et annoncent les horaires", "exigent")],
    ),
]


@pytest.mark.parametrize("text, expected", SUBJUNCTIVE_CONJUNCT)
def test_subjunctive_conjunct_stays_in_the_content(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected


DATED_SAYING = [
    # « ces derniers jours » dates the saying: the phrase starts after it
    (
        "Le syndicat a insisté ces derniers jours sur la « victoire » de ses adhérents.",
        [("mixed", "la « victoire » de ses adhérents", "a insisté")],
    ),
    (
        "La police a dénombré ces deux derniers mois 300 interpellations.",
        [("indirect", "300 interpellations", "a dénombré")],
    ),
    # kept: a demonstrative on the counted noun is part of the phrase
    (
        "La police a dénombré ces 300 interpellations en mai.",
        [("indirect", "ces 300 interpellations en mai", "a dénombré")],
    ),
]


@pytest.mark.parametrize("text, expected", DATED_SAYING)
def test_period_before_the_phrase(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected


GLOSS = [
    # the writer's « allusion à », « en référence à » after the content
    (
        "Le groupe affirme que le matériel est passé aux mains de ses hommes pour "
        "« poursuivre leur avance », allusion aux troupes régulières.",
        [
            (
                "mixed",
                "le matériel est passé aux mains de ses hommes pour « poursuivre leur avance »",
                "affirme",
            )
        ],
    ),
    (
        "Le maire a dénoncé une « trahison » du parti, en référence au vote de la veille.",
        [("mixed", "une « trahison » du parti", "a dénoncé")],
    ),
    # kept: « allusion » inside the content, with no « à » after it
    (
        "Le maire affirme que la référence, allusion comprise, est claire.",
        [("indirect", "la référence, allusion comprise, est claire", "affirme")],
    ),
]


@pytest.mark.parametrize("text, expected", GLOSS)
def test_writer_gloss_after_the_content(analyzer, text, expected) -> None:  # type: ignore[no-untyped-def]
    assert rows(analyzer, text) == expected
