"""Attribution forms of French news at large that the engine missed (issue
11, recall, third round). Own sentences, each with negative cases."""

from __future__ import annotations

import pytest
import quote_rows

pytestmark = pytest.mark.slow


def quotes(analyzer, text: str) -> list[tuple[str, str | None, str | None]]:  # type: ignore[no-untyped-def]
    return [row[1:] for row in quote_rows.quotes(analyzer, text)]


# « …, selon X » at the end of a sentence: a « pour » that is no
# attribution (« pour la journée de lundi ») does not bound the content.
SELON_AFTER_POUR = [
    (
        "Près de 800 trains ont été supprimés pour la journée de lundi, selon la "
        "compagnie Ferrovia.",
        "Près de 800 trains ont été supprimés pour la journée de lundi",
    ),
    (
        "Quelque 1 200 foyers restaient privés de courant pour la nuit, à Vauclair et "
        "alentour, d’après le distributeur Elec-Sud.",
        "Quelque 1 200 foyers restaient privés de courant pour la nuit, à Vauclair et alentour",
    ),
]


@pytest.mark.parametrize(("text", "content"), SELON_AFTER_POUR)
def test_selon_content_past_a_plain_pour(analyzer, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert content in [c for c, _, _ in quotes(analyzer, text)]


# Two figures joined by « et » before one « selon »: one phrase, one source;
# an ellipsis after another source's figure stays its own quote.
COORDINATED_FIGURES = [
    (
        "Après trois jours d’émeutes, il y aurait plus de 40 morts et 250 blessés, "
        "selon l’ONG Vigie.",
        ["Après trois jours d’émeutes, il y aurait plus de 40 morts et 250 blessés"],
    ),
    (
        "Ils étaient 12 000 selon la préfecture et 30 000 selon les organisateurs.",
        ["30 000"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COORDINATED_FIGURES)
def test_coordinated_figures_before_selon(analyzer, text: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    found = [c for c, _, _ in quotes(analyzer, text)]
    for content in expected:
        assert content in found


# A que-clause opened by a fronted adverbial and a comma: the clause's
# verb comes after the comma, and the content runs to it; a clause of the
# cue's own verb after the que-clause's verb is still cut off.
FRONTED_ADVERBIALS = [
    (
        "Le père de Lina a confié à la radio que depuis bientôt deux ans, il craignait "
        "pour sa fille.",
        "depuis bientôt deux ans, il craignait pour sa fille",
    ),
    (
        "La préfète a indiqué que la route était coupée, mais a refusé de donner un délai.",
        "la route était coupée",
    ),
]


@pytest.mark.parametrize(("text", "content"), FRONTED_ADVERBIALS)
def test_que_clause_after_fronted_adverbial(analyzer, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert content in [c for c, _, _ in quotes(analyzer, text)]


# « affirme être au courant de … »: the copula's clause is the predicate's.
COPULA_INFINITIVES = [
    (
        "Le trésorier a affirmé être au courant des retards dont se plaignaient les élus.",
        "être au courant des retards dont se plaignaient les élus",
    ),
    (
        "La joueuse assure être prête pour la finale de dimanche.",
        "être prête pour la finale de dimanche",
    ),
]


@pytest.mark.parametrize(("text", "content"), COPULA_INFINITIVES)
def test_copula_infinitive_content(analyzer, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert content in [c for c, _, _ in quotes(analyzer, text)]


# Inverted incises: a verb form before a hyphenated clitic is a verb
# whatever the tagger says; the inverted subject may follow a detached
# adjective group or prepositional phrases, and an indefinite article does
# not make it a figure.
INVERTED_INCISES = [
    (
        "« J’ouvre la porte, je vois la fumée. Un voisin me dit de sortir », raconte-t-elle.",
        ("J’ouvre la porte, je vois la fumée. Un voisin me dit de sortir", "raconte"),
    ),
    (
        "« On nous prend pour des idiots », a lancé, très déçu, le délégué du syndicat.",
        ("On nous prend pour des idiots", "a lancé"),
    ),
    (
        "« On nous prend pour des idiots » a lancé, visiblement furieux, le délégué du syndicat.",
        ("On nous prend pour des idiots", "a lancé"),
    ),
    (
        "La digue a cédé dans la nuit, a annoncé à l’AFP un porte-parole de la préfecture.",
        ("La digue a cédé dans la nuit", "a annoncé"),
    ),
    (
        "Les secours ont évacué un immeuble, a précisé à la presse un responsable des pompiers.",
        ("Les secours ont évacué un immeuble", "a précisé"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), INVERTED_INCISES)
def test_inverted_incises(analyzer, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(c, cue) for c, cue, _ in quotes(analyzer, text)]


# The speaker of the incise is the noun phrase after it.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (INVERTED_INCISES[3][0], "un porte-parole de la préfecture"),
        (INVERTED_INCISES[4][0], "un responsable des pompiers"),
        (INVERTED_INCISES[1][0], "le délégué du syndicat"),
    ],
)
def test_inverted_incise_speakers(analyzer, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    assert speaker in [s for _, _, s in quotes(analyzer, text)]


INVERSION_NEGATIVES = [
    # An adverb between commas, then the object: no incise, no quote.
    "Le maire a lancé, très tôt, une pétition contre la fermeture.",
    # A noun-phrase object of a verb with its own subject: no inverted subject.
    "Le club a recruté un attaquant, a signé à Lyon un défenseur.",
]


@pytest.mark.parametrize("text", INVERSION_NEGATIVES)
def test_inversion_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# Verbs of manner of speaking, mood and agreement (« verbes introducteurs »
# of the grammars) in incises; the same words with no reported speech are
# no quote.
MANNER_VERBS = [
    (
        "« Nous reviendrons l’an prochain », sourit-elle.",
        ("Nous reviendrons l’an prochain", "sourit"),
    ),
    (
        "« Encore une réunion pour rien », soupire la gardienne de l’immeuble.",
        ("Encore une réunion pour rien", "soupire"),
    ),
    (
        "« Bruit, poussière, camions à toute heure », énumèrent les riverains.",
        ("Bruit, poussière, camions à toute heure", "énumèrent"),
    ),
    (
        "« Le pire, c’est l’attente, soupire Odile. On ne sait jamais rien. »",
        ("Le pire, c’est l’attente, soupire Odile. On ne sait jamais rien.", "soupire"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), MANNER_VERBS)
def test_manner_verbs_in_incises(analyzer, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(c, cue) for c, cue, _ in quotes(analyzer, text)]


MANNER_NEGATIVES = [
    "Le boulanger a souri à sa cliente avant de fermer.",
    "Une souris a rongé les câbles de la salle des fêtes.",
    "Le conseil municipal approuve le budget de la piscine.",
    "La foule hurlait dans le stade après le but.",
]


@pytest.mark.parametrize("text", MANNER_NEGATIVES)
def test_manner_verbs_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# « A, explique la gardienne. B »: an incise inside the marks whose subject
# the parser reads as an object still names the speaker.
def test_inner_incise_with_common_noun_subject(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Odile Marchal tient la loge depuis vingt ans. « Le pire, c’est que nous les "
        "connaissons, explique la gardienne. On les a vus grandir. »"
    )
    found = quotes(analyzer, text)
    assert len(found) == 1
    assert found[0][1] == "explique"


# Noun-phrase figures: « un » before a multiplier is a numeral; a sentence
# adverbial may stand between the verb and the phrase.
NP_FIGURES = [
    (
        "Ce jour-là, les syndicats évoquaient un million de grévistes dans le pays.",
        ("un million de grévistes dans le pays", "évoquaient"),
    ),
    (
        "Les organisateurs revendiquent en effet 12 000 marcheurs.",
        ("12 000 marcheurs", "revendiquent"),
    ),
    (
        "La préfecture recense à ce stade 14 blessés légers.",
        ("14 blessés légers", "recense"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), NP_FIGURES)
def test_noun_phrase_figures(analyzer, text: str, expected: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    assert expected in [(c, cue) for c, cue, _ in quotes(analyzer, text)]


def test_np_figure_negative_article(analyzer) -> None:  # type: ignore[no-untyped-def]
    # « un » as an article before a plain noun: no figure, no quote.
    assert quotes(analyzer, "Les syndicats évoquaient un malaise profond dans le pays.") == []


# « juger / estimer + (adverb) + adjective + de + inf. », the adjective in
# marks or of the class that takes « il est ADJ de ».
JUDGED_MORE = [
    (
        "Le comité d’experts a jugé mercredi « peu probable » d’atteindre cet objectif.",
        "« peu probable » d’atteindre cet objectif",
    ),
    (
        "La fédération estime difficile de maintenir le tournoi en juin.",
        "difficile de maintenir le tournoi en juin",
    ),
]


@pytest.mark.parametrize(("text", "content"), JUDGED_MORE)
def test_judged_graded_or_quoted(analyzer, text: str, content: str) -> None:  # type: ignore[no-untyped-def]
    assert content in [c for c, _, _ in quotes(analyzer, text)]


@pytest.mark.parametrize(
    "text",
    [
        "Le jury a jugé « rapide » le coureur de tête.",
        "Le jury a jugé très rapide de trancher.",
    ],
)
def test_judged_more_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# « La Banque de France table sur … »: the tagger reads the verb as a noun
# and leaves the sentence verbless; the form is then the verb.
def test_verbless_misread_forecast(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = quotes(analyzer, "La Banque de Savoie table sur une croissance de 0,8 % en 2024.")
    assert ("une croissance de 0,8 % en 2024", "table", "La Banque de Savoie") in found


@pytest.mark.parametrize(
    "text",
    [
        "La table sur la terrasse est cassée.",
        "Une table en chêne pour la salle des fêtes.",
    ],
)
def test_verbless_misread_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# « décrire X comme « Y » »: the object with its quoted attribute is mixed
# content; the present form read as a participle still has its subject.
ATTRIBUTES = [
    (
        "Le maire décrit la situation comme « explosive ».",
        ("la situation comme « explosive »", "décrit", "Le maire"),
    ),
    (
        "Le gouverneur décrit l’économie régionale comme étant en « résilience » malgré la crise.",
        (
            "l’économie régionale comme étant en « résilience » malgré la crise",
            "décrit",
            "Le gouverneur",
        ),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ATTRIBUTES)
def test_characterising_attribute(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Le guide décrit la cathédrale comme un joyau gothique.",
        "Le livre décrit la vie des mineurs du Nord.",
    ],
)
def test_characterising_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# « Comme le souligne X, P » · « P, comme l'a rappelé X »: the neuter « le »
# takes up the main clause, which is X's content.
COMME_CLAUSES = [
    (
        "Comme le souligne la directrice, les inscriptions sont en hausse de 12 %.",
        ("les inscriptions sont en hausse de 12 %", "souligne", "la directrice"),
    ),
    (
        "La piscine restera fermée tout l’été, comme l’a rappelé le maire de Vauclair.",
        ("La piscine restera fermée tout l’été", "a rappelé", "le maire de Vauclair"),
    ),
    (
        "Ainsi que l’avait annoncé la préfète, les routes seront salées dès lundi.",
        ("les routes seront salées dès lundi", "avait annoncé", "la préfète"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMME_CLAUSES)
def test_comme_clauses(analyzer, text: str, expected) -> None:  # type: ignore[no-untyped-def]
    assert expected in quotes(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "Comme prévu, la réunion a eu lieu lundi.",
        "Comme le savent les riverains, la rue est dangereuse la nuit.",
        "Il parle comme le faisait son grand-père.",
    ],
)
def test_comme_clause_negatives(analyzer, text: str) -> None:  # type: ignore[no-untyped-def]
    assert quotes(analyzer, text) == []


# « X, le directeur, a de son côté rappelé que … »: the auxiliary read as
# the main verb, the subject hung on it past an apposition.
def test_subject_on_misread_auxiliary(analyzer) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Jean Dufour, le directeur du centre de secours, a de son côté rappelé que les "
        "pompiers restaient « humbles » face au feu."
    )
    found = quotes(analyzer, text)
    assert [(c, s) for c, _, s in found] == [
        ("les pompiers restaient « humbles » face au feu", "Jean Dufour")
    ]
